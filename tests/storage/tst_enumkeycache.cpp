#include "storage/enumkeycache.h"

#include <QTest>

using namespace cohort;

/// EnumKeyCache answers what enumFromKey answers, for known and unknown keys, however often and
/// in whatever order they come.
class TestEnumKeyCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void answersLikeEnumFromKey()
    {
        EnumKeyCache<OrderStatus> cache(OrderStatus::Placed);
        QList<QByteArray> keys;
        for (const OrderStatus status : EnumTraits<OrderStatus>::all())
            keys << enumKey(status).toUtf8();
        keys << QByteArray("from-a-newer-cohort") << QByteArray() << QByteArray("PAID");
        for (int round = 0; round < 3; ++round) {
            for (const QByteArray &key : std::as_const(keys)) {
                QCOMPARE(cache(key), enumFromKey(QString::fromUtf8(key), OrderStatus::Placed));
            }
            std::reverse(keys.begin(), keys.end());
        }
        QCOMPARE(cache(QByteArray("refunded")), OrderStatus::Refunded);
        EnumKeyCache<MemberRole> roles(MemberRole::Member);
        QCOMPARE(roles(QByteArray("owner")), MemberRole::Owner);
        QCOMPARE(roles(QByteArray("owner ")), MemberRole::Member);
    }

    void manyUnknownKeysStillAnswer()
    {
        EnumKeyCache<Platform> cache(Platform::Other);
        for (int i = 0; i < 500; ++i)
            QCOMPARE(cache(QByteArray::number(i)), Platform::Other);
        QCOMPARE(cache(enumKey(Platform::QQ).toUtf8()), Platform::QQ);
    }
};

QTEST_GUILESS_MAIN(TestEnumKeyCache)
#include "tst_enumkeycache.moc"
