#include "reportfixture.h"

#include "app/cli/cliapplication.h"
#include "storage/database.h"

#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QRegularExpression>
#include <QTest>

using namespace cohort;

/// `cohort-cli report` in-process on the fixture workspace: files written, languages, options,
/// exit codes (0 success, 1 user error, 2 usage error).
class TestCliReport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

    int run(const QStringList &args, QString *out = nullptr, QString *err = nullptr)
    {
        QString o, e;
        QTextStream outStream(out ? out : &o);
        QTextStream errStream(err ? err : &e);
        cli::CliContext context { outStream, errStream };
        cli::CliApplication app;
        const int code = app.run(
            QStringList { QStringLiteral("cohort-cli"), QStringLiteral("report") } + args, context);
        outStream.flush();
        errStream.flush();
        return code;
    }

    QString file(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        m_path = file(QStringLiteral("Partners.cohort"));
        Database db;
        QVERIFY(!db.open(m_path, Database::OpenMode::CreateOrOpen).isError());
        QVERIFY(test::ReportFixture::fill(db));
    }

    void summaryWithoutFiles()
    {
        QString out;
        QCOMPARE(run({ QStringLiteral("--workspace"), m_path, QStringLiteral("--week"),
                       QStringLiteral("2026-W10") },
                     &out),
                 0);
        QVERIFY2(out.contains(QStringLiteral("Active members rose 33% to 4.")), qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("All groups (2)")));
    }

    void writesPdfAndHtml_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en") << "en"
                            << "Weekly community report";
        QTest::newRow("zh_CN") << "zh_CN"
                               << "2026年3月2日";
    }
    void writesPdfAndHtml()
    {
        QFETCH(QString, lang);
        QFETCH(QString, expected);
        const QString pdf = file(QStringLiteral("w-%1.pdf").arg(lang));
        const QString html = file(QStringLiteral("w-%1.html").arg(lang));
        QString out;
        QString err;
        QCOMPARE(run({ QStringLiteral("--workspace"), m_path, QStringLiteral("--week"),
                       QStringLiteral("2026-W10"), QStringLiteral("--group"),
                       QStringLiteral("Snack Lovers"), QStringLiteral("--lang"), lang,
                       QStringLiteral("--pdf"), pdf, QStringLiteral("--html"), html },
                     &out, &err),
                 0);
        QVERIFY2(err.isEmpty(), qPrintable(err)); // a week with data: no warning
        // Success says what was written, the PDF with its page count.
        const QStringList lines = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(0).startsWith(QStringLiteral("Wrote ") + pdf + QStringLiteral(" (")),
                 qPrintable(out));
        const QRegularExpressionMatch pagesWritten
            = QRegularExpression(QStringLiteral("\\(pages: (\\d+)\\)\\.$")).match(lines.at(0));
        QVERIFY2(pagesWritten.hasMatch(), qPrintable(out));
        QCOMPARE(lines.at(1), QStringLiteral("Wrote ") + html + QLatin1Char('.'));
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QVERIFY(pdfFile.read(5) == "%PDF-");
        QFile htmlFile(html);
        QVERIFY(htmlFile.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(htmlFile.readAll());
        QVERIFY2(text.contains(expected), qPrintable(expected));
        QVERIFY(text.contains(QStringLiteral("Snack Lovers")));
        QVERIFY(text.contains(
            QStringLiteral("lang=\"%1\"")
                .arg(lang == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("zh"))));
        COHORT_REQUIRE_TOOL("pdftotext");
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") });
        QVERIFY(pdftotext.waitForFinished(60000));
        const QString pdfText = QString::fromUtf8(pdftotext.readAllStandardOutput());
        QVERIFY(pdfText.normalized(QString::NormalizationForm_KC).contains(expected));
        // pdftotext ends every page with a form feed: the count printed is the PDF's.
        QCOMPARE(pdfText.count(QLatin1Char('\f')), pagesWritten.captured(1).toInt());
    }

    void quietWeekWarns()
    {
        // A week long after the fixture's data: still written, but stderr says so and names the
        // newest week that has data.
        const QString html = file(QStringLiteral("quiet.html"));
        QString out;
        QString err;
        QCOMPARE(run({ QStringLiteral("--workspace"), m_path, QStringLiteral("--week"),
                       QStringLiteral("2026-W30"), QStringLiteral("--html"), html },
                     &out, &err),
                 0);
        QVERIFY(QFile::exists(html));
        QCOMPARE(err.count(QLatin1Char('\n')), 1);
        QVERIFY2(err.contains(QStringLiteral("warning: 2026-W30 has no messages")),
                 qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("the newest week with data is 2026-W")),
                 qPrintable(err));
        QVERIFY2(!err.contains(QStringLiteral("2026-W30.")), qPrintable(err));
    }

    void anonymizeUsesTheWorkspaceKey()
    {
        const QString a = file(QStringLiteral("a1.html"));
        const QString b = file(QStringLiteral("a2.html"));
        for (const QString &out : { a, b }) {
            QCOMPARE(run({ QStringLiteral("--workspace"), m_path, QStringLiteral("--week"),
                           QStringLiteral("2026-W10"), QStringLiteral("--anonymize"),
                           QStringLiteral("--html"), out }),
                     0);
        }
        QFile fa(a), fb(b);
        QVERIFY(fa.open(QIODevice::ReadOnly) && fb.open(QIODevice::ReadOnly));
        const QString ha = QString::fromUtf8(fa.readAll());
        const QString hb = QString::fromUtf8(fb.readAll());
        QVERIFY(!ha.contains(QStringLiteral("Dan Wu")));
        QVERIFY(ha.contains(QStringLiteral("Member ")));
        // Same workspace, same pseudonyms (the key is stored in the workspace on first use).
        const qsizetype at = ha.indexOf(QStringLiteral("Member "));
        QVERIFY(hb.contains(ha.mid(at, 13)));
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        const QString ws = QStringLiteral("--workspace");
        const QString wk = QStringLiteral("--week");
        QTest::newRow("no week") << QStringList { ws, m_path } << 2;
        QTest::newRow("bad option")
            << QStringList { ws, m_path, wk, QStringLiteral("2026-W10"), QStringLiteral("--bogus") }
            << 2;
        QTest::newRow("bad lang") << QStringList { ws,
                                                   m_path,
                                                   wk,
                                                   QStringLiteral("2026-W10"),
                                                   QStringLiteral("--lang"),
                                                   QStringLiteral("fr") }
                                  << 2;
        QTest::newRow("bad week") << QStringList { ws, m_path, wk, QStringLiteral("2026-W60") }
                                  << 1;
        QTest::newRow("unknown group") << QStringList { ws,
                                                        m_path,
                                                        wk,
                                                        QStringLiteral("2026-W10"),
                                                        QStringLiteral("--group"),
                                                        QStringLiteral("Nope") }
                                       << 1;
        QTest::newRow("missing workspace") << QStringList { ws, file(QStringLiteral("none.cohort")),
                                                            wk, QStringLiteral("2026-W10") }
                                           << 1;
        QTest::newRow("unwritable pdf") << QStringList { ws,
                                                         m_path,
                                                         wk,
                                                         QStringLiteral("2026-W10"),
                                                         QStringLiteral("--pdf"),
                                                         QStringLiteral("/nonexistent-dir/x.pdf") }
                                        << 1;
    }
    void errors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QString err;
        QCOMPARE(run(args, nullptr, &err), code);
        QVERIFY(!err.isEmpty());
        QCOMPARE(err.count(QLatin1Char('\n')), 1); // one line
    }
};

QTEST_MAIN(TestCliReport)
#include "tst_clireport.moc"
