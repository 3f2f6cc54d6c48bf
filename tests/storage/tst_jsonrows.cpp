#include "storage/database.h"
#include "storage/jsonrows.h"
#include "storage/sqldialect.h"
#include "storage/sqltransaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <limits>

using namespace cohort;

namespace {

const QStringList kColumns { QStringLiteral("n"), QStringLiteral("t"), QStringLiteral("o") };

/// Writes `rows` through SqlDialect::jsonRowsInsert into a scratch table and reads them back.
/// `asBound`: the rows as the import binds them (SqlDialect::jsonRowsValue, UTF-8 bytes) rather
/// than as a QString.
QList<QVariantList> roundTrip(Database &db, JsonRows &rows, const QString &tail = QString(),
                              bool asBound = false)
{
    QList<QVariantList> result;
    SqlTransaction tx(db);
    QSqlQuery q(tx.connection());
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS scratch (id INTEGER PRIMARY KEY, "
                               "n INTEGER UNIQUE, t TEXT NOT NULL DEFAULT '', o TEXT)"))
        || !q.prepare(db.dialect().jsonRowsInsert(QStringLiteral("scratch"), kColumns, tail))) {
        qWarning() << q.lastError().text();
        return result;
    }
    q.bindValue(0, asBound ? db.dialect().jsonRowsValue(rows.text()) : QVariant(rows.text()));
    if (!q.exec()) {
        qWarning() << q.lastError().text();
        return result;
    }
    rows.clear();
    if (!tx.commit())
        return result;
    QSqlQuery read(db.connection());
    read.exec(QStringLiteral("SELECT n, t, o, typeof(n), typeof(o) FROM scratch ORDER BY id"));
    while (read.next())
        result << QVariantList { read.value(0), read.value(1), read.value(2), read.value(3),
                                 read.value(4) };
    return result;
}

} // namespace

