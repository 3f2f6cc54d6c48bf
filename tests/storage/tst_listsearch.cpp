#include "storage/database.h"
#include "storage/listquery.h"
#include "storage/listspecs.h"
#include "storage/memberrepository.h"
#include "storage/sqltransaction.h"

#include "testbackends.h"
#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <QTest>

using namespace cohort;

namespace {

/// SQLite's LIKE folds ASCII letters only: the reference does the same, in C++.
QString asciiLower(QString text)
{
    for (QChar &c : text) {
        if (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            c = QChar(c.unicode() + 32);
    }
    return text;
}

bool contains(const QString &value, const QString &text)
{
    return asciiLower(value).contains(asciiLower(text));
}

bool exec(QSqlQuery &q, const QString &sql, const QVariantList &binds = {})
{
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

const QStringList &queries()
{
    // Dense and sparse, 1-2 characters (no trigram) and longer, Chinese, case, LIKE wildcards
    // and FTS5 query syntax typed as text.
    static const QStringList list = {
        QStringLiteral("l"),      QStringLiteral("L"),         QStringLiteral("li"),
        QStringLiteral("LI"),     QStringLiteral("Li N"),      QStringLiteral("li na"),
        QStringLiteral("王"),     QStringLiteral("王芳"),      QStringLiteral("王芳1"),
        QStringLiteral("芳12"),   QStringLiteral("ann"),       QStringLiteral("ANNA"),
        QStringLiteral("é"),      QStringLiteral("É"),         QStringLiteral("élo"),
        QStringLiteral("ÉLO"),    QStringLiteral("Élodie"),    QStringLiteral("50%"),
        QStringLiteral("%"),      QStringLiteral("_"),         QStringLiteral("a_b"),
        QStringLiteral("\\"),     QStringLiteral("x\\y"),      QStringLiteral("O'B"),
        QStringLiteral("'"),      QStringLiteral("\""),        QStringLiteral("\"a\""),
        QStringLiteral("a OR b"), QStringLiteral("NEAR(a b)"), QStringLiteral("an*"),
        QStringLiteral("13"),     QStringLiteral("138"),       QStringLiteral("0007"),
        QStringLiteral("wx_"),    QStringLiteral("😀"),         QStringLiteral("😀a"),
        QStringLiteral("a😀b"),    QStringLiteral("vip"),       QStringLiteral("MOTH"),
        QStringLiteral("s%"),     QStringLiteral("snack"),     QStringLiteral("课程"),
        QStringLiteral("Juice"),  QStringLiteral("zzz"),       QStringLiteral("quokka"),
        QStringLiteral("Zed"),
    };
    return list;
}

} // namespace

/// The text filter of the Members and Orders lists through the search index (migration 0004)
/// returns what a plain ASCII-case-insensitive substring test over the raw columns returns, for
/// every kind of text, on both of ListQuery's page plans, and after inserts, updates, deletes,
/// undo and merges.
class TestListSearch : public QObject
{
    Q_OBJECT

    Database m_db;
    QString m_backend;
    const qint64 m_group = 1;

    struct MemberRow
    {
        qint64 id;
        QString name, phone, wechat;
        QStringList tags;
    };

    QList<MemberRow> membersNow() const
    {
        QList<MemberRow> rows;
        QSqlQuery q(m_db.connection());
        q.exec(
            QStringLiteral("SELECT id, display_name, phone, wechat_id FROM members ORDER BY id"));
        while (q.next())
            rows.append({ q.value(0).toLongLong(),
                          q.value(1).toString(),
                          q.value(2).toString(),
                          q.value(3).toString(),
                          {} });
        QSqlQuery t(m_db.connection());
        t.exec(QStringLiteral("SELECT mt.member_id, t.name FROM member_tags mt JOIN tags t ON "
                              "t.id = mt.tag_id"));
        while (t.next()) {
            for (MemberRow &row : rows) {
                if (row.id == t.value(0).toLongLong())
                    row.tags << t.value(1).toString();
            }
        }
        return rows;
    }

    static QSet<qint64> expectedMembers(const QList<MemberRow> &rows, const QString &text)
    {
        const QString needle = text.trimmed();
        QSet<qint64> ids;
        for (const MemberRow &row : rows) {
            bool hit = needle.isEmpty() || contains(row.name, needle) || contains(row.phone, needle)
                || contains(row.wechat, needle);
            for (const QString &tag : row.tags)
                hit = hit || contains(tag, needle);
            if (hit)
                ids.insert(row.id);
        }
        return ids;
    }

    QSet<qint64> idsOf(const QString &sql) const
    {
        QSet<qint64> ids;
        QSqlQuery q(m_db.connection());
        q.exec(sql);
        while (q.next())
            ids.insert(q.value(0).toLongLong());
        return ids;
    }

    QSet<qint64> expectedOrders(const QString &text) const
    {
        const QString needle = text.trimmed();
        QSet<qint64> ids;
        QSqlQuery q(m_db.connection());
        q.exec(QStringLiteral("SELECT o.id, m.display_name, p.name FROM orders o JOIN members m "
                              "ON m.id = o.member_id JOIN products p ON p.id = o.product_id"));
        while (q.next()) {
            if (contains(q.value(1).toString(), needle) || contains(q.value(2).toString(), needle))
                ids.insert(q.value(0).toLongLong());
        }
        return ids;
    }

    /// Count, one big page and seek paging in small pages (the plan is chosen per page, from
    /// the cursor on) all agree with `expected`.
    static void checkQuery(const ListQuery &query, const ListFilter &filter, const ListSort &sort,
                           const QSet<qint64> &expected)
    {
        const qint64 n = query.count(filter);
        QCOMPARE(n, qint64(expected.size()));
        const ListPage all = query.page(filter, sort, 0, 1000000);
        QList<qint64> ids;
        for (const ListRow &row : all.rows)
            ids << row.id;
        QCOMPARE(QSet<qint64>(ids.cbegin(), ids.cend()), expected);
        QCOMPARE(ids.size(), expected.size());
        QList<qint64> seek;
        ListCursor cursor;
        // Enough pages either way to cross many cursors; on a server each page is a round trip
        // (about 2 ms), so it takes larger ones there and the test stays a few minutes shorter.
        const int pageSize
            = cohort::test::currentBackend() == QLatin1String("postgres") ? 1171 : 293;
        for (int guard = 0; guard < 1000; ++guard) {
            const ListPage page = query.pageAfter(filter, sort, cursor, pageSize);
            for (const ListRow &row : page.rows)
                seek << row.id;
            if (page.rows.size() < pageSize)
                break;
            cursor = page.last;
        }
        QCOMPARE(seek, ids);
    }

    void checkAll()
    {
        ListQuery members(m_db, ListSpecs::members(m_db.dialect()));
        ListQuery orders(m_db, ListSpecs::orders(m_db.dialect()));
        const ListSort byOrders { members.spec().columnIndex(QStringLiteral("order_count")), true };
        const QList<MemberRow> rows = membersNow();
        for (const QString &text : queries()) {
            ListFilter filter;
            filter.text = text;
            const QSet<qint64> expected = expectedMembers(rows, text);
            checkQuery(members, filter, {}, expected);
            if (QTest::currentTestFailed()) {
                qWarning("members, text \"%s\"", qPrintable(text));
                return;
            }
            checkQuery(members, filter, byOrders, expected);
            if (QTest::currentTestFailed()) {
                qWarning("members by orders, text \"%s\"", qPrintable(text));
                return;
            }
            const QSet<qint64> expectedOrderIds = expectedOrders(text);
            checkQuery(orders, filter, {}, expectedOrderIds);
            if (QTest::currentTestFailed()) {
                qWarning("orders, text \"%s\"", qPrintable(text));
                return;
            }
            // With structured filters: the same rows, intersected.
            ListFilter inGroup = filter;
            inGroup.values.insert(ListSpecs::Group, m_group);
            checkQuery(members, inGroup, {},
                       expected
                           & idsOf(QStringLiteral(
                               "SELECT member_id FROM memberships WHERE group_id = 1")));
            ListFilter paid = filter;
            paid.values.insert(ListSpecs::Status, QStringLiteral("paid"));
            checkQuery(orders, paid, {},
                       expectedOrderIds
                           & idsOf(QStringLiteral("SELECT id FROM orders WHERE status = 'paid'")));
            if (QTest::currentTestFailed()) {
                qWarning("filtered, text \"%s\"", qPrintable(text));
                return;
            }
        }
    }

private Q_SLOTS:
    void initTestCase_data() { cohort::test::addBackendRows(); }
    void init()
    {
        COHORT_SHARED_WORKSPACE(m_db, m_backend);
        // Enough rows that dense texts take the walk plan (ListQuery::SetPlanRows) and sparse
        // ones the set plan.
        const QStringList family = {
            QStringLiteral("Li"),        QStringLiteral("王"),      QStringLiteral("Élodie"),
            QStringLiteral("élodie"),    QStringLiteral("O'Brien"), QStringLiteral("50% Off"),
            QStringLiteral("a_b"),       QStringLiteral("x\\y"),    QStringLiteral("😀a"),
            QStringLiteral("\"a\""),     QStringLiteral("Anna"),    QStringLiteral("LI"),
            QStringLiteral("NEAR(a b)"),
        };
        const QStringList given = { QStringLiteral(" Na"), QStringLiteral("芳"),
                                    QStringLiteral(" Smith"), QStringLiteral("") };
        QRandomGenerator rng(4242);
        SqlTransaction tx(m_db);
        QVERIFY(tx.isActive());
        QSqlQuery q(tx.connection());
        QVERIFY(exec(q,
                     QStringLiteral("INSERT INTO chat_groups (id, platform, name, created_at) "
                                    "VALUES (1, 'wechat', 'G', 0)")));
        QVERIFY(exec(q,
                     QStringLiteral("INSERT INTO tags (name) VALUES ('vip'), ('Mothers'), "
                                    "('s%nacks')")));
        QVERIFY(exec(q,
                     QStringLiteral("INSERT INTO products (name, sku, price_minor) VALUES "
                                    "('Snack box', 'S', 990), ('Course 课程', 'C', 9900), "
                                    "('100% Juice', 'J', 500)")));
        const int memberCount = 6000;
        for (int i = 1; i <= memberCount; ++i) {
            const QString name = family.at(rng.bounded(family.size()))
                + given.at(rng.bounded(given.size())) + QString::number(rng.bounded(200));
            const QString phone = i % 3 ? QStringLiteral("138%1").arg(i, 8, 10, QLatin1Char('0'))
                                        : QStringLiteral("");
            const QString wechat = i % 4 ? QStringLiteral("") : QStringLiteral("wx_%1").arg(i);
            QVERIFY(exec(q,
                         QStringLiteral("INSERT INTO members (display_name, phone, wechat_id, "
                                        "created_at) VALUES (?, ?, ?, 0)"),
                         { name, phone, wechat }));
            if (i % 2 == 1)
                QVERIFY(exec(q,
                             QStringLiteral("INSERT INTO memberships (group_id, member_id) "
                                            "VALUES (1, ?)"),
                             { i }));
            if (i % 9 == 0)
                QVERIFY(exec(q, QStringLiteral("INSERT INTO member_tags VALUES (?, ?)"),
                             { i, 1 + i % 3 }));
        }
        for (int i = 0; i < 9000; ++i) {
            QVERIFY(exec(q,
                         QStringLiteral("INSERT INTO orders (member_id, product_id, quantity, "
                                        "unit_price_minor, total_minor, currency, ordered_at, "
                                        "status) VALUES (?, ?, 1, 990, 990, 'CNY', ?, ?)"),
                         { 1 + rng.bounded(memberCount), 1 + rng.bounded(3),
                           1700000000 + rng.bounded(100000),
                           i % 3 ? QStringLiteral("placed") : QStringLiteral("paid") }));
        }
        QVERIFY(tx.commit());
    }

    void sameRowsAsPlainSubstringTest() { checkAll(); }

    void indexFollowsRepositoryWrites()
    {
        MemberRepository repository(m_db);
        Member quokka;
        quokka.displayName = QStringLiteral("Quokka 王");
        quokka.phone = QStringLiteral("0007 99");
        quokka.tags = { QStringLiteral("vip") };
        QVERIFY2(repository.insert(quokka), qPrintable(repository.lastError().message));

        std::optional<Member> renamed = repository.find(5);
        QVERIFY(renamed);
        renamed->displayName = QStringLiteral("Zed");
        renamed->wechatId = QStringLiteral("WX_ZED");
        QVERIFY2(repository.update(*renamed), qPrintable(repository.lastError().message));

        // A member without orders is deleted, then put back (undo).
        QSqlQuery q(m_db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM members WHERE id NOT IN (SELECT member_id "
                                      "FROM orders) ORDER BY id LIMIT 2")));
        QVERIFY(q.next());
        const qint64 gone = q.value(0).toLongLong();
        QVERIFY(q.next());
        const qint64 undone = q.value(0).toLongLong();
        QVERIFY(repository.remove({ gone }));
        const MemberSnapshot snapshot = repository.snapshot({ undone });
        QVERIFY(repository.remove({ undone }));
        checkAll();
        QVERIFY2(repository.restore(snapshot), qPrintable(repository.lastError().message));

        // A merge moves the orders and deletes the merged member.
        QVERIFY(q.exec(QStringLiteral("SELECT DISTINCT member_id FROM orders ORDER BY member_id "
                                      "DESC LIMIT 2")));
        QVERIFY(q.next());
        const qint64 keep = q.value(0).toLongLong();
        QVERIFY(q.next());
        QVERIFY2(repository.merge(keep, q.value(0).toLongLong()),
                 qPrintable(repository.lastError().message));
        checkAll();

        ListQuery members(m_db, ListSpecs::members(m_db.dialect()));
        ListFilter filter;
        filter.text = QStringLiteral("quokka");
        QCOMPARE(members.count(filter), 1);
        filter.text = QStringLiteral("wx_zed");
        QCOMPARE(members.count(filter), 1);
        filter.text = QStringLiteral("QUOKKA 王");
        QCOMPARE(members.count(filter), 1);
    }
};

QTEST_GUILESS_MAIN(TestListSearch)
#include "tst_listsearch.moc"
