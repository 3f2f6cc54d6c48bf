#include "storage/serveraddress.h"

#include <QSqlDatabase>
#include <QTest>

using namespace cohort;

/// ServerAddress: libpq's URI form, as psql takes it, and never a password in what is shown.
class TestServerAddress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("shown");
        QTest::newRow("full") << QStringLiteral("postgresql://ann:s3cret@db.example.com:6543/team")
                              << QStringLiteral("db.example.com") << 6543 << QStringLiteral("ann")
                              << QStringLiteral("s3cret") << QStringLiteral("team")
                              << QStringLiteral("postgresql://ann@db.example.com:6543/team");
        QTest::newRow("short scheme, no port")
            << QStringLiteral("postgres://ann@localhost/team") << QStringLiteral("localhost") << -1
            << QStringLiteral("ann") << QString() << QStringLiteral("team")
            << QStringLiteral("postgresql://ann@localhost/team");
        QTest::newRow("unix socket in the query")
            << QStringLiteral("postgresql://ann@/team?host=/run/pg%20dir&port=5433")
            << QStringLiteral("/run/pg dir") << 5433 << QStringLiteral("ann") << QString()
            << QStringLiteral("team")
            << QStringLiteral("postgresql://ann@/team?host=%2Frun%2Fpg%20dir&port=5433");
        QTest::newRow("unix socket percent-encoded as the host")
            << QStringLiteral("postgresql://%2Fvar%2Frun%2Fpostgresql/team")
            << QStringLiteral("/var/run/postgresql") << -1 << QString() << QString()
            << QStringLiteral("team")
            << QStringLiteral("postgresql:///team?host=%2Fvar%2Frun%2Fpostgresql");
        QTest::newRow("ipv6 and encoded names")
            << QStringLiteral(
                   "postgresql://%E7%8E%8B@[::1]:5432/%E5%9B%A2%E9%98%9F?sslmode=require")
            << QStringLiteral("::1") << 5432 << QStringLiteral("王") << QString()
            << QStringLiteral("团队")
            << QStringLiteral(
                   "postgresql://%E7%8E%8B@[::1]:5432/%E5%9B%A2%E9%98%9F?sslmode=require");
        QTest::newRow("query overrides")
            << QStringLiteral("postgresql://a@h/db1?user=b&dbname=db2&password=p&connect_timeout=5")
            << QStringLiteral("h") << -1 << QStringLiteral("b") << QStringLiteral("p")
            << QStringLiteral("db2") << QStringLiteral("postgresql://b@h/db2?connect_timeout=5");
    }

    void parses()
    {
        QFETCH(QString, text);
        QString error;
        const ServerAddress address = ServerAddress::parse(text, &error);
        QVERIFY2(address.isValid(), qPrintable(error));
        QTEST(address.host(), "host");
        QTEST(address.port(), "port");
        QTEST(address.user(), "user");
        QTEST(address.password(), "password");
        QTEST(address.databaseName(), "database");
        QTEST(address.toDisplayString(), "shown");
        // What is shown parses back to the same place.
        const ServerAddress again = ServerAddress::parse(address.toDisplayString());
        QVERIFY(again.isValid());
        QCOMPARE(again.host(), address.host());
        QCOMPARE(again.port(), address.port());
        QCOMPARE(again.databaseName(), address.databaseName());
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("a file") << QStringLiteral("/home/ann/shop.cohort");
        QTest::newRow("no database") << QStringLiteral("postgresql://ann@host");
        QTest::newRow("bad port") << QStringLiteral("postgresql://host:99999/db");
        QTest::newRow("several hosts") << QStringLiteral("postgresql://h1,h2/db");
        QTest::newRow("unknown parameter") << QStringLiteral("postgresql://h/db?service=x");
        QTest::newRow("semicolon in a value")
            << QStringLiteral("postgresql://h/db?application_name=a;host=evil");
    }

    void refuses()
    {
        QFETCH(QString, text);
        QString error;
        QVERIFY(!ServerAddress::parse(text, &error).isValid());
        QVERIFY(!error.isEmpty());
    }

    void appliesToDriver()
    {
        const ServerAddress address = ServerAddress::parse(QStringLiteral(
            "postgresql://ann:pw@host:5433/team?sslmode=verify-full&application_name=Co%20hort"));
        QVERIFY(address.isValid());
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("t"));
        address.applyTo(db);
        QCOMPARE(db.hostName(), QStringLiteral("host"));
        QCOMPARE(db.port(), 5433);
        QCOMPARE(db.userName(), QStringLiteral("ann"));
        QCOMPARE(db.password(), QStringLiteral("pw"));
        QCOMPARE(db.databaseName(), QStringLiteral("team"));
        // Quoted as libpq's key=value syntax wants, so a space stays inside its value.
        QCOMPARE(db.connectOptions(),
                 QStringLiteral("sslmode='verify-full';application_name='Co hort'"));
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("t"));
    }
};

QTEST_GUILESS_MAIN(TestServerAddress)
#include "tst_serveraddress.moc"
