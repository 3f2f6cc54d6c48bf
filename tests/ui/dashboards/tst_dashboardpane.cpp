#include "analytics/periodmath.h"
#include "storage/database.h"
#include "storage/grouprepository.h"
#include "storage/sqltransaction.h"
#include "ui/dashboards/chartlabels.h"
#include "ui/dashboards/chartpanel.h"
#include "ui/dashboards/dashboardcontroller.h"
#include "ui/dashboards/dashboardfilters.h"
#include "ui/dashboards/dashboardpane.h"
#include "ui/dashboards/drilldowndialog.h"
#include "ui/dashboards/kpicard.h"
#include "ui/dashboards/periodaxis.h"
#include "ui/dashboards/positioningsection.h"

#include <QApplication>
#include <QCalendarWidget>
#include <QDateEdit>
#include <QFile>
#include <QHeaderView>
#include <QImage>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QToolButton>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>

using namespace cohort;

namespace {

/// Two members, one group, a week of messages up to `last` and one order on it, all in UTC.
void fill(Database &db, const QDate &last = QDateTime::currentDateTimeUtc().date())
{
    Group g;
    g.name = QStringLiteral("<b>Bold</b> group");
    QVERIFY(GroupRepository(db).insert(g));
    SqlTransaction tx(db);
    QSqlQuery q(tx.connection());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO members (id, display_name, created_at) VALUES "
                                  "(1, '<img src=x>Ann', 0), (2, 'Ben', 0)")));
    q.prepare(QStringLiteral(
        "INSERT INTO memberships (group_id, member_id, role, joined_at) VALUES (?, ?, ?, 0)"));
    q.addBindValue(g.id);
    q.addBindValue(1);
    q.addBindValue(QStringLiteral("seed"));
    QVERIFY(q.exec());
    q.addBindValue(g.id);
    q.addBindValue(2);
    q.addBindValue(QStringLiteral("member"));
    QVERIFY(q.exec());
    const QDate today = last;
    q.prepare(QStringLiteral("INSERT INTO member_day_activity (group_id, day, member_id, messages) "
                             "VALUES (?, ?, ?, ?)"));
    for (int i = 0; i < 7; ++i) {
        q.addBindValue(g.id);
        q.addBindValue(PeriodMath::dayNumber(today.addDays(-i)));
        q.addBindValue(1 + i % 2);
        q.addBindValue(3 + i);
        QVERIFY(q.exec());
    }
    q.prepare(QStringLiteral(
        "INSERT INTO group_hour_activity (group_id, day, hour, messages) VALUES (?, ?, 20, 5)"));
    q.addBindValue(g.id);
    q.addBindValue(PeriodMath::dayNumber(today));
    QVERIFY(q.exec());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO products (id, name, price_minor, "
                                  "repurchase_cycle_days) VALUES (1, 'Tea', 2500, 30)")));
    q.prepare(QStringLiteral(
        "INSERT INTO orders (member_id, product_id, group_id, quantity, unit_price_minor, "
        "total_minor, "
        "currency, ordered_at, status) VALUES (2, 1, ?, 1, 2500, 2500, 'CNY', ?, 'paid')"));
    q.addBindValue(g.id);
    q.addBindValue(QDateTime(last, QTime(12, 0), QTimeZone::utc()).toSecsSinceEpoch());
    QVERIFY(q.exec());
    tx.touch(Table::Orders | Table::Messages | Table::Members);
    QVERIFY(tx.commit());
}

void addGroup(Database &db, const QString &name)
{
    Group g;
    g.name = name;
    QVERIFY(GroupRepository(db).insert(g));
}

QStringList menuTexts(DashboardPane &pane)
{
    QStringList texts;
    const auto *button = pane.findChild<QToolButton *>(QStringLiteral("groupsFilter"));
    for (const QAction *action : button->menu()->actions())
        texts << action->text();
    return texts;
}

/// The width the cells of `column` need (public in QAbstractItemView, not in QTableView).
int contentWidth(const QAbstractItemView *table, int column)
{
    return table->sizeHintForColumn(column);
}

bool waitForUpdate(DashboardPane &pane)
{
    QSignalSpy spy(&pane, &DashboardPane::updated);
    pane.refresh();
    return spy.wait(10000);
}

} // namespace

/// The dashboard pane offscreen: empty state, KPI cards from real data, drill-down, exports,
/// refresh after a commit.
class TestDashboardPane : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settings;

