#include "storage/campaignrepository.h"
#include "storage/campaignresultsrepository.h"
#include "storage/database.h"

#include "testbackends.h"
#include <QSqlError>
#include <QSqlQuery>

#include <QTest>

using namespace cohort;

namespace {

qint64 at(int day, int hour = 12)
{
    return QDateTime(QDate(2026, 3, day), QTime(hour, 0), Qt::UTC).toSecsSinceEpoch();
}

} // namespace

/// CampaignResultsRepository against numbers worked out by hand (docs/metrics.md).
class TestCampaignResultsRepository : public QObject
{
    Q_OBJECT

    std::unique_ptr<Database> m_db;
    Campaign m_campaign;

    bool exec(const QString &sql, const QVariantList &values)
    {
        QSqlQuery q(m_db->connection());
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec())
            qWarning() << sql << q.lastError().text();
        return q.isActive();
    }

    bool order(qint64 member, int quantity, qint64 total, const char *status,
               const char *currency = "CNY", qint64 campaign = -1)
    {
        return exec(
            QStringLiteral("INSERT INTO orders (member_id, product_id, campaign_id, "
                           "quantity, unit_price_minor, total_minor, currency, ordered_at, "
                           "status) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?)"),
            { member,
              campaign < 0 ? QVariant(m_campaign.id) : QVariant(QMetaType::fromType<qint64>()),
              quantity, total / quantity, total, QLatin1String(currency), at(4),
              QLatin1String(status) });
    }

