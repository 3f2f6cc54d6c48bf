#pragma once

#include <cstddef>
#include <vector>

namespace cohort::rules {

/// A first-in, first-out queue in one array that doubles when full: a member's recent messages
/// stay in one block of memory. std::deque spreads them over 512-byte blocks, and following
/// those for every message of thousands of members was most of the flood check's time.
template<typename T> class RingQueue final
{
public:
    bool empty() const { return m_size == 0; }
    size_t size() const { return m_size; }
    const T &front() const { return m_items[m_head]; }
    /// The i-th element from the front.
    const T &operator[](size_t i) const { return m_items[(m_head + i) & (m_items.size() - 1)]; }

    void push_back(const T &value)
    {
        if (m_size == m_items.size())
            grow();
        m_items[(m_head + m_size) & (m_items.size() - 1)] = value;
        ++m_size;
    }
    void pop_front()
    {
        m_head = (m_head + 1) & (m_items.size() - 1);
        --m_size;
    }

private:
    void grow()
    {
        std::vector<T> items(m_items.empty() ? 4 : m_items.size() * 2);
        for (size_t i = 0; i < m_size; ++i)
            items[i] = (*this)[i];
        m_items.swap(items);
        m_head = 0;
    }

    std::vector<T> m_items; ///< a power of two in size, so an index wraps with a mask
    size_t m_head = 0;
    size_t m_size = 0;
};

} // namespace cohort::rules
