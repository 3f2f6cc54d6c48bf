#include "models/ledgerentriesmodel.h"
#include "models/ledgertotalsmodel.h"
#include "storage/database.h"
#include "storage/grouprepository.h"
#include "storage/ledgerrepository.h"
#include "storage/ledgersettingsrepository.h"
#include "storage/memberrepository.h"
#include "storage/orderrepository.h"
#include "storage/productrepository.h"
#include "ui/ledger/ledgerpane.h"
#include "ui/ledger/ledgerrulesdialog.h"
#include "ui/ledger/partnerdialog.h"
#include "ui/widgets/memberpicker.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace cohort;

/// Drives the Ledger pane offscreen: rules and a partner entered through their dialogs, a paid
/// order credited, payouts marked paid with undo, CSV export and crediting points.
class TestLedgerPane : public QObject
{
    Q_OBJECT

    std::unique_ptr<Database> m_db;
    qint64 m_referrer = 0;
    qint64 m_partner = 0;
    qint64 m_buyer = 0;
    qint64 m_group = 0;
    qint64 m_product = 0;

    static bool okEnabled(QWidget *dialog)
    {
        auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
        return buttons && buttons->button(QDialogButtonBox::Ok)->isEnabled();
    }

    qint64 payOrder()
    {
        Order o;
        o.memberId = m_buyer;
        o.productId = m_product;
        o.groupId = m_group;
        o.quantity = 2;
        o.unitPrice = Money(5000, QStringLiteral("CNY"));
        o.orderedAt = QDateTime::currentDateTimeUtc();
        OrderRepository orders(*m_db);
        if (!orders.insert(o) || !orders.setStatus({ o.id }, OrderStatus::Paid))
            return 0;
        return o.id;
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<Database>();
        QVERIFY(!m_db->openInMemory().isError());
        MemberRepository members(*m_db);
        Member referrer;
        referrer.displayName = QStringLiteral("=HYPERLINK(\"http://x\")");
        QVERIFY(members.insert(referrer));
        m_referrer = referrer.id;
        Member partner;
        partner.displayName = QStringLiteral("团长小美");
        QVERIFY(members.insert(partner));
        m_partner = partner.id;
        Member buyer;
        buyer.displayName = QStringLiteral("李娜");
        buyer.referrerId = m_referrer;
        QVERIFY(members.insert(buyer));
        m_buyer = buyer.id;
        Group g;
        g.name = QStringLiteral("Fruit lovers");
        QVERIFY(GroupRepository(*m_db).insert(g));
        m_group = g.id;
        Product p;
        p.name = QStringLiteral("Strawberries");
        p.price = Money(5000, QStringLiteral("CNY"));
        QVERIFY(ProductRepository(*m_db).insert(p));
        m_product = p.id;
    }

    void cleanup() { m_db.reset(); }

    void rulesDialogSetsTheRebateWithValidation()
    {
        QUndoStack stack;
        LedgerPane pane(*m_db, &stack);
        bool validatedEmpty = false;
        pane.execDialog = [&](QWidget *dialog) {
            auto *kind = dialog->findChild<QComboBox *>(QStringLiteral("rebateKindCombo"));
            auto *amount = dialog->findChild<QLineEdit *>(QStringLiteral("rebateAmountEdit"));
            kind->setCurrentIndex(1); // fixed amount
            amount->clear();
            validatedEmpty = !okEnabled(dialog); // an empty amount keeps OK disabled
            QTest::keyClicks(amount, QStringLiteral("3.50"));
            auto *perUnit = dialog->findChild<QSpinBox *>(QStringLiteral("spendPointsSpin"));
            perUnit->setValue(1);
            return okEnabled(dialog);
        };
        pane.editRules();
        QVERIFY(validatedEmpty);
        const QList<RebateRule> rules = LedgerSettingsRepository(*m_db).rebateRules();
        QCOMPARE(rules.size(), 1);
        QCOMPARE(rules.first().kind, RebateRule::Kind::Fixed);
        QCOMPARE(rules.first().fixedAmount, Money(350, QStringLiteral("CNY")));
        QCOMPARE(LedgerSettingsRepository(*m_db).pointsRules().pointsPerSpendUnit, 1);
        stack.undo();
        QVERIFY(LedgerSettingsRepository(*m_db).rebateRules().isEmpty());
    }

