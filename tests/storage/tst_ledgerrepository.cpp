#include "domain/rebatecalculator.h"
#include "storage/database.h"
#include "storage/grouprepository.h"
#include "storage/ledgerrepository.h"

#include "testbackends.h"
#include <QSignalSpy>
#include <QSqlQuery>

#include <QTest>

using namespace cohort;

namespace {

QDateTime day(int d)
{
    return QDateTime(QDate(2024, 6, d), QTime(12, 0), Qt::UTC);
}

/// Fixture rows the ledger refers to (members, one product, orders); no repository owns these
/// tables yet, so the test writes them with bound parameters.
qint64 insertRow(const Database &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return 0;
    return q.lastInsertId().toLongLong();
}

} // namespace

/// LedgerRepository: commission ledger, payout totals, mark paid, partners and points.
class TestLedgerRepository : public QObject
{
    Q_OBJECT

    Database m_db;
    qint64 m_buyer = 0;
    qint64 m_referrer = 0;
    qint64 m_partner = 0;
    qint64 m_group = 0;
    QList<qint64> m_orders;

private Q_SLOTS:
    void initTestCase_data() { cohort::test::addBackendRows(); }
    void init()
    {
        m_db.close();
        COHORT_OPEN_FRESH_WORKSPACE(m_db);
        const QString member
            = QStringLiteral("INSERT INTO members (display_name, created_at) VALUES (?, ?)");
        m_buyer = insertRow(m_db, member, { QStringLiteral("李娜"), 1 });
        m_referrer = insertRow(m_db, member, { QStringLiteral("王芳"), 1 });
        m_partner = insertRow(m_db, member, { QStringLiteral("团长 Sam"), 1 });
        QVERIFY(m_buyer > 0 && m_referrer > 0 && m_partner > 0);
        Group g;
        g.name = QStringLiteral("Fruit group");
        GroupRepository groups(m_db);
        QVERIFY(groups.insert(g));
        m_group = g.id;
        const qint64 product
            = insertRow(m_db, QStringLiteral("INSERT INTO products (name) VALUES (?)"),
                        { QStringLiteral("草莓") });
        m_orders.clear();
        for (int i = 0; i < 3; ++i) {
            m_orders << insertRow(
                m_db,
                QStringLiteral("INSERT INTO orders (member_id, product_id, group_id, "
                               "quantity, unit_price_minor, total_minor, currency, "
                               "ordered_at) VALUES (?, ?, ?, 1, 9000, 9000, 'CNY', ?)"),
                { m_buyer, product, m_group, day(1 + i).toSecsSinceEpoch() });
            QVERIFY(m_orders.last() > 0);
        }
    }

    void rebatesAndReversalsRoundTrip()
    {
        LedgerRepository repo(m_db);
        QSignalSpy spy(&m_db, &Database::changed);
        RebateRule rule;
        rule.basisPoints = 500;
        RebateCalculator calc({ rule });
        Order order;
        order.id = m_orders.at(0);
        order.memberId = m_buyer;
        order.referrerId = m_referrer;
        order.total = Money(9000, QStringLiteral("CNY"));
        QList<LedgerEntry> credits = calc.process({ OrderEvent::Kind::Paid, order, day(1) });
        QVERIFY2(repo.append(credits), qPrintable(repo.lastError().message));
        QVERIFY(credits.first().id > 0);
        QCOMPARE(spy.count(), 1);
        QVERIFY(spy.at(0).at(0).value<Tables>().testFlag(Table::Ledger));

        // A refund computed from the stored entries reverses exactly what was stored.
        QList<LedgerEntry> reversal = reversalsFor(repo.entriesForOrder(order.id), day(3));
        QVERIFY(repo.append(reversal));
        const auto stored = repo.entriesForOrder(order.id);
        QCOMPARE(stored.size(), 2);
        QCOMPARE(stored.at(0), credits.first());
        QCOMPARE(stored.at(1).kind, LedgerKind::Reversal);
        QCOMPARE(stored.at(1).amount, Money(-450, QStringLiteral("CNY")));
        QCOMPARE(stored.at(1).beneficiaryId, m_referrer);
        QVERIFY(reversalsFor(stored, day(4)).isEmpty());
    }

