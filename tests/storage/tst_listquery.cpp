#include "storage/database.h"
#include "storage/grouprepository.h"
#include "storage/listquery.h"
#include "storage/listspecs.h"
#include "storage/memberorderstats.h"
#include "storage/orderrepository.h"
#include "storage/sqltransaction.h"

#include "testbackends.h"
#include <QSqlError>
#include <QSqlQuery>

#include <QTest>

using namespace cohort;

namespace {

bool exec(const Database &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

QVariant nullInt()
{
    return QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace

/// ListQuery: filters, sorting with NULLs and ties, seek paging equal to offset paging, counts.
class TestListQuery : public QObject
{
    Q_OBJECT

    Database m_db;
    QString m_backend;
    qint64 m_groupA = 0;
    qint64 m_groupB = 0;

private Q_SLOTS:
    void initTestCase_data() { cohort::test::addBackendRows(); }
    void init()
    {
        COHORT_SHARED_WORKSPACE(m_db, m_backend);
        GroupRepository groups(m_db);
        Group a;
        a.name = QStringLiteral("Parents A");
        Group b;
        b.name = QStringLiteral("亲子群 B");
        b.platform = Platform::QQ;
        QVERIFY(groups.insert(a));
        QVERIFY(groups.insert(b));
        m_groupA = a.id;
        m_groupB = b.id;
        QVERIFY(exec(m_db, QStringLiteral("INSERT INTO tags (name) VALUES ('vip'), ('mother')")));
        QVERIFY(
            exec(m_db,
                 QStringLiteral("INSERT INTO products (name, sku, price_minor, cost_minor) VALUES "
                                "('Snack box', 'S1', 1990, 900), ('Course', 'C1', 9900, 1000)")));
        // 61 members; names repeat (ties), some have no first_seen (NULLs sort lowest).
        const QStringList names
            = { QStringLiteral("Li Na"),   QStringLiteral("王芳"),     QStringLiteral("O'Brien"),
                QStringLiteral("50% Off"), QStringLiteral("Anna_Lee"), QStringLiteral("li wei") };
        for (int i = 0; i < 61; ++i) {
            const QVariant firstSeen
                = i % 4 == 0 ? nullInt() : QVariant(qint64(1700000000 + (i % 7) * 86400));
            QVERIFY(exec(
                m_db,
                QStringLiteral("INSERT INTO members (display_name, source_channel, first_seen, "
                               "referrer_id, phone, created_at) VALUES (?, ?, ?, ?, ?, 0)"),
                { names.at(i % names.size()),
                  i % 3 == 0 ? QStringLiteral("referral") : QStringLiteral("other"), firstSeen,
                  i > 0 && i % 5 == 0 ? QVariant(qint64(1)) : nullInt(),
                  QStringLiteral("1380000%1").arg(i, 4, 10, QLatin1Char('0')) }));
            const qint64 id = i + 1;
            QVERIFY(
                exec(m_db,
                     QStringLiteral(
                         "INSERT INTO memberships (group_id, member_id, role) VALUES (?, ?, ?)"),
                     { i % 2 ? m_groupA : m_groupB, id,
                       i % 10 == 0 ? QStringLiteral("seed_user") : QStringLiteral("member") }));
            if (i % 6 == 0)
                QVERIFY(
                    exec(m_db, QStringLiteral("INSERT INTO member_tags VALUES (?, 1)"), { id }));
        }
        // Orders: member 2 has three (one refunded), member 3 one.
        const QString insertOrder = QStringLiteral(
            "INSERT INTO orders (member_id, product_id, group_id, quantity, unit_price_minor, "
            "total_minor, "
            "currency, ordered_at, status) VALUES (?, ?, ?, ?, ?, ?, 'CNY', ?, ?)");
        QVERIFY(exec(m_db, insertOrder,
                     { 2, 1, m_groupA, 2, 1990, 3980, 1700000100, QStringLiteral("paid") }));
        QVERIFY(exec(m_db, insertOrder,
                     { 2, 2, m_groupA, 1, 9900, 9900, 1700000200, QStringLiteral("placed") }));
        QVERIFY(exec(m_db, insertOrder,
                     { 2, 2, m_groupA, 1, 9900, 9900, 1700000300, QStringLiteral("refunded") }));
        QVERIFY(exec(m_db, insertOrder,
                     { 3, 1, m_groupB, 1, 1990, 1990, 1700000400, QStringLiteral("paid") }));
        SqlTransaction tx(m_db);
        QVERIFY(MemberOrderStats::refresh(tx.connection(), { 2, 3, 2 }));
        QVERIFY(tx.commit());
    }

    void memberOrderStats()
    {
        QSqlQuery q(m_db.connection());
        QVERIFY(q.exec(
            QStringLiteral("SELECT id, order_count, spent_minor, spent_currency FROM members "
                           "WHERE id IN (1, 2, 3) ORDER BY id")));
        QVERIFY(q.next());
        QCOMPARE(q.value(1).toInt(), 0);
        QCOMPARE(q.value(3).toString(), QString());
        QVERIFY(q.next());
        QCOMPARE(q.value(1).toInt(), 2);
        QCOMPARE(q.value(2).toLongLong(), 13880);
        QCOMPARE(q.value(3).toString(), QStringLiteral("CNY"));
        QVERIFY(q.next());
        QCOMPARE(q.value(1).toInt(), 1);
        QCOMPARE(q.value(2).toLongLong(), 1990);
    }

    void rollUpFollowsOrderRepository()
    {
        Database db;
        COHORT_OPEN_FRESH_WORKSPACE(db);
        QVERIFY(
            exec(db,
                 QStringLiteral(
                     "INSERT INTO members (display_name, created_at) VALUES ('A', 0), ('B', 0)")));
        QVERIFY(exec(db,
                     QStringLiteral(
                         "INSERT INTO products (name, sku, price_minor) VALUES ('P', 'P', 500)")));
        auto stats = [&](qint64 member) {
            QSqlQuery q(db.connection());
            q.prepare(QStringLiteral("SELECT order_count, spent_minor FROM members WHERE id = ?"));
            q.addBindValue(member);
            return q.exec() && q.next() ? qMakePair(q.value(0).toInt(), q.value(1).toLongLong())
                                        : qMakePair(-1, qint64(-1));
        };
        OrderRepository orders(db);
        Order o;
        o.memberId = 1;
        o.productId = 1;
        o.quantity = 2;
        o.unitPrice = Money(500, QStringLiteral("CNY"));
        o.total = Money(1000, QStringLiteral("CNY"));
        o.orderedAt = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
        QVERIFY2(orders.insert(o), qPrintable(orders.lastError().message));
        QCOMPARE(stats(1), qMakePair(1, qint64(1000)));
        o.memberId = 2; // moved to another member: both roll-ups change
        QVERIFY2(orders.update(o), qPrintable(orders.lastError().message));
        QCOMPARE(stats(1), qMakePair(0, qint64(0)));
        QCOMPARE(stats(2), qMakePair(1, qint64(1000)));
        QVERIFY(orders.setStatus({ o.id }, OrderStatus::Refunded));
        QCOMPARE(stats(2), qMakePair(0, qint64(0)));
        QVERIFY(orders.setStatus({ o.id }, OrderStatus::Paid));
        QCOMPARE(stats(2), qMakePair(1, qint64(1000)));
        QVERIFY(orders.remove({ o.id }));
        QCOMPARE(stats(2), qMakePair(0, qint64(0)));
        QVERIFY(orders.restore(o));
        QCOMPARE(stats(2), qMakePair(1, qint64(1000)));
    }

    void seekPagingEqualsOffsetPaging_data()
    {
        QTest::addColumn<QString>("entity");
        QTest::addColumn<QString>("column");
        QTest::addColumn<bool>("descending");
        QTest::addColumn<int>("pageSize");
        const QStringList memberColumns
            = { QStringLiteral("name"),           QStringLiteral("first_seen"),
                QStringLiteral("source_channel"), QStringLiteral("order_count"),
                QStringLiteral("spent"),          QStringLiteral("last_active") };
        for (const QString &column : memberColumns) {
            for (const bool desc : { false, true }) {
                for (const int size : { 1, 7, 100 }) {
                    const QByteArray tag
                        = QStringLiteral("members %1 %2 %3")
                              .arg(column, desc ? QStringLiteral("desc") : QStringLiteral("asc"))
                              .arg(size)
                              .toUtf8();
                    QTest::newRow(tag.constData())
                        << QStringLiteral("members") << column << desc << size;
                }
            }
        }
        QTest::newRow("orders time desc")
            << QStringLiteral("orders") << QStringLiteral("time") << true << 1;
        QTest::newRow("orders total asc")
            << QStringLiteral("orders") << QStringLiteral("total") << false << 3;
        QTest::newRow("groups members")
            << QStringLiteral("groups") << QStringLiteral("member_count") << true << 1;
    }

    void seekPagingEqualsOffsetPaging()
    {
        QFETCH(QString, entity);
        QFETCH(QString, column);
        QFETCH(bool, descending);
        QFETCH(int, pageSize);
        const ListQuerySpec spec = entity == QLatin1String("members")
            ? ListSpecs::members(m_db.dialect())
            : entity == QLatin1String("orders") ? ListSpecs::orders(m_db.dialect())
                                                : ListSpecs::groups(m_db.dialect());
        ListQuery query(m_db, spec);
        const int index = spec.columnIndex(column);
        QVERIFY(index >= 0);
        QVERIFY(spec.columns.at(index).sortable);
        const ListSort sort { index, descending };
        const ListPage all = query.page({}, sort, 0, 100000);
        QCOMPARE(qint64(all.rows.size()), query.count({}));

        QList<qint64> seek;
        ListCursor cursor;
        for (int guard = 0; guard < 1000; ++guard) {
            const ListPage page = query.pageAfter({}, sort, cursor, pageSize);
            for (const ListRow &row : page.rows)
                seek << row.id;
            if (page.rows.size() < pageSize)
                break;
            cursor = page.last;
        }
        QList<qint64> expected;
        for (const ListRow &row : all.rows)
            expected << row.id;
        QCOMPARE(seek, expected);

        // Independently of SQL: values are ordered with NULL lowest, ids break ties the same way.
        for (int i = 1; i < all.rows.size(); ++i) {
            QVariant a = all.rows.at(i - 1).values.at(index);
            QVariant b = all.rows.at(i).values.at(index);
            if (a.typeId() == QMetaType::QVariantList) {
                a = a.toList().at(0);
                b = b.toList().at(0);
            }
            if (descending)
                std::swap(a, b);
            int cmp = 0;
            if (a.isNull() || b.isNull())
                cmp = a.isNull() == b.isNull() ? 0 : (a.isNull() ? -1 : 1);
            else
                cmp = QVariant::compare(a, b) == QPartialOrdering::Less       ? -1
                    : QVariant::compare(a, b) == QPartialOrdering::Equivalent ? 0
                                                                              : 1;
            QVERIFY2(cmp <= 0, qPrintable(QStringLiteral("row %1").arg(i)));
            if (cmp == 0) {
                const bool idsInOrder = descending ? all.rows.at(i - 1).id > all.rows.at(i).id
                                                   : all.rows.at(i - 1).id < all.rows.at(i).id;
                QVERIFY(idsInOrder);
            }
        }
    }

    void textFilter_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("expected");
        // "Li Na" x11, "li wei" x10; the referrer's name is not searched.
        QTest::newRow("case-insensitive, trimmed") << QStringLiteral("LI ") << qint64(21);
        QTest::newRow("chinese") << QStringLiteral("王") << qint64(10);
        QTest::newRow("quote is data") << QStringLiteral("O'Brien") << qint64(10);
        QTest::newRow("percent is literal") << QStringLiteral("50%") << qint64(10);
        QTest::newRow("underscore is literal") << QStringLiteral("a_l") << qint64(10);
        QTest::newRow("phone (not shown)") << QStringLiteral("13800000007") << qint64(1);
        QTest::newRow("tag") << QStringLiteral("VIP") << qint64(11);
        QTest::newRow("full name") << QStringLiteral("Li Na") << qint64(11);
        QTest::newRow("injection attempt") << QStringLiteral("') OR 1=1 --") << qint64(0);
        QTest::newRow("blank") << QStringLiteral("   ") << qint64(61);
    }

    void textFilter()
    {
        QFETCH(QString, text);
        QFETCH(qint64, expected);
        ListQuery query(m_db, ListSpecs::members(m_db.dialect()));
        ListFilter filter;
        filter.text = text;
        const qint64 n = query.count(filter);
        QCOMPARE(n, expected);
        const ListPage page = query.page(filter, {}, 0, 1000);
        QCOMPARE(qint64(page.rows.size()), expected);
    }

    void structuredFilters_data()
    {
        QTest::addColumn<QString>("entity");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("members by group B")
            << QStringLiteral("members") << ListSpecs::Group << QVariant(qint64(2)) << qint64(31);
        QTest::newRow("members by tag") << QStringLiteral("members") << ListSpecs::Tag
                                        << QVariant(QStringLiteral("vip")) << qint64(11);
        QTest::newRow("members by unknown tag") << QStringLiteral("members") << ListSpecs::Tag
                                                << QVariant(QStringLiteral("mother")) << qint64(0);
        QTest::newRow("members by role") << QStringLiteral("members") << ListSpecs::Role
                                         << QVariant(QStringLiteral("seed_user")) << qint64(7);
        QTest::newRow("members by source") << QStringLiteral("members") << ListSpecs::Source
                                           << QVariant(QStringLiteral("referral")) << qint64(21);
        QTest::newRow("orders by member")
            << QStringLiteral("orders") << ListSpecs::Member << QVariant(qint64(2)) << qint64(3);
        QTest::newRow("orders by status") << QStringLiteral("orders") << ListSpecs::Status
                                          << QVariant(QStringLiteral("paid")) << qint64(2);
        QTest::newRow("orders by group B")
            << QStringLiteral("orders") << ListSpecs::Group << QVariant(qint64(2)) << qint64(1);
        QTest::newRow("orders by campaign")
            << QStringLiteral("orders") << ListSpecs::Campaign << QVariant(qint64(1)) << qint64(0);
        QTest::newRow("groups by platform") << QStringLiteral("groups") << ListSpecs::Platform
                                            << QVariant(QStringLiteral("qq")) << qint64(1);
    }

    void structuredFilters()
    {
        QFETCH(QString, entity);
        QFETCH(QString, key);
        QFETCH(QVariant, value);
        QFETCH(qint64, expected);
        const ListQuerySpec spec = entity == QLatin1String("members")
            ? ListSpecs::members(m_db.dialect())
            : entity == QLatin1String("orders") ? ListSpecs::orders(m_db.dialect())
                                                : ListSpecs::groups(m_db.dialect());
        ListQuery query(m_db, spec);
        ListFilter filter;
        filter.values.insert(key, value);
        QCOMPARE(query.count(filter), expected);
        QCOMPARE(qint64(query.page(filter, {}, 0, 1000).rows.size()), expected);
    }

    void formerMembers()
    {
        // Member 1 (group B) left it; member 2 (group A) left it and joined B; member 3 (group
        // A) left A and came back.
        const qint64 a = m_groupA;
        const qint64 b = m_groupB;
        QVERIFY(exec(m_db,
                     QStringLiteral("UPDATE memberships SET left_at = 1700100000 WHERE "
                                    "member_id IN (1, 2, 3)")));
        QVERIFY(exec(m_db,
                     QStringLiteral("INSERT INTO memberships (group_id, member_id, joined_at) "
                                    "VALUES (?, 2, 1700200000)"),
                     { b }));
        QVERIFY(exec(m_db,
                     QStringLiteral("UPDATE memberships SET left_at = NULL WHERE member_id = 3")));
        ListQuery query(m_db, ListSpecs::members(m_db.dialect()));
        const auto ids = [&](const QString &key, const QVariant &value) {
            ListFilter filter;
            filter.values.insert(key, value);
            QList<qint64> result;
            for (const ListRow &row : query.page(filter, {}, 0, 1000).rows)
                result << row.id;
            std::sort(result.begin(), result.end());
            return result;
        };
        QCOMPARE(ids(ListSpecs::FormerGroup, b), QList<qint64> { 1 });
        QCOMPARE(ids(ListSpecs::FormerGroup, a), QList<qint64> { 2 });
        QCOMPARE(ids(ListSpecs::Former, true), QList<qint64> { 1 }); // 2 is in B now
        QVERIFY(!ids(ListSpecs::Group, b).contains(1));
        QVERIFY(ids(ListSpecs::Group, b).contains(2));
        // Their leave date is a column.
        const int lastLeft = query.spec().columnIndex(QStringLiteral("last_left"));
        QVERIFY(lastLeft >= 0);
        ListFilter former;
        former.values.insert(ListSpecs::Former, true);
        QCOMPARE(query.page(former, {}, 0, 5).rows.value(0).values.at(lastLeft).toLongLong(),
                 qint64(1700100000));
        // Back as they were for the other tests.
        QVERIFY(exec(m_db,
                     QStringLiteral("DELETE FROM memberships WHERE member_id = 2 AND "
                                    "group_id = ?"),
                     { b }));
        QVERIFY(exec(m_db, QStringLiteral("UPDATE memberships SET left_at = NULL")));
    }

    void orderSearchByMemberAndProduct_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("member name") << QStringLiteral("王芳") << qint64(3);
        QTest::newRow("product name") << QStringLiteral("snack") << qint64(2);
        QTest::newRow("either") << QStringLiteral("o") << qint64(4); // "Snack box", "Course"
        QTest::newRow("one member") << QStringLiteral("Brien") << qint64(1);
        QTest::newRow("none") << QStringLiteral("zzz") << qint64(0);
    }

    void orderSearchByMemberAndProduct()
    {
        QFETCH(QString, text);
        QFETCH(qint64, expected);
        ListQuery query(m_db, ListSpecs::orders(m_db.dialect()));
        ListFilter filter;
        filter.text = text;
        QCOMPARE(query.count(filter), expected);
        QCOMPARE(qint64(query.page(filter, {}, 0, 100).rows.size()), expected);
    }

    void combinedFilterAndSearch()
    {
        ListQuery query(m_db, ListSpecs::members(m_db.dialect()));
        ListFilter filter;
        filter.text = QStringLiteral("li");
        filter.values.insert(ListSpecs::Source, QStringLiteral("referral"));
        filter.values.insert(ListSpecs::Group, m_groupB);
        const ListPage page = query.page(filter, {}, 0, 1000);
        QCOMPARE(qint64(page.rows.size()), query.count(filter));
        QVERIFY(!page.rows.isEmpty());
        for (const ListRow &row : page.rows) {
            // Group B holds the even-numbered insertions (odd ids), referral every third one.
            QCOMPARE(row.id % 2, 1);
            QCOMPARE((row.id - 1) % 3, 0);
        }
    }

    void columnsOfEveryListLoad_data()
    {
        QTest::addColumn<int>("which");
        QTest::newRow("groups") << 0;
        QTest::newRow("members") << 1;
        QTest::newRow("products") << 2;
        QTest::newRow("campaigns") << 3;
        QTest::newRow("orders") << 4;
    }

    void columnsOfEveryListLoad()
    {
        QFETCH(int, which);
        const SqlDialect &d = m_db.dialect();
        const QList<ListQuerySpec> specs
            = { ListSpecs::groups(d), ListSpecs::members(d), ListSpecs::products(d),
                ListSpecs::campaigns(d), ListSpecs::orders(d) };
        const ListQuerySpec &spec = specs.at(which);
        ListQuery query(m_db, spec);
        for (int c = 0; c < spec.columns.size(); ++c) {
            if (!spec.columns.at(c).sortable)
                continue;
            for (const bool desc : { false, true }) {
                const ListPage page = query.page({}, { c, desc }, 0, 5);
                const ListPage next = query.pageAfter({}, { c, desc }, page.last, 5);
            }
        }
        ListFilter filter;
        filter.text = QStringLiteral("x");
        query.count(filter); // throws QueryError when the statement is broken
    }

    void campaignStatusFollowsDates_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::addColumn<qint64>("startsIn"); // seconds from now; 0 = no start
        QTest::addColumn<QVariant>("endsIn");
        QTest::addColumn<QString>("recurrence");
        QTest::addColumn<QString>("shown");
        const qint64 day = 86400;
        QTest::newRow("running one-off that ended")
            << QStringLiteral("running") << -3 * day << QVariant() << QString()
            << QStringLiteral("finished");
        QTest::newRow("scheduled one-off that is on now")
            << QStringLiteral("scheduled") << qint64(-600) << QVariant() << QString()
            << QStringLiteral("running");
        QTest::newRow("finished, but starts tomorrow")
            << QStringLiteral("finished") << day << QVariant() << QString()
            << QStringLiteral("scheduled");
        QTest::newRow("weekly without an end")
            << QStringLiteral("scheduled") << -30 * day << QVariant()
            << QStringLiteral("FREQ=WEEKLY") << QStringLiteral("running");
        QTest::newRow("weekly past its end")
            << QStringLiteral("running") << -30 * day << QVariant(-day)
            << QStringLiteral("FREQ=WEEKLY") << QStringLiteral("finished");
        QTest::newRow("draft stays a draft") << QStringLiteral("draft") << -3 * day << QVariant()
                                             << QString() << QStringLiteral("draft");
        QTest::newRow("cancelled stays cancelled")
            << QStringLiteral("cancelled") << day << QVariant() << QString()
            << QStringLiteral("cancelled");
        QTest::newRow("no start keeps its word")
            << QStringLiteral("running") << qint64(0) << QVariant() << QString()
            << QStringLiteral("running");
    }

