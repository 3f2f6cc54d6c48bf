#pragma once

#include <QHash>
#include <QtGlobal>

#include <vector>

namespace cohort {

/// Dense slots 0, 1, 2 ... for the ids met while scanning (the campaigns of a year of orders):
/// a table by id for ordinary row ids and a hash for the rest, so the per-row work is an array
/// access instead of hashing into a map of results.
class IdSlots final
{
public:
    /// The slot of `id`, given on first sight.
    qint32 slot(qint64 id)
    {
        if (id > 0 && id < DirectLimit) {
            if (size_t(id) >= m_byId.size())
                m_byId.resize(size_t(id) + 1, -1);
            qint32 &s = m_byId[size_t(id)];
            if (s < 0)
                s = add(id);
            return s;
        }
        const auto it = m_others.constFind(id);
        if (it != m_others.cend())
            return *it;
        const qint32 s = add(id);
        m_others.insert(id, s);
        return s;
    }
    /// The id of each slot.
    const std::vector<qint64> &ids() const { return m_ids; }
    size_t size() const { return m_ids.size(); }

private:
    static constexpr qint64 DirectLimit = qint64(1) << 20;
    qint32 add(qint64 id)
    {
        m_ids.push_back(id);
        return qint32(m_ids.size() - 1);
    }

    std::vector<qint32> m_byId;
    QHash<qint64, qint32> m_others;
    std::vector<qint64> m_ids;
};

} // namespace cohort
