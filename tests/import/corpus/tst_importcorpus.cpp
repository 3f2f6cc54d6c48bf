#include "import/importpipeline.h"
#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace cohort;
using namespace cohort::import;

/// The import corpus: small files written by hand in the shape real exports have, one per quirk
/// of FORMATS.md that once imported wrongly and one per supported format, each imported into a
/// fresh workspace with the counts it must give.
class TestImportCorpus : public QObject
{
    Q_OBJECT

private:
    static QString corpusFile(const QString &name)
    {
        return QDir(QStringLiteral(COHORT_CORPUS_DIR)).filePath(name);
    }

private Q_SLOTS:
    void corpus_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("group");
        QTest::addColumn<int>("messages");
        QTest::addColumn<int>("members");
        QTest::addColumn<int>("systemEvents");
        QTest::addColumn<int>("warnings");
        const auto row
            = [](const char *name, const char *file, const char *format, const QString &group,
                 int messages, int members, int systemEvents, int warnings) {
                  QTest::newRow(name) << QString::fromUtf8(file) << QString::fromUtf8(format)
                                      << group << messages << members << systemEvents << warnings;
              };
        // Quirks. 1: U+200E before people's words; only WhatsApp's own texts are system lines
        // (encryption, "created group" (Ann is its creator), icon, security code).
        row("1 lrm user text", "whatsapp_lrm_user_text.txt", "whatsapp",
            QStringLiteral("Garden Club"), 5, 3, 4, 0);
        // 2: "00:04:03 AM" is just after midnight; "13:20:00 AM" is impossible (one warning,
        // its line kept as text of the message above).
        row("2 hour 00", "whatsapp_hour00.txt", "whatsapp", QStringLiteral("whatsapp_hour00"), 5, 2,
            0, 1);
        // 3: a foreign banner header, an e-mail sender, dates of 1965. Members: 张三, 李四, and
        // 王五 twice (the join notice names him without his QQ number, as QQ writes it).
        row("3 qq banner", "qq_banner_header.txt", "qq", QStringLiteral("qq_banner_header"), 3, 4,
            1, 0);
        // 5: three recall notices among three user rows; the recalls are system events.
        row("5 pywxdump recalls", "wechat_pywxdump_recall.csv", "wechat",
            QStringLiteral("wechat_pywxdump_recall"), 3, 3, 3, 0);
        // 6: one Latin-1 byte in a UTF-8 file: still UTF-8, one warning naming it.
        row("6 stray byte", "whatsapp_stray_byte.txt", "whatsapp",
            QStringLiteral("whatsapp_stray_byte"), 5, 2, 0, 1);
        // 9: "+SUM(1,2)" spoke, so "Ann added +SUM(1,2), Bob and Carol" is three joins; Dan and
        // Eve are two more.
        row("9 comma names", "whatsapp_comma_names.txt", "whatsapp", QStringLiteral("Spreadsheets"),
            3, 6, 6, 0);
        // 7: the group is the chat's name inside WhatsApp's file name.
        row("7 whatsapp android", "WhatsApp Chat with Hiking Friends.txt", "whatsapp",
            QStringLiteral("Hiking Friends"), 5, 3, 2, 0);
        // Formats. Members count identities as the files give them: a service message names
        // the members of a new group and the inviter (Telegram), a notice its subjects (QQ,
        // WeChat) without their ids, so those people appear once by name and once by id.
        // Telegram's system events: the creation, Jade added by it, Kai's join by link.
        row("telegram", "telegram_single_chat.json", "telegram", QStringLiteral("Chess Club"), 3, 5,
            3, 0);
        row("discord", "discord_channel.json", "discord", QStringLiteral("Synth Lab / general"), 2,
            2, 1, 0);
        row("qq", "qq_standard.txt", "qq", QStringLiteral("跑步群"), 3, 4, 1, 0);
        row("wechat memotrace", "wechat_memotrace_group.csv", "wechat",
            QStringLiteral("wechat_memotrace_group"), 3, 5, 1, 0);
        row("wechat txt", "wechat_v2.txt", "wechat", QStringLiteral("wechat_v2"), 3, 2, 1, 0);
    }

    void corpus()
    {
        QFETCH(QString, file);
        QFETCH(QString, format);
        QFETCH(QString, group);
        QFETCH(int, messages);
        QFETCH(int, members);
        QFETCH(int, systemEvents);
        QFETCH(int, warnings);
        Database db;
        QVERIFY(!db.openInMemory().isError());
        const ImportSummary s = ImportPipeline(db).importFile(corpusFile(file), ImportOptions());
        QVERIFY2(s.ok(), qPrintable(s.errors.value(0).message));
        QCOMPARE(s.format, format);
        QCOMPARE(s.groups, QStringList { group });
        QCOMPARE(s.messages, messages);
        QCOMPARE(s.newMembers, members);
        QCOMPARE(s.systemEvents, systemEvents);
        QStringList notes;
        for (const ImportIssue &w : s.warnings)
            notes << QString::number(w.line) + QLatin1Char(' ') + w.message;
        QVERIFY2(s.warnings.size() == warnings, qPrintable(notes.join(u'\n')));
    }

    /// 7: a later export of the same chat under another file name goes into the group that
    /// holds its messages (with a note), never into a new group; asked not to, it makes one.
    void overlappingExportJoinsItsGroup()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile original(corpusFile(QStringLiteral("WhatsApp Chat with Hiking Friends.txt")));
        QVERIFY(original.open(QIODevice::ReadOnly));
        QByteArray later = original.readAll();
        later += "15/05/2023, 09:00 - Mia: Next week again?\n";
        const QString path = dir.filePath(QStringLiteral("_chat.txt"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(later);
        out.close();

        Database db;
        QVERIFY(!db.openInMemory().isError());
        ImportPipeline pipeline(db);
        const ImportSummary first = pipeline.importFile(original.fileName(), ImportOptions());
        QVERIFY(first.ok());
        QVERIFY(first.notes.isEmpty());
        const ImportSummary second = pipeline.importFile(path, ImportOptions());
        QVERIFY2(second.ok(), qPrintable(second.errors.value(0).message));
        QCOMPARE(second.groupIds, first.groupIds);
        QCOMPARE(second.groups, QStringList { QStringLiteral("Hiking Friends") });
        QCOMPARE(second.messages, 6);
        QCOMPARE(second.duplicates, 5);
        QCOMPARE(second.notes.size(), 1);
        QVERIFY2(second.notes[0].contains(QLatin1String("Hiking Friends")),
                 qPrintable(second.notes[0]));

        ImportOptions separate;
        separate.useOverlappingGroup = false;
        const ImportSummary third = pipeline.importFile(path, separate);
        QVERIFY(third.ok());
        QCOMPARE(third.groups, QStringList { QStringLiteral("_chat") });
        QCOMPARE(third.duplicates, 0);
        QVERIFY(third.notes.isEmpty());
    }

    /// 8: a first message of 196 KB of Chinese on one line (WhatsApp's 65536 characters) is
    /// still detected as WhatsApp, not refused. Generated: the corpus keeps small files.
    void longFirstLine()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("long.txt"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QStringLiteral("13/3/23, 10:00 - 李雷: ").toUtf8());
        out.write(QString(65536, QChar(0x4E2D)).toUtf8());
        out.write("\n13/3/23, 10:01 - Han: ok\n13/3/23, 10:02 - 李雷: 好\n");
        out.close();
        Database db;
        QVERIFY(!db.openInMemory().isError());
        const ImportSummary s = ImportPipeline(db).importFile(path, ImportOptions());
        QVERIFY2(s.ok(), qPrintable(s.errors.value(0).message));
        QCOMPARE(s.format, QStringLiteral("whatsapp"));
        QCOMPARE(s.messages, 3);
        QCOMPARE(s.newMembers, 2);
        QCOMPARE(s.systemEvents, 0);
        QCOMPARE(s.warnings.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestImportCorpus)
#include "tst_importcorpus.moc"
