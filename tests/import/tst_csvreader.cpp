#include "import/csvreader.h"

#include <QBuffer>
#include <QStringEncoder>
#include <QTest>

using namespace cohort::import;

namespace {

/// Hands out at most `step` bytes per read, so rows, quotes and CRLFs straddle chunk ends.
class TrickleDevice final : public QIODevice
{
public:
    TrickleDevice(QByteArray data, qint64 step)
        : m_data(std::move(data))
        , m_step(step)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override
    {
        return m_data.size() - m_pos + QIODevice::bytesAvailable();
    }
    bool atEnd() const override { return m_pos >= m_data.size() && QIODevice::atEnd(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::min({ maxSize, m_step, qint64(m_data.size()) - m_pos });
        if (n <= 0)
            return m_pos >= m_data.size() ? -1 : 0;
        memcpy(data, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_step;
    qint64 m_pos = 0;
};

struct Rows
{
    QList<QStringList> rows;
    QList<qint64> lines;
};

Rows readAll(CsvReader &reader, CsvReader::Result *last = nullptr)
{
    Rows out;
    CsvReader::Result result;
    while ((result = reader.readRow()) == CsvReader::Result::Row) {
        QStringList fields;
        for (qsizetype i = 0; i < reader.fieldCount(); ++i)
            fields.append(reader.field(i).toString());
        out.rows.append(fields);
        out.lines.append(reader.rowLine());
    }
    if (last)
        *last = result;
    return out;
}

} // namespace

/// The streaming RFC-4180 reader: quoting, line ends, BOM and encodings, chunk boundaries.
class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rows_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QList<QStringList>>("rows");
        QTest::addColumn<QList<qint64>>("lines");

        using L = QList<qint64>;
        const auto r = [](std::initializer_list<const char16_t *> fields) {
            QStringList list;
            for (const char16_t *f : fields)
                list.append(QString::fromUtf16(f));
            return list;
        };
        QTest::newRow("lf") << QByteArray("a,b\n1,2\n")
                            << QList<QStringList> { r({ u"a", u"b" }), r({ u"1", u"2" }) }
                            << L { 1, 2 };
        QTest::newRow("crlf, no final newline")
            << QByteArray("a,b\r\n1,2")
            << QList<QStringList> { r({ u"a", u"b" }), r({ u"1", u"2" }) } << L { 1, 2 };
        QTest::newRow("lone cr") << QByteArray("a\rb\r")
                                 << QList<QStringList> { r({ u"a" }), r({ u"b" }) } << L { 1, 2 };
        QTest::newRow("quotes") << QByteArray("\"x,y\",\"say \"\"hi\"\"\",\"\"\n")
                                << QList<QStringList> { r({ u"x,y", u"say \"hi\"", u"" }) }
                                << L { 1 };
        QTest::newRow("crlf inside quotes")
            << QByteArray("h\r\n\"one\r\ntwo\r\nthree\",z\r\nnext,1\r\n")
            << QList<QStringList> { r({ u"h" }), r({ u"one\ntwo\nthree", u"z" }),
                                    r({ u"next", u"1" }) }
            << L { 1, 2, 5 };
        QTest::newRow("lf and cr inside quotes")
            << QByteArray("\"a\nb\rc\",d\nz\n")
            << QList<QStringList> { r({ u"a\nb\nc", u"d" }), r({ u"z" }) } << L { 1, 4 };
        QTest::newRow("bom") << QByteArray("\xEF\xBB\xBFid,名\n1,张三\n")
                             << QList<QStringList> { r({ u"id", u"名" }), r({ u"1", u"张三" }) }
                             << L { 1, 2 };
        QTest::newRow("blank lines skipped")
            << QByteArray("a\n\n\r\nb\n\n") << QList<QStringList> { r({ u"a" }), r({ u"b" }) }
            << L { 1, 4 };
        QTest::newRow("empty fields")
            << QByteArray(",a,\n,\n")
            << QList<QStringList> { r({ u"", u"a", u"" }), r({ u"", u"" }) } << L { 1, 2 };
        QTest::newRow("text after closing quote kept")
            << QByteArray("\"ab\"cd,e\n") << QList<QStringList> { r({ u"abcd", u"e" }) } << L { 1 };
        QTest::newRow("quote inside unquoted field")
            << QByteArray("5\"3,x\n") << QList<QStringList> { r({ u"5\"3", u"x" }) } << L { 1 };
        QStringEncoder gb("GB18030");
        QTest::newRow("gb18030") << QByteArray(
            gb.encode(QStringLiteral("消息ID,内容\n1,\"你好,\r\n世界\"\n")))
                                 << QList<QStringList> { r({ u"消息ID", u"内容" }),
                                                         r({ u"1", u"你好,\n世界" }) }
                                 << L { 1, 2 };
        const QString utf16Text = QStringLiteral("a,\"b\r\nc\"\r\n1,中\r\n");
        QByteArray utf16("\xFF\xFE");
        utf16.append(reinterpret_cast<const char *>(utf16Text.utf16()), utf16Text.size() * 2);
        QTest::newRow("utf-16le bom")
            << utf16 << QList<QStringList> { r({ u"a", u"b\nc" }), r({ u"1", u"中" }) }
            << L { 1, 3 };
    }

    void rows()
    {
        QFETCH(QByteArray, input);
        QFETCH(QList<QStringList>, rows);
        QFETCH(QList<qint64>, lines);
        for (const qint64 step : { qint64(1), qint64(2), qint64(3), qint64(7), qint64(1) << 20 }) {
            TrickleDevice device(input, step);
            CsvReader reader(device);
            CsvReader::Result last;
            const Rows got = readAll(reader, &last);
            QCOMPARE(last, CsvReader::Result::End);
            QCOMPARE(got.rows, rows);
            QCOMPARE(got.lines, lines);
            QCOMPARE(reader.bytesRead(), qint64(input.size()));
        }
    }

