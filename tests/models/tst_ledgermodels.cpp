#include "models/commands/ledgerrulescommand.h"
#include "models/commands/markpaidcommand.h"
#include "models/commands/partnertermscommand.h"
#include "models/ledgerentriesmodel.h"
#include "models/ledgertotalsmodel.h"
#include "storage/database.h"
#include "storage/grouprepository.h"
#include "storage/ledgerrepository.h"
#include "storage/ledgersettingsrepository.h"
#include "storage/memberrepository.h"
#include "storage/orderrepository.h"
#include "storage/productrepository.h"

#include <QAbstractItemModelTester>
#include <QTest>
#include <QTimeZone>
#include <QUndoStack>

using namespace cohort;

/// The Ledger pane's models (payout totals, entries) and its undo commands (mark paid, partner
/// terms, rules) over a workspace where one paid order earned a rebate and a commission.
class TestLedgerModels : public QObject
{
    Q_OBJECT

    std::unique_ptr<Database> m_db;
    qint64 m_referrer = 0;
    qint64 m_partner = 0;
    qint64 m_buyer = 0;
    qint64 m_group = 0;
    qint64 m_order = 0;
    QStringList m_errors;

    CommandErrorHandler errors()
    {
        return [this](const QString &message) { m_errors << message; };
    }

    static QDateTime at(int day) { return QDateTime(QDate(2026, 6, day), QTime(9, 0), Qt::UTC); }

private Q_SLOTS:
    void init()
    {
        m_errors.clear();
        m_db = std::make_unique<Database>();
        QVERIFY(!m_db->openInMemory().isError());
        MemberRepository members(*m_db);
        Member referrer;
        referrer.displayName = QStringLiteral("王芳");
        QVERIFY(members.insert(referrer));
        m_referrer = referrer.id;
        Member partner;
        partner.displayName = QStringLiteral("<b>Sam</b>");
        QVERIFY(members.insert(partner));
        m_partner = partner.id;
        Member buyer;
        buyer.displayName = QStringLiteral("李娜");
        buyer.referrerId = m_referrer;
        QVERIFY(members.insert(buyer));
        m_buyer = buyer.id;
        Group g;
        g.name = QStringLiteral("Fruit");
        QVERIFY(GroupRepository(*m_db).insert(g));
        m_group = g.id;
        Product p;
        p.name = QStringLiteral("草莓");
        p.price = Money(10000, QStringLiteral("CNY"));
        QVERIFY(ProductRepository(*m_db).insert(p));

        RebateRule rule;
        rule.kind = RebateRule::Kind::Fixed;
        rule.fixedAmount = Money(500, QStringLiteral("CNY"));
        QVERIFY(LedgerSettingsRepository(*m_db).saveRebateRule(rule));
        PartnerTerms terms;
        terms.memberId = m_partner;
        terms.rateBasisPoints = 1000;
        terms.groupIds = { m_group };
        QVERIFY(LedgerRepository(*m_db).savePartner(terms));

        Order o;
        o.memberId = m_buyer;
        o.productId = p.id;
        o.groupId = m_group;
        o.unitPrice = p.price;
        o.orderedAt = at(1);
        o.status = OrderStatus::Paid;
        QVERIFY(OrderRepository(*m_db).insert(o));
        m_order = o.id;
    }

    void cleanup() { m_db.reset(); }

