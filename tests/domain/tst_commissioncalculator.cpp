#include "domain/commissioncalculator.h"

#include <QTest>

using namespace cohort;

namespace {

constexpr qint64 GroupA = 100;
constexpr qint64 GroupB = 200;

Order order(qint64 id, qint64 group, qint64 totalMinor)
{
    Order o;
    o.id = id;
    o.memberId = 1;
    o.groupId = group;
    o.total = Money(totalMinor, QStringLiteral("CNY"));
    return o;
}

OrderEvent orderEvent(OrderEvent::Kind kind, const Order &o)
{
    return { kind, o, QDateTime(QDate(2024, 6, 1), QTime(8, 0), Qt::UTC) };
}

PartnerTerms terms(qint64 member, qint64 rate, QSet<qint64> groups, qint64 recruiter = 0,
                   qint64 recruiterRate = 0)
{
    return { member, rate, std::move(groups), recruiter, recruiterRate };
}

} // namespace

/// CommissionCalculator: partner and recruiter commissions, two levels at most, reversals.
class TestCommissionCalculator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void partnerAndRecruiter()
    {
        CommissionCalculator calc;
        QCOMPARE(calc.setPartner(terms(50, 1000, { GroupB })),
                 CommissionCalculator::TermsError::None);
        QCOMPARE(calc.setPartner(terms(60, 800, { GroupA }, 50, 200)),
                 CommissionCalculator::TermsError::None);
        const auto entries
            = calc.process(orderEvent(OrderEvent::Kind::Paid, order(1, GroupA, 12345)));
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).kind, LedgerKind::Commission);
        QCOMPARE(entries.at(0).beneficiaryId, qint64(60));
        QCOMPARE(entries.at(0).amount.minorUnits(), qint64(988)); // 987.6 -> 988
        QCOMPARE(entries.at(1).kind, LedgerKind::RecruiterCommission);
        QCOMPARE(entries.at(1).beneficiaryId, qint64(50));
        QCOMPARE(entries.at(1).amount.minorUnits(), qint64(247)); // 246.9 -> 247
        // Group B is partner 50's own: a plain commission, no recruiter above them.
        const auto own = calc.process(orderEvent(OrderEvent::Kind::Paid, order(2, GroupB, 10000)));
        QCOMPARE(own.size(), 1);
        QCOMPARE(own.first().beneficiaryId, qint64(50));
        QCOMPARE(own.first().amount.minorUnits(), qint64(1000));
        // Orders outside any partner's groups, or without a group, earn nothing.
        QVERIFY(calc.process(orderEvent(OrderEvent::Kind::Paid, order(3, 999, 10000))).isEmpty());
        QVERIFY(calc.process(orderEvent(OrderEvent::Kind::Paid, order(4, 0, 10000))).isEmpty());
    }

    void neverMoreThanTwoLevels()
    {
        // A recruited B, B recruited C, C recruited D. An order in D's group pays D and C only.
        CommissionCalculator calc;
        QCOMPARE(calc.setPartner(terms(1, 500, {})), CommissionCalculator::TermsError::None);
        QCOMPARE(calc.setPartner(terms(2, 500, {}, 1, 300)),
                 CommissionCalculator::TermsError::None);
        QCOMPARE(calc.setPartner(terms(3, 500, {}, 2, 300)),
                 CommissionCalculator::TermsError::None);
        QCOMPARE(calc.setPartner(terms(4, 500, { GroupA }, 3, 300)),
                 CommissionCalculator::TermsError::None);
        const auto entries = calc.creditsFor(order(9, GroupA, 10000), QDateTime());
        QCOMPARE(entries.size(), 2);
        QSet<qint64> paid;
        for (const auto &e : entries)
            paid.insert(e.beneficiaryId);
        QCOMPARE(paid, (QSet<qint64> { 4, 3 }));
    }

    void refusedTerms_data()
    {
        using E = CommissionCalculator::TermsError;
        QTest::addColumn<qint64>("member");
        QTest::addColumn<qint64>("rate");
        QTest::addColumn<qint64>("recruiter");
        QTest::addColumn<qint64>("recruiterRate");
        QTest::addColumn<int>("error");
        QTest::newRow("no member")
            << qint64(0) << qint64(100) << qint64(0) << qint64(0) << int(E::InvalidMember);
        QTest::newRow("negative rate")
            << qint64(5) << qint64(-1) << qint64(0) << qint64(0) << int(E::RateOutOfRange);
        QTest::newRow("over 100 %")
            << qint64(5) << qint64(10001) << qint64(0) << qint64(0) << int(E::RateOutOfRange);
        QTest::newRow("self recruited")
            << qint64(5) << qint64(100) << qint64(5) << qint64(100) << int(E::SelfRecruited);
        QTest::newRow("unknown recruiter")
            << qint64(5) << qint64(100) << qint64(77) << qint64(100) << int(E::UnknownRecruiter);
        QTest::newRow("rate without recruiter")
            << qint64(5) << qint64(100) << qint64(0) << qint64(100)
            << int(E::RecruiterRateWithoutRecruiter);
        QTest::newRow("combined above 100 %") << qint64(5) << qint64(9000) << qint64(1)
                                              << qint64(1001) << int(E::CombinedRateAboveTotal);
    }
    void refusedTerms()
    {
        QFETCH(qint64, member);
        QFETCH(qint64, rate);
        QFETCH(qint64, recruiter);
        QFETCH(qint64, recruiterRate);
        QFETCH(int, error);
        CommissionCalculator calc;
        QCOMPARE(calc.setPartner(terms(1, 100, {})), CommissionCalculator::TermsError::None);
        const auto result
            = calc.setPartner(terms(member, rate, { GroupA }, recruiter, recruiterRate));
        QCOMPARE(int(result), error);
        QVERIFY(!CommissionCalculator::describe(result).isEmpty());
        QVERIFY(!calc.partner(member).has_value() || member == 1);
    }

    void refundReversesBothLevels()
    {
        CommissionCalculator calc;
        calc.setPartner(terms(50, 1000, {}));
        calc.setPartner(terms(60, 800, { GroupA }, 50, 200));
        const Order o = order(1, GroupA, 12345);
        const auto credits = calc.process(orderEvent(OrderEvent::Kind::Paid, o));
        QVERIFY(calc.process(orderEvent(OrderEvent::Kind::Paid, o)).isEmpty());
        const auto reversals = calc.process(orderEvent(OrderEvent::Kind::Refunded, o));
        QCOMPARE(reversals.size(), 2);
        Money net;
        for (const auto &e : credits + reversals)
            net += e.amount;
        QVERIFY(net.isZero());
        for (const auto &e : reversals) {
            QCOMPARE(e.kind, LedgerKind::Reversal);
            QCOMPARE(e.orderId, qint64(1));
            QVERIFY(e.amount.isNegative());
        }
        QCOMPARE(reversals.at(0).beneficiaryId, qint64(60));
        QCOMPARE(reversals.at(0).amount.minorUnits(), qint64(-988));
        QCOMPARE(reversals.at(1).amount.minorUnits(), qint64(-247));
        QVERIFY(calc.process(orderEvent(OrderEvent::Kind::Refunded, o)).isEmpty());
    }

    void rateChangeDoesNotChangeWhatIsReversed()
    {
        CommissionCalculator calc;
        calc.setPartner(terms(60, 1000, { GroupA }));
        const Order o = order(1, GroupA, 5000);
        QCOMPARE(calc.process(orderEvent(OrderEvent::Kind::Paid, o)).first().amount.minorUnits(),
                 500);
        calc.setPartner(terms(60, 2000, { GroupA }));
        QCOMPARE(
            calc.process(orderEvent(OrderEvent::Kind::Refunded, o)).first().amount.minorUnits(),
            -500);
    }
};

QTEST_APPLESS_MAIN(TestCommissionCalculator)
#include "tst_commissioncalculator.moc"
