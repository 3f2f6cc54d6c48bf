#include "reportfixture.h"

#include "analytics/periodmath.h"
#include "domain/enums.h"
#include "rules/groupscanner.h"
#include "storage/database.h"
#include "storage/sqltransaction.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace cohort::test {

namespace {

/// Runs one statement with positional values; reports the first failure on stderr.
class Inserter
{
public:
    explicit Inserter(const QSqlDatabase &db)
        : m_query(db)
    {
    }
    bool operator()(const QString &sql, const QVariantList &values)
    {
        if (sql != m_sql) {
            if (!m_query.prepare(sql)) {
                qWarning("prepare failed: %s", qPrintable(m_query.lastError().text()));
                return false;
            }
            m_sql = sql;
        }
        for (qsizetype i = 0; i < values.size(); ++i)
            m_query.bindValue(int(i), values.at(i));
        if (!m_query.exec()) {
            qWarning("insert failed: %s", qPrintable(m_query.lastError().text()));
            return false;
        }
        return true;
    }

private:
    QSqlQuery m_query;
    QString m_sql;
};

const QString GroupSql = QStringLiteral(
    "INSERT INTO chat_groups (id, platform, name, created_at) VALUES (?, ?, ?, 0)");
const QString MemberSql
    = QStringLiteral("INSERT INTO members (id, display_name, source_channel, referrer_id, "
                     "first_seen, created_at) VALUES (?, ?, ?, ?, ?, 0)");
const QString MembershipSql = QStringLiteral("INSERT INTO memberships (group_id, member_id, role, "
                                             "joined_at, left_at) VALUES (?, ?, ?, ?, ?)");
const QString EventSql = QStringLiteral(
    "INSERT INTO membership_events (group_id, member_id, kind, at) VALUES (?, ?, ?, ?)");
const QString DaySql = QStringLiteral(
    "INSERT INTO member_day_activity (group_id, day, member_id, messages) VALUES (?, ?, ?, ?)");
const QString HourSql = QStringLiteral(
    "INSERT INTO group_hour_activity (group_id, day, hour, messages) VALUES (?, ?, ?, ?)");
const QString ProductSql
    = QStringLiteral("INSERT INTO products (id, name, role, price_minor, currency, "
                     "repurchase_cycle_days) VALUES (?, ?, ?, ?, 'CNY', ?)");
const QString CampaignSql
    = QStringLiteral("INSERT INTO campaigns (id, name, type, status, starts_at, ends_at, "
                     "recurrence) VALUES (?, ?, ?, ?, ?, ?, ?)");
const QString CampaignGroupSql
    = QStringLiteral("INSERT INTO campaign_groups (campaign_id, group_id) VALUES (?, ?)");
const QString OrderSql
    = QStringLiteral("INSERT INTO orders (member_id, product_id, group_id, campaign_id, quantity, "
                     "unit_price_minor, total_minor, "
                     "currency, ordered_at, status) VALUES (?, ?, ?, ?, 1, ?, ?, 'CNY', ?, ?)");
// Messages that break the groups' rules; the rules scan finds the violations (docs/rules.md).
const QString MessageSql
    = QStringLiteral("INSERT INTO messages (group_id, member_id, sent_at, kind, body, fingerprint) "
                     "VALUES (?, ?, ?, 0, ?, ?)");
const QString RuleFlagsSql = QStringLiteral("UPDATE chat_groups SET rule_flags = ? WHERE id = ?");

/// Re-scans every group, as after the rules changed; false when a scan fails.
bool scanAll(Database &database)
{
    rules::GroupScanner scanner(database, rules::PhraseLists::defaults());
    QSqlQuery q(database.connection());
    if (!q.exec(QStringLiteral("SELECT id FROM chat_groups ORDER BY id")))
        return false;
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    for (const qint64 id : std::as_const(ids))
        if (!scanner.rescan(id, {}).ok)
            return false;
    return true;
}

QVariant nullable(qint64 value)
{
    return value == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(value);
}

qint32 dayOf(int month, int day)
{
    return qint32(PeriodMath::dayNumber(QDate(2026, month, day)));
}

} // namespace