    void totalsPerBeneficiary()
    {
        LedgerTotalsModel model(*m_db);
        QAbstractItemModelTester tester(&model);
        model.setPeriod(QDateTime::currentDateTimeUtc().addDays(-1),
                        QDateTime::currentDateTimeUtc().addDays(1));
        QCOMPARE(model.rowCount(), 2);
        QHash<QString, QString> outstanding;
        for (int row = 0; row < model.rowCount(); ++row) {
            outstanding.insert(model.index(row, LedgerTotalsModel::Beneficiary).data().toString(),
                               model.index(row, LedgerTotalsModel::Outstanding)
                                   .data(LedgerTotalsModel::SortRole)
                                   .toString());
        }
        QCOMPARE(outstanding.value(QStringLiteral("王芳")), QStringLiteral("500"));
        QCOMPARE(outstanding.value(QStringLiteral("<b>Sam</b>")), QStringLiteral("1000"));

        // A refund empties what is owed; the model follows the commit.
        QVERIFY(OrderRepository(*m_db).setStatus({ m_order }, OrderStatus::Refunded));
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.index(row, LedgerTotalsModel::Earned)
                         .data(LedgerTotalsModel::SortRole)
                         .toLongLong(),
                     0);
        // Outside the period: nothing.
        model.setPeriod(at(1), at(2));
        QCOMPARE(model.rowCount(), 0);
    }

    void markPaidUndoRedo()
    {
        LedgerEntriesModel model(*m_db);
        QAbstractItemModelTester tester(&model);
        model.setPeriod(QDateTime::currentDateTimeUtc().addDays(-1),
                        QDateTime::currentDateTimeUtc().addDays(1));
        QCOMPARE(model.rowCount(), 0); // nobody chosen yet
        model.setBeneficiary(m_partner);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, LedgerEntriesModel::Kind).data().toString(),
                 LedgerEntriesModel::kindName(LedgerKind::Commission));
        QCOMPARE(model.index(0, LedgerEntriesModel::Product).data().toString(),
                 QStringLiteral("草莓"));
        QCOMPARE(model.index(0, LedgerEntriesModel::PaidOn)
                     .data(LedgerEntriesModel::SortRole)
                     .toLongLong(),
                 0);
        const qint64 entry = model.index(0, 0).data(LedgerEntriesModel::EntryIdRole).toLongLong();

        QUndoStack stack;
        stack.push(new MarkPaidCommand(*m_db, { entry }, at(3), errors()));
        QCOMPARE(model.index(0, LedgerEntriesModel::PaidOn)
                     .data(LedgerEntriesModel::SortRole)
                     .toLongLong(),
                 at(3).toSecsSinceEpoch());
        stack.undo();
        QCOMPARE(model.index(0, LedgerEntriesModel::PaidOn)
                     .data(LedgerEntriesModel::SortRole)
                     .toLongLong(),
                 0);
        stack.redo();
        QVERIFY(LedgerRepository(*m_db).unpaidAmong({ entry }).isEmpty());
        QVERIFY(m_errors.isEmpty());

        // Dates are the workspace zone's, whatever the computer's (the test runs under several):
        // paid on 3 June 09:00 UTC is still 2 June in Honolulu.
        const QTimeZone honolulu("Pacific/Honolulu");
        QVERIFY(m_db->setTimeZoneId(QStringLiteral("Pacific/Honolulu")));
        QCOMPARE(model.index(0, LedgerEntriesModel::PaidOn).data().toString(),
                 QLocale().toString(QDate(2026, 6, 2), QLocale::ShortFormat));
        QCOMPARE(model.index(0, LedgerEntriesModel::Date).data().toString(),
                 QLocale().toString(model.entries().first().at.toTimeZone(honolulu),
                                    QLocale::ShortFormat));
    }

    void partnerTermsUndoRedo()
    {
        QUndoStack stack;
        PartnerTerms changed;
        changed.memberId = m_partner;
        changed.rateBasisPoints = 1500;
        changed.groupIds = { m_group };
        stack.push(new PartnerTermsCommand(*m_db, m_partner, changed, errors()));
        QCOMPARE(LedgerRepository(*m_db).partners().first().rateBasisPoints, 1500);
        stack.undo();
        QCOMPARE(LedgerRepository(*m_db).partners().first().rateBasisPoints, 1000);

        // Removing a recruiter detaches their recruit; undo re-attaches it.
        PartnerTerms recruit;
        recruit.memberId = m_referrer;
        recruit.rateBasisPoints = 300;
        recruit.recruiterId = m_partner;
        recruit.recruiterRateBasisPoints = 100;
        stack.push(new PartnerTermsCommand(*m_db, m_referrer, recruit, errors()));
        stack.push(new PartnerTermsCommand(*m_db, m_partner, std::nullopt, errors()));
        QList<PartnerTerms> partners = LedgerRepository(*m_db).partners();
        QCOMPARE(partners.size(), 1);
        QCOMPARE(partners.first().recruiterId, 0);
        stack.undo();
        partners = LedgerRepository(*m_db).partners();
        QCOMPARE(partners.size(), 2);
        for (const PartnerTerms &terms : partners) {
            if (terms.memberId == m_referrer)
                QCOMPARE(terms.recruiterId, m_partner);
        }
        QVERIFY(m_errors.isEmpty());
    }

    void rulesUndoRedo()
    {
        LedgerRules rules = LedgerRules::load(*m_db);
        QVERIFY(rules.globalRebate.has_value());
        QCOMPARE(rules.globalRebate->fixedAmount.minorUnits(), 500);
        rules.globalRebate.reset();
        rules.points.pointsPerSpendUnit = 2;
        rules.tiers
            = MembershipTiers(MembershipTiers::Basis::Points,
                              { { QStringLiteral("vip"), QStringLiteral("VIP"), 100, Money() } });
        QUndoStack stack;
        stack.push(new LedgerRulesCommand(*m_db, rules, errors()));
        LedgerRules now = LedgerRules::load(*m_db);
        QVERIFY(!now.globalRebate);
        QCOMPARE(now.points.pointsPerSpendUnit, 2);
        QCOMPARE(now.tiers.tiers().size(), 1);
        stack.undo();
        now = LedgerRules::load(*m_db);
        QVERIFY(now.globalRebate.has_value());
        QCOMPARE(now.points.pointsPerSpendUnit, 0);
        QVERIFY(now.tiers.tiers().isEmpty());

        // Invalid tiers are refused as a whole: the rebate change is not half-applied.
        LedgerRules bad = now;
        bad.globalRebate.reset();
        bad.tiers = MembershipTiers(MembershipTiers::Basis::Points,
                                    { { QString(), QStringLiteral("No key"), 1, Money() } });
        stack.push(new LedgerRulesCommand(*m_db, bad, errors()));
        QCOMPARE(m_errors.size(), 1);
        QVERIFY(LedgerRules::load(*m_db).globalRebate.has_value());
    }
};

QTEST_GUILESS_MAIN(TestLedgerModels)
#include "tst_ledgermodels.moc"
