#include "storage/analyticsfactsrepository.h"

#include "storage/checkedquery.h"
#include "storage/database.h"
#include "storage/enumkeycache.h"
#include "storage/queryerror.h"
#include "storage/rowscan.h"
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

/// Slot of an order's currency in AnalyticsFacts::currencies, adding currencies not seen yet
/// (settleCurrencies() sorts them afterwards).
class CurrencySlots final
{
public:
    explicit CurrencySlots(QList<QString> &currencies)
        : m_currencies(currencies)
    {
        for (qsizetype i = 0; i < m_currencies.size(); ++i)
            m_slots.insert(m_currencies.at(i).toUtf8(), qint32(i));
    }

    qint32 operator()(QByteArrayView utf8)
    {
        // Nearly every order is in the currency of the one before.
        if (m_last >= 0 && QByteArrayView(m_lastKey) == utf8)
            return m_last;
        m_lastKey = utf8.toByteArray();
        const auto it = m_slots.constFind(m_lastKey);
        if (it != m_slots.cend()) {
            m_last = it.value();
        } else {
            m_last = qint32(m_currencies.size());
            m_currencies.append(QString::fromUtf8(utf8));
            m_slots.insert(m_lastKey, m_last);
        }
        return m_last;
    }

private:
    QList<QString> &m_currencies;
    QHash<QByteArray, qint32> m_slots;
    QByteArray m_lastKey;
    qint32 m_last = -1;
};

/// Leaves in `facts.currencies` only the currencies orders use, sorted (renumbering the orders'
/// slots when that changes anything), and sets `facts.currency` to the most used one; of equally
/// used ones, the first in code order.
void settleCurrencies(AnalyticsFacts &facts)
{
    std::vector<qsizetype> counts(size_t(facts.currencies.size()), 0);
    for (const AnalyticsFacts::Order &order : std::as_const(facts.orders))
        ++counts[size_t(order.currencySlot)];
    QList<QString> used;
    for (qsizetype i = 0; i < facts.currencies.size(); ++i) {
        if (counts[size_t(i)] > 0)
            used.append(facts.currencies.at(i));
    }
    std::sort(used.begin(), used.end());
    if (used != facts.currencies) {
        std::vector<qint32> renumbered(size_t(facts.currencies.size()), 0);
        for (qsizetype i = 0; i < facts.currencies.size(); ++i) {
            const auto at = std::lower_bound(used.cbegin(), used.cend(), facts.currencies.at(i));
            renumbered[size_t(i)] = qint32(at - used.cbegin());
        }
        for (AnalyticsFacts::Order &order : facts.orders.mutableRows())
            order.currencySlot = renumbered[size_t(order.currencySlot)];
        std::vector<qsizetype> sortedCounts(size_t(used.size()), 0);
        for (size_t i = 0; i < counts.size(); ++i) {
            if (counts[i] > 0)
                sortedCounts[size_t(renumbered[i])] = counts[i];
        }
        counts = std::move(sortedCounts);
        facts.currencies = used;
    }
    facts.currency = AnalyticsFacts().currency;
    qsizetype best = 0;
    for (qsizetype i = 0; i < facts.currencies.size(); ++i) {
        if (counts[size_t(i)] > best) {
            best = counts[size_t(i)];
            facts.currency = facts.currencies.at(i);
        }
    }
}

bool orderBefore(const AnalyticsFacts::Order &a, const AnalyticsFacts::Order &b)
{
    return std::pair(a.orderedAt, a.id) < std::pair(b.orderedAt, b.id);
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
    const auto byId = [](const Member &a, const Member &b) { return a.id < b.id; };
    // Read in id order already: sorting through the non-const rows would unshare them.
    if (!std::is_sorted(members.cbegin(), members.cend(), byId))
        std::sort(members.begin(), members.end(), byId);
    const qint64 maxId = members.back().id;
    // A dense table only when ids are not wildly sparse; otherwise binary search serves.
    if (maxId <= 0 || maxId > qint64(members.size()) * 4 + 1024)
        return;
    indexById.assign(size_t(maxId) + 1, -1);
    const std::vector<Member> &rows = members.rows(); // read-only: keeps the rows shared
    for (size_t i = 0; i < rows.size(); ++i) {
        if (rows[i].id > 0)
            indexById[size_t(rows[i].id)] = qint32(i);
    }
}

