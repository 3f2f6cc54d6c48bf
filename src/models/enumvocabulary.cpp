#include "models/enumvocabulary.h"

#include "domain/enums.h"

namespace cohort {

namespace {

template<typename E> QString nameOf(const QString &key)
{
    const QList<E> values = EnumTraits<E>::all();
    for (const E value : values) {
        if (enumKey(value) == key)
            return enumDisplayName(value);
    }
    return key;
}

} // namespace

QString EnumVocabulary::displayName(const QString &vocabulary, const QString &key)
{
    if (vocabulary == QLatin1String("platform"))
        return nameOf<Platform>(key);
    if (vocabulary == QLatin1String("group_status"))
        return nameOf<GroupStatus>(key);
    if (vocabulary == QLatin1String("group_goal"))
        return nameOf<GroupGoal>(key);
    if (vocabulary == QLatin1String("promotion_policy"))
        return nameOf<PromotionPolicy>(key);
    if (vocabulary == QLatin1String("entry_threshold"))
        return nameOf<EntryThreshold>(key);
    if (vocabulary == QLatin1String("member_role"))
        return nameOf<MemberRole>(key);
    if (vocabulary == QLatin1String("source_channel"))
        return nameOf<SourceChannel>(key);
    if (vocabulary == QLatin1String("product_role"))
        return nameOf<ProductRole>(key);
    if (vocabulary == QLatin1String("campaign_type"))
        return nameOf<CampaignType>(key);
    if (vocabulary == QLatin1String("campaign_status"))
        return nameOf<CampaignStatus>(key);
    if (vocabulary == QLatin1String("order_status"))
        return nameOf<OrderStatus>(key);
    if (vocabulary == QLatin1String("order_channel"))
        return nameOf<OrderChannel>(key);
    if (vocabulary == QLatin1String("membership_event_kind"))
        return nameOf<MembershipEventKind>(key);
    if (vocabulary == QLatin1String("message_kind")) {
        // messages.kind stores the enum's number, not a key.
        bool ok = false;
        const int number = key.toInt(&ok);
        const QList<MessageKind> kinds = EnumTraits<MessageKind>::all();
        for (const MessageKind kind : kinds) {
            if (ok && int(kind) == number)
                return enumDisplayName(kind);
        }
        return key;
    }
    return key;
}

} // namespace cohort
