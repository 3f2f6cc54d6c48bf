#pragma once

#include <QCoreApplication>
#include <QString>

namespace cohort {

/// What the user reads for a rule key: "No links" for no_links, the rule's own name for
/// "keyword:<name>".
class RuleTitles final
{
    Q_DECLARE_TR_FUNCTIONS(RuleTitles)

public:
    static QString title(const QString &key);
    /// One line on what the built-in check finds (tooltips, help), empty for keyword rules.
    static QString help(const QString &key);
    /// The copy-ready warning for a member, in the user's language.
    static QString warning(const QString &memberName, const QString &ruleKey);
};

} // namespace cohort
