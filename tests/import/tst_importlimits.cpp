#include "import/discord/discordparser.h"
#include "import/importlimits.h"
#include "import/importpipeline.h"
#include "import/recordsanitizer.h"
#include "import/telegram/telegramparser.h"
#include "import/textlinereader.h"
#include "import/whatsapp/whatsappparser.h"
#include "storage/database.h"
#include "whatsapp/collectingsink.h"

#include "testbackends.h"
#include <QBuffer>
#include <QSettings>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <QTest>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

using namespace cohort;
using namespace cohort::import;

namespace {

/// A zip holding one `_chat.txt` with `text`, as WhatsApp writes it (deflated).
QByteArray zipOf(const QByteArray &text)
{
    QBuffer buffer;
    buffer.open(QIODevice::ReadWrite);
    {
        QuaZip zip(&buffer);
        zip.setAutoClose(false);
        if (!zip.open(QuaZip::mdCreate))
            return {};
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(QStringLiteral("_chat.txt"))))
            return {};
        file.write(text);
        file.close();
        zip.close();
    }
    return buffer.data();
}

/// `lines` WhatsApp messages, each a distinct line.
QByteArray chatLines(int lines)
{
    QByteArray text;
    for (int i = 0; i < lines; ++i)
        text += "12/03/2024, 09:15 - Ann: message number " + QByteArray::number(i) + '\n';
    return text;
}

ParseResult parseBytes(ChatParser &parser, const QByteArray &bytes, test::CollectingSink &sink,
                       qint64 maxUnzippedMegabytes = 0)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    ParseOptions options;
    options.dateOrder = DateOrder::DayMonthYear;
    options.maxUnzippedMegabytes = maxUnzippedMegabytes;
    return parser.parse(buffer, options, sink);
}

qint64 count(const Database &db, const char *table)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table));
    return q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

