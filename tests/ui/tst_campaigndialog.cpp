#include "demo/demogenerator.h"
#include "domain/recurrencerule.h"
#include "storage/campaignrepository.h"
#include "storage/database.h"
#include "storage/grouprepository.h"
#include "storage/productrepository.h"
#include "storage/workspacezone.h"
#include "ui/campaigns/campaigndialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

using namespace cohort;

/// CampaignDialog: the fields of each campaign type, their inline validation, the schedule
/// editor and its preview.
class TestCampaignDialog : public QObject
{
    Q_OBJECT

    std::unique_ptr<Database> m_db;
    std::unique_ptr<CampaignDialog> m_dialog;

    template<typename W> W *child(const char *name) const
    {
        W *w = m_dialog->findChild<W *>(QLatin1String(name));
        if (!w)
            qWarning("no child %s", name);
        return w;
    }

    void setType(CampaignType type)
    {
        auto *combo = child<QComboBox>("typeCombo");
        combo->setCurrentIndex(combo->findData(enumKey(type)));
    }

    void setRepeat(CampaignDialog::Repeat repeat)
    {
        child<QComboBox>("repeatCombo")->setCurrentIndex(int(repeat));
    }

    void tickProduct(int row, bool on = true)
    {
        child<QListWidget>("productsList")
            ->item(row)
            ->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }

    bool hasProblem(const QString &fragment) const
    {
        const QStringList problems = m_dialog->problems();
        for (const QString &p : problems) {
            if (p.contains(fragment, Qt::CaseInsensitive))
                return true;
        }
        return false;
    }