private Q_SLOTS:
    void initTestCase_data() { cohort::test::addBackendRows(); }
    void init()
    {
        m_db = std::make_unique<Database>();
        COHORT_OPEN_FRESH_WORKSPACE(*m_db);
        for (int g = 1; g <= 3; ++g)
            QVERIFY(exec(QStringLiteral("INSERT INTO chat_groups (id, name, platform, created_at) "
                                        "VALUES (?, ?, 'wechat', 0)"),
                         { g, QStringLiteral("g%1").arg(g) }));
        for (int m = 1; m <= 6; ++m)
            QVERIFY(exec(QStringLiteral("INSERT INTO members (id, display_name, referrer_id, "
                                        "created_at) VALUES (?, ?, ?, 0)"),
                         { m, QStringLiteral("m%1").arg(m),
                           m == 5 ? QVariant(1) : QVariant(QMetaType::fromType<qint64>()) }));
        QVERIFY(exec(QStringLiteral("INSERT INTO products (id, name, price_minor, currency) "
                                    "VALUES (1, 'Nut box', 10000, 'CNY')"),
                     {}));
        const QString cny = QStringLiteral("CNY");
        m_campaign.name = QStringLiteral("Gift pack");
        m_campaign.type = CampaignType::TieredGroupBuy;
        m_campaign.groupIds = { 1, 2 };
        m_campaign.priceTiers
            = { { 2, Money(9000, cny) }, { 3, Money(8500, cny) }, { 5, Money(7500, cny) } };
        m_campaign.startsAt = QDateTime(QDate(2026, 3, 2), QTime(0, 0), Qt::UTC);
        m_campaign.endsAt = QDateTime(QDate(2026, 3, 9), QTime(0, 0), Qt::UTC);
        m_campaign.timeZone = QStringLiteral("UTC");
        m_campaign.goalKind = QStringLiteral("revenue");
        m_campaign.goalValue = 50000;
        CampaignRepository campaigns(*m_db);
        QVERIFY(campaigns.insert(m_campaign));

        QVERIFY(order(1, 1, 9000, "paid"));
        QVERIFY(order(2, 2, 17000, "paid"));
        QVERIFY(order(3, 1, 8500, "placed"));
        QVERIFY(order(1, 1, 8500, "delivered"));
        QVERIFY(order(4, 1, 8500, "refunded")); // left out entirely
        QVERIFY(order(2, 1, 1000, "paid", "USD")); // counted, not in revenue
        QVERIFY(order(6, 1, 5000, "paid", "CNY", 0)); // no campaign

        const QString event = QStringLiteral(
            "INSERT INTO membership_events (group_id, member_id, kind, at) VALUES (?, ?, ?, ?)");
        QVERIFY(exec(event, { 1, 5, QStringLiteral("join"), at(3) })); // referred by m1
        QVERIFY(exec(event, { 2, 6, QStringLiteral("join"), at(5) }));
        QVERIFY(exec(event, { 3, 4, QStringLiteral("join"), at(4) })); // not a target group
        QVERIFY(exec(event, { 1, 3, QStringLiteral("join"), at(1) })); // before the window
        QVERIFY(exec(event, { 1, 6, QStringLiteral("leave"), at(6) })); // not a join
        QVERIFY(exec(event, { 2, 1, QStringLiteral("join"), at(9, 0) })); // the window's end
        const QString membership = QStringLiteral(
            "INSERT INTO memberships (group_id, member_id, joined_at) VALUES (?, ?, ?)");
        QVERIFY(exec(membership, { 2, 2, at(4) })); // added by hand, no event
        QVERIFY(exec(membership, { 1, 5, at(3) })); // the same join as m5's event
    }

    void cleanup() { m_db.reset(); }

    void handWorkedResults()
    {
        CampaignResultsRepository repository(*m_db);
        const CampaignResults r = repository.results(m_campaign);
        // m1 ×2, m2 ×2 (one in USD), m3: refunded and campaign-less orders left out.
        QCOMPARE(r.orders, qint64(5));
        QCOMPARE(r.participants, qint64(3));
        QCOMPARE(r.quantity, qint64(6));
        QCOMPARE(r.revenue, Money(9000 + 17000 + 8500 + 8500, QStringLiteral("CNY")));
        QCOMPARE(r.otherCurrencyOrders, qint64(1));
        // Three participants reach the 3-person tier (85 each), not the 5-person one.
        QVERIFY(r.tierReached);
        QCOMPARE(r.tierReached->minParticipants, 3);
        QCOMPARE(r.tierReached->unitPrice, Money(8500, QStringLiteral("CNY")));
        // m5 (event + membership, once), m6 (event), m2 (membership only).
        QCOMPARE(r.newMembers, qint64(3));
        QCOMPARE(r.referredNewMembers, qint64(1));
        // 430 of 500 yuan.
        QCOMPARE(r.goalActual(), qint64(43000));
        QCOMPARE(r.goalPercent(), std::optional<int>(86));
    }

    void goalKindsAndEveryGroup()
    {
        CampaignResultsRepository repository(*m_db);
        Campaign c = m_campaign;
        c.goalKind = QStringLiteral("new_members");
        c.goalValue = 2;
        QCOMPARE(repository.results(c).goalPercent(), std::optional<int>(150));
        c.goalKind = QStringLiteral("orders");
        c.goalValue = 10;
        QCOMPARE(repository.results(c).goalPercent(), std::optional<int>(50));
        c.goalValue = 0;
        QCOMPARE(repository.results(c).goalPercent(), std::nullopt);
        // A campaign for every group counts m4's join into group 3 too.
        c.groupIds.clear();
        CampaignRepository(*m_db).update(c);
        QCOMPARE(repository.results(c).newMembers, qint64(4));
    }

    void tiersAndWindowEdges()
    {
        CampaignResultsRepository repository(*m_db);
        Campaign c = m_campaign;
        // One participant is below the first tier.
        QVERIFY(exec(QStringLiteral("DELETE FROM orders WHERE member_id <> 1"), {}));
        CampaignResults r = repository.results(c);
        QCOMPARE(r.participants, qint64(1));
        QVERIFY(!r.tierReached);
        // A one-off without an end lasts its duration: 2 March 00:00–02:00 sees no join.
        c.endsAt = QDateTime();
        c.durationMinutes = 120;
        r = repository.results(c);
        QCOMPARE(r.windowEnd, QDateTime(QDate(2026, 3, 2), QTime(2, 0), Qt::UTC));
        QCOMPARE(r.newMembers, qint64(0));
        // An open-ended recurring campaign runs until now.
        c.recurrence = QStringLiteral("FREQ=WEEKLY");
        r = repository.results(c, QDateTime(QDate(2026, 3, 10), QTime(0, 0), Qt::UTC));
        QCOMPARE(r.newMembers, qint64(4)); // m1's join on 9 March now falls inside
    }
};

QTEST_GUILESS_MAIN(TestCampaignResultsRepository)
#include "tst_campaignresultsrepository.moc"
