#include "storage/analyticsfactsrepository.h"
#include "storage/campaignrepository.h"
#include "storage/campaignresultsrepository.h"
#include "storage/checkedquery.h"
#include "storage/database.h"
#include "storage/grouprepository.h"
#include "storage/importbatchrepository.h"
#include "storage/ledgerrepository.h"
#include "storage/ledgersettingsrepository.h"
#include "storage/listquery.h"
#include "storage/listspecs.h"
#include "storage/memberrepository.h"
#include "storage/orderimportprofilerepository.h"
#include "storage/orderimportstore.h"
#include "storage/orderrepository.h"
#include "storage/productrepository.h"
#include "storage/solitairerepository.h"

#include "testbackends.h"
#include <QSqlError>
#include <QSqlQuery>

#include <QTest>

#include <functional>

using namespace cohort;

namespace {

/// One read of one repository: the statement fragment the hook fails, and the read, which
/// returns how many rows (or items) it found so the unbroken run can be checked too.
struct Read
{
    const char *name;
    const char *fragment;
    std::function<qint64(const Database &)> run;
};

qint64 of(bool found)
{
    return found ? 1 : 0;
}

const Read Reads[] = {
    { "group.find", "FROM chat_groups WHERE id",
      [](const Database &db) { return of(GroupRepository(db).find(1).has_value()); } },
    { "group.findByName", "FROM chat_groups WHERE name",
      [](const Database &db) {
          return of(GroupRepository(db).findByName(QStringLiteral("g1")).has_value());
      } },
    { "group.all", "FROM chat_groups ORDER BY",
      [](const Database &db) { return qint64(GroupRepository(db).all().size()); } },
    { "group.snapshot", "FROM memberships WHERE group_id",
      [](const Database &db) {
          return qint64(GroupRepository(db).snapshot({ 1 }).dependents.size());
      } },
    { "member.find", "FROM members WHERE id",
      [](const Database &db) { return of(MemberRepository(db).find(1).has_value()); } },
    { "member.findMany", "FROM member_tags",
      [](const Database &db) {
          return qint64(MemberRepository(db).findMany({ 1, 2 }).size());
      } },
    { "member.count", "COUNT(*) FROM members",
      [](const Database &db) { return MemberRepository(db).count(); } },
    { "member.allTags", "FROM tags ORDER BY",
      [](const Database &db) { return qint64(MemberRepository(db).allTags().size()); } },
    { "member.memberships", "FROM memberships WHERE member_id",
      [](const Database &db) { return qint64(MemberRepository(db).memberships(1).size()); } },
    { "member.groupMembers", "FROM memberships WHERE group_id",
      [](const Database &db) { return qint64(MemberRepository(db).groupMembers(1).size()); } },
    { "member.identities", "FROM identities WHERE member_id",
      [](const Database &db) { return qint64(MemberRepository(db).identities(1).size()); } },
    { "member.findIdentity", "FROM identity_names",
      [](const Database &db) {
          return of(MemberRepository(db)
                        .findIdentity(Platform::WeChat, QStringLiteral("ann"))
                        .has_value());
      } },
    { "member.snapshot", "FROM membership_events WHERE member_id",
      [](const Database &db) {
          return qint64(MemberRepository(db).snapshot({ 1 }).members.size());
      } },
    { "product.find", "FROM products WHERE id",
      [](const Database &db) { return of(ProductRepository(db).find(1).has_value()); } },
    { "product.findBySku", "FROM products WHERE sku",
      [](const Database &db) {
          return of(ProductRepository(db).findBySku(QStringLiteral("BOX")).has_value());
      } },
    { "product.all", "FROM products ORDER BY",
      [](const Database &db) { return qint64(ProductRepository(db).all().size()); } },
    { "campaign.find", "FROM campaign_products",
      [](const Database &db) { return of(CampaignRepository(db).find(1).has_value()); } },
    { "campaign.all", "FROM campaigns ORDER BY",
      [](const Database &db) { return qint64(CampaignRepository(db).all().size()); } },
    { "campaignResults.results", "COUNT(DISTINCT member_id)",
      [](const Database &db) {
          return CampaignResultsRepository(db).results(*CampaignRepository(db).find(1)).orders;
      } },
    { "order.find", "FROM orders WHERE id",
      [](const Database &db) { return of(OrderRepository(db).find(1).has_value()); } },
    { "order.findMany", "FROM orders WHERE id",
      [](const Database &db) { return qint64(OrderRepository(db).findMany({ 1 }).size()); } },
    { "order.memberOrders", "FROM orders WHERE member_id",
      [](const Database &db) { return qint64(OrderRepository(db).memberOrders(1).size()); } },
    { "order.campaignOrders", "FROM orders WHERE campaign_id",
      [](const Database &db) { return qint64(OrderRepository(db).campaignOrders(1).size()); } },
    { "order.count", "COUNT(*) FROM orders",
      [](const Database &db) { return OrderRepository(db).count(); } },
    { "ledger.entries", "FROM commission_ledger WHERE (",
      [](const Database &db) {
          return qint64(LedgerRepository(db)
                            .entries(0, QDateTime::fromSecsSinceEpoch(0),
                                     QDateTime::fromSecsSinceEpoch(2000000000))
                            .size());
      } },
    { "ledger.entriesForOrder", "WHERE order_id",
      [](const Database &db) { return qint64(LedgerRepository(db).entriesForOrder(1).size()); } },
    { "ledger.payoutTotals", "GROUP BY beneficiary_id",
      [](const Database &db) {
          return qint64(LedgerRepository(db)
                            .payoutTotals(QDateTime::fromSecsSinceEpoch(0),
                                          QDateTime::fromSecsSinceEpoch(2000000000))
                            .size());
      } },
    { "ledger.unpaidAmong", "paid_at IS NULL",
      [](const Database &db) { return qint64(LedgerRepository(db).unpaidAmong({ 1 }).size()); } },
    { "ledger.partners", "FROM partner_groups",
      [](const Database &db) { return qint64(LedgerRepository(db).partners().size()); } },
    { "ledger.pointsOf", "FROM points_ledger WHERE member_id = ? ORDER",
      [](const Database &db) { return qint64(LedgerRepository(db).pointsOf(1).size()); } },
    { "ledger.pointsBalance", "SUM(points), 0",
      [](const Database &db) { return LedgerRepository(db).pointsBalance(1); } },
    { "ledgerSettings.rebateRules", "FROM rebate_rules",
      [](const Database &db) {
          return qint64(LedgerSettingsRepository(db).rebateRules().size());
      } },
    { "ledgerSettings.tiers", "FROM meta WHERE key",
      [](const Database &db) {
          return qint64(LedgerSettingsRepository(db).tiers().tiers().size());
      } },
    { "solitaire.posts", "kind = ? ORDER BY sent_at",
      [](const Database &db) { return qint64(SolitaireRepository(db).posts(1).size()); } },
    { "solitaire.memberNames", "JOIN identity_names",
      [](const Database &db) { return qint64(SolitaireRepository(db).memberNames(1).size()); } },
    { "solitaire.ordersFrom", "WHERE source_message_id = ? ORDER BY",
      [](const Database &db) { return qint64(SolitaireRepository(db).ordersFrom({ 1 }).size()); } },
    { "orderImportProfile.names", "SELECT name FROM order_import_profiles",
      [](const Database &db) { return qint64(OrderImportProfileRepository(db).names().size()); } },
    { "orderImportProfile.mapping", "SELECT mapping FROM order_import_profiles",
      [](const Database &db) {
          return of(OrderImportProfileRepository(db).mapping(QStringLiteral("p")).has_value());
      } },
    { "orderImportStore.membersNamed", "display_name = ?",
      [](const Database &db) {
          return qint64(OrderImportStore(db).membersNamed(QStringLiteral("Ann")).size());
      } },
    { "orderImportStore.hasSameOrder", "LIMIT 1",
      [](const Database &db) {
          return of(OrderImportStore(db).hasSameOrder(*OrderRepository(db).find(1)));
      } },
    { "importBatch.forGroup", "FROM import_batches",
      [](const Database &db) { return qint64(ImportBatchRepository(db).forGroup(1).size()); } },
    { "analyticsFacts.load", "FROM membership_events ORDER BY",
      [](const Database &db) {
          AnalyticsFacts facts;
          AnalyticsFactsRepository(db).load(facts);
          return qint64(facts.members.size());
      } },
    { "listQuery.count", "SELECT count(*) FROM",
      [](const Database &db) {
          return ListQuery(db, ListSpecs::members(db.dialect())).count({});
      } },
    { "listQuery.page", "LIMIT ? OFFSET ?",
      [](const Database &db) {
          return qint64(
              ListQuery(db, ListSpecs::members(db.dialect())).page({}, {}, 0, 10).rows.size());
      } },
};

} // namespace