/// The limits that keep a hostile or broken file from exhausting memory or the stack, and the
/// sanitizing of NUL characters (README "Limits").
class TestImportLimits : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { cohort::test::addBackendRows(); }
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("CohortTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_importlimits"));
        QSettings().remove(ImportLimits::maxUnzippedSettingsKey());
    }
    void cleanupTestCase() { QSettings().remove(ImportLimits::maxUnzippedSettingsKey()); }

    void unzippedLimit()
    {
        constexpr qint64 MB = qint64(1) << 20;
        // Small archives get the floor, larger ones 40 times their size, capped at 1 GiB.
        QCOMPARE(ImportLimits::unzippedLimit(100 * 1024, 0), 64 * MB);
        QCOMPARE(ImportLimits::unzippedLimit(4 * MB, 0), 160 * MB);
        QCOMPARE(ImportLimits::unzippedLimit(500 * MB, 0), 1024 * MB);
        // The user's cap replaces both.
        QCOMPARE(ImportLimits::unzippedLimit(100 * 1024, 3000), 3000 * MB);
        QSettings().setValue(ImportLimits::maxUnzippedSettingsKey(), 2048);
        QCOMPARE(ImportLimits::unzippedLimit(100 * 1024, 0), 2048 * MB);
        QCOMPARE(ImportLimits::unzippedLimit(100 * 1024, 5), 5 * MB);
        QSettings().remove(ImportLimits::maxUnzippedSettingsKey());
    }

    /// A zip whose chat expands past the cap is refused before it is read; below the cap it
    /// imports.
    void zipBombIsRefused()
    {
        const QByteArray text = chatLines(40000); // about 1.7 MB
        QVERIFY(text.size() > (1 << 20));
        const QByteArray zip = zipOf(text);
        QVERIFY(!zip.isEmpty());

        WhatsAppParser parser;
        test::CollectingSink refused;
        const ParseResult bomb = parseBytes(parser, zip, refused, 1);
        QCOMPARE(bomb.status, ParseResult::Status::Error);
        QVERIFY2(bomb.errorMessage.contains(QLatin1String("_chat.txt"))
                     && bomb.errorMessage.contains(QLatin1String("--max-unzipped-mb")),
                 qPrintable(bomb.errorMessage));

        test::CollectingSink fine;
        QVERIFY(parseBytes(parser, zip, fine, 2).ok());
        QCOMPARE(int(fine.records.size()), 40000);
    }

    /// An archive that understates what an entry holds (to slip past the cap) is read only as
    /// far as it declares, and refused as damaged.
    void zipUnderstatingItsSizeIsRefused()
    {
        const QByteArray text = chatLines(40000);
        QByteArray zip = zipOf(text);
        // Patch the uncompressed size in the local header (offset 22) and in the central
        // directory entry (offset 24 from its signature) to a harmless 1000 bytes.
        const quint32 small = 1000;
        const char le[4] = { char(small & 0xff), char((small >> 8) & 0xff), 0, 0 };
        zip.replace(22, 4, le, 4);
        const qsizetype central = zip.indexOf("PK\x01\x02");
        QVERIFY(central > 0);
        zip.replace(central + 24, 4, le, 4);
        WhatsAppParser parser;
        test::CollectingSink sink;
        const ParseResult result = parseBytes(parser, zip, sink, 1);
        QCOMPARE(result.status, ParseResult::Status::Error);
        QVERIFY2(result.errorMessage.contains(QLatin1String("_chat.txt"))
                     && result.errorMessage.contains(QLatin1String("damaged")),
                 qPrintable(result.errorMessage));
    }

    /// A line without end is cut to MaxLineChars and the next line is still read, with its
    /// right number.
    void endlessLineIsCut()
    {
        QByteArray bytes = "first\n" + QByteArray(3 << 20, 'y') + "\nlast\n";
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        TextLineReader reader(buffer);
        QVERIFY(reader.open());
        QVERIFY(reader.readLine());
        QCOMPARE(reader.line(), u"first");
        QVERIFY(reader.readLine());
        QCOMPARE(reader.lineNumber(), 2);
        QVERIFY(reader.line().size() >= ImportLimits::MaxLineChars);
        QVERIFY(reader.line().size() < ImportLimits::MaxLineChars + (2 << 20));
        QVERIFY(reader.readLine());
        QCOMPARE(reader.line(), u"last");
        QCOMPARE(reader.lineNumber(), 3);
        QVERIFY(!reader.readLine());
    }

    void whatsappEndlessMessageIsCut()
    {
        const QByteArray bytes = "12/03/2024, 09:15 - Ann: " + QByteArray(3 << 20, 'z')
            + "\n12/03/2024, 09:16 - Bo: after\n";
        WhatsAppParser parser;
        test::CollectingSink sink;
        QVERIFY(parseBytes(parser, bytes, sink).ok());
        QCOMPARE(int(sink.records.size()), 2);
        QVERIFY(sink.records[0].text.size() <= ImportLimits::MaxLineChars);
        QCOMPARE(sink.records[1].text, QStringLiteral("after"));
        QCOMPARE(sink.records[1].line, 2);
    }

    void deepJsonIsRefused_data()
    {
        QTest::addColumn<bool>("telegram");
        QTest::newRow("telegram") << true;
        QTest::newRow("discord") << false;
    }
    void deepJsonIsRefused()
    {
        QFETCH(bool, telegram);
        const QByteArray head = telegram
            ? QByteArray("{\"name\":\"x\",\"type\":\"private_group\",\"messages\":")
            : QByteArray("{\"guild\":{\"id\":\"1\"},\"channel\":{\"id\":\"2\"},\"messages\":");
        const QByteArray bytes = head + QByteArray(100000, '[');
        TelegramParser telegramParser;
        DiscordParser discordParser;
        ChatParser &parser = telegram ? static_cast<ChatParser &>(telegramParser) : discordParser;
        test::CollectingSink sink;
        const ParseResult result = parseBytes(parser, bytes, sink);
        QCOMPARE(result.status, ParseResult::Status::Error);
        QCOMPARE(result.errorLine, 1);
        QVERIFY2(result.errorMessage.contains(QString::number(ImportLimits::MaxJsonDepth)),
                 qPrintable(result.errorMessage));
    }

    void sanitizerReplacesNulAndCuts()
    {
        QList<QPair<qint64, QString>> warnings;
        const RecordSanitizer sanitizer([&](qint64 line, const QString &message) {
            warnings.append({ line, message });
        });
        ChatRecord r;
        r.line = 7;
        r.author.displayName = QStringLiteral("Al") + QChar(0) + QStringLiteral("ice");
        r.text = QStringLiteral("hi");
        sanitizer.sanitize(r);
        QCOMPARE(r.author.displayName, QStringLiteral("Al\uFFFDice"));
        QCOMPARE(warnings.size(), 1);
        QCOMPARE(warnings[0].first, 7);
        QVERIFY(warnings[0].second.contains(QLatin1String("7")));

        ChatRecord clean;
        clean.text = QStringLiteral("nothing odd");
        sanitizer.sanitize(clean);
        QCOMPARE(warnings.size(), 1);

        ChatRecord longOne;
        longOne.line = 9;
        longOne.text = QString(ImportLimits::MaxMessageChars + 10, QLatin1Char('a'));
        sanitizer.sanitize(longOne);
        QCOMPARE(longOne.text.size(), ImportLimits::MaxMessageChars);
        QCOMPARE(warnings.size(), 2);
        QCOMPARE(warnings[1].first, 9);
    }

    /// Names that differ only after a NUL are two members, not a database error; the NULs are
    /// reported with their lines.
    void nulInNamesImports()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("WhatsApp Chat with Nul.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("12/03/2024, 09:15 - Al\0ice: one\n"
                              "12/03/2024, 09:16 - Al\0bob: two\n"
                              "12/03/2024, 09:17 - \0\0: three\n",
                              93));
        file.close();
        Database db;
        COHORT_OPEN_FRESH_WORKSPACE(db);
        ImportOptions options;
        options.dateOrder = DateOrder::DayMonthYear;
        const ImportSummary s = ImportPipeline(db).importFile(path, options);
        QVERIFY2(s.ok(), qPrintable(s.errors.value(0).message));
        QCOMPARE(s.messages, 3);
        QCOMPARE(s.authors, 3);
        int nulWarnings = 0;
        for (const ImportIssue &w : s.warnings)
            nulWarnings += w.message.contains(QLatin1String("NUL")) ? 1 : 0;
        QCOMPARE(nulWarnings, 3);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT display_name FROM members ORDER BY display_name")));
        QStringList names;
        while (q.next())
            names << q.value(0).toString();
        QCOMPARE(names,
                 (QStringList { QStringLiteral("Al\uFFFDbob"), QStringLiteral("Al\uFFFDice"),
                                QStringLiteral("\uFFFD\uFFFD") }));
    }

    /// Files that are no chat export: one error naming the file, nothing written.
    void notAChatIsRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("name");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty.txt");
        QByteArray binary;
        for (int i = 0; i < 4096; ++i)
            binary += char((i * 7919) & 0xff);
        QTest::newRow("binary") << binary << QStringLiteral("blob.bin");
        QTest::newRow("truncated zip")
            << zipOf(chatLines(100)).left(60) << QStringLiteral("cut.zip");
        QTest::newRow("truncated json") << QByteArray(
            "{\"name\":\"g\",\"type\":\"private_group\",\"id\":1,\"messages\":[{\"id\":1,"
            "\"type\":\"message\",\"date\":\"2024-03-12T09:15:02\",\"from\":\"A")
                                        << QStringLiteral("result.json");
    }
    void notAChatIsRefused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, name);
        QTemporaryDir dir;
        const QString path = dir.filePath(name);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
        Database db;
        COHORT_OPEN_FRESH_WORKSPACE(db);
        const ImportSummary s = ImportPipeline(db).importFile(path, ImportOptions());
        QVERIFY(!s.ok());
        QCOMPARE(s.errors.size(), 1);
        QVERIFY(!s.errors[0].message.isEmpty());
        QCOMPARE(count(db, "messages"), 0);
        QCOMPARE(count(db, "import_batches"), 0);
    }
};

QTEST_GUILESS_MAIN(TestImportLimits)
#include "tst_importlimits.moc"
