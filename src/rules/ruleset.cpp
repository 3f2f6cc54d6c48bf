#include "rules/ruleset.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace cohort::rules {

QString ruleKey(BuiltinRule rule)
{
    switch (rule) {
    case BuiltinRule::NoLinks:
        return QStringLiteral("no_links");
    case BuiltinRule::NoCards:
        return QStringLiteral("no_cards");
    case BuiltinRule::NoAds:
        return QStringLiteral("no_ads");
    case BuiltinRule::NoPrivateSoliciting:
        return QStringLiteral("no_private_soliciting");
    case BuiltinRule::NoFlooding:
        return QStringLiteral("no_flooding");
    }
    return QString();
}

QList<BuiltinRule> allBuiltinRules()
{
    return { BuiltinRule::NoLinks, BuiltinRule::NoCards, BuiltinRule::NoAds,
             BuiltinRule::NoPrivateSoliciting, BuiltinRule::NoFlooding };
}

std::optional<BuiltinRule> builtinRule(const QString &key)
{
    for (const BuiltinRule rule : allBuiltinRules())
        if (ruleKey(rule) == key)
            return rule;
    return std::nullopt;
}

QString keywordRuleKey(const QString &name)
{
    return QStringLiteral("keyword:") + name;
}

void RuleSet::setBuiltinKeys(const QStringList &keys)
{
    builtins.clear();
    for (const QString &key : keys)
        if (const auto rule = builtinRule(key.trimmed()))
            builtins.insert(*rule);
}

QStringList RuleSet::builtinKeys() const
{
    QStringList keys;
    for (const BuiltinRule rule : allBuiltinRules())
        if (builtins.contains(rule))
            keys << ruleKey(rule);
    return keys;
}

QString RuleSet::settingsJson() const
{
    QJsonArray keywordArray;
    for (const KeywordRule &k : keywords) {
        QJsonObject o;
        o.insert(QStringLiteral("name"), k.name);
        o.insert(QStringLiteral("phrases"), QJsonArray::fromStringList(k.phrases));
        if (!k.pattern.isEmpty())
            o.insert(QStringLiteral("pattern"), k.pattern);
        keywordArray.append(o);
    }
    QJsonObject floodObject {
        { QStringLiteral("max_messages"), flood.maxMessages },
        { QStringLiteral("window_seconds"), flood.windowSeconds },
        { QStringLiteral("repeat_count"), flood.repeatCount },
        { QStringLiteral("repeat_window_seconds"), flood.repeatWindowSeconds },
        { QStringLiteral("quiet_seconds"), flood.quietSeconds },
    };
    QJsonObject strikeObject {
        { QStringLiteral("threshold"), strikes.threshold },
        { QStringLiteral("window_days"), strikes.windowDays },
    };
    QList<qint64> ids(promoters.cbegin(), promoters.cend());
    std::sort(ids.begin(), ids.end());
    QJsonArray promoterArray;
    for (const qint64 id : std::as_const(ids))
        promoterArray.append(id);
    QJsonObject root {
        { QStringLiteral("keywords"), keywordArray },
        { QStringLiteral("flood"), floodObject },
        { QStringLiteral("strikes"), strikeObject },
        { QStringLiteral("promoters"), promoterArray },
    };
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Compact));
}

void RuleSet::readSettingsJson(const QString &json)
{
    const QJsonObject root = QJsonDocument::fromJson(json.toUtf8()).object();
    keywords.clear();
    for (const QJsonValue &v : root.value(QStringLiteral("keywords")).toArray()) {
        const QJsonObject o = v.toObject();
        KeywordRule k;
        k.name = o.value(QStringLiteral("name")).toString();
        for (const QJsonValue &p : o.value(QStringLiteral("phrases")).toArray())
            k.phrases << p.toString();
        k.pattern = o.value(QStringLiteral("pattern")).toString();
        if (!k.name.isEmpty())
            keywords << k;
    }
    const auto positive = [](const QJsonObject &o, const char *key, int fallback) {
        const int v = o.value(QLatin1String(key)).toInt(fallback);
        return v > 0 ? v : fallback;
    };
    const QJsonObject f = root.value(QStringLiteral("flood")).toObject();
    const FloodLimits d;
    flood.maxMessages = positive(f, "max_messages", d.maxMessages);
    flood.windowSeconds = positive(f, "window_seconds", d.windowSeconds);
    flood.repeatCount = positive(f, "repeat_count", d.repeatCount);
    flood.repeatWindowSeconds = positive(f, "repeat_window_seconds", d.repeatWindowSeconds);
    flood.quietSeconds = positive(f, "quiet_seconds", d.quietSeconds);
    const QJsonObject s = root.value(QStringLiteral("strikes")).toObject();
    const StrikePolicy sd;
    strikes.threshold = positive(s, "threshold", sd.threshold);
    strikes.windowDays = positive(s, "window_days", sd.windowDays);
    promoters.clear();
    for (const QJsonValue &v : root.value(QStringLiteral("promoters")).toArray())
        if (const qint64 id = v.toInteger(); id > 0)
            promoters.insert(id);
}

} // namespace cohort::rules
