#pragma once

#include "domain/enums.h"

#include <QCoreApplication>
#include <QHashFunctions>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace cohort::rules {

/// The five machine-checkable rules of a group (DOMAIN.md §1, docs/rules.md).
enum class BuiltinRule { NoLinks, NoCards, NoAds, NoPrivateSoliciting, NoFlooding };
inline size_t qHash(BuiltinRule rule, size_t seed = 0) noexcept
{
    return ::qHash(int(rule), seed);
}

/// Stable keys, as in chat_groups.rule_flags, rule_violations.rule and `cohort-cli scan --rules`.
QString ruleKey(BuiltinRule rule);
std::optional<BuiltinRule> builtinRule(const QString &key);
QList<BuiltinRule> allBuiltinRules();
/// Keys of violations found by a keyword rule: "keyword:" + the rule's name.
QString keywordRuleKey(const QString &name);

/// The operator's own rule: found when a message holds one of `phrases` or matches `pattern`.
struct KeywordRule
{
    QString name;
    QStringList phrases;
    QString pattern; ///< a regular expression on the folded text; empty = none
    bool operator==(const KeywordRule &) const = default;
};

/// no_flooding's thresholds.
struct FloodLimits
{
    int maxMessages = 5; ///< more than this many by one member ...
    int windowSeconds = 60; ///< ... within this many seconds
    int repeatCount = 3; ///< the same text this many times ...
    int repeatWindowSeconds = 600; ///< ... within this many seconds
    int quietSeconds = 600; ///< a burst ends after this long without a message by that member
    bool operator==(const FloodLimits &) const = default;
};

/// "Two strikes and you are out": members with `threshold` or more strikes in `windowDays`.
struct StrikePolicy
{
    int threshold = 2;
    int windowDays = 30;
    bool operator==(const StrikePolicy &) const = default;
};

/// Everything the checks of one group need to know about the group.
struct RuleSet
{
    QSet<BuiltinRule> builtins;
    QList<KeywordRule> keywords;
    FloodLimits flood;
    StrikePolicy strikes;
    PromotionPolicy policy = PromotionPolicy::PrivateGarden;
    QSet<qint64> promoters; ///< approved promoters (member ids)
    QSet<qint64> admins; ///< the group's owner and operators (from memberships)

    bool has(BuiltinRule rule) const { return builtins.contains(rule); }
    bool operator==(const RuleSet &) const = default;

    /// The part stored in chat_groups.rule_settings (keywords, thresholds, promoters) as JSON.
    QString settingsJson() const;
    /// Reads settingsJson() into this set; unknown or missing fields keep their defaults.
    void readSettingsJson(const QString &json);
    /// Builtins from chat_groups.rule_flags keys (unknown keys are ignored).
    void setBuiltinKeys(const QStringList &keys);
    QStringList builtinKeys() const;
};

} // namespace cohort::rules