namespace {

/// Ends the read transaction however load() leaves, so a failed scan does not pin the snapshot.
class ReadTransaction final
{
public:
    ReadTransaction(const QSqlDatabase &db, const SqlDialect &dialect)
        : m_db(db)
    {
        // Not prepared: PostgreSQL prepares no transaction statements.
        const QString sql = dialect.beginRead();
        CheckedQuery::throwIfInjected(sql);
        QSqlQuery begin(m_db);
        if (!begin.exec(sql))
            throw QueryError(begin.lastError(), sql);
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
    // What is not read again is shared with `previous`, not copied (SharedRows, QHash).
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
        facts.currencies = previous.currencies;
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
    const ReadTransaction snapshot(db, m_database.dialect());
    std::optional<CheckedQuery> q;
    auto run = [&](const QString &sql) {
        q.reset(); // the previous statement is finished before the next one starts
        q.emplace(db, sql);
        q->exec();
    };

    // The big scans step SQLite directly (RowScan) and sort in memory: ORDER BY on a column
    // no index leads with sorts in a temp B-tree, and ORDER BY through an index reads the table
    // in random order; ORDER BY id is the table's own order. Sorting by time stably after that
    // gives time, then id.
    if (parts & Activity) {
        // 0.7 s to scan and 2.9 s to sort by day in SQLite (730,000 rows); a few ms here.
        std::vector<AnalyticsFacts::DayActivity> days;
        days.reserve(previous.dayActivity.size());
        {
            RowScan scan(db,
                         QStringLiteral(
                             "SELECT group_id, day, member_id, messages FROM member_day_activity"));
            while (scan.next())
                days.push_back({ scan.int64(0), scan.int32(1), scan.int64(2), scan.int32(3) });
        }
        std::stable_sort(days.begin(), days.end(),
                         [](const AnalyticsFacts::DayActivity &a,
                            const AnalyticsFacts::DayActivity &b) { return a.day < b.day; });
        facts.dayActivity = std::move(days);

        std::vector<AnalyticsFacts::HourActivity> hours;
        RowScan scan(
            db, QStringLiteral("SELECT group_id, day, hour, messages FROM group_hour_activity"));
        while (scan.next())
            hours.push_back({ scan.int64(0), scan.int32(1), scan.int32(2), scan.int32(3) });
        facts.hourActivity = std::move(hours);
    }

    if (parts & MembershipsPart) {
        std::vector<AnalyticsFacts::Membership> memberships;
        {
            EnumKeyCache<MemberRole> role(MemberRole::Member);
            RowScan scan(db,
                         QStringLiteral("SELECT group_id, member_id, role, joined_at, "
                                        "left_at FROM memberships"));
            while (scan.next())
                memberships.push_back({ scan.int64(0), scan.int64(1), role(scan.utf8(2)),
                                        scan.int64(3), scan.int64(4) });
        }
        facts.memberships = std::move(memberships);

        std::vector<AnalyticsFacts::Event> events;
        {
            EnumKeyCache<MembershipEventKind> kind(MembershipEventKind::Join);
            RowScan scan(db,
                         QStringLiteral("SELECT group_id, member_id, kind, at, actor_id "
                                        "FROM membership_events ORDER BY id"));
            while (scan.next())
                events.push_back({ scan.int64(0), scan.int64(1), kind(scan.utf8(2)), scan.int64(3),
                                   scan.int64(4) });
        }
        std::stable_sort(events.begin(), events.end(),
                         [](const AnalyticsFacts::Event &a, const AnalyticsFacts::Event &b) {
                             return a.at < b.at;
                         });
        facts.events = std::move(events);
    }

    if (parts & MembersPart) {
        std::vector<AnalyticsFacts::Member> members;
        members.reserve(previous.members.size());
        EnumKeyCache<SourceChannel> source(SourceChannel::Other);
        RowScan scan(db,
                     QStringLiteral("SELECT id, display_name, source_channel, referrer_id, "
                                    "first_seen FROM members ORDER BY id"));
        while (scan.next())
            members.push_back({ scan.int64(0), scan.text(1), source(scan.utf8(2)), scan.int64(3),
                                scan.int64(4) });
        facts.members = std::move(members);
    }

    if (parts & OrdersPart) {
        std::vector<AnalyticsFacts::Order> orders;
        orders.reserve(previous.orders.size());
        {
            EnumKeyCache<OrderStatus> status(OrderStatus::Placed);
            CurrencySlots currency(facts.currencies);
            RowScan scan(db,
                         QStringLiteral("SELECT id, member_id, product_id, group_id, "
                                        "campaign_id, ordered_at, total_minor, status, "
                                        "currency FROM orders ORDER BY id"));
            while (scan.next())
                orders.push_back({ scan.int64(0), scan.int64(1), scan.int64(2), scan.int64(3),
                                   scan.int64(4), scan.int64(5), scan.int64(6),
                                   status(scan.utf8(7)), currency(scan.utf8(8)) });
        }
        std::stable_sort(orders.begin(), orders.end(),
                         [](const AnalyticsFacts::Order &a, const AnalyticsFacts::Order &b) {
                             return a.orderedAt < b.orderedAt;
                         });
        facts.orders = std::move(orders);
        settleCurrencies(facts);
    } else if (!orderIds.isEmpty()) {
        // Only these orders were written: the others are kept, these read again and merged in
        // time order, and the currencies counted from the slots (no scan of every order).
        std::vector<qint64> written(orderIds.cbegin(), orderIds.cend());
        std::sort(written.begin(), written.end());
        std::vector<AnalyticsFacts::Order> orders;
        orders.reserve(previous.orders.size() + written.size());
        std::copy_if(previous.orders.cbegin(), previous.orders.cend(), std::back_inserter(orders),
                     [&written](const AnalyticsFacts::Order &order) {
                         return !std::binary_search(written.cbegin(), written.cend(), order.id);
                     });
        const auto kept = qsizetype(orders.size());
        EnumKeyCache<OrderStatus> status(OrderStatus::Placed);
        CurrencySlots currency(facts.currencies);
        const QList<qint64> ids(written.cbegin(), written.cend());
        for (qsizetype start = 0; start < ids.size(); start += sql::MaxIdsPerStatement) {
            const QList<qint64> chunk = ids.mid(start, sql::MaxIdsPerStatement);
            q.reset();
            q.emplace(db,
                      QStringLiteral("SELECT id, member_id, product_id, group_id, campaign_id, "
                                     "ordered_at, total_minor, status, currency FROM orders "
                                     "WHERE id IN (")
                          + sql::placeholders(chunk.size()) + u')');
            for (const qint64 id : chunk)
                q->bind(id);
            q->exec();
            while (q->next()) {
                orders.push_back(
                    { q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toLongLong(),
                      q->value(3).toLongLong(), q->value(4).toLongLong(), q->value(5).toLongLong(),
                      q->value(6).toLongLong(), status(q->value(7).toString().toUtf8()),
                      currency(q->value(8).toString().toUtf8()) });
            }
        }
        std::sort(orders.begin() + kept, orders.end(), orderBefore);
        std::inplace_merge(orders.begin(), orders.begin() + kept, orders.end(), orderBefore);
        facts.orders = std::move(orders);
        settleCurrencies(facts);
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
