#include "rules/ruletitles.h"

namespace cohort {

QString RuleTitles::title(const QString &key)
{
    if (key == QLatin1String("no_links"))
        return tr("No links");
    if (key == QLatin1String("no_cards"))
        return tr("No mini-program or contact cards");
    if (key == QLatin1String("no_ads"))
        return tr("No ads");
    if (key == QLatin1String("no_private_soliciting"))
        return tr("No soliciting members privately");
    if (key == QLatin1String("no_flooding"))
        return tr("No flooding");
    if (key.startsWith(QLatin1String("keyword:")))
        return tr("Keyword rule “%1”").arg(key.mid(8));
    return key;
}

QString RuleTitles::help(const QString &key)
{
    if (key == QLatin1String("no_links"))
        return tr("A message with a URL: a scheme (https://), www., or a host name with a known "
                  "top-level domain. Join notices and other system lines never count.");
    if (key == QLatin1String("no_cards"))
        return tr("Mini-program, link and contact cards, as the export marks them.");
    if (key == QLatin1String("no_ads"))
        return tr("A phrase of the workspace's ad list (代购, promo code …).");
    if (key == QLatin1String("no_private_soliciting"))
        return tr("A phrase of the soliciting list (加我微信, 私聊, DM me …) or a phone number.");
    if (key == QLatin1String("no_flooding"))
        return tr("More than 5 messages by one member within 60 seconds, or the same text 3 "
                  "times within 10 minutes; one violation per burst.");
    return QString();
}

QString RuleTitles::warning(const QString &memberName, const QString &ruleKey)
{
    //: A warning the operator copies into the group chat. %1: member name, %2: the rule.
    return tr("@%1 Hello, a friendly reminder of our group rules: %2. Please keep to them; "
              "members who break them again may be removed from the group. Thank you!")
        .arg(memberName, title(ruleKey));
}

} // namespace cohort