private Q_SLOTS:
    void initTestCase()
    {
        // Panes keep their state in the settings: the tests' own, not the user's.
        QVERIFY(m_settings.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
        QCoreApplication::setOrganizationName(QStringLiteral("CohortTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_dashboardpane"));
    }

    void init() { QVERIFY(QTimeZone::systemTimeZoneId().size() > 0); }

    void emptyWorkspaceShowsHelp()
    {
        Database db;
        QVERIFY(!db.openInMemory().isError());
        QVERIFY(db.setTimeZoneId(QStringLiteral("UTC")));
        DashboardPane pane(db);
        pane.resize(1200, 900);
        pane.show();
        QVERIFY(waitForUpdate(pane));
        QVERIFY(pane.isShowingEmptyState());
        const QImage shot = pane.grab().toImage();
        QVERIFY(!shot.isNull());
    }

    /// The positioning rows: a group without goals says so and asks for the dialog; with a
    /// goal it is judged by its numbers; a group whose writers stopped four weeks ago is listed
    /// as gone quiet with the member who carried it.
    void positioningSectionJudgesEachGroup()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(!db.open(dir.filePath(QStringLiteral("d.cohort")), Database::OpenMode::CreateOrOpen)
                     .isError());
        QVERIFY(db.setTimeZoneId(QStringLiteral("UTC")));
        const QDate last = QDateTime::currentDateTimeUtc().date();
        fill(db, last);
        Group faded;
        faded.name = QStringLiteral("Faded");
        faded.goals = { GroupGoal::Knowledge };
        faded.kpiTargets = { { GoalKpi::ActiveRatio, 0.5 } };
        QVERIFY(GroupRepository(db).insert(faded));
        {
            SqlTransaction tx(db);
            QSqlQuery q(tx.connection());
            q.prepare(QStringLiteral("INSERT INTO memberships (group_id, member_id, role, "
                                     "joined_at) VALUES (?, 1, 'member', 0)"));
            q.addBindValue(faded.id);
            QVERIFY(q.exec());
            q.prepare(QStringLiteral("INSERT INTO member_day_activity (group_id, day, member_id, "
                                     "messages) VALUES (?, ?, 1, 9)"));
            q.addBindValue(faded.id);
            q.addBindValue(PeriodMath::dayNumber(last.addDays(-40)));
            QVERIFY(q.exec());
            tx.touch(Table::Messages | Table::Memberships);
            QVERIFY(tx.commit());
        }
        DashboardPane pane(db);
        pane.resize(1400, 1000);
        pane.setPreset(DashboardPane::Preset::Last30Days);
        pane.show();
        QVERIFY(waitForUpdate(pane));
        PositioningSection *section = pane.positioningSection();
        section->waitForIdle();
        QTableWidget *targets = section->targetsTable();
        QCOMPARE(targets->rowCount(), 2);
        // Missed first (Faded wrote nothing in the 30 days), the group without goals last.
        QCOMPARE(targets->item(0, 0)->text(), QStringLiteral("Faded"));
        QCOMPARE(targets->item(0, 2)->text(), QStringLiteral("Missed"));
        QCOMPARE(targets->item(0, 3)->text(), QStringLiteral("0.0% / 50.0%"));
        QCOMPARE(targets->item(1, 2)->text(), QStringLiteral("No positioning"));
        QSignalSpy goals(&pane, &DashboardPane::groupGoalsRequested);
        Q_EMIT targets->cellDoubleClicked(1, 0);
        QCOMPARE(goals.size(), 1);
        QCOMPARE(goals.first().first().toLongLong(), section->scorecards().at(1).groupId);
        Q_EMIT targets->cellDoubleClicked(0, 0); // positioned: nothing to fix there
        QCOMPARE(goals.size(), 1);

        QTableWidget *quiet = section->quietTable();
        QCOMPARE(quiet->rowCount(), 1);
        QCOMPARE(quiet->item(0, 0)->text(), QStringLiteral("Faded"));
        QCOMPARE(quiet->item(0, 3)->text(), QStringLiteral("<img src=x>Ann (9)"));
        QCOMPARE(section->panels().at(1)->csvData().size(), 2);
    }

    void rendersDataAndDrillsDown()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(!db.open(dir.filePath(QStringLiteral("d.cohort")), Database::OpenMode::CreateOrOpen)
                     .isError());
        QVERIFY(db.setTimeZoneId(QStringLiteral("UTC")));
        fill(db);
        DashboardPane pane(db);
        pane.resize(1400, 1000);
        pane.setPreset(DashboardPane::Preset::Last30Days);
        pane.show();
        QVERIFY(waitForUpdate(pane));
        QVERIFY(!pane.isShowingEmptyState());
        // 3+4+...+9 messages over the last seven days.
        QCOMPARE(pane.metrics().activity.messages, qint64(42));
        QCOMPARE(pane.kpiCards().at(0)->valueText(), QStringLiteral("42"));
        QCOMPARE(pane.metrics().current.orders, qint64(1));
        QCOMPARE(pane.metrics().portfolio.size(), 1);
        QCOMPARE(pane.metrics().portfolio.at(0).name, QStringLiteral("<b>Bold</b> group"));

        const auto funnelMembers = pane.drillDownRows(DrillDown::Kind::FunnelStep, 0);
        QCOMPARE(funnelMembers.size(), 2);
        DrillDownDialog dialog(QStringLiteral("t"), QStringLiteral("v"), funnelMembers);
        QCOMPARE(dialog.rowCount(), 2);

        QTemporaryDir out;
        for (ChartPanel *panel : pane.panels()) {
            QVERIFY2(!panel->csvData().isEmpty(), qPrintable(panel->title()));
            const QString csv = out.filePath(QStringLiteral("p.csv"));
            QVERIFY(panel->exportCsv(csv));
            QFile f(csv);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY(f.size() > 3);
            f.close();
            QFile::remove(csv);
        }
        const QString png = out.filePath(QStringLiteral("c.png"));
        QVERIFY(pane.panels().first()->exportPng(png));
        QVERIFY(!QImage(png).isNull());

        // A commit elsewhere refreshes the dashboard without a call to refresh().
        QSignalSpy spy(&pane, &DashboardPane::updated);
        {
            SqlTransaction tx(db);
            QSqlQuery q(tx.connection());
            QVERIFY(q.exec(QStringLiteral(
                "UPDATE member_day_activity SET messages = messages + 10 WHERE member_id = 2")));
            tx.touch(Table::Messages);
            QVERIFY(tx.commit());
        }
        QVERIFY(spy.wait(10000));
        QVERIFY(pane.metrics().activity.messages > 42);
    }

    void opensOnTheNewestDataAndOffersItLater()
    {
        Database db;
        QVERIFY(!db.openInMemory().isError());
        QVERIFY(db.setTimeZoneId(QStringLiteral("UTC")));
        const QDate last = QDateTime::currentDateTimeUtc().date().addDays(-35); // as the demo
        fill(db, last);
        DashboardPane pane(db);
        pane.resize(1366, 768);
        QSignalSpy updated(&pane, &DashboardPane::updated);
        pane.show();
        QCOMPARE(pane.filters()->preset(), DashboardPane::Preset::Last30Days); // the default
        // The last 30 days are empty: the first result moves to the 30 days up to the data's end.
        QTRY_VERIFY_WITH_TIMEOUT(pane.hasMetrics() && pane.metrics().to == last, 10000);
        QCOMPARE(pane.metrics().from, last.addDays(-29));
        QCOMPARE(pane.metrics().activity.messages, qint64(42));
        QVERIFY(pane.filters()->noticeText().contains(last.toString(Qt::ISODate)));

        // Later an empty choice stays, and the newest period is offered.
        updated.clear();
        pane.setPreset(DashboardPane::Preset::ThisWeek);
        QTRY_VERIFY_WITH_TIMEOUT(pane.metrics().to != last, 10000);
        QCOMPARE(pane.metrics().activity.messages, qint64(0));
        auto *offer = pane.findChild<QPushButton *>(QStringLiteral("newestDataButton"));
        QTRY_VERIFY(offer->isVisible());
        offer->click();
        QTRY_VERIFY_WITH_TIMEOUT(
            last.daysTo(pane.metrics().to) >= 0 && last.daysTo(pane.metrics().to) < 7, 10000);
        QCOMPARE(pane.metrics().from.dayOfWeek(), 1);
        QVERIFY(pane.metrics().activity.messages > 0);

        // All time: the data's first to last day.
        pane.setPreset(DashboardPane::Preset::AllTime);
        QTRY_VERIFY_WITH_TIMEOUT(
            pane.metrics().from == last.addDays(-6) && pane.metrics().to == last, 10000);
    }

    void groupsMenuLearnsImportedGroups()
    {
        Database db;
        QVERIFY(!db.openInMemory().isError());
        QVERIFY(db.setTimeZoneId(QStringLiteral("UTC")));
        fill(db);
        DashboardPane pane(db);
        pane.show();
        QTRY_VERIFY_WITH_TIMEOUT(menuTexts(pane).contains(QStringLiteral("<b>Bold</b> group")),
                                 10000);
        addGroup(db, QStringLiteral("Tea & Coffee"));
        // The commit reloads the facts; the menu follows without a restart.
        QTRY_VERIFY_WITH_TIMEOUT(menuTexts(pane).contains(QStringLiteral("Tea && Coffee")), 10000);
    }

    void automaticGranularityKeepsChartsShort()
    {
        using F = DashboardFilters;
        QCOMPARE(F::automaticGranularity(QDate(2026, 5, 1), QDate(2026, 5, 30)), Granularity::Day);
        QCOMPARE(F::automaticGranularity(QDate(2026, 5, 1), QDate(2026, 6, 29)),
                 Granularity::Day); // 60 days
        QCOMPARE(F::automaticGranularity(QDate(2026, 5, 1), QDate(2026, 10, 31)),
                 Granularity::Week);
        QCOMPARE(F::automaticGranularity(QDate(2024, 1, 1), QDate(2026, 10, 31)),
                 Granularity::Month);

        Database db;
        QVERIFY(!db.openInMemory().isError());
        QVERIFY(db.setTimeZoneId(QStringLiteral("UTC")));
        fill(db);
        DashboardPane pane(db);
        pane.resize(1366, 768);
        pane.show();
        const QDate today = QDateTime::currentDateTimeUtc().date();
        pane.setRange(today.addDays(-180), today);
        QTRY_VERIFY_WITH_TIMEOUT(pane.metrics().from == today.addDays(-180), 10000);
        QVERIFY(pane.metrics().activity.series.size() <= DashboardFilters::MaxPeriods);
        QCOMPARE(pane.metrics().activity.series.at(1).periodStart.dayOfWeek(), 1); // weeks
        // The user can still ask for days.
        pane.setGranularity(Granularity::Day);
        QTRY_VERIFY_WITH_TIMEOUT(pane.metrics().activity.series.size() == 181, 10000);
        // The time axis labels every k-th day so that labels never overlap.
        QCoreApplication::processEvents();
        const auto views = pane.findChildren<QChartView *>();
        QVERIFY(!views.isEmpty());
        PeriodAxis *axis = nullptr;
        for (QAbstractAxis *a : views.first()->chart()->axes(Qt::Horizontal))
            axis = axis ? axis : qobject_cast<PeriodAxis *>(a);
        QVERIFY(axis);
        QVERIFY(axis->step() > 1);
        const qreal plot = views.first()->chart()->plotArea().width();
        const QFontMetricsF metrics(axis->labelsFont());
        qreal widest = 0;
        for (const QString &label : axis->categoriesLabels())
            widest = std::max(widest, metrics.horizontalAdvance(label));
        QVERIFY2(widest < plot / 181 * axis->step(), qPrintable(QString::number(axis->step())));
    }

    void datesApplyOnEnterAndPick()
    {
        Database db;
        QVERIFY(!db.openInMemory().isError());
        QVERIFY(db.setTimeZoneId(QStringLiteral("UTC")));
        fill(db);
        DashboardPane pane(db);
        pane.show();
        pane.setRange(QDate(2026, 3, 1), QDate(2026, 3, 31));
        QTRY_VERIFY_WITH_TIMEOUT(pane.hasMetrics() && pane.metrics().from == QDate(2026, 3, 1),
                                 10000);
        auto *from = pane.findChild<QDateEdit *>(QStringLiteral("rangeFrom"));
        QVERIFY(from);
        // Another year typed into the year, then Enter: applied without leaving the field.
        from->setFocus();
        from->setSelectedSection(QDateTimeEdit::YearSection);
        QTest::keyClicks(from, QStringLiteral("2025"));
        QCOMPARE(pane.controller()->currentRequest().from, QDate(2026, 3, 1)); // not while typing
        QTest::keyClick(from, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(pane.metrics().from == QDate(2025, 3, 1), 10000);
        // A date picked in the calendar applies at once.
        Q_EMIT from->calendarWidget()->clicked(QDate(2026, 2, 10));
        QTRY_VERIFY_WITH_TIMEOUT(pane.metrics().from == QDate(2026, 2, 10), 10000);
    }

    void elidedNamesStayApart()
    {
        const QStringList labels = ChartLabels::uniqueElided(
            { QStringLiteral("Coffee Deals Channel Shanghai"),
              QStringLiteral("Coffee Deals Channel Beijing"), QStringLiteral("李娜"),
              QStringLiteral("李娜"), QStringLiteral("Tea") });
        QCOMPARE(QSet<QString>(labels.cbegin(), labels.cend()).size(), 5);
        for (const QString &label : labels)
            QVERIFY2(label.size() <= 18, qPrintable(label));
        QVERIFY(labels.at(0).endsWith(QStringLiteral("Shanghai")));
        QCOMPARE(labels.at(2), QStringLiteral("李娜"));
        QCOMPARE(labels.at(3), QStringLiteral("李娜 (2)"));
        QCOMPARE(labels.at(4), QStringLiteral("Tea"));
    }

    void cardsAndFunnelShowOneNumber()
    {
        Database db;
        QVERIFY(!db.openInMemory().isError());
        QVERIFY(db.setTimeZoneId(QStringLiteral("UTC")));
        fill(db);
        DashboardPane pane(db);
        pane.show();
        QVERIFY(waitForUpdate(pane));
        const DashboardMetrics &m = pane.metrics();
        QCOMPARE(m.conversion.funnel.at(1).key, QStringLiteral("active"));
        QCOMPARE(m.conversion.funnel.at(1).count, m.current.activeMembers);
        QCOMPARE(pane.kpiCards().at(1)->valueText(),
                 QLocale().toString(m.conversion.funnel.at(1).count));
        QCOMPARE(m.activity.members, m.conversion.funnel.at(0).count);
        QCOMPARE(pane.drillDownRows(DrillDown::Kind::Buyers, 0).size(), m.current.buyers);
    }

    /// Widths kept from an earlier run never cut a number: too narrow columns grow to their
    /// contents, wider ones the user chose stay.
    void portfolioColumnsFitTheirContents()
    {
        Database db;
        QVERIFY(!db.openInMemory().isError());
        QVERIFY(db.setTimeZoneId(QStringLiteral("UTC")));
        fill(db);
        constexpr int Group = 0;
        constexpr int Revenue = 10;
        {
            DashboardPane pane(db);
            pane.resize(1200, 900);
            pane.show();
            QVERIFY(waitForUpdate(pane));
            auto *table = pane.findChild<QTableWidget *>(QStringLiteral("portfolioTable"));
            QVERIFY(table && table->rowCount() > 0);
            QCOMPARE(table->horizontalHeaderItem(Revenue)->text(), QStringLiteral("Revenue"));
            QVERIFY(table->columnWidth(Revenue) >= contentWidth(table, Revenue));
            table->horizontalHeader()->resizeSection(Revenue, 12);
            table->horizontalHeader()->resizeSection(Group, 400);
            pane.saveViewState();
        }
        DashboardPane pane(db);
        pane.resize(1200, 900);
        pane.show();
        QVERIFY(waitForUpdate(pane));
        auto *table = pane.findChild<QTableWidget *>(QStringLiteral("portfolioTable"));
        QVERIFY(contentWidth(table, Revenue) > 12);
        for (int c = 0; c < table->columnCount(); ++c)
            QVERIFY2(table->columnWidth(c) >= contentWidth(table, c),
                     qPrintable(table->horizontalHeaderItem(c)->text()));
        QCOMPARE(table->columnWidth(Group), 400);
    }

    void staleResultsAreDropped()
    {
        Database db;
        QVERIFY(!db.openInMemory().isError());
        QVERIFY(db.setTimeZoneId(QStringLiteral("UTC")));
        fill(db);
        DashboardController controller(db);
        QSignalSpy spy(&controller, &DashboardController::metricsReady);
        MetricsRequest a;
        a.from = QDate(2020, 1, 1);
        a.to = QDate(2020, 1, 7);
        MetricsRequest b = a;
        b.to = QDate(2020, 1, 3);
        controller.request(a);
        controller.request(b);
        QVERIFY(spy.wait(10000));
        controller.waitForIdle();
        QCoreApplication::processEvents();
        // Only the newest request's result arrives.
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<DashboardMetrics>().to, QDate(2020, 1, 3));
    }
};

QTEST_MAIN(TestDashboardPane)
#include "tst_dashboardpane.moc"
