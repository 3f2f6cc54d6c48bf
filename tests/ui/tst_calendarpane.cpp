#include "storage/campaignrepository.h"
#include "storage/database.h"
#include "storage/grouprepository.h"
#include "storage/productrepository.h"
#include "ui/calendar/calendargrid.h"
#include "ui/calendar/calendarpane.h"
#include "ui/languagemanager.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace cohort;

namespace {

QDateTime shanghai(int month, int day, int hour)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, 0), QTimeZone("Asia/Shanghai")).toUTC();
}

} // namespace

/// The Calendar pane driven offscreen: week and month navigation, the agenda and Copy.
class TestCalendarPane : public QObject
{
    Q_OBJECT

    std::unique_ptr<Database> m_db;
    std::unique_ptr<CalendarPane> m_pane;
    qint64 m_mums = 0;
    qint64 m_snacks = 0;

    QTreeWidgetItem *agendaEntry(const QDate &date, const QString &group) const
    {
        QTreeWidget *tree = m_pane->agenda();
        const int day = int(m_pane->today().daysTo(date));
        QTreeWidgetItem *parent = tree->topLevelItem(day);
        for (int i = 0; parent && i < parent->childCount(); ++i) {
            if (parent->child(i)->text(2) == group)
                return parent->child(i);
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void init()
    {
        m_db = std::make_unique<Database>();
        QVERIFY(!m_db->openInMemory().isError());
        QVERIFY(m_db->setTimeZoneId(QStringLiteral("Asia/Shanghai")));
        GroupRepository groups(*m_db);
        Group g;
        g.name = QStringLiteral("宝妈群");
        QVERIFY(groups.insert(g));
        m_mums = g.id;
        g.id = 0;
        g.name = QStringLiteral("Snack Lovers");
        QVERIFY(groups.insert(g));
        m_snacks = g.id;
        Product p;
        p.name = QStringLiteral("坚果礼盒");
        p.price = Money(12800, QStringLiteral("CNY"));
        QVERIFY(ProductRepository(*m_db).insert(p));

        CampaignRepository campaigns(*m_db);
        Campaign flash;
        flash.name = QStringLiteral("Flash Mon-Thu");
        flash.type = CampaignType::FlashSale;
        flash.status = CampaignStatus::Scheduled;
        flash.groupIds = { m_mums, m_snacks };
        flash.products = { { p.id, Money(9900, QStringLiteral("CNY")), 50 } };
        flash.startsAt = shanghai(3, 2, 20);
        flash.endsAt = shanghai(3, 31, 23);
        flash.timeZone = QStringLiteral("Asia/Shanghai");
        flash.recurrence = QStringLiteral("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH");
        flash.durationMinutes = 30;
        flash.announcementTemplate = QStringLiteral("⚡ {product} tonight in {group}: {campaign}");
        QVERIFY(campaigns.insert(flash));
        Campaign referral;
        referral.name = QStringLiteral("Referral day");
        referral.type = CampaignType::ReferralDay;
        referral.groupIds = { m_mums };
        referral.startsAt = shanghai(3, 7, 10);
        referral.timeZone = QStringLiteral("Asia/Shanghai");
        referral.recurrence = QStringLiteral("FREQ=MONTHLY;BYDAY=1SA");
        referral.durationMinutes = 600;
        QVERIFY(campaigns.insert(referral));
        Campaign cancelled = flash;
        cancelled.id = 0;
        cancelled.name = QStringLiteral("Cancelled");
        cancelled.status = CampaignStatus::Cancelled;
        cancelled.recurrence.clear();
        cancelled.startsAt = shanghai(3, 3, 10);
        QVERIFY(campaigns.insert(cancelled));

        m_pane = std::make_unique<CalendarPane>(*m_db);
        m_pane->resize(1300, 800);
        m_pane->setToday(QDate(2026, 3, 4));
        m_pane->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
    }

    void cleanup()
    {
        m_pane.reset();
        m_db.reset();
    }

    void weekShowsEveryOccurrenceAcrossGroups()
    {
        QCOMPARE(m_pane->view(), CalendarPane::View::Week);
        QCOMPARE(m_pane->periodStart(), QDate(2026, 3, 2));
        // Mon–Thu in two groups, the first Saturday in one; the cancelled campaign is left out.
        QCOMPARE(m_pane->periodOccurrences().size(), 4 * 2 + 1);
        QCOMPARE(m_pane->grid()->dayCount(), 7);
        QListWidget *monday = m_pane->grid()->dayList(QDate(2026, 3, 2));
        QVERIFY(monday);
        QCOMPARE(monday->count(), 2);
        QVERIFY(monday->item(0)->text().contains(QStringLiteral("Flash Mon-Thu")));
        QCOMPARE(m_pane->grid()->dayList(QDate(2026, 3, 3))->count(), 2);
        QCOMPARE(m_pane->grid()->dayList(QDate(2026, 3, 6))->count(), 0);
        QListWidget *saturday = m_pane->grid()->dayList(QDate(2026, 3, 7));
        QCOMPARE(saturday->count(), 1);
        QVERIFY(saturday->item(0)->text().contains(QStringLiteral("Referral day · 宝妈群")));
    }

    void keyboardNavigatesWeeks()
    {
        QTest::keyClick(m_pane.get(), Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(m_pane->periodStart(), QDate(2026, 3, 9));
        QCOMPARE(m_pane->periodOccurrences().size(), 8); // no first Saturday this week
        QTest::keyClick(m_pane.get(), Qt::Key_Left, Qt::AltModifier);
        QTest::keyClick(m_pane.get(), Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(m_pane->periodStart(), QDate(2026, 2, 23));
        QVERIFY(m_pane->periodOccurrences().isEmpty()); // before the first start
        QTest::keyClick(m_pane.get(), Qt::Key_Home, Qt::AltModifier);
        QCOMPARE(m_pane->periodStart(), QDate(2026, 3, 2));
        // The toolbar buttons do the same.
        QTest::mouseClick(m_pane->findChild<QToolButton *>(QStringLiteral("nextButton")),
                          Qt::LeftButton);
        QCOMPARE(m_pane->periodStart(), QDate(2026, 3, 9));
    }

    void monthView()
    {
        QTest::mouseClick(m_pane->findChild<QPushButton *>(QStringLiteral("monthButton")),
                          Qt::LeftButton);
        QCOMPARE(m_pane->view(), CalendarPane::View::Month);
        // The chosen view stands out in any palette: bold.
        QVERIFY(m_pane->findChild<QPushButton *>(QStringLiteral("monthButton"))->font().bold());
        QVERIFY(!m_pane->findChild<QPushButton *>(QStringLiteral("weekButton"))->font().bold());
        // March 2026 starts on a Sunday: the grid runs Monday 23 February – Sunday 5 April.
        QCOMPARE(m_pane->periodStart(), QDate(2026, 2, 23));
        QCOMPARE(m_pane->grid()->dayCount(), 42);
        // 18 Mondays–Thursdays in March × 2 groups, and the first Saturdays 7 March, 4 April.
        QCOMPARE(m_pane->periodOccurrences().size(), 18 * 2 + 2);
        QCOMPARE(m_pane->grid()->dayList(QDate(2026, 4, 4))->count(), 1);
        // A month cell shows one entry per campaign start for all its groups.
        QListWidget *monday = m_pane->grid()->dayList(QDate(2026, 3, 2));
        QCOMPARE(monday->count(), 1);
        QVERIFY2(monday->item(0)->text().endsWith(QStringLiteral("· 2 groups")),
                 qPrintable(monday->item(0)->text()));
        QTest::keyClick(m_pane.get(), Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(m_pane->periodStart(), QDate(2026, 3, 30));
        // 30 and 31 March in both groups (the campaign ends on the 31st); 4 April and 2 May.
        QCOMPARE(m_pane->periodOccurrences().size(), 2 * 2 + 2);
    }

    void groupFilter()
    {
        auto *combo = m_pane->findChild<QComboBox *>(QStringLiteral("groupFilter"));
        QVERIFY(combo);
        combo->setCurrentIndex(combo->findData(m_snacks));
        QCOMPARE(m_pane->periodOccurrences().size(), 4);
        for (const CampaignOccurrence &o : m_pane->periodOccurrences())
            QCOMPARE(o.groupName, QStringLiteral("Snack Lovers"));
    }

    void agendaAndCopy()
    {
        // Wednesday 4 March to Wednesday 11 March.
        QCOMPARE(m_pane->agenda()->topLevelItemCount(), 8);
        QCOMPARE(m_pane->agendaOccurrences().size(), 5 * 2 + 1);
        QVERIFY(m_pane->agenda()->topLevelItem(0)->text(0).startsWith(QLatin1String("Today")));
        auto *copy = m_pane->findChild<QPushButton *>(QStringLiteral("copyButton"));
        QVERIFY(!copy->isEnabled());
        QTreeWidgetItem *entry = agendaEntry(QDate(2026, 3, 4), QStringLiteral("宝妈群"));
        QVERIFY(entry);
        m_pane->agenda()->setCurrentItem(entry);
        const QString expected = QStringLiteral("⚡ 坚果礼盒 tonight in 宝妈群: Flash Mon-Thu");
        QCOMPARE(m_pane->announcementText(), expected);
        QVERIFY(copy->isEnabled());
        QApplication::clipboard()->clear();
        QTest::mouseClick(copy, Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), expected);
        // The grid shows the same occurrence selected.
        QListWidget *wednesday = m_pane->grid()->dayList(QDate(2026, 3, 4));
        QVERIFY(wednesday->currentItem());
        QVERIFY(wednesday->currentItem()->text().contains(QStringLiteral("宝妈群")));

        // Choosing in the grid fills the other group's name in.
        wednesday->setCurrentRow(wednesday->currentRow() == 0 ? 1 : 0);
        QCOMPARE(m_pane->announcementText(),
                 QStringLiteral("⚡ 坚果礼盒 tonight in Snack Lovers: Flash Mon-Thu"));

        // Without a template there is nothing to copy.
        QTreeWidgetItem *referral = agendaEntry(QDate(2026, 3, 7), QStringLiteral("宝妈群"));
        QVERIFY(referral);
        m_pane->agenda()->setCurrentItem(referral);
        QVERIFY2(m_pane->announcementText().isEmpty(), qPrintable(m_pane->announcementText()));
        QVERIFY(!copy->isEnabled());
    }

    void followsEdits()
    {
        Campaign once;
        once.name = QStringLiteral("Live class");
        once.type = CampaignType::KnowledgeSession;
        once.groupIds = { m_snacks };
        once.startsAt = shanghai(3, 6, 19);
        once.timeZone = QStringLiteral("Asia/Shanghai");
        QVERIFY(CampaignRepository(*m_db).insert(once));
        QCOMPARE(m_pane->periodOccurrences().size(), 4 * 2 + 1 + 1);
        QCOMPARE(m_pane->grid()->dayList(QDate(2026, 3, 6))->count(), 1);
    }

    void reachableFromTheSidebar()
    {
        m_pane.reset(); // the window takes the workspace over
        LanguageManager languages;
        MainWindow window(&languages);
        window.setWorkspace(std::move(m_db));
        window.show();
        auto *sidebar = window.findChild<QListWidget *>(QStringLiteral("sidebar"));
        QVERIFY(sidebar);
        const QList<QListWidgetItem *> items
            = sidebar->findItems(QStringLiteral("Calendar"), Qt::MatchExactly);
        QCOMPARE(items.size(), 1);
        sidebar->setCurrentItem(items.first());
        QVERIFY(window.calendar());
        auto *stack = qobject_cast<QStackedWidget *>(window.calendar()->parentWidget());
        QVERIFY(stack);
        QCOMPARE(stack->currentWidget(), window.calendar());
        // The workspace's campaigns are on it (its today is the clock's, so look at March).
        window.calendar()->setToday(QDate(2026, 3, 4));
        QCOMPARE(window.calendar()->periodOccurrences().size(), 4 * 2 + 1);
    }
};

QTEST_MAIN(TestCalendarPane)
#include "tst_calendarpane.moc"
