#include "storage/analyticsfactsrepository.h"

#include "storage/checkedquery.h"
#include "storage/database.h"
#include "storage/sqlvalues.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <optional>

namespace cohort {

qsizetype AnalyticsFacts::sparseMemberIndex(qint64 id) const
{
    const auto it = std::lower_bound(members.begin(), members.end(), id,
                                     [](const Member &m, qint64 value) { return m.id < value; });
    return it != members.end() && it->id == id ? it - members.begin() : -1;
}

namespace {

void buildSlots(QList<qint64> &ids, std::vector<qint32> &table)
{
    std::sort(ids.begin(), ids.end());
    table.clear();
    if (ids.isEmpty() || ids.last() <= 0 || ids.last() > ids.size() * 4 + 1024)
        return;
    table.assign(size_t(ids.last()) + 1, -1);
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (ids.at(i) > 0)
            table[size_t(ids.at(i))] = qint32(i);
    }
}

/// The parts of the facts, each read by one or two scans.
enum Part : unsigned {
    Activity = 0x1, ///< day and hour roll-ups
    MembershipsPart = 0x2, ///< memberships and their events
    MembersPart = 0x4,
    OrdersPart = 0x8, ///< and the currency
    ProductsPart = 0x10,
    GroupsPart = 0x20,
    CampaignsPart = 0x40, ///< names, schedules, target groups
    ViolationsPart = 0x80,
    AllParts = 0xff,
};

/// What a change to `tables` can have altered. A write touches every table its statement
/// changes, cascades included (a deleted member's roll-ups are touched as Messages); deleting a
/// group cascades into nearly everything, so groups are read again whole.
unsigned partsFor(Tables tables)
{
    if (tables & Table::Groups)
        return AllParts;
    unsigned parts = 0;
    if (tables & Table::Messages)
        parts |= Activity;
    if (tables & Table::Memberships)
        parts |= MembershipsPart;
    if (tables & Table::Members)
        parts |= MembersPart;
    if (tables & Table::Orders)
        parts |= OrdersPart;
    if (tables & Table::Products)
        parts |= ProductsPart;
    if (tables & Table::Campaigns)
        parts |= CampaignsPart | OrdersPart; // a deleted campaign unlinks its orders
    if (tables & Table::Violations)
        parts |= ViolationsPart;
    return parts;
}

/// The currency of most orders; of equally used ones, the first in code order.
QString mostUsed(const QHash<QString, qsizetype> &currencies)
{
    QString best;
    qsizetype count = 0;
    for (auto it = currencies.cbegin(); it != currencies.cend(); ++it) {
        if (it.value() > count || (it.value() == count && it.key() < best)) {
            count = it.value();
            best = it.key();
        }
    }
    return best;
}

} // namespace

void AnalyticsFacts::buildIndex()
{
    groupIds = groups.keys();
    buildSlots(groupIds, groupSlotById);
    productIds = products.keys();
    buildSlots(productIds, productSlotById);
    indexById.clear();
    if (members.empty())
        return;
    std::sort(members.begin(), members.end(),
              [](const Member &a, const Member &b) { return a.id < b.id; });
    const qint64 maxId = members.back().id;
    // A dense table only when ids are not wildly sparse; otherwise binary search serves.
    if (maxId <= 0 || maxId > qint64(members.size()) * 4 + 1024)
        return;
    indexById.assign(size_t(maxId) + 1, -1);
    for (size_t i = 0; i < members.size(); ++i) {
        if (members[i].id > 0)
            indexById[size_t(members[i].id)] = qint32(i);
    }
}

namespace {

/// Ends the read transaction however load() leaves, so a failed scan does not pin the snapshot.
class ReadTransaction final
{
public:
    explicit ReadTransaction(const QSqlDatabase &db)
        : m_db(db)
    {
        CheckedQuery(m_db, QStringLiteral("BEGIN")).exec();
    }
    ~ReadTransaction() { QSqlQuery(m_db).exec(QStringLiteral("COMMIT")); }
    ReadTransaction(const ReadTransaction &) = delete;
    ReadTransaction &operator=(const ReadTransaction &) = delete;

private:
    QSqlDatabase m_db;
};

} // namespace

void AnalyticsFactsRepository::load(AnalyticsFacts &facts) const
{
    reload(facts, AnalyticsFacts(), Tables::fromInt(~0));
}