    void payoutTotalsAndMarkPaid()
    {
        LedgerRepository repo(m_db);
        const QString cny = QStringLiteral("CNY");
        QList<LedgerEntry> entries {
            { LedgerKind::Commission, m_partner, m_orders.at(0), Money(900, cny), day(1) },
            { LedgerKind::Commission, m_partner, m_orders.at(1), Money(900, cny), day(2) },
            { LedgerKind::Reversal, m_partner, m_orders.at(1), Money(-900, cny), day(3) },
            { LedgerKind::Rebate, m_referrer, m_orders.at(2), Money(450, cny), day(3) },
            { LedgerKind::Commission, m_partner, m_orders.at(2), Money(900, cny), day(20) },
        };
        QVERIFY(repo.append(entries));
        QVERIFY(repo.markPaid({ entries.at(0).id }, day(5)));
        // Marking again keeps the first payment date.
        QVERIFY(repo.markPaid({ entries.at(0).id }, day(6)));
        QCOMPARE(repo.entries(m_partner, day(1), day(2)).first().paidAt, day(5));

        const auto totals = repo.payoutTotals(day(1), day(10));
        QCOMPARE(totals.size(), 2);
        const auto &partner = totals.at(totals.at(0).beneficiaryId == m_partner ? 0 : 1);
        QCOMPARE(partner.earned, Money(900, cny));
        QCOMPARE(partner.paid, Money(900, cny));
        QCOMPARE(partner.outstanding, Money(0, cny));
        const auto &referrer = totals.at(totals.at(0).beneficiaryId == m_partner ? 1 : 0);
        QCOMPARE(referrer.beneficiaryId, m_referrer);
        QCOMPARE(referrer.outstanding, Money(450, cny));

        QCOMPARE(repo.entries(0, day(1), day(30)).size(), 5);
        QCOMPARE(repo.entries(m_referrer, day(1), day(30)).size(), 1);
        QCOMPARE(repo.entries(m_partner, day(4), day(30)).size(), 1);
    }

    void partners()
    {
        LedgerRepository repo(m_db);
        QVERIFY(repo.savePartner({ m_referrer, 1000, { m_group }, 0, 0 }));
        QVERIFY(repo.savePartner({ m_partner, 800, { m_group }, m_referrer, 200 }));
        // Saving again replaces the terms.
        QVERIFY(repo.savePartner({ m_partner, 700, { m_group }, m_referrer, 300 }));
        const auto all = repo.partners();
        QCOMPARE(all.size(), 2);
        const PartnerTerms &sam = all.at(all.at(0).memberId == m_partner ? 0 : 1);
        QCOMPARE(sam.rateBasisPoints, qint64(700));
        QCOMPARE(sam.recruiterId, m_referrer);
        QCOMPARE(sam.recruiterRateBasisPoints, qint64(300));
        QCOMPARE(sam.groupIds, QSet<qint64> { m_group });
        // Unknown member: the foreign key refuses it and nothing is half-written.
        QVERIFY(!repo.savePartner({ 99999, 100, { m_group }, 0, 0 }));
        QVERIFY(repo.lastError().isError());
        QCOMPARE(repo.partners().size(), 2);
    }

    void points()
    {
        LedgerRepository repo(m_db);
        PointsRules rules;
        rules.pointsPerSpendUnit = 1;
        rules.pointsPerReferral = 50;
        QList<PointsEntry> entries {
            rules.purchaseEntry(m_buyer, m_orders.at(0), Money(9000, QStringLiteral("CNY")),
                                day(1)),
            { m_buyer, rules.forReferrals(1), QStringLiteral("referral"), 0, day(2) },
            rules.refundEntry(m_buyer, m_orders.at(0), Money(9000, QStringLiteral("CNY")), day(3)),
        };
        QVERIFY(repo.appendPoints(entries));
        QVERIFY(entries.at(2).id > entries.at(0).id);
        QCOMPARE(repo.pointsBalance(m_buyer), qint64(50));
        QCOMPARE(repo.pointsBalance(m_referrer), qint64(0));
        const auto stored = repo.pointsOf(m_buyer);
        QCOMPARE(stored, entries);
    }
};

QTEST_GUILESS_MAIN(TestLedgerRepository)
#include "tst_ledgerrepository.moc"
