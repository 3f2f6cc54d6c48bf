#include "analytics/periodmath.h"
#include "storage/database.h"
#include "storage/grouprepository.h"
#include "storage/sqltransaction.h"
#include "ui/dashboards/chartpanel.h"
#include "ui/dashboards/dashboardcontroller.h"
#include "ui/dashboards/dashboardpane.h"
#include "ui/dashboards/drilldowndialog.h"
#include "ui/dashboards/kpicard.h"

#include <QApplication>
#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace cohort;

namespace {

/// Two members, one group, a week of messages and one order, all in UTC.
void fill(Database &db)
{
    Group g;
    g.name = QStringLiteral("<b>Bold</b> group");
    QVERIFY(GroupRepository(db).insert(g));
    SqlTransaction tx(db);
    QSqlQuery q(tx.connection());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO members (id, display_name, created_at) VALUES "
                                  "(1, '<img src=x>Ann', 0), (2, 'Ben', 0)")));
    q.prepare(QStringLiteral("INSERT INTO memberships (group_id, member_id, role, joined_at) VALUES (?, ?, ?, 0)"));
    q.addBindValue(g.id);
    q.addBindValue(1);
    q.addBindValue(QStringLiteral("seed"));
    QVERIFY(q.exec());
    q.addBindValue(g.id);
    q.addBindValue(2);
    q.addBindValue(QStringLiteral("member"));
    QVERIFY(q.exec());
    const QDate today = QDateTime::currentDateTimeUtc().date();
    q.prepare(QStringLiteral("INSERT INTO member_day_activity (group_id, day, member_id, messages) VALUES (?, ?, ?, ?)"));
    for (int i = 0; i < 7; ++i) {
        q.addBindValue(g.id);
        q.addBindValue(PeriodMath::dayNumber(today.addDays(-i)));
        q.addBindValue(1 + i % 2);
        q.addBindValue(3 + i);
        QVERIFY(q.exec());
    }
    q.prepare(QStringLiteral("INSERT INTO group_hour_activity (group_id, day, hour, messages) VALUES (?, ?, 20, 5)"));
    q.addBindValue(g.id);
    q.addBindValue(PeriodMath::dayNumber(today));
    QVERIFY(q.exec());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO products (id, name, price_minor, repurchase_cycle_days) VALUES (1, 'Tea', 2500, 30)")));
    q.prepare(QStringLiteral("INSERT INTO orders (member_id, product_id, group_id, quantity, unit_price_minor, total_minor, "
                             "currency, ordered_at, status) VALUES (2, 1, ?, 1, 2500, 2500, 'CNY', ?, 'paid')"));
    q.addBindValue(g.id);
    q.addBindValue(QDateTime::currentSecsSinceEpoch() - 3600);
    QVERIFY(q.exec());
    tx.touch(Table::Orders | Table::Messages | Table::Members);
    QVERIFY(tx.commit());
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

private Q_SLOTS:
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

    void rendersDataAndDrillsDown()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(!db.open(dir.filePath(QStringLiteral("d.cohort")), Database::OpenMode::CreateOrOpen).isError());
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
            QVERIFY(q.exec(QStringLiteral("UPDATE member_day_activity SET messages = messages + 10 WHERE member_id = 2")));
            tx.touch(Table::Messages);
            QVERIFY(tx.commit());
        }
        QVERIFY(spy.wait(10000));
        QVERIFY(pane.metrics().activity.messages > 42);
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
