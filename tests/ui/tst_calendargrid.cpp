#include "ui/calendar/calendargrid.h"

#include <QApplication>
#include <QListWidget>
#include <QMenu>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

using namespace cohort;

namespace {

const QDate Monday(2026, 3, 2); // the grid's first day
const QDate Busy(2026, 3, 11); // a Wednesday in the second row

QList<CampaignOccurrence> occurrencesOn(const QDate &date, int count)
{
    QList<CampaignOccurrence> list;
    for (int i = 0; i < count; ++i) {
        CampaignOccurrence o;
        o.campaignId = i + 1;
        o.campaignName = QStringLiteral("Campaign %1").arg(i + 1);
        o.groupId = 1;
        o.groupName = QStringLiteral("Snack Lovers");
        o.startUtc = QDateTime(date, QTime(8, i % 60), QTimeZone::utc());
        o.endUtc = o.startUtc.addSecs(3600);
        o.localDate = date;
        list << o;
    }
    return list;
}

struct Shown
{
    int occurrences = 0; ///< entries of occurrences that are not hidden
    int hidden = 0;
    const QListWidgetItem *more = nullptr;
};

Shown shownIn(const QListWidget *list)
{
    Shown shown;
    for (int r = 0; r < list->count(); ++r) {
        const QListWidgetItem *item = list->item(r);
        if (CalendarGrid::isMoreItem(item))
            shown.more = item;
        else if (list->isRowHidden(r))
            ++shown.hidden;
        else
            ++shown.occurrences;
    }
    return shown;
}

} // namespace

/// A day with more campaigns than its cell holds: the first ones and "+K more", never a scroll bar.
class TestCalendarGrid : public QObject
{
    Q_OBJECT

    std::unique_ptr<CalendarGrid> m_grid;

    void show(int width, int height, int count)
    {
        m_grid = std::make_unique<CalendarGrid>();
        m_grid->resize(width, height);
        m_grid->setDays(Monday, 6, QDate(2026, 3, 1), QDate(2026, 3, 6));
        m_grid->setOccurrences(occurrencesOn(Busy, count), QTimeZone::utc(), true);
        m_grid->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_grid.get()));
        QCoreApplication::processEvents();
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void cleanup() { m_grid.reset(); }

    void busyDayShowsFirstEntriesAndMore_data()
    {
        QTest::addColumn<int>("height");
        QTest::addColumn<int>("count");
        QTest::newRow("small cells, 12 campaigns") << 500 << 12;
        QTest::newRow("small cells, 40 campaigns") << 500 << 40;
        QTest::newRow("tall cells, 30 campaigns") << 1400 << 30;
    }

    void busyDayShowsFirstEntriesAndMore()
    {
        QFETCH(int, height);
        QFETCH(int, count);
        show(900, height, count);
        QListWidget *day = m_grid->dayList(Busy);
        QVERIFY(day);
        QVERIFY(!day->verticalScrollBar()->isVisible());
        const Shown shown = shownIn(day);
        QVERIFY(shown.more);
        QVERIFY(shown.hidden > 0);
        QCOMPARE(shown.occurrences + shown.hidden, count);
        QCOMPARE(shown.more->text(), QStringLiteral("+%1 more").arg(shown.hidden));
        // The first campaigns are the ones shown, the "+K more" entry last.
        QVERIFY(!day->isRowHidden(0));
        QCOMPARE(day->row(shown.more), day->count() - 1);
        // Everything shown is inside the cell, nothing is cut off at its bottom.
        for (int r = 0; r < day->count(); ++r) {
            if (!day->isRowHidden(r))
                QVERIFY2(day->visualItemRect(day->item(r)).bottom() < day->viewport()->height(),
                         qPrintable(day->item(r)->text()));
        }
        // The tooltip names the hidden campaigns.
        QVERIFY(shown.more->toolTip().contains(QStringLiteral("Campaign %1").arg(count)));
        QVERIFY(!shown.more->toolTip().contains(QStringLiteral("Campaign 1<")));
    }

    void quietDayHasNoMoreEntry()
    {
        show(900, 700, 2);
        const Shown shown = shownIn(m_grid->dayList(Busy));
        QVERIFY(!shown.more);
        QCOMPARE(shown.occurrences, 2);
        QCOMPARE(shown.hidden, 0);
    }

    void growingTheCellShowsMore()
    {
        show(900, 500, 12);
        const Shown before = shownIn(m_grid->dayList(Busy));
        QVERIFY(before.more);
        m_grid->resize(900, 1400);
        QCoreApplication::processEvents();
        const Shown after = shownIn(m_grid->dayList(Busy));
        QVERIFY2(
            after.occurrences > before.occurrences,
            qPrintable(QStringLiteral("%1 → %2").arg(before.occurrences).arg(after.occurrences)));
        m_grid->resize(900, 6000);
        QCoreApplication::processEvents();
        const Shown all = shownIn(m_grid->dayList(Busy));
        QVERIFY(!all.more);
        QCOMPARE(all.occurrences, 12);
    }

    /// Entries set while the grid is hidden are fitted when it shows again.
    void fitsEntriesSetWhileHidden()
    {
        show(1400, 900, 1);
        QVERIFY(!shownIn(m_grid->dayList(Busy)).more);
        m_grid->hide();
        m_grid->setOccurrences(occurrencesOn(Busy, 12), QTimeZone::utc(), true);
        m_grid->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_grid.get()));
        QCoreApplication::processEvents();
        const Shown shown = shownIn(m_grid->dayList(Busy));
        QVERIFY(shown.more);
        QCOMPARE(shown.occurrences + shown.hidden, 12);
    }

    void clickingMoreListsTheDayAndSelects()
    {
        show(900, 500, 12);
        QListWidget *day = m_grid->dayList(Busy);
        const Shown shown = shownIn(day);
        QVERIFY(shown.more);
        QSignalSpy selected(m_grid.get(), &CalendarGrid::occurrenceSelected);
        QTest::mouseClick(day->viewport(), Qt::LeftButton, {},
                          day->visualItemRect(shown.more).center());
        // The entry itself is not selectable: it stands for no campaign.
        QVERIFY(day->selectedItems().isEmpty());
        QMenu *menu = nullptr;
        QTRY_VERIFY((menu = m_grid->findChild<QMenu *>(QStringLiteral("dayEntriesMenu"))));
        QCOMPARE(menu->actions().size(), 12);
        menu->actions().last()->trigger();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().first().toInt(), 11);
        menu->close();
    }
};

QTEST_MAIN(TestCalendarGrid)
#include "tst_calendargrid.moc"
