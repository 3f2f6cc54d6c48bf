#pragma once

#include <QString>

namespace cohort {

/// Translated display name of a stored enum key, looked up by the vocabulary name a list column
/// declares ("platform", "member_role" ...). Unknown keys (from a newer Cohort) show as stored.
class EnumVocabulary final
{
public:
    static QString displayName(const QString &vocabulary, const QString &key);
};

} // namespace cohort
