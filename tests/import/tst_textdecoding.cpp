#include "import/textdecoding.h"

#include <QTest>

using namespace cohort::import;

/// Encoding detection for chat exports: BOMs, strict UTF-8 and the GB18030 fallback.
class TestTextDecoding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detect()
    {
        const QByteArray utf8 = QStringLiteral("2024-01-01 8:00:00 张三(12345)").toUtf8();
        QCOMPARE(detectTextEncoding(utf8), TextEncoding::Utf8);
        QCOMPARE(detectTextEncoding(QByteArray(QByteArray("\xEF\xBB\xBF") + utf8)), TextEncoding::Utf8Bom);
        QCOMPARE(detectTextEncoding(QByteArray("\xFF\xFE" "a\0", 4)), TextEncoding::Utf16LE);
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

    void validity()
    {
        QVERIFY(isValidUtf8Prefix(QByteArray("plain ascii")));
        QVERIFY(!isValidUtf8Prefix(QByteArray("\xC0\x80"))); // overlong
        QVERIFY(!isValidUtf8Prefix(QByteArray("a\x80z"))); // stray continuation
        QVERIFY(!isValidUtf8Prefix(QByteArray("\xE5\x41\x42"))); // broken sequence
    }
};

QTEST_GUILESS_MAIN(TestTextDecoding)
#include "tst_textdecoding.moc"