qint64 ReportFixture::local(int month, int day, int hour, int minute)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), Qt::UTC).toSecsSinceEpoch()
        - 8 * 3600;
}

bool ReportFixture::fill(Database &database)
{
    if (!database.setTimeZoneId(QStringLiteral("Asia/Shanghai")))
        return false;
    SqlTransaction transaction(database);
    Inserter insert(transaction.connection());
    const QString member = enumKey(MemberRole::Member);
    const qint64 jan1 = local(1, 1);
    bool ok = insert(GroupSql, { 1, enumKey(Platform::WeChat), QStringLiteral("Snack Lovers") })
        && insert(GroupSql, { 2, enumKey(Platform::QQ), QStringLiteral("读书会") });

    const QString other = enumKey(SourceChannel::Other);
    ok = ok && insert(MemberSql, { 1, QStringLiteral("Alice Zhang"), other, nullable(0), jan1 })
        && insert(MemberSql, { 2, QStringLiteral("Bob Li"), other, nullable(0), jan1 })
        && insert(MemberSql, { 3, QStringLiteral("李娜"), other, nullable(0), jan1 })
        && insert(
             MemberSql,
             { 4, QStringLiteral("Dan Wu"), enumKey(SourceChannel::Referral), 1, local(3, 3, 10) })
        && insert(MemberSql, { 5, QStringLiteral("Eve Chen"), other, nullable(0), jan1 })
        && insert(MemberSql, { 6, hostileName(), other, nullable(0), jan1 })
        && insert(MemberSql, { 7, QStringLiteral("Frank Sun"), other, nullable(0), jan1 });

    ok = ok && insert(MembershipSql, { 1, 1, enumKey(MemberRole::Owner), jan1, nullable(0) })
        && insert(MembershipSql, { 1, 2, enumKey(MemberRole::SeedUser), jan1, nullable(0) })
        && insert(MembershipSql, { 1, 4, member, local(3, 3, 10), nullable(0) })
        && insert(MembershipSql, { 1, 5, member, jan1, local(3, 4, 12) })
        && insert(MembershipSql, { 1, 7, enumKey(MemberRole::SeedUser), jan1, nullable(0) })
        && insert(MembershipSql, { 2, 3, enumKey(MemberRole::Expert), jan1, nullable(0) })
        && insert(MembershipSql, { 2, 5, member, local(2, 25, 9), nullable(0) })
        && insert(MembershipSql, { 2, 6, member, jan1, nullable(0) });

    ok = ok && insert(EventSql, { 2, 5, enumKey(MembershipEventKind::Join), local(2, 25, 9) })
        && insert(EventSql, { 1, 4, enumKey(MembershipEventKind::Join), local(3, 3, 10) })
        && insert(EventSql, { 1, 5, enumKey(MembershipEventKind::Leave), local(3, 4, 12) });

    // Messages: this week (3/2–3/8) 28 from 4 members; last week (2/23–3/1) 13 from 3 members.
    const struct
    {
        int group, month, day, member, messages;
    } days[] = {
        { 2, 1, 10, 3, 3 }, { 1, 2, 1, 7, 1 }, // the silent expert and seed user, long ago
        { 1, 2, 24, 1, 8 }, { 1, 2, 25, 2, 3 }, { 2, 2, 26, 6, 2 }, // last week
        { 1, 3, 2, 1, 10 }, { 1, 3, 2, 5, 1 },  { 1, 3, 3, 2, 5 },
        { 1, 3, 5, 1, 4 },  { 2, 3, 4, 6, 6 },  { 2, 3, 6, 5, 2 },
    };
    for (const auto &d : days) {
        ok = ok && insert(DaySql, { d.group, dayOf(d.month, d.day), d.member, d.messages })
            && insert(HourSql, { d.group, dayOf(d.month, d.day), 10 + d.member, d.messages });
    }

    ok = ok
        && insert(ProductSql,
                  { 10, QStringLiteral("Snack box"), enumKey(ProductRole::Traffic), 3000, 10 })
        && insert(ProductSql,
                  { 11, QStringLiteral("Reading course"), enumKey(ProductRole::Profit), 20000, 0 });

    const QString scheduled = enumKey(CampaignStatus::Scheduled);
    ok = ok
        && insert(CampaignSql,
                  { 100, QStringLiteral("Flash Monday"), enumKey(CampaignType::FlashSale),
                    scheduled, local(3, 2, 20), local(3, 2, 22), QStringLiteral("") })
        && insert(CampaignSql,
                  { 101, QStringLiteral("Spring group-buy"), enumKey(CampaignType::TieredGroupBuy),
                    scheduled, local(3, 10, 20), local(3, 12, 22), QStringLiteral("") })
        && insert(CampaignSql,
                  { 102, QStringLiteral("Old sale"), enumKey(CampaignType::FlashSale),
                    enumKey(CampaignStatus::Finished), local(2, 1, 20), local(2, 2, 20),
                    QStringLiteral("") })
        && insert(CampaignSql,
                  { 103, QStringLiteral("Cancelled sale"), enumKey(CampaignType::FlashSale),
                    enumKey(CampaignStatus::Cancelled), local(3, 11, 20), local(3, 11, 22),
                    QStringLiteral("") })
        && insert(CampaignSql,
                  { 104, QStringLiteral("Daily check-in"), enumKey(CampaignType::CheckIn),
                    enumKey(CampaignStatus::Running), local(1, 5, 8), nullable(0),
                    QStringLiteral("FREQ=WEEKLY;BYDAY=MO,WE") })
        && insert(CampaignGroupSql, { 100, 1 }) && insert(CampaignGroupSql, { 101, 1 })
        && insert(CampaignGroupSql, { 101, 2 }) && insert(CampaignGroupSql, { 102, 1 })
        && insert(CampaignGroupSql, { 103, 2 }) && insert(CampaignGroupSql, { 104, 2 });

    const QString paid = enumKey(OrderStatus::Paid);
    ok = ok && insert(OrderSql, { 7, 10, 1, nullable(0), 3000, 3000, local(2, 10, 12), paid })
        && insert(OrderSql, { 2, 10, 1, nullable(0), 3000, 3000, local(2, 24, 12), paid })
        && insert(OrderSql, { 1, 10, 1, 100, 3000, 3000, local(3, 2, 20, 30), paid })
        && insert(OrderSql, { 2, 10, 1, 100, 3000, 3000, local(3, 2, 21), paid })
        && insert(OrderSql, { 1, 11, 1, nullable(0), 20000, 20000, local(3, 5, 15), paid })
        && insert(OrderSql,
                  { 6, 11, 2, nullable(0), 20000, 20000, local(3, 6, 15),
                    enumKey(OrderStatus::Refunded) });

    // Rule violations this week: two links in 读书会, one burst of flooding in Snack Lovers.
    ok = ok && insert(RuleFlagsSql, { QStringLiteral("no_links"), 2 })
        && insert(RuleFlagsSql, { QStringLiteral("no_flooding"), 1 })
        && insert(MessageSql, { 2, 6, local(3, 4, 9), QStringLiteral("see www.example.com"), 1 })
        && insert(MessageSql,
                  { 2, 6, local(3, 4, 10), QStringLiteral("还有 https://shop.example.cn"), 2 });
    for (int i = 0; i < 6 && ok; ++i)
        ok = insert(MessageSql,
                    { 1, 2, local(3, 5, 11) + i * 5, QStringLiteral("buy %1").arg(i), 10 + i });
    transaction.touch(Tables(Table::Groups) | Table::Members | Table::Orders | Table::Messages);
    return ok && transaction.commit() && scanAll(database);
}