    void campaignStatusFollowsDates()
    {
        QFETCH(QString, stored);
        QFETCH(qint64, startsIn);
        QFETCH(QVariant, endsIn);
        QFETCH(QString, recurrence);
        QFETCH(QString, shown);
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QVERIFY(exec(m_db, QStringLiteral("DELETE FROM campaigns")));
        QVERIFY(
            exec(m_db,
                 QStringLiteral(
                     "INSERT INTO campaigns (name, type, status, starts_at, ends_at, "
                     "recurrence, duration_minutes) VALUES ('C', 'flash_sale', ?, ?, ?, ?, 60)"),
                 { stored, startsIn ? QVariant(now + startsIn) : nullInt(),
                   endsIn.isValid() ? QVariant(now + endsIn.toLongLong()) : nullInt(),
                   // NOT NULL: a one-off's rule is the empty text
                   recurrence.isEmpty() ? QVariant(QStringLiteral("")) : QVariant(recurrence) }));
        ListQuery query(m_db, ListSpecs::campaigns(m_db.dialect()));
        const int column = query.spec().columnIndex(ListSpecs::Status);
        const ListPage page = query.page({}, { column, false }, 0, 5);
        QCOMPARE(page.rows.size(), 1);
        QCOMPARE(page.rows.first().values.at(column).toString(), shown);
        // The status filter sees what the column shows.
        ListFilter filter;
        filter.values.insert(ListSpecs::Status, shown);
        QCOMPARE(query.count(filter), qint64(1));
        filter.values.insert(ListSpecs::Status, stored == shown ? QStringLiteral("x") : stored);
        QCOMPARE(query.count(filter), qint64(0));
    }

    void memberRowValues()
    {
        ListQuery query(m_db, ListSpecs::members(m_db.dialect()));
        ListFilter filter;
        filter.values.insert(ListSpecs::Member, 0); // not a members filter: ignored
        const ListPage page = query.page(
            filter, { query.spec().columnIndex(QStringLiteral("order_count")), true }, 0, 1);
        QCOMPARE(page.rows.size(), 1);
        const ListRow &row = page.rows.first();
        QCOMPARE(row.id, 2);
        const ListQuerySpec &s = query.spec();
        QCOMPARE(row.values.at(s.columnIndex(QStringLiteral("name"))).toString(),
                 QStringLiteral("王芳"));
        QCOMPARE(row.values.at(s.columnIndex(QStringLiteral("groups"))).toString(),
                 QStringLiteral("Parents A"));
        QCOMPARE(row.values.at(s.columnIndex(QStringLiteral("roles"))).toString(),
                 QStringLiteral("member"));
        QCOMPARE(row.values.at(s.columnIndex(QStringLiteral("spent"))).toList(),
                 (QVariantList { qint64(13880), QStringLiteral("CNY") }));
    }
};

QTEST_GUILESS_MAIN(TestListQuery)
#include "tst_listquery.moc"
