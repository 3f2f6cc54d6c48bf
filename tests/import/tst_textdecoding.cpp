#include "import/textdecoding.h"
#include "import/whatsapp/whatsappparser.h"

#include <QBuffer>

#include <QTest>

using namespace cohort::import;

/// Encoding detection for chat exports: BOMs, UTF-8 judged on the whole sample, GB18030, and the
/// warning about replaced bytes.
class TestTextDecoding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detect()
    {
        const QByteArray utf8 = QStringLiteral("2024-01-01 8:00:00 张三(12345)").toUtf8();
        QCOMPARE(detectTextEncoding(utf8), TextEncoding::Utf8);
        QCOMPARE(detectTextEncoding(QByteArray(QByteArray("\xEF\xBB\xBF") + utf8)),
                 TextEncoding::Utf8Bom);
        QCOMPARE(detectTextEncoding(QByteArray("\xFF\xFE"
                                               "a\0",
                                               4)),
                 TextEncoding::Utf16LE);
        QCOMPARE(detectTextEncoding(QByteArray("\xFE\xFF\0a", 4)), TextEncoding::Utf16BE);
        // A three-byte character cut after its first byte is still UTF-8.
        QCOMPARE(detectTextEncoding(QByteArray(utf8 + QByteArray("\xE5"))), TextEncoding::Utf8);
        QStringEncoder gb("GB18030");
        QVERIFY(gb.isValid());
        const QByteArray gbBytes = gb.encode(QStringLiteral("消息记录 张三"));
        QCOMPARE(detectTextEncoding(gbBytes), TextEncoding::Gb18030);
    }

    void decode()
    {
        QStringEncoder gb("GB18030");
        const QString text = QStringLiteral("系统消息(10000) 加入本群");
        QCOMPARE(decodeHead(QByteArray(gb.encode(text))), text);
        QCOMPARE(decodeHead(QByteArray(QByteArray("\xEF\xBB\xBF") + text.toUtf8())), text);
        QByteArray utf16("\xFF\xFE");
        utf16.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
        QCOMPARE(decodeHead(utf16), text);
    }

    void strayByteStaysUtf8()
    {
        // A Latin-1 "é" pasted into a UTF-8 chat with Chinese names and emoji: the sample is
        // overwhelmingly UTF-8, so the file is.
        QByteArray text = QStringLiteral("13/3/23, 10:00 - 王小明: 早上好 👋\n"
                                         "13/3/23, 10:01 - Zoë: 你好\n")
                              .toUtf8();
        text += "13/3/23, 10:02 - Zo\xC3\xAB: caf\xE9 at 11?\n";
        QCOMPARE(detectTextEncoding(text), TextEncoding::Utf8);
        // Plain English with one stray byte among a thousand: UTF-8 too.
        QByteArray english(1200, 'a');
        english[600] = char(0xE9);
        QCOMPARE(detectTextEncoding(english), TextEncoding::Utf8);
        const Utf8Evidence evidence = weighUtf8(text);
        QCOMPARE(evidence.invalid, qsizetype(1));
        QVERIFY(evidence.multiByte >= 10);
    }

    void gbkStillGb18030()
    {
        // A GBK file that happens to hold valid UTF-8 pairs here and there stays GB18030.
        QStringEncoder gb("GB18030");
        const QByteArray bytes = gb.encode(
            QStringLiteral("2024-01-01 8:00:00 张三(12345)\r\n说好的大家一起去爬山\r\n\r\n"
                           "2024-01-01 8:01:00 李四(23456)\r\n收到，我带水和吃的\r\n"));
        QCOMPARE(detectTextEncoding(bytes), TextEncoding::Gb18030);
    }

    void strayBytesWarned_data()
    {
        QTest::addColumn<int>("padding");
        QTest::addColumn<qint64>("firstLine");
        QTest::newRow("in the head") << 0 << qint64(3);
        // Past the first MiB the decoder replaced them silently before; they are counted too.
        QTest::newRow("later in the file") << 30000 << qint64(30003);
    }

    void strayBytesWarned()
    {
        QFETCH(int, padding);
        QFETCH(qint64, firstLine);
        QByteArray data = QStringLiteral("13/3/23, 10:00 - 王小明: 早上好 👋\n"
                                         "13/3/23, 10:01 - Zoë: 你好 🙂 好的\n")
                              .toUtf8();
        for (int i = 0; i < padding; ++i)
            data += "13/3/23, 10:01 - Ann: a line of ordinary text to push the byte far\n";
        data += "13/3/23, 10:02 - Zo\xC3\xAB: caf\xE9 at 11?\n";
        data += "13/3/23, 10:03 - Ann: na\xEFve \xFF\n";
        QBuffer buffer(&data);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        struct Sink : RecordSink
        {
            void beginChat(const ChatInfo &) override { }
            void record(ChatRecord &&r) override { texts << r.text; }
            void warning(qint64 line, const QString &message) override
            {
                warnings << qMakePair(line, message);
            }
            QStringList texts;
            QList<QPair<qint64, QString>> warnings;
        } sink;
        QVERIFY(WhatsAppParser().parse(buffer, ParseOptions(), sink).ok());
        QCOMPARE(sink.texts.size(), padding + 4);
        QCOMPARE(sink.texts.at(0), QStringLiteral("早上好 👋"));
        QCOMPARE(sink.texts.at(padding + 2), QStringLiteral("caf\uFFFD at 11?"));
        QCOMPARE(sink.warnings.size(), 1);
        QCOMPARE(sink.warnings[0].first, firstLine);
        QVERIFY2(sink.warnings[0].second.contains(QLatin1String("not valid UTF-8"))
                     && sink.warnings[0].second.contains(QLatin1String(": 3 in all")),
                 qPrintable(sink.warnings[0].second));
    }

    void utf16WithoutBom_data()
    {
        QTest::addColumn<bool>("bigEndian");
        QTest::newRow("LE") << false;
        QTest::newRow("BE") << true;
    }

    // Windows tools that save "Unicode" write UTF-16 without a BOM: the names and texts must
    // come out as written, not as one garbled line.
    void utf16WithoutBom()
    {
        QFETCH(bool, bigEndian);
        const QString text = QStringLiteral("13/3/23, 10:00 - 王小明: 早上好 👋\n"
                                            "13/3/23, 10:01 - Zoë: 你好，明天见\n"
                                            "13/3/23, 10:02 - 王小明: 好的\n");
        QByteArray data;
        for (const QChar c : text) {
            const char hi = char(c.unicode() >> 8);
            const char lo = char(c.unicode() & 0xFF);
            data += bigEndian ? QByteArray { &hi, 1 } + QByteArray { &lo, 1 }
                              : QByteArray { &lo, 1 } + QByteArray { &hi, 1 };
        }
        QCOMPARE(detectTextEncoding(data),
                 bigEndian ? TextEncoding::Utf16BE : TextEncoding::Utf16LE);
        QCOMPARE(bomLength(data, detectTextEncoding(data)), 0);
        QCOMPARE(decodeHead(data), text);

        QBuffer buffer(&data);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        struct Sink : RecordSink
        {
            void beginChat(const ChatInfo &) override { }
            void record(ChatRecord &&r) override
            {
                authors << r.author.displayName;
                texts << r.text;
            }
            void warning(qint64, const QString &message) override { warnings << message; }
            QStringList authors, texts, warnings;
        } sink;
        QVERIFY(WhatsAppParser().parse(buffer, ParseOptions(), sink).ok());
        QCOMPARE(sink.authors,
                 QStringList({ QStringLiteral("王小明"), QStringLiteral("Zoë"),
                               QStringLiteral("王小明") }));
        QCOMPARE(sink.texts.at(1), QStringLiteral("你好，明天见"));
        QVERIFY2(sink.warnings.isEmpty(), qPrintable(sink.warnings.join(u'\n')));
    }

    void fewNulBytesStayUtf8()
    {
        // A stray NUL in a name is bad text, not evidence of UTF-16.
        QByteArray data = QStringLiteral("13/3/23, 10:00 - 王小明: 早上好\n").toUtf8();
        static const char line[] = "13/3/23, 10:01 - Al\0ice: hi\n";
        data += QByteArray(line, sizeof line - 1);
        QCOMPARE(detectTextEncoding(data), TextEncoding::Utf8);
    }

    void validity()
    {
        QCOMPARE(weighUtf8(QByteArray("plain ascii")).invalid, qsizetype(0));
        QCOMPARE(weighUtf8(QByteArray("\xC0\x80")).invalid, qsizetype(2)); // overlong
        QCOMPARE(weighUtf8(QByteArray("a\x80z")).invalid, qsizetype(1)); // stray continuation
        QCOMPARE(weighUtf8(QByteArray("\xE5\x41\x42")).invalid, qsizetype(1)); // broken sequence
        // A sequence cut off by the end of the sample is no evidence either way.
        const Utf8Evidence cut = weighUtf8(QByteArray("\xE4\xB8\xAD\xE4\xB8"));
        QCOMPARE(cut.invalid, qsizetype(0));
        QCOMPARE(cut.multiByte, qsizetype(1));
    }
};

QTEST_GUILESS_MAIN(TestTextDecoding)
#include "tst_textdecoding.moc"