/// JsonRows and SqlDialect::jsonRowsInsert: every value survives the one-text-per-chunk path.
class TestJsonRows : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void textIsValidJson()
    {
        JsonRows rows;
        QCOMPARE(rows.text(), QStringLiteral("[]"));
        rows.beginRow();
        rows.addInt(-5);
        rows.addText(QStringLiteral("a\"b\\c\nd\te\x01"));
        rows.addNull();
        rows.beginRow();
        rows.addId(0);
        rows.addTextOrNull(QString());
        rows.addInt(std::numeric_limits<qint64>::min());
        QCOMPARE(rows.rows(), 2);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(rows.text().toUtf8(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonArray all = doc.array();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all[0].toArray()[0].toInt(), -5);
        QCOMPARE(all[0].toArray()[1].toString(), QStringLiteral("a\"b\\c\nd\te\x01"));
        QVERIFY(all[0].toArray()[2].isNull());
        QVERIFY(all[1].toArray()[0].isNull());
        QVERIFY(all[1].toArray()[1].isNull());
        rows.clear();
        QCOMPARE(rows.rows(), 0);
        QCOMPARE(rows.text(), QStringLiteral("[]"));
    }

    void valuesSurviveSqlite_data()
    {
        QTest::addColumn<qint64>("number");
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << qint64(1) << QStringLiteral("hello");
        QTest::newRow("empty") << qint64(0) << QString(QLatin1String(""));
        QTest::newRow("quotes") << qint64(-1) << QStringLiteral("say \"hi\" and 'bye'");
        QTest::newRow("backslashes")
            << qint64(42) << QStringLiteral("C:\\path\\n is not a newline");
        QTest::newRow("controls") << qint64(7)
                                  << QStringLiteral("line1\nline2\r\n\ttab\x01\x1f\x7f end");
        QTest::newRow("cjk and emoji")
            << qint64(8)
            << QStringLiteral("接龙 3. 李娜 2盒 👍🏽 مرحبا \u2028 \uFEFF");
        QTest::newRow("json lookalike") << qint64(9) << QStringLiteral("[1,\"x\"],{\"a\":null}");
        QTest::newRow("sql lookalike") << qint64(10) << QStringLiteral("'); DROP TABLE x; --");
        QTest::newRow("largest") << std::numeric_limits<qint64>::max() << QStringLiteral("max");
        QTest::newRow("smallest") << std::numeric_limits<qint64>::min() << QStringLiteral("min");
    }

    void valuesSurviveSqlite()
    {
        QFETCH(qint64, number);
        QFETCH(QString, text);
        for (const bool asBound : { false, true }) {
            Database db;
            QVERIFY(!db.openInMemory().isError());
            JsonRows rows;
            rows.beginRow();
            rows.addInt(number);
            rows.addText(text);
            rows.addTextOrNull(text);
            const QList<QVariantList> back = roundTrip(db, rows, QString(), asBound);
            QCOMPARE(back.size(), 1);
            QCOMPARE(back[0][0].toLongLong(), number);
            QCOMPARE(back[0][3].toString(), QStringLiteral("integer"));
            QCOMPARE(back[0][1].toString(), text);
            if (text.isEmpty())
                QCOMPARE(back[0][4].toString(), QStringLiteral("null"));
            else
                QCOMPARE(back[0][2].toString(), text);
            if (!text.isEmpty()) // stored as text, whatever was bound
                QCOMPARE(back[0][4].toString(), QStringLiteral("text"));
        }
    }

    void manyRowsAndUpsertTail()
    {
        Database db;
        QVERIFY(!db.openInMemory().isError());
        JsonRows rows;
        for (int i = 0; i < 5000; ++i) {
            rows.beginRow();
            rows.addInt(i);
            rows.addText(QString::number(i));
            rows.addNull();
        }
        QCOMPARE(roundTrip(db, rows).size(), 5000);
        // The ON CONFLICT tail applies per row: existing keys update, new keys insert.
        for (int i = 4990; i < 5010; ++i) {
            rows.beginRow();
            rows.addInt(i);
            rows.addText(QStringLiteral("again"));
            rows.addText(QStringLiteral("o"));
        }
        const QList<QVariantList> back = roundTrip(
            db, rows, QStringLiteral(" ON CONFLICT (n) DO UPDATE SET t = excluded.t || '!'"));
        QCOMPARE(back.size(), 5010);
        QCOMPARE(back[4989][1].toString(), QStringLiteral("4989"));
        QCOMPARE(back[4990][1].toString(), QStringLiteral("again!"));
        QVERIFY(back[4990][2].isNull()); // the tail only set t
        QCOMPARE(back[5009][1].toString(), QStringLiteral("again"));
        QCOMPARE(back[5009][2].toString(), QStringLiteral("o"));
    }

    void boundColumnsTakeTheChunksValue()
    {
        Database db;
        QVERIFY(!db.openInMemory().isError());
        SqlTransaction tx(db);
        QSqlQuery q(tx.connection());
        QVERIFY(q.exec(QStringLiteral(
            "CREATE TABLE scratch2 (id INTEGER PRIMARY KEY, n INTEGER, g INTEGER, b TEXT)")));
        QVERIFY(q.prepare(
            db.dialect().jsonRowsInsert(QStringLiteral("scratch2"), { QStringLiteral("n") },
                                        QString(), { QStringLiteral("g"), QStringLiteral("b") })));
        JsonRows rows;
        for (int i = 0; i < 3; ++i) {
            rows.beginRow();
            rows.addInt(i);
        }
        q.bindValue(0, rows.text());
        q.bindValue(1, 7);
        q.bindValue(2, QStringLiteral("it's \"fixed\""));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QVERIFY(q.exec(QStringLiteral("SELECT n, g, b, typeof(g) FROM scratch2 ORDER BY id")));
        for (int i = 0; i < 3; ++i) {
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), i);
            QCOMPARE(q.value(1).toInt(), 7);
            QCOMPARE(q.value(2).toString(), QStringLiteral("it's \"fixed\""));
            QCOMPARE(q.value(3).toString(), QStringLiteral("integer"));
        }
        QVERIFY(!q.next());
        QVERIFY(tx.commit());
    }
};

QTEST_GUILESS_MAIN(TestJsonRows)
#include "tst_jsonrows.moc"