/// Every repository read, made to fail through CheckedQuery's hook, reports a QueryError naming
/// its statement instead of an empty list, nothing found or a zero.
class TestReadErrors : public QObject
{
    Q_OBJECT

    Database m_db;
    QString m_backend;

    bool exec(const QString &sql)
    {
        QSqlQuery q(m_db.connection());
        if (q.exec(sql))
            return true;
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return false;
    }

private Q_SLOTS:
    void initTestCase_data() { cohort::test::addBackendRows(); }
    void init()
    {
        COHORT_SHARED_WORKSPACE(m_db, m_backend);
        // One of everything, so each read finds something when nothing fails.
        QVERIFY(exec(
            QStringLiteral("INSERT INTO meta (key, value) VALUES ('ledger.tiers', "
                           "'{\"basis\":\"points\",\"tiers\":[{\"key\":\"gold\",\"name\":\"Gold\","
                           "\"min_points\":100}]}')")));
        QVERIFY(exec(QStringLiteral("INSERT INTO chat_groups (id, name, platform, created_at) "
                                    "VALUES (1, 'g1', 'wechat', 0)")));
        QVERIFY(exec(QStringLiteral("INSERT INTO members (id, display_name, created_at) VALUES "
                                    "(1, 'Ann', 0), (2, 'Ben', 0)")));
        QVERIFY(exec(QStringLiteral("INSERT INTO tags (id, name) VALUES (1, 'vip')")));
        QVERIFY(exec(QStringLiteral("INSERT INTO member_tags (member_id, tag_id) VALUES (1, 1)")));
        QVERIFY(
            exec(QStringLiteral("INSERT INTO memberships (group_id, member_id, role, joined_at) "
                                "VALUES (1, 1, 'member', 0)")));
        QVERIFY(exec(QStringLiteral("INSERT INTO identities (id, member_id, platform, stable_key) "
                                    "VALUES (1, 1, 'wechat', 'ann')")));
        QVERIFY(exec(
            QStringLiteral("INSERT INTO identity_names (identity_id, name) VALUES (1, 'Ann')")));
        QVERIFY(exec(QStringLiteral("INSERT INTO membership_events (group_id, member_id, kind, at) "
                                    "VALUES (1, 1, 'join', 100)")));
        QVERIFY(exec(QStringLiteral("INSERT INTO products (id, name, sku, price_minor, currency) "
                                    "VALUES (1, 'Box', 'BOX', 990, 'CNY')")));
        QVERIFY(exec(
            QStringLiteral("INSERT INTO campaigns (id, name, type, status, starts_at, ends_at) "
                           "VALUES (1, 'Spring', 'flash_sale', 'active', 0, 2000000000)")));
        QVERIFY(exec(QStringLiteral(
            "INSERT INTO campaign_products (campaign_id, product_id) VALUES (1, 1)")));
        QVERIFY(exec(
            QStringLiteral("INSERT INTO messages (id, group_id, member_id, sent_at, kind, body, "
                           "fingerprint) VALUES (1, 1, 1, 100, %1, '#接龙', 1)")
                .arg(int(MessageKind::Solitaire))));
        QVERIFY(exec(
            QStringLiteral("INSERT INTO orders (id, member_id, product_id, group_id, campaign_id, "
                           "quantity, unit_price_minor, total_minor, currency, ordered_at, "
                           "status, source_message_id) VALUES "
                           "(1, 1, 1, 1, 1, 1, 990, 990, 'CNY', 100, 'paid', 1)")));
        QVERIFY(
            exec(QStringLiteral("INSERT INTO commission_ledger (beneficiary_id, order_id, kind, "
                                "amount_minor, currency, created_at) VALUES "
                                "(2, 1, 'rebate', 50, 'CNY', 100)")));
        QVERIFY(exec(
            QStringLiteral("INSERT INTO points_ledger (member_id, points, reason, order_id, at) "
                           "VALUES (1, 10, 'purchase', 1, 100)")));
        QVERIFY(exec(QStringLiteral("INSERT INTO partners (member_id, rate_bp) VALUES (2, 500)")));
        QVERIFY(
            exec(QStringLiteral("INSERT INTO partner_groups (member_id, group_id) VALUES (2, 1)")));
        QVERIFY(exec(QStringLiteral("INSERT INTO rebate_rules (kind, amount_minor, currency, "
                                    "basis_points) VALUES ('fixed', 100, 'CNY', 0)")));
        exec(QStringLiteral("INSERT INTO order_import_profiles (name, mapping, updated_at) "
                            "VALUES ('p', '{}', 0)"));
        QVERIFY(
            exec(QStringLiteral("INSERT INTO import_batches (group_id, file_name, format, sha256, "
                                "imported_at) VALUES (1, 'a.txt', 'whatsapp', 'x', 100)")));
    }

