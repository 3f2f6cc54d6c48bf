#include "randomfacts.h"

#include "analytics/periodmath.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTimeZone>

#include <algorithm>

namespace cohort::test {

namespace {

constexpr qint64 Day = 86400;
const qint64 Start = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
constexpr int SpanDays = 120;

template<typename E> E pick(QRandomGenerator &rng, const QList<E> &values)
{
    return values.at(rng.bounded(int(values.size())));
}

} // namespace

AnalyticsFacts randomFacts(quint32 seed)
{
    QRandomGenerator rng(seed);
    AnalyticsFacts f;
    f.timeZoneId = pick(rng,
                        QList<QString> { QStringLiteral("UTC"), QStringLiteral("Asia/Shanghai"),
                                         QStringLiteral("America/New_York") });
    const QTimeZone zone(f.timeZoneId.toUtf8());
    auto instant = [&](int maxDays) {
        return Start + qint64(rng.bounded(maxDays * 24)) * 3600 + rng.bounded(3600);
    };
    auto dayOf = [&](qint64 utc) {
        return qint32(PeriodMath::dayNumber(QDateTime::fromSecsSinceEpoch(utc, zone).date()));
    };

    const int groups = 1 + rng.bounded(4);
    for (int g = 1; g <= groups; ++g)
        f.groups.insert(
            g, { QStringLiteral("Group %1").arg(g), pick(rng, EnumTraits<Platform>::all()) });
    f.products.insert(1, { QStringLiteral("Tea"), ProductRole::Traffic, 30 });
    f.products.insert(2, { QStringLiteral("Course"), ProductRole::Profit, 0 });
    f.campaigns.insert(1, QStringLiteral("Flash"));

    const int members = 3 + rng.bounded(60);
    for (int m = 1; m <= members; ++m) {
        // Referrers come earlier, now and then someone unknown or the member themself.
        qint64 referrer = 0;
        if (m > 1 && rng.bounded(3) == 0)
            referrer = 1 + rng.bounded(m - 1);
        else if (rng.bounded(20) == 0)
            referrer = rng.bounded(2) ? m : members + 50;
        f.members.push_back({ m, QStringLiteral("M%1").arg(m),
                              pick(rng, EnumTraits<SourceChannel>::all()), referrer, 0 });
        for (int g = 1; g <= groups; ++g) {
            if (rng.bounded(3) != 0)
                continue;
            const bool unknownJoin = rng.bounded(8) == 0;
            const qint64 joined = unknownJoin ? 0 : instant(SpanDays);
            qint64 left = 0;
            if (!unknownJoin)
                f.events.push_back({ g, m, MembershipEventKind::Join, joined, 0 });
            if (rng.bounded(4) == 0) {
                left = std::max(joined, Start) + 3600 + rng.bounded(40 * 24) * 3600;
                f.events.push_back(
                    { g, m,
                      rng.bounded(5) ? MembershipEventKind::Leave : MembershipEventKind::Removed,
                      left, 0 });
                if (rng.bounded(3) == 0) { // back again: the row keeps the latest stay
                    const qint64 back = left + Day + rng.bounded(30 * 24) * 3600;
                    f.events.push_back({ g, m, MembershipEventKind::Join, back, 0 });
                    f.memberships.push_back(
                        { g, m, pick(rng, EnumTraits<MemberRole>::all()), back, 0 });
                    continue;
                }
            }
            f.memberships.push_back(
                { g, m, pick(rng, EnumTraits<MemberRole>::all()), joined, left });
        }
    }

    // Messages and orders mostly from members of the group, some from anyone (imports can say
    // so before the membership rows do).
    const int messages = rng.bounded(400);
    for (int k = 0; k < messages; ++k) {
        const auto &seat = f.memberships.empty() || rng.bounded(10) == 0
            ? AnalyticsFacts::Membership { 1 + rng.bounded(groups), 1 + rng.bounded(members),
                                           MemberRole::Member, 0, 0 }
            : f.memberships[size_t(rng.bounded(int(f.memberships.size())))];
        const qint64 at = instant(SpanDays + 20);
        const qint32 day = dayOf(at);
        f.dayActivity.push_back({ seat.groupId, day, seat.memberId, 1 + rng.bounded(5) });
        f.hourActivity.push_back({ seat.groupId, day, int(rng.bounded(24)), 1 });
    }
    // One row per (group, day, member), as the roll-up keeps them.
    std::sort(f.dayActivity.begin(), f.dayActivity.end(), [](const auto &a, const auto &b) {
        return std::tie(a.day, a.groupId, a.memberId) < std::tie(b.day, b.groupId, b.memberId);
    });
    std::vector<AnalyticsFacts::DayActivity> merged;
    for (const auto &row : f.dayActivity) {
        if (!merged.empty() && merged.back().day == row.day && merged.back().groupId == row.groupId
            && merged.back().memberId == row.memberId)
            merged.back().messages += row.messages;
        else
            merged.push_back(row);
    }
    f.dayActivity = merged;

    const int orders = rng.bounded(150);
    for (int k = 0; k < orders; ++k) {
        const qint64 group = rng.bounded(6) == 0 ? 0 : 1 + rng.bounded(groups);
        f.orders.push_back({ k + 1, 1 + rng.bounded(members), 1 + rng.bounded(2), group,
                             rng.bounded(4) == 0 ? 1 : 0, instant(SpanDays + 20),
                             100 + rng.bounded(5000), pick(rng, EnumTraits<OrderStatus>::all()) });
    }
    std::stable_sort(f.orders.begin(), f.orders.end(),
                     [](const auto &a, const auto &b) { return a.orderedAt < b.orderedAt; });
    std::stable_sort(f.events.begin(), f.events.end(),
                     [](const auto &a, const auto &b) { return a.at < b.at; });
    const int violations = rng.bounded(10);
    for (int k = 0; k < violations; ++k)
        f.violations.push_back({ 1 + rng.bounded(groups), instant(SpanDays),
                                 1 + rng.bounded(members), QStringLiteral("ads") });
    f.buildIndex();
    return f;
}

MetricsRequest randomRequest(const AnalyticsFacts &facts, quint32 seed)
{
    QRandomGenerator rng(seed ^ 0x9e3779b9u);
    MetricsRequest r;
    const QDate first = QDateTime::fromSecsSinceEpoch(Start, Qt::UTC).date().addDays(-10);
    r.from = first.addDays(rng.bounded(SpanDays + 30));
    r.to = r.from.addDays(pick(rng, QList<int> { 0, 6, 13, 29, 89, 200 }));
    const int scope = rng.bounded(3);
    if (scope == 1) {
        r.groupIds = { facts.groupIds.at(rng.bounded(int(facts.groupIds.size()))) };
    } else if (scope == 2) {
        for (const qint64 id : facts.groupIds)
            if (rng.bounded(2))
                r.groupIds << id;
    }
    r.granularity
        = pick(rng, QList<Granularity> { Granularity::Day, Granularity::Week, Granularity::Month });
    return r;
}

} // namespace cohort::test
