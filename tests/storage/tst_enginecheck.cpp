#include "storage/database.h"
#include "storage/enginecheck.h"

#include <QTest>

#include <sqlite3.h>

using namespace cohort;

/// The start-up check of the SQLite inside Qt's driver: what Cohort uses is there, and a
/// missing feature is named in one message.
class TestEngineCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void thisEngineHasEverything()
    {
        QVERIFY(!EngineCheck::required().isEmpty());
        const QStringList missing = EngineCheck::missing(EngineCheck::required());
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u", ")));
        QVERIFY(!EngineCheck::verify().isError());
    }

    void aDriverWithItsOwnSqliteIsRefused()
    {
        // The first feature proves the driver runs the SQLite Cohort links (its source id);
        // the same statement with another copy's id must fail.
        const EngineCheck::Feature same = EngineCheck::required().first();
        QVERIFY(same.name.contains(QString::fromLatin1(sqlite3_libversion())));
        QCOMPARE(same.statements.size(), 1);
        QString statement = same.statements.first();
        const QString id = QString::fromLatin1(sqlite3_sourceid());
        QVERIFY(statement.contains(id));
        statement.replace(id, id.left(id.size() - 1) + QLatin1Char('0' + (id.back() == u'0')));
        QCOMPARE(EngineCheck::missing({ same }), QStringList());
        QCOMPARE(EngineCheck::missing({ { same.name, { statement } } }), QStringList { same.name });
    }

    void aMissingFeatureIsNamed()
    {
        // A feature whose proof fails on every SQLite: the check names it and only it.
        QList<EngineCheck::Feature> features = EngineCheck::required();
        features.insert(
            1,
            { QStringLiteral("Time travel"),
              { QStringLiteral("SELECT 1"), QStringLiteral("SELECT time_travel('1999-12-31')") } });
        features.append({ QStringLiteral("Levitation"),
                          { QStringLiteral("CREATE VIRTUAL TABLE temp.x USING levitate(a)") } });
        const QStringList missing = EngineCheck::missing(features);
        QCOMPARE(missing,
                 QStringList({ QStringLiteral("Time travel"), QStringLiteral("Levitation") }));

        const WorkspaceError error = EngineCheck::errorFor(missing, QStringLiteral("3.31.1"));
        QCOMPARE(error.kind, WorkspaceError::Kind::DriverMissing);
        QVERIFY(error.message.contains(QStringLiteral("3.31.1")));
        QVERIFY(error.message.contains(QStringLiteral("Time travel; Levitation")));
        QVERIFY(!error.message.contains(u'\n'));
        QVERIFY(!EngineCheck::errorFor({}, QStringLiteral("3.40.1")).isError());
    }
};

QTEST_GUILESS_MAIN(TestEngineCheck)
#include "tst_enginecheck.moc"