    void cleanup() { CheckedQuery::clearFailures(); }

    void readFails_data()
    {
        QTest::addColumn<int>("read");
        for (int i = 0; i < int(std::size(Reads)); ++i)
            QTest::newRow(Reads[i].name) << i;
    }

    void readFails()
    {
        QFETCH(int, read);
        const Read &r = Reads[read];
        // Unbroken, the read finds its row: an empty answer below would be a lie, not the truth.
        QVERIFY2(r.run(m_db) > 0, "the fixture has no row for this read");

        CheckedQuery::failMatching(QLatin1String(r.fragment));
        try {
            const qint64 found = r.run(m_db);
            QFAIL(qPrintable(QStringLiteral("no error; the read answered %1").arg(found)));
        } catch (const QueryError &error) {
            QCOMPARE(error.kind(), WorkspaceError::Kind::Io);
            QVERIFY2(error.statement().contains(QLatin1String(r.fragment), Qt::CaseInsensitive),
                     qPrintable(error.statement()));
            QVERIFY(error.details().contains(QLatin1String("disk I/O error")));
            QVERIFY(!error.message().isEmpty());
        }

        CheckedQuery::clearFailures();
        QVERIFY(r.run(m_db) > 0);
    }

    /// A read inside a write fails the write with lastError(), and nothing is written.
    void readInsideWriteFailsTheWrite()
    {
        OrderRepository orders(m_db);
        Order order = *orders.find(1);
        order.quantity = 3;
        order.total = order.unitPrice.times(3);
        CheckedQuery::failMatching(QStringLiteral("SELECT 1 FROM members WHERE id"));
        QVERIFY(!orders.update(order));
        QCOMPARE(orders.lastError().kind, WorkspaceError::Kind::Io);
        CheckedQuery::clearFailures();
        QCOMPARE(orders.find(1)->quantity, 1);
    }
};

QTEST_GUILESS_MAIN(TestReadErrors)
#include "tst_readerrors.moc"
