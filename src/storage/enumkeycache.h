#pragma once

#include "domain/enums.h"

#include <QByteArray>
#include <QByteArrayView>

#include <utility>
#include <vector>

namespace cohort {

/// enumFromKey for a column scanned row by row: remembers the few keys it has seen, so a row
/// costs a byte comparison instead of building every key of the enum as a QString.
template<typename E> class EnumKeyCache final
{
public:
    explicit EnumKeyCache(E fallback)
        : m_fallback(fallback)
    {
    }

    E operator()(QByteArrayView key)
    {
        for (const auto &[known, value] : m_known) {
            // Not memcmp: an empty key (a NULL column) has no data pointer at all.
            if (QByteArrayView(known) == key)
                return value;
        }
        const E value = enumFromKey(QString::fromUtf8(key), m_fallback);
        // A damaged file with endless unknown keys must not make every row a long search.
        if (m_known.size() < MaxKeys)
            m_known.emplace_back(QByteArray(key.data(), key.size()), value);
        return value;
    }

private:
    static constexpr size_t MaxKeys = 64;
    E m_fallback;
    std::vector<std::pair<QByteArray, E>> m_known;
};

} // namespace cohort
