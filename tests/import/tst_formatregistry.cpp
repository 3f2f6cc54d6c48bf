#include "import/formatregistry.h"
#include "testsupport.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace cohort;
using namespace cohort::import;

/// FormatRegistry: every fixture under tests/data/import/<format>/ is detected as <format> from
/// its content; the negatives (not_*, no_*) are not; a forced format is honoured.
class TestFormatRegistry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detectFixtures_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("folder");
        QTest::addColumn<bool>("positive");
        const QDir root(test::dataPath(QStringLiteral("import")));
        const QStringList folders = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QVERIFY(folders.size() >= 5);
        for (const QString &folder : folders) {
            const QDir dir(root.filePath(folder));
            const QStringList files = dir.entryList(QDir::Files, QDir::Name);
            for (const QString &file : files) {
                const bool negative = file.startsWith(QLatin1String("not_"))
                    || file.startsWith(QLatin1String("no_"))
                    || file == QLatin1String("malformed.txt");
                QTest::newRow(qPrintable(QString(folder + QLatin1Char('/') + file)))
                    << dir.filePath(file) << folder << !negative;
            }
        }
    }

    void detectFixtures()
    {
        QFETCH(QString, path);
        QFETCH(QString, folder);
        QFETCH(bool, positive);
        const FormatRegistry registry;
        const FormatRegistry::Detection detection = registry.detect(path);
        if (positive) {
            QVERIFY2(detection.ok(), qPrintable(detection.error));
            QCOMPARE(detection.parser->formatKey(), folder);
            QVERIFY(detection.confidence > 0 && detection.confidence <= 100);
        } else if (detection.ok()) {
            QVERIFY(detection.parser->formatKey() != folder);
        } else {
            QVERIFY(
                detection.error.contains(QLatin1String("is not a chat export Cohort can read")));
        }
    }

    void longFirstLine()
    {
        // The first message is 196 KB of Chinese on one line (WhatsApp's 65536 characters):
        // detection reads on to the end of that line instead of refusing the file.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("chat.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("[12/3/23, 10:00:00] 李雷: ").toUtf8());
        file.write(QString(65536, QChar(0x6587)).toUtf8());
        file.write("\r\n[12/3/23, 10:01:00] Han: ok\r\n");
        file.close();
        QVERIFY(file.size() > 3 * FormatRegistry::HeadSize);
        const FormatRegistry::Detection detection = FormatRegistry().detect(path);
        QVERIFY2(detection.ok(), qPrintable(detection.error));
        QCOMPARE(detection.parser->formatKey(), QStringLiteral("whatsapp"));
    }

    void unknownContent()
    {
        const FormatRegistry registry;
        const FormatRegistry::Detection d
            = registry.detectHead(QByteArrayView("\x7f"
                                                 "ELF binary garbage"),
                                  QStringLiteral("a.bin"));
        QVERIFY(!d.ok());
        QVERIFY(d.error.startsWith(QLatin1String("a.bin is not a chat export")));
        QVERIFY(d.error.contains(QLatin1String("Discord JSON")));
    }

    void forcedFormat()
    {
        const FormatRegistry registry;
        QCOMPARE(registry.formatKeys(),
                 (QStringList { QStringLiteral("whatsapp"), QStringLiteral("telegram"),
                                QStringLiteral("discord"), QStringLiteral("qq"),
                                QStringLiteral("wechat") }));
        const QString telegram = test::dataPath(QStringLiteral("import/telegram/single_chat.json"));
        FormatRegistry::Detection forced = registry.detect(telegram, QStringLiteral("qq"));
        QVERIFY(forced.ok());
        QCOMPARE(forced.parser->formatKey(), QStringLiteral("qq"));
        QCOMPARE(registry.detect(telegram, QStringLiteral("auto")).parser->formatKey(),
                 QStringLiteral("telegram"));
        const FormatRegistry::Detection bad = registry.detect(telegram, QStringLiteral("icq"));
        QVERIFY(!bad.ok());
        QVERIFY(bad.error.contains(QLatin1String("icq")));
    }
};

QTEST_GUILESS_MAIN(TestFormatRegistry)
#include "tst_formatregistry.moc"
