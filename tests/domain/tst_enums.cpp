#include "domain/enums.h"

#include <QSet>
#include <QTest>

using namespace cohort;

/// Every enum value has a unique, non-empty storage key that round-trips, and a display name.
class TestEnums : public QObject
{
    Q_OBJECT

    template<typename E>
    void checkEnum(E fallback)
    {
        QSet<QString> keys;
        const QList<E> values = EnumTraits<E>::all();
        QVERIFY(!values.isEmpty());
        for (const E value : values) {
            const QString key = enumKey(value);
            QVERIFY(!key.isEmpty());
            QVERIFY2(!keys.contains(key), qPrintable(key));
            keys.insert(key);
            QCOMPARE(enumFromKey<E>(key, fallback), value);
            QVERIFY(!enumDisplayName(value).isEmpty());
            QVERIFY(isEnumKey<E>(key));
        }
        QCOMPARE(enumFromKey<E>(QStringLiteral("no-such-key"), fallback), fallback);
        QVERIFY(!isEnumKey<E>(QStringLiteral("no-such-key")));
    }

private Q_SLOTS:
    void keysRoundTrip()
    {
        checkEnum(Platform::Other);
        checkEnum(GroupStatus::Active);
        checkEnum(GroupGoal::Knowledge);
        checkEnum(PromotionPolicy::PrivateGarden);
        checkEnum(EntryThreshold::Free);
        checkEnum(MemberRole::Member);
        checkEnum(SourceChannel::Other);
        checkEnum(ProductRole::Traffic);
        checkEnum(CampaignType::FlashSale);
        checkEnum(CampaignStatus::Draft);
        checkEnum(OrderStatus::Placed);
        checkEnum(OrderChannel::Manual);
        checkEnum(MessageKind::Text);
        checkEnum(MembershipEventKind::Join);
    }
    void stableKeys()
    {
        // Keys are stored in workspaces: changing one breaks every existing file.
        QCOMPARE(enumKey(Platform::WeChat), QStringLiteral("wechat"));
        QCOMPARE(enumKey(MemberRole::SeedUser), QStringLiteral("seed"));
        QCOMPARE(enumKey(OrderStatus::Refunded), QStringLiteral("refunded"));
        QCOMPARE(enumKey(ProductRole::Profit), QStringLiteral("profit"));
    }
};

QTEST_GUILESS_MAIN(TestEnums)
#include "tst_enums.moc"
