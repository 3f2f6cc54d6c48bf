#include "storage/database.h"
#include "storage/timezonechange.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace cohort;

namespace {

const QString LosAngeles = QStringLiteral("America/Los_Angeles");
const QString Shanghai = QStringLiteral("Asia/Shanghai");

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// Runs `program` with the computer's zone set to `machineZone` (Qt reads TZ on Linux).
Run runIn(const QString &machineZone, const QString &program, const QStringList &args)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TZ"), machineZone);
    process.setProcessEnvironment(env);
    process.start(program, args);
    Run run;
    if (!process.waitForFinished(240000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QString readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

/// Whatever zone the computer is in, the weekly report, the statistics, an import and every
/// list model show the same values: those of the workspace zone. Runs the real programs under
/// two computer zones far apart, for a workspace in Shanghai and one in Los Angeles.
class TestMachineZone : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_shanghai; ///< the report fixture, workspace zone Asia/Shanghai, with a chat import
    QString m_losAngeles; ///< the same, moved to America/Los_Angeles

    QString file(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_shanghai = file(QStringLiteral("shanghai.cohort"));
        const Run made = runIn(QStringLiteral("UTC"), QStringLiteral(COHORT_MAKE_REPORT_WORKSPACE),
                               { m_shanghai, QStringLiteral("fixture") });
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        // A copy before the import, to import the same file under the other computer zone.
        const QString twin = file(QStringLiteral("twin.cohort"));
        {
            Database db;
            QVERIFY(!db.open(m_shanghai).isError());
            QCOMPARE(db.timeZoneId(), Shanghai);
            QVERIFY(!db.backupTo(twin).isError());
        }

        // The chat times are read in the workspace zone by default, not the computer's: the
        // summary names the file's own wall-clock times under either computer zone.
        const QString chat = test::dataPath(QStringLiteral("import/whatsapp/android_en_24h.txt"));
        QStringList json;
        for (const auto &[workspace, machine] :
             { std::pair(m_shanghai, LosAngeles), std::pair(twin, Shanghai) }) {
            const Run imported = runIn(machine, QStringLiteral(COHORT_CLI),
                                       { QStringLiteral("import"), QStringLiteral("--workspace"),
                                         workspace, QStringLiteral("--json"), chat });
            QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
            QJsonArray files = QJsonDocument::fromJson(imported.out.toUtf8()).array();
            QCOMPARE(files.size(), 1);
            QJsonObject summary = files.first().toObject();
            QCOMPARE(summary.value(QLatin1String("first")).toString(),
                     QStringLiteral("2023-01-15T09:00:00"));
            summary.remove(QLatin1String("seconds")); // how long it took is no time of day
            json << QString::fromUtf8(QJsonDocument(summary).toJson());
        }
        QCOMPARE(json.first(), json.last());

        m_losAngeles = file(QStringLiteral("losangeles.cohort"));
        Database db;
        QVERIFY(!db.open(m_shanghai).isError());
        QVERIFY(!db.backupTo(m_losAngeles).isError());
        db.close();
        QVERIFY(!db.open(m_losAngeles).isError());
        TimeZoneChange change(db);
        QVERIFY2(change.run(LosAngeles), qPrintable(change.lastError().message));
    }

    void sameOutputUnderEveryComputerZone_data()
    {
        QTest::addColumn<QString>("workspaceZone");
        QTest::addColumn<QStringList>("command");
        for (const QString &zone : { Shanghai, LosAngeles }) {
            const QByteArray tag = zone.toUtf8();
            QTest::newRow(QByteArray(tag + " stats").constData())
                << zone << QStringList { QStringLiteral("stats"),      QStringLiteral("--from"),
                                         QStringLiteral("2026-03-02"), QStringLiteral("--to"),
                                         QStringLiteral("2026-03-08"), QStringLiteral("--json") };
            QTest::newRow(QByteArray(tag + " solitaire").constData())
                << zone << QStringList { QStringLiteral("solitaire"), QStringLiteral("--json") };
            QTest::newRow(QByteArray(tag + " models").constData()) << zone << QStringList();
        }
    }
    void sameOutputUnderEveryComputerZone()
    {
        QFETCH(QString, workspaceZone);
        QFETCH(QStringList, command);
        const QString workspace = workspaceZone == Shanghai ? m_shanghai : m_losAngeles;
        QStringList outputs;
        for (const QString &machine : { LosAngeles, Shanghai, QStringLiteral("UTC") }) {
            const Run run = command.isEmpty()
                ? runIn(machine, QStringLiteral(COHORT_DUMP_MODELS), { workspace })
                : runIn(machine, QStringLiteral(COHORT_CLI),
                        command + QStringList { QStringLiteral("--workspace"), workspace });
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
            QVERIFY(!run.out.isEmpty());
            outputs << run.out;
        }
        QCOMPARE(outputs.at(0), outputs.at(1));
        QCOMPARE(outputs.at(0), outputs.at(2));
    }

    void modelsFollowTheWorkspaceZone()
    {
        // Not vacuous: the same data in another workspace zone shows other times.
        const Run shanghai = runIn(LosAngeles, QStringLiteral(COHORT_DUMP_MODELS), { m_shanghai });
        const Run losAngeles
            = runIn(LosAngeles, QStringLiteral(COHORT_DUMP_MODELS), { m_losAngeles });
        QCOMPARE(shanghai.exitCode, 0);
        QCOMPARE(losAngeles.exitCode, 0);
        QVERIFY(shanghai.out != losAngeles.out);
        // "1/15/23, 09:05 - Bob: Hello everyone" is what the messages list shows.
        QVERIFY2(shanghai.out.contains(QStringLiteral("1/15/23 9:05 AM")),
                 qPrintable(shanghai.out));
    }

    void reportIsTheSameAndPrintedInTheWorkspaceZone_data()
    {
        QTest::addColumn<QString>("workspaceZone");
        QTest::newRow("Shanghai") << Shanghai;
        QTest::newRow("Los Angeles") << LosAngeles;
    }
    void reportIsTheSameAndPrintedInTheWorkspaceZone()
    {
        QFETCH(QString, workspaceZone);
        const QString workspace = workspaceZone == Shanghai ? m_shanghai : m_losAngeles;
        const QTimeZone zone(workspaceZone.toUtf8());
        const QRegularExpression printed(QStringLiteral("Printed ([^<]+)<"));
        const QLocale english(QLocale::English, QLocale::UnitedStates);
        QStringList bodies;
        QStringList summaries;
        for (const QString &machine : { LosAngeles, Shanghai }) {
            const QString html = file(QStringLiteral("%1-%2.html")
                                          .arg(workspaceZone, machine)
                                          .replace(QLatin1Char('/'), QLatin1Char('_')));
            const QDateTime before = QDateTime::currentDateTimeUtc();
            const Run run = runIn(machine, QStringLiteral(COHORT_CLI),
                                  { QStringLiteral("report"), QStringLiteral("--workspace"),
                                    workspace, QStringLiteral("--week"), QStringLiteral("2026-W10"),
                                    QStringLiteral("--lang"), QStringLiteral("en"),
                                    QStringLiteral("--html"), html });
            const QDateTime after = QDateTime::currentDateTimeUtc();
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
            QString body = readAll(html);
            const QRegularExpressionMatch match = printed.match(body);
            QVERIFY2(match.hasMatch(), qPrintable(body.left(2000)));
            // "Printed …" is now, in the workspace zone: one of the minutes the run spanned.
            QStringList expected;
            for (QDateTime t = before.addSecs(-60); t <= after.addSecs(60); t = t.addSecs(30))
                expected << english.toString(t.toTimeZone(zone), QLocale::ShortFormat);
            QVERIFY2(expected.contains(match.captured(1).trimmed()),
                     qPrintable(match.captured(1) + QStringLiteral(" not in ")
                                + expected.join(QStringLiteral(", "))));
            bodies << body.remove(match.capturedStart(0), match.capturedLength(0));
            // The command names the file it wrote, which differs per run by design.
            summaries << QString(run.out).replace(html, QStringLiteral("OUT.html"));
        }
        QCOMPARE(bodies.first(), bodies.last());
        QCOMPARE(summaries.first(), summaries.last());
    }
};

QTEST_GUILESS_MAIN(TestMachineZone)
#include "tst_machinezone.moc"