    void rulesDialogGivesACampaignItsOwnRebate()
    {
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO campaigns (name, type, status) VALUES ('Flash "
                                      "Friday', 'flash_sale', 'active')")));
        const qint64 campaign = q.lastInsertId().toLongLong();
        QUndoStack stack;
        LedgerPane pane(*m_db, &stack);
        bool needsCampaign = false;
        pane.execDialog = [&](QWidget *dialog) {
            dialog->findChild<QPushButton *>(QStringLiteral("addCampaignRebateButton"))->click();
            auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("campaignRebatesTable"));
            table->item(0, 2)->setText(QStringLiteral("12.5"));
            needsCampaign = !okEnabled(dialog); // no campaign chosen yet
            auto *combo = qobject_cast<QComboBox *>(table->cellWidget(0, 0));
            combo->setCurrentIndex(combo->findData(campaign));
            return okEnabled(dialog);
        };
        pane.editRules();
        QVERIFY(needsCampaign);
        const QList<RebateRule> rules = LedgerSettingsRepository(*m_db).rebateRules();
        QCOMPARE(rules.size(), 1);
        QCOMPARE(rules.first().campaignId, campaign);
        QCOMPARE(rules.first().kind, RebateRule::Kind::Percentage);
        QCOMPARE(rules.first().basisPoints, 1250);
        stack.undo();
        QVERIFY(LedgerSettingsRepository(*m_db).rebateRules().isEmpty());
        stack.redo();
        QCOMPARE(LedgerSettingsRepository(*m_db).rebateRules().size(), 1);
    }

    void partnerDialogAddsAPartner()
    {
        QUndoStack stack;
        LedgerPane pane(*m_db, &stack);
        pane.execDialog = [&](QWidget *dialog) {
            auto *picker = dialog->findChild<MemberPicker *>(QStringLiteral("memberPicker"));
            if (okEnabled(dialog))
                return false; // nobody chosen yet: OK must be disabled
            picker->setMember(m_partner, QStringLiteral("团长小美"));
            dialog->findChild<QDoubleSpinBox *>(QStringLiteral("rateSpin"))->setValue(12.5);
            if (okEnabled(dialog))
                return false; // a commission needs groups
            auto *groups = dialog->findChild<QListWidget *>(QStringLiteral("groupsList"));
            groups->item(0)->setCheckState(Qt::Checked);
            return okEnabled(dialog);
        };
        pane.addPartner();
        const QList<PartnerTerms> partners = LedgerRepository(*m_db).partners();
        QCOMPARE(partners.size(), 1);
        QCOMPARE(partners.first().rateBasisPoints, 1250);
        QCOMPARE(partners.first().groupIds, QSet<qint64> { m_group });
        QCOMPARE(pane.partnersTable()->rowCount(), 1);
        QCOMPARE(pane.partnersTable()->item(0, 0)->text(), QStringLiteral("团长小美"));
        stack.undo();
        QCOMPARE(pane.partnersTable()->rowCount(), 0);
    }

    void paidOrdersShowUpAndArePaidOut()
    {
        RebateRule rule;
        rule.kind = RebateRule::Kind::Percentage;
        rule.basisPoints = 1000;
        QVERIFY(LedgerSettingsRepository(*m_db).saveRebateRule(rule));
        QUndoStack stack;
        LedgerPane pane(*m_db, &stack);
        pane.setPeriod(LedgerPane::Period::ThisMonth);
        QCOMPARE(pane.totalsModel()->rowCount(), 0);
        QVERIFY(payOrder() > 0);
        QCOMPARE(pane.totalsModel()->rowCount(), 1); // followed the commit
        QCOMPARE(pane.totalsModel()
                     ->index(0, LedgerTotalsModel::Outstanding)
                     .data(LedgerTotalsModel::SortRole)
                     .toLongLong(),
                 1000); // 10 % of ¥100.00

        pane.selectBeneficiary(m_referrer);
        QCOMPARE(pane.entriesModel()->rowCount(), 1);
        QVERIFY(pane.markAllPaidAction()->isEnabled());
        QVERIFY(!pane.markPaidAction()->isEnabled()); // nothing selected
        pane.entriesView()->selectRow(0);
        QVERIFY(pane.markPaidAction()->isEnabled());
        pane.markPaidAction()->trigger();
        QCOMPARE(pane.totalsModel()
                     ->index(0, LedgerTotalsModel::Outstanding)
                     .data(LedgerTotalsModel::SortRole)
                     .toLongLong(),
                 0);
        QCOMPARE(pane.entriesModel()->rowCount(), 1); // the same beneficiary stays shown
        QVERIFY(!pane.markAllPaidAction()->isEnabled());
        stack.undo();
        QCOMPARE(pane.totalsModel()
                     ->index(0, LedgerTotalsModel::Outstanding)
                     .data(LedgerTotalsModel::SortRole)
                     .toLongLong(),
                 1000);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("totals.csv"));
        QString error;
        QVERIFY2(pane.exportCsv(path, false, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString csv = QString::fromUtf8(file.readAll());
        // The member's name would run as a formula in a spreadsheet: it must not start with =.
        QVERIFY2(!csv.contains(QStringLiteral("\n=HYPERLINK")) && !csv.startsWith(QLatin1Char('=')),
                 qPrintable(csv));
        QVERIFY(csv.contains(QStringLiteral("HYPERLINK")));
        const QString entriesPath = dir.filePath(QStringLiteral("entries.csv"));
        QVERIFY2(pane.exportCsv(entriesPath, true, &error), qPrintable(error));
        QFile entries(entriesPath);
        QVERIFY(entries.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(entries.readAll()).contains(QStringLiteral("Strawberries")));

        // Outside the period the totals are empty.
        pane.setRange(QDate(2001, 1, 1), QDate(2001, 1, 31));
        QCOMPARE(pane.totalsModel()->rowCount(), 0);
    }

    void pointsTabShowsAMembersLedgerAndTier()
    {
        PointsRules rules;
        rules.pointsPerSpendUnit = 1; // a point per yuan
        QVERIFY(LedgerSettingsRepository(*m_db).savePointsRules(rules));
        QVERIFY(LedgerSettingsRepository(*m_db).saveTiers(MembershipTiers(
            MembershipTiers::Basis::Points,
            { { QStringLiteral("silver"), QStringLiteral("银卡"), 50, Money() } })));
        QUndoStack stack;
        LedgerPane pane(*m_db, &stack);
        pane.showPointsOf(m_buyer);
        QCOMPARE(pane.pointsTable()->rowCount(), 0);
        QVERIFY(pane.pointsSummary()->text().contains(QStringLiteral("0")));
        QVERIFY(payOrder() > 0); // ¥100.00 paid: 100 points; the pane follows the commit
        QCOMPARE(pane.pointsTable()->rowCount(), 1);
        QCOMPARE(pane.pointsTable()->item(0, 2)->text(), QStringLiteral("100"));
        QCOMPARE(pane.pointsTable()->item(0, 1)->text(),
                 LedgerPane::pointsReasonName(QStringLiteral("purchase")));
        QVERIFY2(pane.pointsSummary()->text().contains(QStringLiteral("银卡")),
                 qPrintable(pane.pointsSummary()->text()));
    }

    void creditPointsRunsOffTheGuiThread()
    {
        PointsRules rules;
        rules.pointsPerReferral = 7;
        QVERIFY(LedgerSettingsRepository(*m_db).savePointsRules(rules));
        QUndoStack stack;
        LedgerPane pane(*m_db, &stack);
        int credited = -2;
        pane.creditPoints([&](int members) { credited = members; });
        QVERIFY(!pane.creditPointsAction()->isEnabled());
        QTRY_COMPARE(credited, 1);
        QVERIFY(pane.creditPointsAction()->isEnabled());
        QCOMPARE(LedgerRepository(*m_db).pointsBalance(m_referrer), 7);
    }
};

QTEST_MAIN(TestLedgerPane)
#include "tst_ledgerpane.moc"
