#include "reportfixture.h"
#include "testsupport.h"

#include "reports/weekly/reportlanguage.h"
#include "storage/database.h"
#include "storage/grouprepository.h"
#include "ui/languagemanager.h"
#include "ui/mainwindow.h"
#include "ui/reports/reportcontroller.h"
#include "ui/reports/reportoptionspanel.h"
#include "ui/reports/reportpreviewpanel.h"
#include "ui/reports/reportspane.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace cohort;
using cohort::test::ReportFixture;

/// Drives the real Reports pane offscreen on the report fixture (ISO week 2026-W10): week and
/// scope choices, the preview's pages, PDF and HTML export checked with poppler and by content,
/// the report language apart from the UI's, cancel, stale results, empty states, errors.
class TestReportsPane : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    /// pdfinfo and pdftotext read the exported PDFs back; where poppler is missing (Windows,
    /// macOS) those checks are left out and everything else still runs.
    bool m_poppler = false;
    QString m_path;
    QObject m_modalWatchers;
    int m_files = 0;

    static constexpr int Timeout = 20000;

    QString file(const QString &suffix)
    {
        return m_dir.filePath(QStringLiteral("out%1.%2").arg(++m_files).arg(suffix));
    }

    static QString tool(const QString &program, const QStringList &arguments)
    {
        QProcess process;
        process.start(program, arguments);
        if (!process.waitForFinished(60000) || process.exitCode() != 0)
            return {};
        return QString::fromUtf8(process.readAllStandardOutput());
    }

    static int pdfPages(const QString &pdf)
    {
        const QRegularExpression re(QStringLiteral("Pages:\\s+(\\d+)"));
        return re.match(tool(QStringLiteral("pdfinfo"), { pdf })).captured(1).toInt();
    }

    /// NFKC undoes the ligatures ("ﬁ") of Qt's PDF text map, as in tst_reportrenderers.
    static QString pdfText(const QString &pdf)
    {
        return tool(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") })
            .normalized(QString::NormalizationForm_KC);
    }

    static QString readAll(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

    /// Runs `handler` on the next modal dialog once it is shown.
    void onNextModal(std::function<void(QWidget *)> handler)
    {
        auto *timer = new QTimer(&m_modalWatchers);
        timer->setInterval(20);
        QObject::connect(timer, &QTimer::timeout, timer, [timer, handler] {
            if (QWidget *modal = QApplication::activeModalWidget()) {
                timer->stop();
                timer->deleteLater();
                handler(modal);
            }
        });
        timer->start();
    }

    /// A shown pane on the fixture workspace, on week 2026-W10, with its first report built.
    std::unique_ptr<ReportsPane> makePane(Database &db)
    {
        auto pane = std::make_unique<ReportsPane>(db);
        pane->resize(1200, 800);
        QSignalSpy updated(pane.get(), &ReportsPane::updated);
        pane->options()->setToday(QDate(2026, 3, 11)); // a Wednesday of 2026-W11
        pane->show();
        if (!updated.wait(Timeout))
            return nullptr;
        return pane;
    }

    /// Rebuilds now and waits for the pane to show the result.
    static bool rebuilt(ReportsPane *pane)
    {
        QSignalSpy updated(pane, &ReportsPane::updated);
        pane->rebuild();
        return updated.wait(Timeout);
    }

    static qint64 groupId(const ReportsPane *pane, const QString &name)
    {
        const auto *list = pane->options()->findChild<QListWidget *>();
        for (int row = 0; list && row < list->count(); ++row) {
            if (list->item(row)->text() == name)
                return list->item(row)->data(Qt::UserRole).toLongLong();
        }
        return 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_poppler = test::haveTool(QStringLiteral("pdfinfo"))
            && test::haveTool(QStringLiteral("pdftotext"));
        if (!m_poppler && test::toolsRequired())
            QFAIL("poppler-utils (pdfinfo, pdftotext) missing: run scripts/deps --test");
        if (!m_poppler)
            qInfo("poppler-utils missing: the exported PDFs' pages and text are not checked");
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("CohortTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_reportspane"));
        m_path = m_dir.filePath(QStringLiteral("Partners.cohort"));
        Database db;
        QVERIFY(!db.open(m_path, Database::OpenMode::CreateOrOpen).isError());
        QVERIFY(ReportFixture::fill(db));
    }

    void cleanup()
    {
        const QList<QTimer *> timers = m_modalWatchers.findChildren<QTimer *>();
        qDeleteAll(timers);
    }

    void weekNavigation()
    {
        ReportOptionsPanel options;
        QSignalSpy changed(&options, &ReportOptionsPanel::optionsChanged);
        options.setToday(QDate(2026, 3, 11));
        // The default is the last complete week: Monday 2 March to Sunday 8 March.
        QCOMPARE(options.weekStart(), QDate(2026, 3, 2));
        const QList<QToolButton *> buttons = options.findChildren<QToolButton *>();
        QToolButton *back = nullptr;
        QToolButton *forward = nullptr;
        for (QToolButton *button : buttons) {
            if (button->accessibleName() == QLatin1String("Previous week"))
                back = button;
            if (button->accessibleName() == QLatin1String("Next week"))
                forward = button;
        }
        QVERIFY(back && forward);
        QTest::mouseClick(back, Qt::LeftButton);
        QCOMPARE(options.weekStart(), QDate(2026, 2, 23));
        QTest::mouseClick(forward, Qt::LeftButton);
        QTest::mouseClick(forward, Qt::LeftButton);
        // The week in progress is the newest one offered.
        QCOMPARE(options.weekStart(), QDate(2026, 3, 9));
        QVERIFY(!forward->isEnabled());
        // Any day picks its ISO week; the year boundary follows ISO 8601.
        options.setWeek(QDate(2026, 1, 1));
        QCOMPARE(options.weekStart(), QDate(2025, 12, 29));
        options.setWeek(QDate(2027, 5, 5));
        QCOMPARE(options.weekStart(), QDate(2026, 3, 9));
        QCOMPARE(changed.count(), 6);
    }

    void pagesFollowLanguageUntilChosen()
    {
        ReportOptionsPanel options;
        options.setLanguage(QStringLiteral("zh_CN"));
        QCOMPARE(options.pageSize(), QPageSize::A4);
        options.setLanguage(QStringLiteral("en"));
        QCOMPARE(options.pageSize(),
                 ReportLanguage::pageSize(ReportController::localeFor(QStringLiteral("en"))));
        options.setPageSize(QPageSize::Letter);
        options.setLanguage(QStringLiteral("zh_CN"));
        QCOMPARE(options.pageSize(), QPageSize::Letter);
    }

    void previewAndExports()
    {
        Database db;
        QVERIFY(!db.open(m_path).isError());
        auto pane = makePane(db);
        QVERIFY(pane);
        QCOMPARE(pane->state(), ReportsPane::State::Ready);
        QCOMPARE(pane->result().report.weekText, QStringLiteral("2026-W10"));
        QVERIFY(pane->printAction()->isEnabled());
        QCOMPARE(pane->printAction()->shortcut(), QKeySequence(QKeySequence::Print));
        QCOMPARE(pane->defaultFileName(QStringLiteral("pdf")),
                 QStringLiteral("cohort-report-2026-W10.pdf"));

        // All groups on A4: the same three pages as the PDF renderer test, on screen and on file.
        pane->options()->setPageSize(QPageSize::A4);
        QCOMPARE(pane->preview()->pageCount(), 3);
        const QString pdf = file(QStringLiteral("pdf"));
        QString error;
        QVERIFY2(pane->exportPdf(pdf, &error), qPrintable(error));
        if (m_poppler) {
            QCOMPARE(pdfPages(pdf), 3);
            QVERIFY(tool(QStringLiteral("pdfinfo"), { pdf }).contains(QStringLiteral("(A4)")));
            const QString text = pdfText(pdf);
            QVERIFY(text.contains(QStringLiteral("Weekly community report")));
            QVERIFY(text.contains(QStringLiteral("Page 3 of 3")));
            QVERIFY(text.contains(ReportFixture::hostileName()));
        }

        // Letter changes the layout, not the report.
        QSignalSpy ready(pane->controller(), &ReportController::reportReady);
        pane->options()->setPageSize(QPageSize::Letter);
        QVERIFY(pane->preview()->pageCount() >= 3);
        const QString letter = file(QStringLiteral("pdf"));
        QVERIFY(pane->exportPdf(letter, &error));
        if (m_poppler) {
            QVERIFY(tool(QStringLiteral("pdfinfo"), { letter }).contains(QStringLiteral("(letter)")));
            QCOMPARE(pdfPages(letter), pane->preview()->pageCount());
        }
        QCOMPARE(ready.count(), 0);

        const QString html = file(QStringLiteral("html"));
        QVERIFY2(pane->exportHtml(html, &error), qPrintable(error));
        const QString page = readAll(html);
        QVERIFY(page.contains(QStringLiteral("Weekly community report")));
        QVERIFY(page.contains(QStringLiteral("Snack Lovers")));
        QVERIFY(page.contains(QStringLiteral("读书会")));
        QVERIFY(page.contains(QStringLiteral("&lt;img src=file:///etc/passwd&gt;")));
        QVERIFY(!page.contains(QStringLiteral("<img"), Qt::CaseInsensitive));

        // One group: its name is the scope.
        const qint64 snacks = groupId(pane.get(), QStringLiteral("Snack Lovers"));
        QVERIFY(snacks > 0);
        pane->options()->setScope({ snacks });
        QVERIFY(!pane->printAction()->isEnabled()); // the shown report no longer matches
        QVERIFY(rebuilt(pane.get()));
        QCOMPARE(pane->state(), ReportsPane::State::Ready);
        QCOMPARE(pane->result().report.scopeText, QStringLiteral("Snack Lovers"));
        QVERIFY(!pane->result().report.portfolio);
        const QString one = file(QStringLiteral("html"));
        QVERIFY(pane->exportHtml(one, &error));
        QVERIFY(readAll(one).contains(QStringLiteral("Snack Lovers")));
        // The one group's detail (contributors, new and departed members), no portfolio table.
        QCOMPARE(pane->result().report.groups.size(), 1);
        QCOMPARE(pane->result().report.groups.at(0).name, QStringLiteral("Snack Lovers"));
        const QString onePdf = file(QStringLiteral("pdf"));
        QVERIFY(pane->exportPdf(onePdf, &error));
        if (m_poppler)
            QCOMPARE(pdfPages(onePdf), pane->preview()->pageCount());
        QVERIFY(pane->preview()->pageCount() >= 1);

        // None checked: nothing to build, said so.
        pane->options()->setScope({});
        pane->options()->findChildren<QRadioButton *>().at(1)->click();
        pane->rebuild();
        QCOMPARE(pane->state(), ReportsPane::State::NoScope);
        QVERIFY(!pane->exportPdfAction()->isEnabled());
    }

    void anonymizedLeavesNoRealName()
    {
        Database db;
        QVERIFY(!db.open(m_path).isError());
        auto pane = makePane(db);
        QVERIFY(pane);
        pane->options()->setAnonymize(true);
        QVERIFY(rebuilt(pane.get()));
        QVERIFY(pane->result().report.anonymized);
        QString error;
        const QString html = file(QStringLiteral("html"));
        QVERIFY(pane->exportHtml(html, &error));
        const QString page = readAll(html);
        const QString pdf = file(QStringLiteral("pdf"));
        QVERIFY(pane->exportPdf(pdf, &error));
        for (const QString &name :
             { QStringLiteral("Alice Zhang"), QStringLiteral("李娜"), QStringLiteral("passwd") })
            QVERIFY2(!page.contains(name), qPrintable(name));
        COHORT_REQUIRE_TOOL("pdftotext");
        const QString text = pdfText(pdf);
        for (const QString &name :
             { QStringLiteral("Alice Zhang"), QStringLiteral("李娜"), QStringLiteral("passwd") })
            QVERIFY2(!text.contains(name), qPrintable(name));
        QVERIFY(text.contains(QStringLiteral("Anonymized")));
    }

    void interactiveExportAndErrors()
    {
        Database db;
        QVERIFY(!db.open(m_path).isError());
        auto pane = makePane(db);
        QVERIFY(pane);
        QString suggested;
        QString target = file(QStringLiteral("pdf"));
        pane->setFileChooser([&](const QString &, const QString &proposal, const QString &) {
            suggested = proposal;
            return target;
        });
        pane->exportPdfAction()->trigger();
        QVERIFY(suggested.endsWith(QStringLiteral("/cohort-report-2026-W10.pdf")));
        QVERIFY(QFile::exists(target));
        if (m_poppler)
            QCOMPARE(pdfPages(target), pane->preview()->pageCount());

        // An unwritable path: a clear message naming the file, nothing written.
        target = m_dir.filePath(QStringLiteral("missing/dir/report.pdf"));
        QSignalSpy errors(pane.get(), &ReportsPane::errorShown);
        QString boxText;
        onNextModal([&boxText](QWidget *modal) {
            if (auto *box = qobject_cast<QMessageBox *>(modal)) {
                boxText = box->text();
                box->accept();
            }
        });
        pane->exportPdfAction()->trigger();
        QCOMPARE(errors.count(), 1);
        QVERIFY2(boxText.contains(target), qPrintable(boxText));
        QVERIFY(!QFile::exists(target));
        QString error;
        QVERIFY(!pane->exportHtml(target, &error));
        QVERIFY(!error.isEmpty());
    }

    void printPreviewDialogShowsTheSamePages()
    {
        Database db;
        QVERIFY(!db.open(m_path).isError());
        auto pane = makePane(db);
        QVERIFY(pane);
        int dialogPages = -1;
        onNextModal([&dialogPages](QWidget *modal) {
            if (auto *dialog = qobject_cast<QPrintPreviewDialog *>(modal)) {
                if (auto *widget = dialog->findChild<QPrintPreviewWidget *>())
                    dialogPages = widget->pageCount();
                dialog->reject();
            }
        });
        pane->printPreviewAction()->trigger();
        QCOMPARE(dialogPages, pane->preview()->pageCount());
    }

    void reportLanguageApartFromTheUi()
    {
        LanguageManager languages;
        languages.setPreference(QStringLiteral("en"));
        Database db;
        QVERIFY(!db.open(m_path).isError());
        auto pane = makePane(db);
        QVERIFY(pane);
        QCOMPARE(pane->options()->language(), QStringLiteral("en"));

        // A Chinese report in an English window.
        pane->options()->setLanguage(QStringLiteral("zh_CN"));
        QVERIFY(rebuilt(pane.get()));
        QString error;
        const QString zh = file(QStringLiteral("html"));
        QVERIFY(pane->exportHtml(zh, &error));
        QVERIFY(readAll(zh).contains(QStringLiteral("社群运营周报")));
        const QString zhPdf = file(QStringLiteral("pdf"));
        QVERIFY(pane->exportPdf(zhPdf, &error));
        if (m_poppler)
            QVERIFY(pdfText(zhPdf).contains(QStringLiteral("社群运营周报")));
        QCOMPARE(pane->exportPdfAction()->iconText(), QStringLiteral("Export PDF…"));
        QCOMPARE(pane->title(), QStringLiteral("Reports"));

        // An English report in a Chinese window.
        languages.setPreference(QStringLiteral("zh_CN"));
        QCoreApplication::processEvents();
        QVERIFY(pane->title() != QStringLiteral("Reports"));
        pane->options()->setLanguage(QStringLiteral("en"));
        QVERIFY(rebuilt(pane.get()));
        const QString en = file(QStringLiteral("html"));
        QVERIFY(pane->exportHtml(en, &error));
        const QString english = readAll(en);
        QVERIFY(english.contains(QStringLiteral("Weekly community report")));
        QVERIFY(!english.contains(QStringLiteral("社群运营周报")));
        QVERIFY(pane->printPreviewAction()->iconText() != QStringLiteral("Print Preview…"));
        languages.setPreference(QStringLiteral("en"));
        QCoreApplication::processEvents();
    }

    void languageFollowsTheUiUntilChosen()
    {
        LanguageManager languages;
        languages.setPreference(QStringLiteral("en"));
        Database db;
        QVERIFY(!db.open(m_path).isError());
        auto pane = makePane(db);
        QVERIFY(pane);
        QSignalSpy updated(pane.get(), &ReportsPane::updated);
        languages.setPreference(QStringLiteral("zh_CN"));
        QVERIFY(updated.wait(Timeout));
        QCOMPARE(pane->options()->language(), QStringLiteral("zh_CN"));
        QCOMPARE(pane->result().request.language, QStringLiteral("zh_CN"));
        QCOMPARE(pane->result().report.kpis.first().label, QStringLiteral("消息"));
        languages.setPreference(QStringLiteral("en"));
        QVERIFY(updated.wait(Timeout));
        QCOMPARE(pane->result().report.kpis.first().label, QStringLiteral("Messages"));
    }

    void cancelDropsTheBuild()
    {
        Database db;
        QVERIFY(!db.open(m_path).isError());
        auto pane = makePane(db);
        QVERIFY(pane);
        QSignalSpy ready(pane->controller(), &ReportController::reportReady);
        pane->options()->setWeek(QDate(2026, 2, 23));
        pane->rebuild();
        QVERIFY(pane->controller()->isBuilding());
        pane->cancel();
        pane->controller()->waitForIdle();
        QCoreApplication::processEvents();
        QCOMPARE(ready.count(), 0);
        QCOMPARE(pane->state(), ReportsPane::State::Cancelled);
        QVERIFY(!pane->exportPdfAction()->isEnabled());
        QPushButton *again = nullptr;
        for (QPushButton *button : pane->findChildren<QPushButton *>()) {
            if (button->isVisible() && button->text().contains(QStringLiteral("Build")))
                again = button;
        }
        QVERIFY(again);
        QSignalSpy updated(pane.get(), &ReportsPane::updated);
        again->click();
        QVERIFY(updated.wait(Timeout));
        QCOMPARE(pane->state(), ReportsPane::State::Ready);
        QCOMPARE(pane->result().report.weekText, QStringLiteral("2026-W09"));
    }

    void newestRequestWins()
    {
        Database db;
        QVERIFY(!db.open(m_path).isError());
        auto pane = makePane(db);
        QVERIFY(pane);
        QSignalSpy ready(pane->controller(), &ReportController::reportReady);
        pane->options()->setWeek(QDate(2026, 2, 16));
        pane->rebuild();
        pane->options()->setWeek(QDate(2026, 3, 2));
        pane->rebuild();
        pane->controller()->waitForIdle();
        QCoreApplication::processEvents();
        QCOMPARE(ready.count(), 1);
        QCOMPARE(pane->result().report.weekText, QStringLiteral("2026-W10"));
    }

    void quietWeekAndEmptyWorkspace()
    {
        Database db;
        QVERIFY(!db.open(m_path).isError());
        auto pane = makePane(db);
        QVERIFY(pane);
        pane->options()->setToday(QDate(2026, 12, 1));
        pane->options()->setWeek(QDate(2026, 6, 1));
        QVERIFY(rebuilt(pane.get()));
        QCOMPARE(pane->state(), ReportsPane::State::NoData);
        QVERIFY(pane->result().latestDataWeek.isValid());
        QVERIFY(pane->result().latestDataWeek < QDate(2026, 6, 1));
        // The explanation offers the newest week with data.
        int year = 0;
        const int week = pane->result().latestDataWeek.weekNumber(&year);
        const QString latest
            = QStringLiteral("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0'));
        QPushButton *go = nullptr;
        for (QPushButton *button : pane->findChildren<QPushButton *>()) {
            if (button->isVisible() && button->text().contains(latest))
                go = button;
        }
        QVERIFY2(go, qPrintable(latest));
        QVERIFY(pane->exportPdfAction()->isEnabled()); // a quiet week can still be handed out
        QSignalSpy updated(pane.get(), &ReportsPane::updated);
        go->click();
        QVERIFY(updated.wait(Timeout));
        QCOMPARE(pane->options()->weekStart(), pane->result().request.weekStart);
        QCOMPARE(pane->state(), ReportsPane::State::Ready);

        Database empty;
        QVERIFY(!empty
                     .open(m_dir.filePath(QStringLiteral("empty.cohort")),
                           Database::OpenMode::CreateOrOpen)
                     .isError());
        auto blank = makePane(empty);
        QVERIFY(blank);
        QCOMPARE(blank->state(), ReportsPane::State::EmptyWorkspace);
        QVERIFY(!blank->exportPdfAction()->isEnabled());
        bool explained = false;
        for (QLabel *label : blank->findChildren<QLabel *>()) {
            if (label->isVisible() && label->text().contains(QStringLiteral("Demo Data")))
                explained = true;
        }
        QVERIFY(explained);
    }

    void refreshesWhenTheWorkspaceChanges()
    {
        Database db;
        QVERIFY(!db.open(m_path).isError());
        auto pane = makePane(db);
        QVERIFY(pane);
        const auto *list = pane->options()->findChild<QListWidget *>();
        const int before = list->count();
        QSignalSpy updated(pane.get(), &ReportsPane::updated);
        Group group;
        group.name = QStringLiteral("<b>New</b> group");
        QVERIFY(GroupRepository(db).insert(group));
        QVERIFY(updated.wait(Timeout));
        QCOMPARE(list->count(), before + 1);
        QVERIFY(groupId(pane.get(), QStringLiteral("<b>New</b> group")) > 0);
        QVERIFY(pane->result().report.scopeText.contains(QString::number(before + 1)));
        QVERIFY(GroupRepository(db).remove({ group.id }));
        QVERIFY(updated.wait(Timeout));
    }

    void reachedFromTheMainWindow()
    {
        LanguageManager languages;
        languages.setPreference(QStringLiteral("en"));
        MainWindow window(&languages);
        auto db = std::make_unique<Database>();
        QVERIFY(!db->openInMemory().isError());
        window.setWorkspace(std::move(db));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.reports());
        QAction *reports = nullptr;
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_8))
                reports = action;
        }
        QVERIFY(reports);
        QCOMPARE(reports->text(), QStringLiteral("Reports"));
        QSignalSpy updated(window.reports(), &ReportsPane::updated);
        reports->trigger();
        QVERIFY(window.reports()->isVisible());
        QVERIFY(updated.wait(Timeout));
        QCOMPARE(window.reports()->state(), ReportsPane::State::EmptyWorkspace);
        const QList<QAction *> file = window.menuBar()->actions().first()->menu()->actions();
        QVERIFY(file.contains(window.reports()->printAction()));
        QVERIFY(file.contains(window.reports()->exportPdfAction()));
    }
};

QTEST_MAIN(TestReportsPane)
#include "tst_reportspane.moc"
