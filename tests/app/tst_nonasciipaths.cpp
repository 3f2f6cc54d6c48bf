#include "app/cli/cliapplication.h"
#include "storage/backupmanager.h"
#include "storage/database.h"
#include "storage/workspacelock.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace cohort;

/// Paths as Chinese, European and Windows users have them (a user folder named 张伟, spaces,
/// accents, '#' and '&'): workspaces, their lock, backups and restores, imports and reports.
class TestNonAsciiPaths : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_home;

    int run(const QStringList &args, QString *out = nullptr)
    {
        QString o, e;
        QTextStream outStream(out ? out : &o);
        QTextStream errStream(&e);
        cli::CliContext context { outStream, errStream };
        cli::CliApplication app;
        const int code = app.run(QStringList { QStringLiteral("cohort-cli") } + args, context);
        outStream.flush();
        errStream.flush();
        if (code != 0)
            qWarning("%s", qPrintable(e));
        return code;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_home = m_tmp.filePath(QStringLiteral("Users/张伟 Zoë/文档 #1 & más"));
        QVERIFY(QDir().mkpath(m_home));
    }

    void workspaceImportAndReport()
    {
        const QString workspace = m_home + QStringLiteral("/社群 工作区.cohort");
        QCOMPARE(run({ QStringLiteral("demo"), QStringLiteral("--workspace"), workspace }), 0);
        QVERIFY(QFile::exists(workspace));

        const QString chat = m_home + QStringLiteral("/WhatsApp Chat with 读书会 Café.txt");
        QFile file(chat);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("1/30/24, 10:04 - 王小明: 早上好\n"
                                  "1/30/24, 10:05 - Zoë: bonjour à tous\n")
                       .toUtf8());
        file.close();
        QString out;
        QCOMPARE(
            run({ QStringLiteral("import"), QStringLiteral("--workspace"), workspace, chat }, &out),
            0);
        QVERIFY2(out.contains(QStringLiteral("读书会 Café")), qPrintable(out));

        const QString pdf = m_home + QStringLiteral("/周报 2026.pdf");
        const QString html = m_home + QStringLiteral("/周报 2026.html");
        QCOMPARE(run({ QStringLiteral("report"), QStringLiteral("--workspace"), workspace,
                       QStringLiteral("--week"), QStringLiteral("2026-W10"),
                       QStringLiteral("--pdf"), pdf, QStringLiteral("--html"), html }),
                 0);
        QFile written(pdf);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.read(5), QByteArray("%PDF-"));
        QVERIFY(QFile::exists(html));
    }

    void lockBackupAndRestore()
    {
        const QString workspace = m_home + QStringLiteral("/备份 测试.cohort");
        Database db;
        QVERIFY(!db.open(workspace, Database::OpenMode::CreateOrOpen).isError());
        WorkspaceLock lock(workspace);
        QCOMPARE(lock.tryLock(), WorkspaceLock::Result::Acquired);
        QVERIFY(QFile::exists(WorkspaceLock::lockPathFor(workspace)));

        BackupManager backups(m_home + QStringLiteral("/备份 Zoë"));
        const auto entry = backups.backupNow(db);
        QVERIFY2(entry.has_value(), qPrintable(backups.lastError().message));
        QVERIFY(QFile::exists(entry->path));
        QCOMPARE(backups.list(workspace).size(), 1);

        const QString restored = m_home + QStringLiteral("/恢复的 工作区.cohort");
        const WorkspaceError error = backups.restoreTo(entry->path, restored);
        QVERIFY2(!error.isError(), qPrintable(error.message));
        Database back;
        QVERIFY(!back.open(restored).isError());
    }
};

QTEST_MAIN(TestNonAsciiPaths)
#include "tst_nonasciipaths.moc"