bool ReportFixture::fillLarge(Database &database, int groups, const QDate &lastDay, quint32 seed)
{
    if (!database.setTimeZoneId(QStringLiteral("Asia/Shanghai")))
        return false;
    QRandomGenerator random(seed);
    SqlTransaction transaction(database);
    Inserter insert(transaction.connection());
    const int membersPerGroup = 400;
    const QDate firstDay = lastDay.addDays(-364);
    const qint64 start = QDateTime(firstDay, QTime(0, 0), Qt::UTC).toSecsSinceEpoch() - 8 * 3600;
    bool ok = true;
    const QList<MemberRole> roles { MemberRole::Member, MemberRole::Member,   MemberRole::Member,
                                    MemberRole::Sharer, MemberRole::SeedUser, MemberRole::Expert };
    static const char16_t *const surnames[]
        = { u"王", u"李", u"张", u"刘", u"陈", u"杨", u"黄", u"赵" };
    for (int p = 0; p < 6 && ok; ++p) {
        ok = insert(ProductSql,
                    { p + 1, QStringLiteral("Product %1").arg(p + 1),
                      enumKey(EnumTraits<ProductRole>::all().at(p % 4)), 1000 * (p + 1),
                      p % 2 == 0 ? 14 : 0 });
    }
    qint64 memberId = 0;
    for (int g = 1; g <= groups && ok; ++g) {
        ok = insert(GroupSql,
                    { g, enumKey(Platform::WeChat), QStringLiteral("Group %1 社群").arg(g) });
        ok = ok
            && insert(CampaignSql,
                      { g, QStringLiteral("Flash sale %1").arg(g), enumKey(CampaignType::FlashSale),
                        enumKey(CampaignStatus::Scheduled), start + 86400 * 7 * (g % 50),
                        nullable(0), QStringLiteral("weekly:1") })
            && insert(CampaignGroupSql, { g, g });
        const qint64 firstMember = memberId + 1;
        for (int m = 0; m < membersPerGroup && ok; ++m) {
            ++memberId;
            const qint64 joined = start + qint64(random.bounded(300)) * 86400;
            const bool leaves = random.bounded(10) == 0;
            const qint64 left = leaves ? joined + qint64(random.bounded(60) + 1) * 86400 : 0;
            const QString name = QString(QString::fromUtf16(surnames[m % 8])
                                         + QStringLiteral("成员%1").arg(memberId));
            ok = insert(MemberSql,
                        { memberId, name, enumKey(SourceChannel::Other), nullable(0), joined })
                && insert(
                     MembershipSql,
                     { g, memberId, enumKey(roles.at(m % roles.size())), joined, nullable(left) })
                && insert(EventSql, { g, memberId, enumKey(MembershipEventKind::Join), joined });
            if (ok && leaves)
                ok = insert(EventSql, { g, memberId, enumKey(MembershipEventKind::Leave), left });
        }
        for (int d = 0; d < 365 && ok; ++d) {
            const qint32 day = qint32(PeriodMath::dayNumber(firstDay.addDays(d)));
            qint64 dayMessages = 0;
            for (qint64 m = firstMember; m <= memberId && ok; ++m) {
                if (random.bounded(4) != 0)
                    continue;
                const int messages = int(random.bounded(1, 12));
                dayMessages += messages;
                ok = insert(DaySql, { g, day, m, messages });
            }
            for (int hour = 8; hour < 23 && ok; hour += 2)
                ok = insert(HourSql, { g, day, hour, dayMessages / 8 });
            for (int o = 0; o < 12 && ok; ++o) {
                const int product = int(random.bounded(1, 7));
                const qint64 buyer = firstMember + random.bounded(membersPerGroup);
                ok = insert(OrderSql,
                            { buyer, product, g,
                              o == 0 ? QVariant(g) : QVariant(QMetaType::fromType<qint64>()),
                              1000 * product, 1000 * product,
                              start + qint64(d) * 86400 + 36000 + o * 600,
                              enumKey(OrderStatus::Paid) });
            }
            if (ok && random.bounded(7) == 0)
                ok = insert(MessageSql,
                            { g, firstMember + random.bounded(membersPerGroup),
                              start + qint64(d) * 86400 + 50000,
                              QStringLiteral("www.example.com/%1").arg(d), qint64(g) * 1000 + d });
        }
    }
    ok = ok && insert(QStringLiteral("UPDATE chat_groups SET rule_flags = 'no_links'"), {});
    return ok && transaction.commit() && scanAll(database);
}

} // namespace cohort::test
