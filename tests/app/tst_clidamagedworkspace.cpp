#include "storage/database.h"

#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cohort;

/// `cohort-cli` on a damaged workspace, as a user runs it: one line on stderr naming the file and
/// what is wrong, exit status 1; the integrity check's findings only with --verbose.
class TestCliDamagedWorkspace : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    struct Run
    {
        int exitCode = -1;
        QStringList errLines;
    };

    Run run(const QStringList &arguments)
    {
        QProcess cli;
        cli.start(QStringLiteral(COHORT_CLI), arguments);
        Run result;
        if (!cli.waitForFinished(60000) || cli.exitStatus() != QProcess::NormalExit)
            return result;
        result.exitCode = cli.exitCode();
        result.errLines = QString::fromUtf8(cli.readAllStandardError())
                              .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("damaged.cohort"));
        {
            Database db;
            QVERIFY(!db.open(m_path, Database::OpenMode::CreateOrOpen).isError());
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode=DELETE")));
            QVERIFY(q.exec(QStringLiteral("BEGIN")));
            for (int i = 0; i < 20000; ++i) {
                q.prepare(QStringLiteral("INSERT INTO tags (name) VALUES (?)"));
                q.addBindValue(QStringLiteral("tag %1 with some padding to fill pages").arg(i));
                QVERIFY(q.exec());
            }
            QVERIFY(q.exec(QStringLiteral("COMMIT")));
        }
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray bytes = file.readAll();
        const int page = (uchar(bytes.at(16)) << 8) | uchar(bytes.at(17));
        QVERIFY(bytes.size() > 8 * page);
        // The schema stays readable; bits flip all over the second half of the pages, so
        // quick_check reads the file and lists one finding after another.
        const qsizetype pages = bytes.size() / page;
        for (qsizetype p = pages / 2; p < pages; ++p) {
            for (int i = 0; i < page; i += 97)
                bytes[p * page + i] = char(bytes.at(p * page + i) ^ 0xFF);
        }
        QVERIFY(file.seek(0));
        QCOMPARE(file.write(bytes), bytes.size());
    }

    void oneLineOnStderr()
    {
        const Run result = run({ QStringLiteral("stats"), QStringLiteral("--workspace"), m_path });
        QCOMPARE(result.exitCode, 1);
        QCOMPARE(result.errLines.size(), 1);
        QVERIFY2(result.errLines.first().contains(m_path), qPrintable(result.errLines.first()));
        QVERIFY2(result.errLines.first().contains(QStringLiteral("damaged")),
                 qPrintable(result.errLines.first()));
    }

    void verboseAddsTheFindings_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("after the command")
            << QStringList { QStringLiteral("stats"), QStringLiteral("--verbose"),
                             QStringLiteral("--workspace"), m_path };
        QTest::newRow("before the command")
            << QStringList { QStringLiteral("--verbose"), QStringLiteral("stats"),
                             QStringLiteral("--workspace"), m_path };
    }
    void verboseAddsTheFindings()
    {
        QFETCH(QStringList, arguments);
        const Run result = run(arguments);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.errLines.size() > 2, qPrintable(result.errLines.join(QLatin1Char('\n'))));
        QVERIFY(result.errLines.first().contains(m_path));
    }
};

QTEST_GUILESS_MAIN(TestCliDamagedWorkspace)
#include "tst_clidamagedworkspace.moc"
