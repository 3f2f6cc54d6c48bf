#include "reportfixture.h"

#include "reports/weekly/pseudonymizer.h"
#include "reports/weekly/reporthtmlrenderer.h"
#include "reports/weekly/reportlanguage.h"
#include "reports/weekly/reportpdfrenderer.h"
#include "reports/weekly/weeklyreportbuilder.h"
#include "storage/analyticsfactsrepository.h"
#include "storage/database.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include "testsupport.h"

using namespace cohort;
using cohort::test::ReportFixture;

/// The PDF and HTML renderers on the fixture, checked from the outside with poppler
/// (pdfinfo, pdftotext, pdffonts: installed by `scripts/deps --test`; skipped where absent): page count and size,
/// header and footer on every page, text, CJK font, escaping of hostile names, anonymization,
/// and that a long table never splits a row across pages.
class TestReportRenderers : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Database m_db;
    AnalyticsFacts m_facts;
    int m_files = 0;

    WeeklyReport build(const QLocale &locale, bool anonymize = false)
    {
        WeeklyReportOptions options;
        options.workspaceName = QStringLiteral("Fixture");
        options.weekStart = QDate(2026, 3, 2);
        options.locale = locale;
        options.printedAt = QDateTime(QDate(2026, 3, 9), QTime(9, 0), QTimeZone("Asia/Shanghai"));
        options.anonymize = anonymize;
        options.pseudonymKey = QByteArrayLiteral("test key");
        return WeeklyReportBuilder::build(m_facts, options);
    }

    static QString tool(const QString &program, const QStringList &arguments)
    {
        QProcess process;
        process.start(program, arguments);
        if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit
            || process.exitCode() != 0) {
            qWarning("%s failed: %s", qPrintable(program),
                     process.readAllStandardError().constData());
            return {};
        }
        return QString::fromUtf8(process.readAllStandardOutput());
    }

    QString writePdf(const WeeklyReport &report, const QLocale &locale,
                     std::optional<QPageSize::PageSizeId> size = {})
    {
        const QString path = m_dir.filePath(QStringLiteral("r%1.pdf").arg(++m_files));
        const ReportPdfRenderer renderer
            = size ? ReportPdfRenderer(locale, *size) : ReportPdfRenderer(locale);
        QString error;
        if (!renderer.writeFile(report, path, &error))
            qWarning("%s", qPrintable(error));
        return path;
    }

    static int pages(const QString &pdf)
    {
        const QRegularExpression re(QStringLiteral("Pages:\\s+(\\d+)"));
        return re.match(tool(QStringLiteral("pdfinfo"), { pdf })).captured(1).toInt();
    }

    /// Text of one page. NFKC undoes what Qt's PDF text map and ligatures do to extraction:
    /// "ﬁ" for "fi", and Kangxi radicals for some ideographs (⽉ for 月) that share a glyph
    /// in Noto Sans CJK; the printed glyphs are right either way.
    static QString pageText(const QString &pdf, int page)
    {
        return tool(QStringLiteral("pdftotext"),
                    { QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                      QString::number(page), pdf, QStringLiteral("-") })
            .normalized(QString::NormalizationForm_KC);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(!m_db.openInMemory().isError());
        QVERIFY(ReportFixture::fill(m_db));
        AnalyticsFactsRepository(m_db).load(m_facts);
    }

    void pdfEnglish()
    {
        COHORT_REQUIRE_TOOL("pdftotext");
        COHORT_REQUIRE_TOOL("pdfinfo");
        const QLocale locale(QLocale::English, QLocale::UnitedStates);
        const QString pdf = writePdf(build(locale), locale, QPageSize::A4);
        const QString info = tool(QStringLiteral("pdfinfo"), { pdf });
        QVERIFY2(info.contains(QStringLiteral("(A4)")), qPrintable(info));
        // Page 1: cover, summary, key figures, daily activity; 2: funnel, revenue, groups,
        // campaigns; 3: to-do list and violations.
        QCOMPARE(pages(pdf), 3);
        QString all;
        for (int page = 1; page <= 3; ++page) {
            const QString text = pageText(pdf, page);
            QVERIFY2(text.contains(QStringLiteral("Page %1 of 3").arg(page)), qPrintable(text));
            QVERIFY(text.contains(QStringLiteral("2026-W10")));
            all += text;
        }
        QVERIFY(all.contains(QStringLiteral("Weekly community report")));
        QVERIFY(all.contains(QStringLiteral("Active members rose 33% to 4.")));
        QVERIFY(all.contains(QStringLiteral("Alice Zhang")));
        QVERIFY(all.contains(QStringLiteral("¥260.00")));
        QVERIFY(all.contains(QStringLiteral("李娜")));
        QVERIFY(all.contains(QStringLiteral("读书会")));
        QVERIFY(all.contains(QStringLiteral("Spring group-buy")));
        // A hostile name prints as the literal text.
        QVERIFY(all.contains(ReportFixture::hostileName()));
        // Rules by the names the user reads, never their keys.
        QVERIFY2(all.contains(QStringLiteral("No links")), qPrintable(all.right(800)));
        QVERIFY(!all.contains(QStringLiteral("no_links")));
    }

    void pageSizeFromLocale_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("size");
        QTest::newRow("en_US") << QLocale(QLocale::English, QLocale::UnitedStates) << "(letter)";
        QTest::newRow("en_GB") << QLocale(QLocale::English, QLocale::UnitedKingdom) << "(A4)";
        QTest::newRow("zh_CN") << QLocale(QLocale::Chinese, QLocale::China) << "(A4)";
    }
    void pageSizeFromLocale()
    {
        COHORT_REQUIRE_TOOL("pdftotext");
        COHORT_REQUIRE_TOOL("pdfinfo");
        QFETCH(QLocale, locale);
        QFETCH(QString, size);
        const QString pdf = writePdf(build(locale), locale);
        const QString info = tool(QStringLiteral("pdfinfo"), { pdf });
        QVERIFY2(info.contains(size), qPrintable(info));
    }

    void pdfChinese()
    {
        COHORT_REQUIRE_TOOL("pdftotext");
        COHORT_REQUIRE_TOOL("pdfinfo");
        COHORT_REQUIRE_TOOL("pdffonts");
        const QLocale locale(QLocale::Chinese, QLocale::China);
        const QString pdf = writePdf(build(locale), locale);
        const int count = pages(pdf);
        QVERIFY(count >= 3);
        QString all;
        for (int page = 1; page <= count; ++page)
            all += pageText(pdf, page);
        QVERIFY2(all.contains(QStringLiteral("2026年3月2日")), qPrintable(all.left(600)));
        QVERIFY(all.contains(QStringLiteral("李娜")));
        QVERIFY(all.contains(QStringLiteral("读书会")));
        QVERIFY(!all.contains(QStringLiteral("no_links")));
        // The text is set in a CJK font, embedded in the file.
        const QString fonts = tool(QStringLiteral("pdffonts"), { pdf });
        QVERIFY2(fonts.contains(QStringLiteral("CJK")), qPrintable(fonts));
        QVERIFY(ReportLanguage::fontFamilies().contains(QStringLiteral("Noto Sans CJK SC")));
    }

    void htmlEscapesEverything()
    {
        const QLocale locale(QLocale::English, QLocale::UnitedStates);
        AnalyticsFacts hostile = m_facts;
        hostile.groups[1].name = QStringLiteral("<script>alert(1)</script>");
        WeeklyReportOptions options;
        options.workspaceName = QStringLiteral("<b>ws</b>");
        options.weekStart = QDate(2026, 3, 2);
        options.locale = locale;
        const QString html
            = ReportHtmlRenderer::render(WeeklyReportBuilder::build(hostile, options), locale);
        QVERIFY(html.contains(QStringLiteral("&lt;img src=file:///etc/passwd&gt;")));
        QVERIFY(html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")));
        QVERIFY(html.contains(QStringLiteral("&lt;b&gt;ws&lt;/b&gt;")));
        for (const QString &forbidden :
             { QStringLiteral("<img"), QStringLiteral("<script"), QStringLiteral("<b>"),
               QStringLiteral("<link"), QStringLiteral("<iframe"), QStringLiteral("<image"),
               QStringLiteral("url("), QStringLiteral("@import"), QStringLiteral("href=") }) {
            QVERIFY2(!html.contains(forbidden, Qt::CaseInsensitive), qPrintable(forbidden));
        }
        // "file:" only inside the escaped name (once per place the member is listed).
        QCOMPARE(html.count(QStringLiteral("file:")),
                 html.count(QStringLiteral("&lt;img src=file:///etc/passwd&gt;")));
        QVERIFY(html.contains(QStringLiteral("Content-Security-Policy")));
        QVERIFY(html.contains(QStringLiteral("<svg")));
        // The group name also reaches the revenue chart (inline SVG), escaped there too.
        const qsizetype svg = html.indexOf(QStringLiteral("Revenue by group"));
        QVERIFY(svg > 0);
        QVERIFY(html.indexOf(QStringLiteral("&lt;script&gt;"), svg) > svg);
    }

    // A right-to-left override in a group's name must not reverse what follows it on the same
    // line (" · Health 72", the rows' numbers): every piece of user text is isolated.
    void rightToLeftOverrideStaysInItsName()
    {
        const QLocale locale(QLocale::English, QLocale::UnitedStates);
        AnalyticsFacts hostile = m_facts;
        const QString name = QStringLiteral("Eve\u202Eabc");
        hostile.groups[1].name = name;
        WeeklyReportOptions options;
        options.workspaceName = QStringLiteral("ws\u202Exyz");
        options.weekStart = QDate(2026, 3, 2);
        options.locale = locale;
        const WeeklyReport report = WeeklyReportBuilder::build(hostile, options);
        const QString html = ReportHtmlRenderer::render(report, locale);
        QVERIFY(html.contains(QStringLiteral("<h3><bdi>") + name + QStringLiteral("</bdi> · ")));
        QVERIFY(html.contains(QStringLiteral("<td><bdi>") + name + QStringLiteral("</bdi></td>")));
        QVERIFY(html.contains(QStringLiteral("<footer><bdi>ws\u202Exyz</bdi> · ")));

        COHORT_REQUIRE_TOOL("pdftotext");
        COHORT_REQUIRE_TOOL("pdfinfo");
        const QString pdf = writePdf(report, locale);
        QString all;
        for (int page = 1; page <= pages(pdf); ++page)
            all += pageText(pdf, page);
        QVERIFY(all.contains(QStringLiteral("Health")));
        QVERIFY(all.contains(QStringLiteral("Weekly community report")));
        // Reversed, these would read "htlaeH" and "troper ytinummoc ylkeeW".
        QVERIFY2(!all.contains(QStringLiteral("htlaeH")), qPrintable(all.left(1500)));
        QVERIFY(!all.contains(QStringLiteral("troper")));
    }

    void anonymizedLeavesNoName()
    {
        COHORT_REQUIRE_TOOL("pdftotext");
        COHORT_REQUIRE_TOOL("pdfinfo");
        const QLocale locale(QLocale::English, QLocale::UnitedStates);
        const WeeklyReport report = build(locale, true);
        const QString pdf = writePdf(report, locale);
        QString text;
        for (int page = 1, count = pages(pdf); page <= count; ++page)
            text += pageText(pdf, page);
        const QString html = ReportHtmlRenderer::render(report, locale);
        QVERIFY(!text.isEmpty());
        for (const AnalyticsFacts::Member &member : m_facts.members) {
            QVERIFY2(!text.contains(member.name), qPrintable(member.name));
            QVERIFY2(!html.contains(member.name), qPrintable(member.name));
            QVERIFY2(!html.contains(member.name.toHtmlEscaped()), qPrintable(member.name));
            const QString firstName = member.name.section(QLatin1Char(' '), 0, 0);
            QVERIFY2(!text.contains(firstName), qPrintable(firstName));
        }
        const QString dan = Pseudonymizer(QByteArrayLiteral("test key")).name(4);
        QVERIFY(text.contains(dan));
        QVERIFY(html.contains(dan));
        QVERIFY(text.contains(QStringLiteral("Anonymized")));
    }

    void cutListsSayHowManyMore()
    {
        COHORT_REQUIRE_TOOL("pdftotext");
        COHORT_REQUIRE_TOOL("pdfinfo");
        const QLocale locale(QLocale::English, QLocale::UnitedStates);
        WeeklyReportOptions options;
        options.workspaceName = QStringLiteral("Fixture");
        options.weekStart = QDate(2026, 3, 2);
        options.locale = locale;
        options.printedAt = QDateTime(QDate(2026, 3, 9), QTime(9, 0));
        options.listLimit = 1;
        const WeeklyReport report = WeeklyReportBuilder::build(m_facts, options);
        const QString html = ReportHtmlRenderer::render(report, locale);
        QVERIFY2(html.contains(QStringLiteral("and 2 more")), "buyers due: 1 of 3 shown");
        QVERIFY(html.contains(QStringLiteral("and 1 more"))); // silent key members: 1 of 2
        // A portfolio's activation lists name the group of each row.
        QVERIFY(html.contains(QStringLiteral("<th>Group</th><th>Detail</th>")));
        const QString pdf = writePdf(report, locale, QPageSize::A4);
        QString all;
        for (int page = 1; page <= pages(pdf); ++page)
            all += pageText(pdf, page);
        QVERIFY(all.contains(QStringLiteral("and 2 more")));
    }

    void longTablesNeverSplitARow()
    {
        COHORT_REQUIRE_TOOL("pdftotext");
        COHORT_REQUIRE_TOOL("pdfinfo");
        const QLocale locale(QLocale::English, QLocale::UnitedStates);
        WeeklyReport report = build(locale);
        const QString filler = QStringLiteral(
            "a long note that wraps onto a second line of the detail column in this table, ");
        for (int i = 1; i <= 120; ++i) {
            report.dueBuyers << ReportMember {
                1000 + i, QStringLiteral("Buyer %1").arg(i, 3, 10, QLatin1Char('0')),
                QString(filler + filler + QStringLiteral("end-%1").arg(i, 3, 10, QLatin1Char('0')))
            };
        }
        const QString pdf = writePdf(report, locale, QPageSize::A4);
        const int count = pages(pdf);
        QVERIFY(count > 5);
        QList<QString> texts;
        for (int page = 1; page <= count; ++page) {
            texts << pageText(pdf, page);
            QVERIFY(texts.last().contains(QStringLiteral("Page %1 of %2").arg(page).arg(count)));
        }
        int pagesWithRows = 0;
        for (int i = 1; i <= 120; ++i) {
            const QString name = QStringLiteral("Buyer %1").arg(i, 3, 10, QLatin1Char('0'));
            const QString end = QStringLiteral("end-%1").arg(i, 3, 10, QLatin1Char('0'));
            int found = 0;
            for (const QString &text : std::as_const(texts)) {
                if (text.contains(name)) {
                    ++found;
                    QVERIFY2(text.contains(end), qPrintable(name)); // the whole row is on this page
                }
            }
            QCOMPARE(found, 1);
        }
        // Every page that continues the table repeats its header row.
        for (const QString &text : std::as_const(texts)) {
            if (text.contains(QStringLiteral("Buyer "))
                && !text.contains(QStringLiteral("Buyers due to repurchase"))) {
                ++pagesWithRows;
                QVERIFY(text.contains(QStringLiteral("Member"))
                        && text.contains(QStringLiteral("Detail")));
            }
        }
        QVERIFY(pagesWithRows >= 3);
    }
};

QTEST_MAIN(TestReportRenderers)
#include "tst_reportrenderers.moc"
