#include "fuzztargets.h"

#include <QDir>
#include <QFile>
#include <QTest>

/// Runs every fuzz target's entry over its seed corpus and over the minimized inputs of past
/// findings, in the ordinary (GCC) build: the targets build and run without clang, and a fixed
/// crash, hang or blow-up stays fixed. Fuzzing itself is scripts/fuzz.
class TestFuzzReplay : public QObject
{
    Q_OBJECT

private:
    static QDir seeds(const char *target)
    {
        return QDir(QStringLiteral(COHORT_FUZZ_SEEDS) + QLatin1Char('/')
                    + QString::fromLatin1(target));
    }

private slots:
    void everyTargetHasSeeds_data()
    {
        QTest::addColumn<int>("index");
        for (size_t i = 0; i < cohort::fuzz::kTargetCount; ++i)
            QTest::newRow(cohort::fuzz::kTargets[i].name) << int(i);
    }
    void everyTargetHasSeeds()
    {
        QFETCH(int, index);
        const QDir dir = seeds(cohort::fuzz::kTargets[index].name);
        QVERIFY2(!dir.entryList(QDir::Files).isEmpty(), qPrintable(dir.path()));
    }

    /// Every regression file is named <target>-<what>, so it is replayed by the right target.
    void regressionsNameTheirTarget()
    {
        const QDir dir(QStringLiteral(COHORT_FUZZ_REGRESSIONS));
        for (const QString &name : dir.entryList(QDir::Files)) {
            bool known = false;
            for (size_t i = 0; i < cohort::fuzz::kTargetCount; ++i)
                known |= name.startsWith(QLatin1String(cohort::fuzz::kTargets[i].name)
                                         + QLatin1Char('-'));
            QVERIFY2(known, qPrintable(name));
        }
    }

    void replay_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("path");
        const QDir regressions(QStringLiteral(COHORT_FUZZ_REGRESSIONS));
        for (size_t i = 0; i < cohort::fuzz::kTargetCount; ++i) {
            const char *name = cohort::fuzz::kTargets[i].name;
            const QDir dir = seeds(name);
            for (const QString &file : dir.entryList(QDir::Files))
                QTest::addRow("%s/%s", name, qPrintable(file)) << int(i) << dir.filePath(file);
            const QString prefix = QLatin1String(name) + QLatin1Char('-');
            for (const QString &file :
                 regressions.entryList({ prefix + QLatin1Char('*') }, QDir::Files))
                QTest::addRow("regression/%s", qPrintable(file))
                    << int(i) << regressions.filePath(file);
        }
    }
    void replay()
    {
        QFETCH(int, index);
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
        const QByteArray bytes = file.readAll();
        // Crashes, aborted invariants and sanitizer reports end the test; 0 is all that is left.
        QCOMPARE(cohort::fuzz::kTargets[index].entry(
                     reinterpret_cast<const uint8_t *>(bytes.constData()), size_t(bytes.size())),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestFuzzReplay)
#include "tst_fuzzreplay.moc"
