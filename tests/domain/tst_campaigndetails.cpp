#include "domain/campaigndetails.h"

#include <QTest>

using namespace cohort;

/// CampaignDetails: the type-specific fields and their two stored JSON forms.
class TestCampaignDetails : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip()
    {
        CampaignDetails d;
        d.referrerReward = Money(1000, QStringLiteral("CNY"));
        d.newMemberGift = QStringLiteral("见面礼 \"sample\"");
        d.pickupNote = QStringLiteral("北门自提");
        d.redPacketTotal = Money(20000, QStringLiteral("CNY"));
        d.redPacketCount = 40;
        d.sessionTopic = QStringLiteral("Sleep");
        d.sessionSpeaker = QStringLiteral("Dr. Li");
        d.checkInDays = 21;
        d.checkInReward = QStringLiteral("a mug");
        QCOMPARE(CampaignDetails::fromJson(d.rewardRuleJson(), d.detailsJson()), d);
    }

    void emptyStaysEmpty()
    {
        const CampaignDetails d;
        QVERIFY(d.rewardRuleJson().isEmpty());
        QVERIFY(d.detailsJson().isEmpty());
        QCOMPARE(CampaignDetails::fromJson(QString(), QString()), d);
    }

    void readsTheDemoRewardRuleAndIgnoresGarbage()
    {
        const CampaignDetails d = CampaignDetails::fromJson(
            QStringLiteral(
                R"({"referrer_rebate_minor":1000,"currency":"CNY","new_member_gift":"SN-001"})"),
            QStringLiteral("not json"));
        QCOMPARE(d.referrerReward, Money(1000, QStringLiteral("CNY")));
        QCOMPARE(d.newMemberGift, QStringLiteral("SN-001"));
        QCOMPARE(d.redPacketCount, 0);
        // The reward rule keeps its established keys.
        QVERIFY(d.rewardRuleJson().contains(QLatin1String("\"referrer_rebate_minor\":1000")));
    }
};

QTEST_GUILESS_MAIN(TestCampaignDetails)
#include "tst_campaigndetails.moc"
