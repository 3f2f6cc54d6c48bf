#include "storage/database.h"
#include "storage/enginecheck.h"

#include <QTest>

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
