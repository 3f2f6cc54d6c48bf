#pragma once

#include "import/chatrecord.h"

#include <string>
#include <string_view>
#include <unordered_map>

namespace cohort::import {

/// Interns the (key, name) pairs of a streaming parse so that each record shares the QStrings of
/// its author instead of converting and allocating them again.
class AuthorCache final
{
public:
    /// The author with platform key `key` shown as `name` (UTF-8); an empty name shows the key.
    AuthorRef get(std::string_view key, std::string_view name);

private:
    /// Lets find() take a string_view, so lookups build no std::string.
    struct Hash
    {
        using is_transparent = void;
        size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
    };
    std::unordered_map<std::string, AuthorRef, Hash, std::equal_to<>> m_authors;
    std::string m_lookup;
};

} // namespace cohort::import
