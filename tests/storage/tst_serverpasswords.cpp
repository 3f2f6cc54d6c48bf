#include "storage/database.h"
#include "storage/serveraddress.h"
#include "storage/serverpasswords.h"
#include "storage/teamroles.h"
#include "testpostgres.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace cohort;

/// Team server passwords in the system keychain (run by tests/support/with-keyring, in a
/// throwaway keyring of its own): kept under the address without the password, found again
/// however the address is spelled, forgotten on request; and found by Database::open() when
/// the server wants a password the address does not carry.
class TestServerPasswords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY2(ServerPasswords::isAvailable(), "built without QtKeychain"); }

    void keptFoundAndForgotten()
    {
        const QString address = QStringLiteral("postgresql://ann@db.example.com/shop");
        QString error;
        QVERIFY(!ServerPasswords::find(address, &error));
        QVERIFY2(error.isEmpty(), qPrintable(error)); // none kept is no error
        QVERIFY2(ServerPasswords::store(address, QStringLiteral("s3cret wörd"), &error),
                 qPrintable(error));
        QCOMPARE(ServerPasswords::find(address), std::optional(QStringLiteral("s3cret wörd")));
        // The same server spelled with a password in it: the same entry.
        QCOMPARE(
            ServerPasswords::find(QStringLiteral("postgresql://ann:typed@db.example.com/shop")),
            std::optional(QStringLiteral("s3cret wörd")));
        // Another database or user is another entry.
        QVERIFY(!ServerPasswords::find(QStringLiteral("postgresql://ann@db.example.com/other")));
        QVERIFY(!ServerPasswords::find(QStringLiteral("postgresql://bo@db.example.com/shop")));
        QVERIFY(ServerPasswords::store(address, QStringLiteral("new")));
        QCOMPARE(ServerPasswords::find(address), std::optional(QStringLiteral("new")));
        QVERIFY(ServerPasswords::remove(address));
        QVERIFY(!ServerPasswords::find(address));
        QVERIFY(ServerPasswords::remove(address)); // nothing left to forget
    }

    /// A login that must give its password (scripts/pg-cluster asks it of the members of
    /// cohort_password_logins) opens the workspace with the one kept for its address.
    void openFindsTheKeptPassword()
    {
        COHORT_REQUIRE_POSTGRES();
        const QString address = test::createScratchDatabase();
        QVERIFY(!address.isEmpty());
        const QString login = QStringLiteral("pw_") + ServerAddress::parse(address).databaseName();
        {
            Database owner;
            QVERIFY(!owner.open(address, Database::OpenMode::CreateOrOpen).isError());
            TeamRoles team(owner);
            QVERIFY2(team.setRole(login, TeamRoles::Role::Viewer, QStringLiteral("kept pw")),
                     qPrintable(team.lastError().message));
            QSqlQuery q(owner.connection());
            QVERIFY2(q.exec(QStringLiteral("DO $$ BEGIN CREATE ROLE cohort_password_logins; "
                                           "EXCEPTION WHEN duplicate_object THEN NULL; END $$")),
                     qPrintable(q.lastError().text()));
            QVERIFY2(q.exec(QStringLiteral("GRANT cohort_password_logins TO \"%1\"").arg(login)),
                     qPrintable(q.lastError().text()));
        }
        QString asLogin = address;
        asLogin.replace(QStringLiteral("postgresql://cohort@"),
                        QStringLiteral("postgresql://") + login + QLatin1Char('@'));

        Database db;
        const WorkspaceError refused = db.open(asLogin);
        QVERIFY(refused.isError());
        QVERIFY2(refused.message.contains(QStringLiteral("password")), qPrintable(refused.message));

        QVERIFY(ServerPasswords::store(asLogin, QStringLiteral("wrong")));
        QVERIFY(db.open(asLogin).isError());

        QVERIFY(ServerPasswords::store(asLogin, QStringLiteral("kept pw")));
        const WorkspaceError opened = db.open(asLogin);
        QVERIFY2(!opened.isError(), qPrintable(opened.message));
        QVERIFY(!db.filePath().contains(QStringLiteral("kept")));
        db.close();
        QVERIFY(ServerPasswords::remove(asLogin));
        QVERIFY(db.open(asLogin).isError());
    }
};

QTEST_GUILESS_MAIN(TestServerPasswords)
#include "tst_serverpasswords.moc"
