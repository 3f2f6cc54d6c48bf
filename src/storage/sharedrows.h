#pragma once

#include <initializer_list>
#include <memory>
#include <vector>

namespace cohort {

/// A std::vector whose copies share one buffer until one of them is written to (copy on write),
/// so that a facts snapshot brought up to date after a change shares the parts the change did
/// not touch with the snapshot before it instead of copying hundreds of MB. Reads through a
/// const object never copy; a non-const access (begin(), operator[], push_back...) first makes
/// the buffer this object's own. Copies may be read and detached on different threads.
template<typename T> class SharedRows
{
public:
    using value_type = T;
    using size_type = typename std::vector<T>::size_type;
    using iterator = typename std::vector<T>::iterator;
    using const_iterator = typename std::vector<T>::const_iterator;
    using const_reverse_iterator = typename std::vector<T>::const_reverse_iterator;

    SharedRows() = default;
    SharedRows(std::vector<T> rows) // NOLINT(google-explicit-constructor): a vector is its rows
        : m_rows(std::make_shared<std::vector<T>>(std::move(rows)))
    {
    }
    SharedRows &operator=(std::vector<T> rows)
    {
        m_rows = std::make_shared<std::vector<T>>(std::move(rows));
        return *this;
    }
    SharedRows &operator=(std::initializer_list<T> rows) { return *this = std::vector<T>(rows); }

    /// The rows, read-only (never copies).
    const std::vector<T> &rows() const { return m_rows ? *m_rows : empty_(); }
    /// The rows for writing: copied first while another SharedRows shares them.
    std::vector<T> &mutableRows()
    {
        if (!m_rows)
            m_rows = std::make_shared<std::vector<T>>();
        else if (m_rows.use_count() > 1)
            m_rows = std::make_shared<std::vector<T>>(*m_rows);
        return *m_rows;
    }
    /// Whether this and `other` share one buffer (tests check that unchanged parts are shared).
    bool sharesWith(const SharedRows &other) const { return m_rows && m_rows == other.m_rows; }

    size_type size() const { return rows().size(); }
    bool empty() const { return rows().empty(); }
    const T &operator[](size_type i) const { return rows()[i]; }
    const T &at(size_type i) const { return rows().at(i); }
    const T &front() const { return rows().front(); }
    const T &back() const { return rows().back(); }
    const T *data() const { return rows().data(); }
    const_iterator begin() const { return rows().begin(); }
    const_iterator end() const { return rows().end(); }
    const_iterator cbegin() const { return rows().cbegin(); }
    const_iterator cend() const { return rows().cend(); }
    const_reverse_iterator rbegin() const { return rows().rbegin(); }
    const_reverse_iterator rend() const { return rows().rend(); }
    const_reverse_iterator crbegin() const { return rows().crbegin(); }
    const_reverse_iterator crend() const { return rows().crend(); }

    T &operator[](size_type i) { return mutableRows()[i]; }
    iterator begin() { return mutableRows().begin(); }
    iterator end() { return mutableRows().end(); }
    void push_back(const T &row) { mutableRows().push_back(row); }
    void push_back(T &&row) { mutableRows().push_back(std::move(row)); }
    template<typename... Args> T &emplace_back(Args &&...args)
    {
        return mutableRows().emplace_back(std::forward<Args>(args)...);
    }
    void reserve(size_type n) { mutableRows().reserve(n); }
    void clear() { m_rows.reset(); }

    bool operator==(const SharedRows &other) const
    {
        return m_rows == other.m_rows || rows() == other.rows();
    }

private:
    static const std::vector<T> &empty_()
    {
        static const std::vector<T> none;
        return none;
    }

    std::shared_ptr<std::vector<T>> m_rows;
};

} // namespace cohort
