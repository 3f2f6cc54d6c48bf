#include "import/authorcache.h"

namespace cohort::import {

namespace {
// Bounds memory on pathological files with endless distinct names; real groups have far fewer.
constexpr size_t kMaxAuthors = 100000;
} // namespace

AuthorRef AuthorCache::get(std::string_view key, std::string_view name)
{
    m_lookup.assign(key);
    m_lookup.push_back('\0');
    m_lookup.append(name);
    const auto it = m_authors.find(m_lookup);
    if (it != m_authors.end())
        return it->second;
    if (m_authors.size() >= kMaxAuthors)
        m_authors.clear();
    AuthorRef ref;
    ref.key = QString::fromUtf8(key.data(), qsizetype(key.size()));
    ref.displayName
        = name.empty() ? ref.key : QString::fromUtf8(name.data(), qsizetype(name.size()));
    m_authors.emplace(m_lookup, ref);
    return ref;
}

} // namespace cohort::import
