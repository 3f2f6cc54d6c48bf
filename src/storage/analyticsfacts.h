#pragma once

#include "domain/enums.h"
#include "storage/sharedrows.h"

#include <QHash>
#include <QList>
#include <QString>

#include <algorithm>
#include <vector>

namespace cohort {

/// A compact, read-only snapshot of what the metrics are computed from: the activity roll-ups,
/// memberships and their events, members, orders and a few lookup names. Loaded by
/// AnalyticsFactsRepository; analytics never touches SQL.
struct AnalyticsFacts
{
    struct DayActivity
    {
        qint64 groupId;
        qint32 day; ///< local day number in the workspace time zone
        qint64 memberId;
        qint32 messages;
        bool operator==(const DayActivity &) const = default;
    };
    struct HourActivity
    {
        qint64 groupId;
        qint32 day;
        qint32 hour;
        qint32 messages;
        bool operator==(const HourActivity &) const = default;
    };
    struct Membership
    {
        qint64 groupId;
        qint64 memberId;
        MemberRole role;
        qint64 joinedAt; ///< UTC seconds; 0 = unknown (counted as a member from the start)
        qint64 leftAt; ///< 0 = still in the group
        bool operator==(const Membership &) const = default;
    };
    struct Event
    {
        qint64 groupId;
        qint64 memberId;
        MembershipEventKind kind;
        qint64 at;
        qint64 actorId;
        bool operator==(const Event &) const = default;
    };
    struct Member
    {
        qint64 id;
        QString name;
        SourceChannel source;
        qint64 referrerId;
        qint64 firstSeen; ///< UTC seconds; 0 = unknown
        bool operator==(const Member &) const = default;
    };
    struct Order
    {
        qint64 id;
        qint64 memberId;
        qint64 productId;
        qint64 groupId;
        qint64 campaignId;
        qint64 orderedAt;
        qint64 totalMinor;
        OrderStatus status;
        qint32 currencySlot = 0; ///< position of its currency in AnalyticsFacts::currencies
        bool operator==(const Order &) const = default;
    };
    struct Product
    {
        QString name;
        ProductRole role;
        int repurchaseCycleDays;
        bool operator==(const Product &) const = default;
    };
    struct Group
    {
        QString name;
        Platform platform;
        bool operator==(const Group &) const = default;
    };
    struct Violation
    {
        qint64 groupId;
        qint64 at;
        qint64 memberId = 0; ///< 0 = unknown or deleted member
        QString rule;
        bool operator==(const Violation &) const = default;
    };
    /// Schedule of a campaign, for the weekly report's "next week" list (expanded there with
    /// OccurrenceExpander).
    struct CampaignSchedule
    {
        CampaignType type = CampaignType::FlashSale;
        CampaignStatus status = CampaignStatus::Draft;
        qint64 startsAt = 0; ///< UTC seconds; 0 = not scheduled
        qint64 endsAt = 0; ///< UTC seconds; 0 = open-ended
        QString recurrence;
        QString timeZone; ///< IANA id the schedule is written in
        int durationMinutes = 60;
        QList<qint64> groupIds; ///< target groups; empty = every group
        bool operator==(const CampaignSchedule &) const = default;
    };

    QString timeZoneId;
    QString currency = QStringLiteral("CNY"); ///< the most used of `currencies`
    /// The currencies the orders are in, sorted (so equal orders give equal facts).
    QList<QString> currencies;
    // Rows are shared with the snapshot a reload started from wherever the change left them
    // alone (SharedRows copies on write).
    SharedRows<DayActivity> dayActivity; ///< sorted by day
    SharedRows<HourActivity> hourActivity;
    SharedRows<Membership> memberships;
    SharedRows<Event> events; ///< sorted by time
    SharedRows<Member> members; ///< sorted by id
    SharedRows<Order> orders; ///< sorted by time, then id
    SharedRows<Violation> violations;
    QHash<qint64, Product> products;
    QHash<qint64, Group> groups;
    QHash<qint64, QString> campaigns;
    QHash<qint64, CampaignSchedule> campaignSchedules;

    /// Index of a member in `members`, or -1. O(1) after buildIndex().
    qsizetype memberIndex(qint64 id) const
    {
        if (id > 0 && id < qint64(indexById.size()))
            return indexById[size_t(id)];
        // The dense table reaches the largest id: outside it (0 = no member) there is none.
        return indexById.empty() ? sparseMemberIndex(id) : -1;
    }
    /// Builds the id → index tables (ids are dense row ids in practice).
    void buildIndex();
    /// Position of a group in `groupIds` (0..groupCount-1), or -1. O(1) for dense ids.
    qsizetype groupSlot(qint64 id) const { return slotOf(groupSlotById, groupIds, id); }
    /// Position of a product in `productIds`, or -1.
    qsizetype productSlot(qint64 id) const { return slotOf(productSlotById, productIds, id); }

    /// Equal facts give equal metrics: a reload applied in place must equal a full read.
    bool operator==(const AnalyticsFacts &) const = default;

    QList<qint64> groupIds; ///< sorted; slot = position
    QList<qint64> productIds; ///< sorted; slot = position
    std::vector<qint32> groupSlotById;
    std::vector<qint32> productSlotById;

    /// Member index per id for ids below its size; -1 where no member has that id.
    std::vector<qint32> indexById;

private:
    qsizetype sparseMemberIndex(qint64 id) const;
    static qsizetype slotOf(const std::vector<qint32> &table, const QList<qint64> &ids, qint64 id)
    {
        if (id > 0 && id < qint64(table.size()))
            return table[size_t(id)];
        const auto it = std::lower_bound(ids.cbegin(), ids.cend(), id);
        return it != ids.cend() && *it == id ? it - ids.cbegin() : -1;
    }
};

} // namespace cohort
