#pragma once

#include <QList>
#include <QString>

namespace cohort {

// Domain vocabularies of DOMAIN.md. Each value has a stable storage key (lower-case ASCII, never
// translated, stored in the database and in CSV) and a translated display name.

enum class Platform { WeChat, WeCom, QQ, WhatsApp, Telegram, Discord, Other };
enum class GroupStatus { Planning, Active, Dormant, Archived };
enum class GroupGoal { Knowledge, QnA, TrafficPool, ProductSales };
enum class PromotionPolicy { PrivateGarden, FreeMarket };
enum class EntryThreshold { Free, Paid, Referral, Task };
enum class MemberRole { Owner, Operator, Expert, SeedUser, Partner, Sharer, Member };
enum class SourceChannel { StoreQr, OfflineEvent, Referral, PaidEntry, Internal, TaskScreening,
                           Advertising, Import, Other };
enum class ProductRole { Traffic, Profit, Membership, Service };
enum class CampaignType { FlashSale, TieredGroupBuy, Solitaire, ReferralDay, RedPacket,
                          KnowledgeSession, CheckIn };
enum class CampaignStatus { Draft, Scheduled, Running, Finished, Cancelled };
enum class OrderStatus { Placed, Paid, Delivered, Refunded };
enum class OrderChannel { Manual, Solitaire, Csv, Campaign };
enum class MessageKind { Text = 0, Media = 1, Deleted = 2, Solitaire = 3, LinkOrCard = 4, System = 5 };
enum class MembershipEventKind { Join, Leave, Removed };

/// Key/display-name conversions for every domain enum, one overload set per type.
template<typename E>
struct EnumTraits;

#define COHORT_DECLARE_ENUM_TRAITS(E)                                                              \
    template<>                                                                                     \
    struct EnumTraits<E>                                                                           \
    {                                                                                              \
        static QList<E> all();                                                                     \
        static QString key(E value);                                                               \
        static QString displayName(E value);                                                       \
    };

COHORT_DECLARE_ENUM_TRAITS(Platform)
COHORT_DECLARE_ENUM_TRAITS(GroupStatus)
COHORT_DECLARE_ENUM_TRAITS(GroupGoal)
COHORT_DECLARE_ENUM_TRAITS(PromotionPolicy)
COHORT_DECLARE_ENUM_TRAITS(EntryThreshold)
COHORT_DECLARE_ENUM_TRAITS(MemberRole)
COHORT_DECLARE_ENUM_TRAITS(SourceChannel)
COHORT_DECLARE_ENUM_TRAITS(ProductRole)
COHORT_DECLARE_ENUM_TRAITS(CampaignType)
COHORT_DECLARE_ENUM_TRAITS(CampaignStatus)
COHORT_DECLARE_ENUM_TRAITS(OrderStatus)
COHORT_DECLARE_ENUM_TRAITS(OrderChannel)
COHORT_DECLARE_ENUM_TRAITS(MessageKind)
COHORT_DECLARE_ENUM_TRAITS(MembershipEventKind)

#undef COHORT_DECLARE_ENUM_TRAITS

template<typename E>
QString enumKey(E value)
{
    return EnumTraits<E>::key(value);
}

template<typename E>
QString enumDisplayName(E value)
{
    return EnumTraits<E>::displayName(value);
}

/// The value whose key is `key`, or `fallback` for an unknown key (e.g. from a newer Cohort).
template<typename E>
E enumFromKey(const QString &key, E fallback)
{
    const QList<E> values = EnumTraits<E>::all();
    for (const E value : values) {
        if (EnumTraits<E>::key(value) == key)
            return value;
    }
    return fallback;
}

template<typename E>
bool isEnumKey(const QString &key)
{
    const QList<E> values = EnumTraits<E>::all();
    for (const E value : values) {
        if (EnumTraits<E>::key(value) == key)
            return true;
    }
    return false;
}

} // namespace cohort