void AnalyticsFactsRepository::reload(AnalyticsFacts &facts, const AnalyticsFacts &previous,
                                      Tables changed, const QSet<qint64> &orderIds) const
{
    Q_ASSERT(&facts != &previous);
    // Orders named one by one are read one by one, unless something else reads them all.
    const unsigned parts
        = partsFor(orderIds.isEmpty() ? changed : (changed & ~Tables(Table::Orders)));
    facts = AnalyticsFacts();
    facts.timeZoneId = m_database.timeZoneId();
    if (!(parts & Activity)) {
        facts.dayActivity = previous.dayActivity;
        facts.hourActivity = previous.hourActivity;
    }
    if (!(parts & MembershipsPart)) {
        facts.memberships = previous.memberships;
        facts.events = previous.events;
    }
    if (!(parts & MembersPart))
        facts.members = previous.members;
    if (!(parts & OrdersPart)) {
        facts.orders = previous.orders;
        facts.currency = previous.currency;
    }
    if (!(parts & ProductsPart))
        facts.products = previous.products;
    if (!(parts & GroupsPart))
        facts.groups = previous.groups;
    if (!(parts & CampaignsPart)) {
        facts.campaigns = previous.campaigns;
        facts.campaignSchedules = previous.campaignSchedules;
    }
    if (!(parts & ViolationsPart))
        facts.violations = previous.violations;

    QSqlDatabase db = m_database.connection();
    // A read transaction gives every scan the same snapshot (WAL readers never block writers).
    const ReadTransaction snapshot(db);
    std::optional<CheckedQuery> q;
    auto run = [&](const QString &sql) {
        q.reset(); // the previous statement is finished before the next one starts
        q.emplace(db, sql);
        q->exec();
    };

    if (parts & Activity) {
        // Sorted here rather than with ORDER BY day: no index leads with day, and SQLite's temp
        // B-tree sort of a year of roll-ups took longer than the scan itself (0.7 s scan, 2.9 s
        // sorted, 730,000 rows), while std::stable_sort takes a few ms.
        run(QStringLiteral("SELECT group_id, day, member_id, messages FROM member_day_activity"));
        while (q->next())
            facts.dayActivity.push_back({ q->value(0).toLongLong(), q->value(1).toInt(),
                                          q->value(2).toLongLong(), q->value(3).toInt() });
        std::stable_sort(facts.dayActivity.begin(), facts.dayActivity.end(),
                         [](const AnalyticsFacts::DayActivity &a,
                            const AnalyticsFacts::DayActivity &b) { return a.day < b.day; });

        run(QStringLiteral("SELECT group_id, day, hour, messages FROM group_hour_activity"));
        while (q->next())
            facts.hourActivity.push_back({ q->value(0).toLongLong(), q->value(1).toInt(),
                                           q->value(2).toInt(), q->value(3).toInt() });
    }

    if (parts & MembershipsPart) {
        run(QStringLiteral(
            "SELECT group_id, member_id, role, joined_at, left_at FROM memberships"));
        while (q->next())
            facts.memberships.push_back({ q->value(0).toLongLong(), q->value(1).toLongLong(),
                                          enumFromKey(q->value(2).toString(), MemberRole::Member),
                                          q->value(3).toLongLong(), q->value(4).toLongLong() });

        run(QStringLiteral("SELECT group_id, member_id, kind, at, actor_id FROM membership_events "
                           "ORDER BY at, id"));
        while (q->next())
            facts.events.push_back({ q->value(0).toLongLong(), q->value(1).toLongLong(),
                                     enumFromKey(q->value(2).toString(), MembershipEventKind::Join),
                                     q->value(3).toLongLong(), q->value(4).toLongLong() });
    }

    if (parts & MembersPart) {
        run(QStringLiteral("SELECT id, display_name, source_channel, referrer_id, first_seen "
                           "FROM members ORDER BY id"));
        while (q->next())
            facts.members.push_back({ q->value(0).toLongLong(), q->value(1).toString(),
                                      enumFromKey(q->value(2).toString(), SourceChannel::Other),
                                      q->value(3).toLongLong(), q->value(4).toLongLong() });
    }

    if (parts & OrdersPart) {
        run(QStringLiteral("SELECT id, member_id, product_id, group_id, campaign_id, ordered_at, "
                           "total_minor, status, currency FROM orders ORDER BY ordered_at, id"));
        QHash<QString, qsizetype> currencies;
        while (q->next()) {
            facts.orders.push_back({ q->value(0).toLongLong(), q->value(1).toLongLong(),
                                     q->value(2).toLongLong(), q->value(3).toLongLong(),
                                     q->value(4).toLongLong(), q->value(5).toLongLong(),
                                     q->value(6).toLongLong(),
                                     enumFromKey(q->value(7).toString(), OrderStatus::Placed) });
            ++currencies[q->value(8).toString()];
        }
        if (!currencies.isEmpty())
            facts.currency = mostUsed(currencies);
    } else if (!orderIds.isEmpty()) {
        // Only these orders were written: they are taken out and read again, in time order.
        const auto written = [&orderIds](const AnalyticsFacts::Order &order) {
            return orderIds.contains(order.id);
        };
        facts.orders.erase(std::remove_if(facts.orders.begin(), facts.orders.end(), written),
                           facts.orders.end());
        const QList<qint64> ids(orderIds.cbegin(), orderIds.cend());
        for (qsizetype start = 0; start < ids.size(); start += sql::MaxIdsPerStatement) {
            const QList<qint64> chunk = ids.mid(start, sql::MaxIdsPerStatement);
            q.reset();
            q.emplace(db,
                      QStringLiteral("SELECT id, member_id, product_id, group_id, campaign_id, "
                                     "ordered_at, total_minor, status FROM orders WHERE id IN (")
                          + sql::placeholders(chunk.size()) + u')');
            for (const qint64 id : chunk)
                q->bind(id);
            q->exec();
            while (q->next()) {
                const AnalyticsFacts::Order order {
                    q->value(0).toLongLong(),
                    q->value(1).toLongLong(),
                    q->value(2).toLongLong(),
                    q->value(3).toLongLong(),
                    q->value(4).toLongLong(),
                    q->value(5).toLongLong(),
                    q->value(6).toLongLong(),
                    enumFromKey(q->value(7).toString(), OrderStatus::Placed)
                };
                const auto at = std::lower_bound(
                    facts.orders.begin(), facts.orders.end(), order,
                    [](const AnalyticsFacts::Order &a, const AnalyticsFacts::Order &b) {
                        return std::pair(a.orderedAt, a.id) < std::pair(b.orderedAt, b.id);
                    });
                facts.orders.insert(at, order);
            }
        }
        // The most used currency may change with them: counted in SQL, not row by row here.
        run(QStringLiteral("SELECT currency, COUNT(*) FROM orders GROUP BY currency"));
        QHash<QString, qsizetype> currencies;
        while (q->next())
            currencies.insert(q->value(0).toString(), q->value(1).toLongLong());
        facts.currency = currencies.isEmpty() ? AnalyticsFacts().currency : mostUsed(currencies);
    }

    if (parts & ProductsPart) {
        run(QStringLiteral("SELECT id, name, role, repurchase_cycle_days FROM products"));
        while (q->next())
            facts.products.insert(q->value(0).toLongLong(),
                                  { q->value(1).toString(),
                                    enumFromKey(q->value(2).toString(), ProductRole::Traffic),
                                    q->value(3).toInt() });
    }

    if (parts & GroupsPart) {
        run(QStringLiteral("SELECT id, name, platform FROM chat_groups"));
        while (q->next())
            facts.groups.insert(
                q->value(0).toLongLong(),
                { q->value(1).toString(), enumFromKey(q->value(2).toString(), Platform::Other) });
    }

    if (parts & CampaignsPart) {
        run(QStringLiteral("SELECT id, name, type, status, starts_at, ends_at, recurrence, "
                           "time_zone, duration_minutes FROM campaigns"));
        while (q->next()) {
            const qint64 id = q->value(0).toLongLong();
            facts.campaigns.insert(id, q->value(1).toString());
            AnalyticsFacts::CampaignSchedule schedule;
            schedule.type = enumFromKey(q->value(2).toString(), CampaignType::FlashSale);
            schedule.status = enumFromKey(q->value(3).toString(), CampaignStatus::Draft);
            schedule.startsAt = q->value(4).toLongLong();
            schedule.endsAt = q->value(5).toLongLong();
            schedule.recurrence = q->value(6).toString();
            schedule.timeZone = q->value(7).toString();
            schedule.durationMinutes = q->value(8).toInt();
            facts.campaignSchedules.insert(id, schedule);
        }

        run(QStringLiteral(
            "SELECT campaign_id, group_id FROM campaign_groups ORDER BY campaign_id, group_id"));
        while (q->next()) {
            const auto it = facts.campaignSchedules.find(q->value(0).toLongLong());
            if (it != facts.campaignSchedules.end())
                it->groupIds << q->value(1).toLongLong();
        }
    }

    if (parts & ViolationsPart) {
        run(QStringLiteral(
            "SELECT group_id, at, member_id, rule FROM rule_violations WHERE dismissed = 0 "
            "ORDER BY at, id"));
        while (q->next())
            facts.violations.push_back({ q->value(0).toLongLong(), q->value(1).toLongLong(),
                                         q->value(2).toLongLong(), q->value(3).toString() });
    }

    q.reset();
    facts.buildIndex();
}

} // namespace cohort
