#include "storage/database.h"
#include "storage/grouprepository.h"
#include "ui/dashboards/dashboardpane.h"
#include "ui/languagemanager.h"
#include "ui/ledger/ledgerpane.h"
#include "ui/mainwindow.h"
#include "ui/widgets/tablepane.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QListWidget>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace cohort;

/// The window's geometry, sidebar, shown pane and each table's columns, widths and sort order
/// survive closing and opening Cohort again (QSettings).
class TestWindowState : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    LanguageManager *m_languages = nullptr;

    std::unique_ptr<MainWindow> makeWindow()
    {
        auto window = std::make_unique<MainWindow>(m_languages);
        auto db = std::make_unique<Database>();
        if (db->openInMemory().isError())
            return nullptr;
        window->setWorkspace(std::move(db));
        window->show();
        return window;
    }

    static int paneIndex(QWidget *pane)
    {
        auto *stack = qobject_cast<QStackedWidget *>(pane->parentWidget());
        return stack ? stack->indexOf(pane) : -1;
    }

    /// A window showing its dashboard, which has something to show (a group) once it computed
    /// (a hidden dashboard computes nothing).
    std::unique_ptr<MainWindow> makeWindowWithGroup()
    {
        auto window = makeWindow();
        if (!window)
            return nullptr;
        Group group;
        group.name = QStringLiteral("Reading club");
        if (!GroupRepository(*window->database()).insert(group))
            return nullptr;
        window->showPane(paneIndex(window->dashboard()));
        return window;
    }

    static QHeaderView *header(MainWindow &window, int pane)
    {
        return window.panes().at(pane)->view()->horizontalHeader();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("CohortTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_windowstate"));
        m_languages = new LanguageManager(this);
        m_languages->setPreference(QStringLiteral("en"));
    }

    void roundTrip()
    {
        {
            auto window = makeWindow();
            QVERIFY(window);
            QVERIFY(QTest::qWaitForWindowExposed(window.get()));
            window->resize(1240, 700);
            QTRY_COMPARE(window->size(), QSize(1240, 700));
            auto *splitter = window->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
            QVERIFY(splitter);
            QTRY_VERIFY(splitter->sizes().value(1) > 400);
            const int total = splitter->sizes().value(0) + splitter->sizes().value(1);
            splitter->setSizes({ 255, total - 255 });
            QTRY_COMPARE(splitter->sizes().value(0), 255);

            QHeaderView *groups = header(*window, 0);
            QVERIFY(groups->count() > 3);
            groups->resizeSection(0, 211);
            groups->setSectionHidden(2, true);
            groups->setSortIndicator(1, Qt::DescendingOrder);
            QHeaderView *products = header(*window, 2);
            products->setSectionHidden(1, true);
            products->setSortIndicator(0, Qt::AscendingOrder);
            window->showPane(3);
            QVERIFY(window->close());
        }
        auto window = makeWindow();
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QCOMPARE(window->size(), QSize(1240, 700));
        auto *splitter = window->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
        QCOMPARE(splitter->sizes().value(0), 255);
        QCOMPARE(window->currentPane(), window->panes().at(3));

        // Each pane keeps its own columns.
        QHeaderView *groups = header(*window, 0);
        QCOMPARE(groups->sectionSize(0), 211);
        QVERIFY(groups->isSectionHidden(2));
        QVERIFY(!groups->isSectionHidden(1));
        QCOMPARE(groups->sortIndicatorSection(), 1);
        QCOMPARE(groups->sortIndicatorOrder(), Qt::DescendingOrder);
        QHeaderView *products = header(*window, 2);
        QVERIFY(products->isSectionHidden(1));
        QVERIFY(!products->isSectionHidden(2));
        QCOMPARE(products->sortIndicatorSection(), 0);
        QCOMPARE(products->sortIndicatorOrder(), Qt::AscendingOrder);
        QVERIFY(!header(*window, 1)->isSectionHidden(1)); // members untouched
    }

    void dashboardKeepsRangeAndPortfolioColumns()
    {
        {
            auto window = makeWindowWithGroup();
            QVERIFY(window);
            DashboardPane *dashboard = window->dashboard();
            auto *portfolio
                = dashboard->findChild<QTableWidget *>(QStringLiteral("portfolioTable"));
            QVERIFY(portfolio);
            QTRY_VERIFY(dashboard->hasMetrics());
            QTRY_VERIFY(portfolio->columnCount() > 4);
            dashboard->setPreset(DashboardPane::Preset::ThisMonth);
            portfolio->horizontalHeader()->resizeSection(0, 177);
            portfolio->horizontalHeader()->setSortIndicator(3, Qt::DescendingOrder);
            QVERIFY(window->close());
        }
        auto window = makeWindowWithGroup();
        QVERIFY(window);
        DashboardPane *dashboard = window->dashboard();
        auto *preset = dashboard->findChild<QComboBox *>(QStringLiteral("rangePreset"));
        QVERIFY(preset);
        QCOMPARE(preset->currentIndex(), int(DashboardPane::Preset::ThisMonth));
        auto *portfolio = dashboard->findChild<QTableWidget *>(QStringLiteral("portfolioTable"));
        QTRY_VERIFY(dashboard->hasMetrics());
        QTRY_VERIFY(portfolio->columnCount() > 4);
        QCOMPARE(portfolio->horizontalHeader()->sectionSize(0), 177);
        QCOMPARE(portfolio->horizontalHeader()->sortIndicatorSection(), 3);
        QCOMPARE(portfolio->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
    }

    void paneAfterTheTablesIsRestored()
    {
        {
            auto window = makeWindow();
            QVERIFY(window);
            window->showPane(paneIndex(window->ledger()));
            QVERIFY(window->close());
        }
        auto window = makeWindow();
        QVERIFY(window);
        auto *stack = qobject_cast<QStackedWidget *>(window->ledger()->parentWidget());
        QCOMPARE(stack->currentWidget(), window->ledger());
    }

    void firstSizeFitsTheScreen()
    {
        QSettings().remove(QStringLiteral("window/geometry"));
        auto window = makeWindow();
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        // Title bar, frame and task bar included, on a 1366×768 screen; this (offscreen) screen
        // is smaller still, so the window is as small as its content allows.
        const QSize laptop(1366 - 40, 768 - 80);
        const QString size = QStringLiteral("%1×%2, at least %3×%4")
                                 .arg(window->width())
                                 .arg(window->height())
                                 .arg(window->minimumSizeHint().width())
                                 .arg(window->minimumSizeHint().height());
        QVERIFY2(window->width() <= laptop.width() && window->height() <= laptop.height(),
                 qPrintable(size));
        QVERIFY2(window->minimumSizeHint().boundedTo(laptop) == window->minimumSizeHint(),
                 qPrintable(size));
    }

    void hiddenSidebarStaysHidden()
    {
        {
            auto window = makeWindow();
            QVERIFY(window);
            auto *toggle = window->findChild<QAction *>(QStringLiteral("showSidebarAction"));
            QVERIFY(toggle && toggle->isChecked());
            toggle->trigger();
            QVERIFY(!window->findChild<QListWidget *>(QStringLiteral("sidebar"))->isVisible());
            QVERIFY(window->close());
        }
        auto window = makeWindow();
        QVERIFY(window);
        auto *toggle = window->findChild<QAction *>(QStringLiteral("showSidebarAction"));
        QVERIFY(!toggle->isChecked());
        QVERIFY(!window->findChild<QListWidget *>(QStringLiteral("sidebar"))->isVisible());
        toggle->trigger();
        QVERIFY(window->findChild<QListWidget *>(QStringLiteral("sidebar"))->isVisible());
    }
};

QTEST_MAIN(TestWindowState)
#include "tst_windowstate.moc"