    void addTier(int participants, const QString &price)
    {
        QTest::mouseClick(child<QPushButton>("addTierButton"), Qt::LeftButton);
        auto *table = child<QTableWidget>("tiersTable");
        const int row = table->rowCount() - 1;
        qobject_cast<QSpinBox *>(table->cellWidget(row, 0))->setValue(participants);
        qobject_cast<QLineEdit *>(table->cellWidget(row, 1))->setText(price);
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void init()
    {
        m_db = std::make_unique<Database>();
        QVERIFY(!m_db->openInMemory().isError());
        QVERIFY(m_db->setTimeZoneId(QStringLiteral("Asia/Shanghai")));
        Group g;
        g.name = QStringLiteral("宝妈群");
        QVERIFY(GroupRepository(*m_db).insert(g));
        for (const char *name : { "Nut box", "Tea" }) {
            Product p;
            p.name = QLatin1String(name);
            p.price = Money(10000, QStringLiteral("CNY"));
            QVERIFY(ProductRepository(*m_db).insert(p));
        }
        m_dialog = std::make_unique<CampaignDialog>(*m_db);
        child<QLineEdit>("nameEdit")->setText(QStringLiteral("Thursday flash"));
    }

    void cleanup()
    {
        m_dialog.reset();
        m_db.reset();
    }

    void flashSaleNeedsOneProductPriceAndLimit()
    {
        setType(CampaignType::FlashSale);
        QVERIFY(hasProblem(QStringLiteral("exactly one product")));
        QVERIFY(hasProblem(QStringLiteral("flash price")));
        QVERIFY(hasProblem(QStringLiteral("how many units")));
        tickProduct(0);
        tickProduct(1);
        QVERIFY(hasProblem(QStringLiteral("exactly one product")));
        tickProduct(1, false);
        child<QLineEdit>("flashPriceEdit")->setText(QStringLiteral("19.9"));
        child<QSpinBox>("flashLimitSpin")->setValue(100);
        QCOMPARE(m_dialog->problems(), QStringList());
        const Campaign c = m_dialog->campaign();
        QCOMPARE(c.products.size(), 1);
        QCOMPARE(c.products.first().price, Money(1990, QStringLiteral("CNY")));
        QCOMPARE(c.products.first().quantityLimit, 100);
        // One-off, ending (by default) when its one session does.
        QVERIFY(c.recurrence.isEmpty());
        QCOMPARE(c.endsAt, c.startsAt.addSecs(qint64(c.durationMinutes) * 60));
        QCOMPARE(c.timeZone, QStringLiteral("Asia/Shanghai"));
    }

    void tieredGroupBuyNeedsFallingTiers()
    {
        setType(CampaignType::TieredGroupBuy);
        QVERIFY(hasProblem(QStringLiteral("products of the gift pack")));
        QVERIFY(hasProblem(QStringLiteral("at least two tiers")));
        tickProduct(0);
        tickProduct(1);
        addTier(2, QStringLiteral("90"));
        addTier(3, QStringLiteral("95"));
        QVERIFY(!m_dialog->problems().isEmpty()); // 3 people pay more than 2
        QVERIFY(!hasProblem(QStringLiteral("at least two tiers")));
        auto *table = child<QTableWidget>("tiersTable");
        qobject_cast<QLineEdit *>(table->cellWidget(1, 1))->setText(QStringLiteral("85"));
        addTier(5, QStringLiteral("75"));
        QCOMPARE(m_dialog->problems(), QStringList());
        const Campaign c = m_dialog->campaign();
        QCOMPARE(c.priceTiers.size(), 3);
        QCOMPARE(c.priceTiers.at(2), (PriceTier { 5, Money(7500, QStringLiteral("CNY")) }));
        // Another type keeps no tiers behind.
        setType(CampaignType::Solitaire);
        QVERIFY(m_dialog->campaign().priceTiers.isEmpty());
    }

    void referralRedPacketSessionCheckIn()
    {
        setType(CampaignType::ReferralDay);
        QVERIFY(hasProblem(QStringLiteral("recommender")));
        QVERIFY(hasProblem(QStringLiteral("gift")));
        child<QLineEdit>("referrerRewardEdit")->setText(QStringLiteral("ten"));
        child<QLineEdit>("newMemberGiftEdit")->setText(QStringLiteral("Sample pack"));
        QVERIFY(hasProblem(QStringLiteral("recommender")));
        child<QLineEdit>("referrerRewardEdit")->setText(QStringLiteral("10"));
        QCOMPARE(m_dialog->problems(), QStringList());
        QCOMPARE(m_dialog->campaign().details.referrerReward, Money(1000, QStringLiteral("CNY")));
        QCOMPARE(m_dialog->campaign().details.newMemberGift, QStringLiteral("Sample pack"));

        setType(CampaignType::RedPacket);
        child<QLineEdit>("redPacketTotalEdit")->setText(QStringLiteral("0.10"));
        child<QSpinBox>("redPacketCountSpin")->setValue(20);
        QVERIFY(hasProblem(QStringLiteral("at least 0.01")));
        child<QSpinBox>("redPacketCountSpin")->setValue(10);
        QCOMPARE(m_dialog->problems(), QStringList());
        // The referral fields are not stored with a red-packet campaign.
        QVERIFY(m_dialog->campaign().details.newMemberGift.isEmpty());
        QCOMPARE(m_dialog->campaign().details.redPacketCount, 10);

        setType(CampaignType::KnowledgeSession);
        QVERIFY(hasProblem(QStringLiteral("topic")));
        child<QLineEdit>("topicEdit")->setText(QStringLiteral("Sleep training"));
        QCOMPARE(m_dialog->problems(), QStringList());

        setType(CampaignType::CheckIn);
        QVERIFY(hasProblem(QStringLiteral("how many days")));
        child<QSpinBox>("checkInDaysSpin")->setValue(21);
        QCOMPARE(m_dialog->problems(), QStringList());
    }

    void weeklyScheduleAndPreview()
    {
        setType(CampaignType::KnowledgeSession);
        child<QLineEdit>("topicEdit")->setText(QStringLiteral("Q&A"));
        // The edits hold naive wall-clock times of the campaign's zone (spec UTC), whatever the
        // computer's zone is.
        const QDate today
            = QDateTime::currentDateTimeUtc().toTimeZone(WorkspaceZone::of(*m_db)).date();
        const QDate monday = today.addDays(8 - today.dayOfWeek());
        child<QDateTimeEdit>("startsEdit")->setDateTime(QDateTime(monday, QTime(20, 0), Qt::UTC));
        setRepeat(CampaignDialog::Repeat::Weekly);
        // Choosing to repeat gives a one-hour campaign an end four weeks on.
        QCOMPARE(child<QDateTimeEdit>("endsEdit")->dateTime(),
                 QDateTime(monday, QTime(20, 0), Qt::UTC).addDays(28));
        child<QDateTimeEdit>("endsEdit")
            ->setDateTime(QDateTime(monday.addDays(60), QTime(23, 0), Qt::UTC));
        for (int day = 1; day <= 7; ++day)
            m_dialog->findChild<QCheckBox *>(QStringLiteral("weekday%1").arg(day))
                ->setChecked(false);
        QVERIFY(hasProblem(QStringLiteral("at least one weekday")));
        for (int day = 1; day <= 4; ++day)
            m_dialog->findChild<QCheckBox *>(QStringLiteral("weekday%1").arg(day))
                ->setChecked(true);
        QCOMPARE(m_dialog->problems(), QStringList());
        const Campaign c = m_dialog->campaign();
        QCOMPARE(c.recurrence, QStringLiteral("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH"));
        QCOMPARE(c.startsAt.toTimeZone(QTimeZone("Asia/Shanghai")).time(), QTime(20, 0));
        const QString preview = m_dialog->previewText();
        QVERIFY2(preview.contains(QStringLiteral("Monday to Thursday")), qPrintable(preview));
        QCOMPARE(preview.count(QStringLiteral("• ")), 5);
        QVERIFY2(preview.contains(QLocale().toString(monday, QStringLiteral("ddd "))),
                 qPrintable(preview));
        // An end before the start is refused.
        child<QDateTimeEdit>("endsEdit")
            ->setDateTime(QDateTime(monday.addDays(-1), QTime(0, 0), Qt::UTC));
        QVERIFY(hasProblem(QStringLiteral("end after it starts")));
    }

    void storedRulesShowInTheControls()
    {
        Campaign c = m_dialog->campaign();
        c.type = CampaignType::KnowledgeSession;
        c.details.sessionTopic = QStringLiteral("Reading");
        c.details.sessionSpeaker = QStringLiteral("Ms Wang");
        c.recurrence = QStringLiteral("FREQ=MONTHLY;BYDAY=1SA");
        c.endsAt = c.startsAt.addDays(200);
        m_dialog->setCampaign(c);
        QCOMPARE(child<QComboBox>("repeatCombo")->currentIndex(),
                 int(CampaignDialog::Repeat::MonthlyWeekday));
        QCOMPARE(child<QComboBox>("ordinalCombo")->currentData().toInt(), 1);
        QCOMPARE(child<QComboBox>("monthWeekdayCombo")->currentData().toInt(), 6);
        QCOMPARE(m_dialog->campaign().endsAt, c.endsAt); // showing the rule keeps the end
        QCOMPARE(m_dialog->campaign().recurrence, QStringLiteral("FREQ=MONTHLY;BYDAY=1SA"));
        QCOMPARE(m_dialog->campaign().details, c.details);
        QVERIFY(m_dialog->previewText().contains(QStringLiteral("first Saturday")));

        c.recurrence = QStringLiteral("FREQ=MONTHLY;BYMONTHDAY=-1");
        m_dialog->setCampaign(c);
        QCOMPARE(child<QComboBox>("repeatCombo")->currentIndex(),
                 int(CampaignDialog::Repeat::MonthlyDay));
        QCOMPARE(child<QSpinBox>("monthDaySpin")->value(), 0); // "last day"
        QCOMPARE(m_dialog->campaign().recurrence, c.recurrence);

        // What the simple controls cannot show stays an editable rule.
        c.recurrence = QStringLiteral("FREQ=WEEKLY;INTERVAL=2;BYDAY=SA");
        m_dialog->setCampaign(c);
        QCOMPARE(child<QComboBox>("repeatCombo")->currentIndex(),
                 int(CampaignDialog::Repeat::Custom));
        QCOMPARE(m_dialog->campaign().recurrence, c.recurrence);
        child<QLineEdit>("recurrenceEdit")->setText(QStringLiteral("FREQ=YEARLY"));
        QVERIFY(!m_dialog->problems().isEmpty());
    }

    void announcementPlaceholdersAreChecked()
    {
        setType(CampaignType::KnowledgeSession);
        child<QLineEdit>("topicEdit")->setText(QStringLiteral("Q&A"));
        child<QPlainTextEdit>("announcementEdit")
            ->setPlainText(QStringLiteral("{campaign} in {group}, {limit} seats"));
        QVERIFY(hasProblem(QStringLiteral("{limit}")));
        child<QPlainTextEdit>("announcementEdit")
            ->setPlainText(QStringLiteral("{campaign} in {group} until {deadline}"));
        QCOMPARE(m_dialog->problems(), QStringList());
    }

    void everyDemoCampaignIsValid()
    {
        // Opening a demo campaign and pressing OK must work for every type.
        m_dialog.reset();
        m_db = std::make_unique<Database>();
        QVERIFY(!m_db->openInMemory().isError());
        QVERIFY(DemoGenerator(*m_db).generate(7, DemoGenerator::Scale::Small));
        const QList<Campaign> campaigns = CampaignRepository(*m_db).all();
        QVERIFY(campaigns.size() >= 7);
        QSet<CampaignType> types;
        m_dialog = std::make_unique<CampaignDialog>(*m_db);
        for (const Campaign &c : campaigns) {
            m_dialog->setCampaign(c);
            QVERIFY2(m_dialog->problems().isEmpty(),
                     qPrintable(c.name + QStringLiteral(": ") + m_dialog->problems().join(u'|')));
            types.insert(c.type);
            // Unchanged, the dialog gives the campaign back as stored (no spurious undo step).
            Campaign back = m_dialog->campaign();
            QCOMPARE(back.details, c.details);
            QCOMPARE(back.recurrence, c.recurrence);
            QCOMPARE(back.startsAt, c.startsAt);
            QCOMPARE(back.endsAt, c.endsAt);
            QCOMPARE(back.products, c.products);
            QCOMPARE(back.priceTiers, c.priceTiers);
            QCOMPARE(back.name, c.name);
            QCOMPARE(back.status, c.status);
            QCOMPARE(back.groupIds, c.groupIds);
            QCOMPARE(back.timeZone, c.timeZone);
            QCOMPARE(back.durationMinutes, c.durationMinutes);
            QCOMPARE(back.goalKind, c.goalKind);
            QCOMPARE(back.goalValue, c.goalValue);
            QCOMPARE(back.announcementTemplate, c.announcementTemplate);
            QCOMPARE(back.notes, c.notes);
            QVERIFY(back == c);
        }
        QCOMPARE(types.size(), 7);
    }
};

QTEST_MAIN(TestCampaignDialog)
#include "tst_campaigndialog.moc"