    void ragged()
    {
        QBuffer buffer;
        buffer.setData("a,b,c\n1,2,3\n1,2\n1,2,3,4\n1,2,3\n");
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(buffer);
        QList<bool> raggedFlags;
        QList<qsizetype> counts;
        while (reader.readRow() == CsvReader::Result::Row) {
            raggedFlags.append(reader.isRagged());
            counts.append(reader.fieldCount());
        }
        QCOMPARE(reader.expectedFieldCount(), qsizetype(3));
        QCOMPARE(raggedFlags, (QList<bool> { false, false, true, true, false }));
        QCOMPARE(counts, (QList<qsizetype> { 3, 3, 2, 4, 3 }));
        QCOMPARE(reader.raggedRowCount(), qint64(2));
        QCOMPARE(reader.field(7), QStringView());
    }

    void unterminatedQuote_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<qint64>("errorLine");
        QTest::addColumn<int>("goodRows");
        QTest::newRow("at end") << QByteArray("a,b\n1,\"open\nstill open\n") << qint64(2) << 1;
        QTest::newRow("later row") << QByteArray("a\r\nb\r\nc,\"x\r\n\r\nd\r\n") << qint64(3) << 2;
    }

    void unterminatedQuote()
    {
        QFETCH(QByteArray, input);
        QFETCH(qint64, errorLine);
        QFETCH(int, goodRows);
        TrickleDevice device(input, 3);
        CsvReader reader(device);
        CsvReader::Result last;
        const Rows got = readAll(reader, &last);
        QCOMPARE(last, CsvReader::Result::Error);
        QCOMPARE(got.rows.size(), goodRows);
        QCOMPARE(reader.errorLine(), errorLine);
        QVERIFY(reader.errorString().contains(QString::number(errorLine)));
        QCOMPARE(reader.readRow(), CsvReader::Result::Error); // stays failed
    }

    void decodingErrors()
    {
        // Valid UTF-8 for the whole detection window, then a stray byte: replaced and reported.
        QByteArray data("a,b\n");
        data += QByteArray(70000, 'x') + ",\xFF\n";
        QBuffer buffer(&data);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(buffer);
        const Rows got = readAll(reader);
        QCOMPARE(reader.encoding(), TextEncoding::Utf8);
        QCOMPARE(got.rows.size(), 2);
        QCOMPARE(got.rows.at(1).at(1), QString(QChar::ReplacementCharacter));
        QVERIFY(reader.hadDecodingErrors());
        QCOMPARE(reader.replacements().count(), 1);
        QCOMPARE(reader.replacements().firstLine(), qint64(2));
    }

    void decodingErrorsCountedWithTheirLine_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("count");
        QTest::addColumn<qint64>("firstLine");
        // CRLF row ends, a quoted field with a line break, and a bad byte far past the first
        // chunk: the line is the physical line of the first replaced byte.
        // Chinese headers make the sample plainly UTF-8 despite its few bad bytes.
        const QByteArray header
            = QStringLiteral("名字名字名字名字名字名字,备注备注备注备注备注备注").toUtf8();
        QByteArray crlf = header + QByteArray("\r\n1,\"two\r\nlines\"\r\n");
        crlf += "x,\xFF\xFE\r\ny,\xFF\r\n";
        QTest::newRow("crlf and quoted break") << crlf << 3 << qint64(4);
        QByteArray far("a,b\n");
        for (int i = 0; i < 40000; ++i)
            far += "row,value\n";
        far += "bad,\xC3\n";
        QTest::newRow("past the first chunks") << far << 1 << qint64(40002);
        const QByteArray lone = header + QByteArray("\r1,2\r3,\xE9\r");
        QTest::newRow("lone CR") << lone << 1 << qint64(3);
    }

    void decodingErrorsCountedWithTheirLine()
    {
        QFETCH(QByteArray, data);
        QFETCH(int, count);
        QFETCH(qint64, firstLine);
        QBuffer buffer(&data);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(buffer);
        readAll(reader);
        QCOMPARE(reader.encoding(), TextEncoding::Utf8);
        QCOMPARE(reader.replacements().count(), qsizetype(count));
        QCOMPARE(reader.replacements().firstLine(), firstLine);
    }

    void empty()
    {
        QBuffer buffer;
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(buffer);
        QCOMPARE(reader.readRow(), CsvReader::Result::End);
    }

    void manyRowsAcrossChunks()
    {
        // Far more than one 256 KiB chunk, with multi-line quoted fields straddling chunk ends.
        QByteArray data("n,text\r\n");
        for (int i = 0; i < 20000; ++i)
            data += QByteArray::number(i) + ",\"line one\r\n\"\"line\"\" two, 中文\"\r\n";
        QBuffer buffer(&data);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(buffer);
        const Rows got = readAll(reader);
        QCOMPARE(got.rows.size(), 20001);
        for (int i = 0; i < 20000; ++i) {
            QCOMPARE(got.rows.at(i + 1).at(0), QString::number(i));
            QCOMPARE(got.rows.at(i + 1).at(1), QStringLiteral("line one\n\"line\" two, 中文"));
            QCOMPARE(got.lines.at(i + 1), qint64(2 + 2 * i));
        }
        QCOMPARE(reader.bytesRead(), qint64(data.size()));
        QCOMPARE(reader.raggedRowCount(), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
