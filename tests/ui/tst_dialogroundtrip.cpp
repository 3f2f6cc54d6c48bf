#include "demo/demogenerator.h"
#include "domain/campaign.h"
#include "domain/commissioncalculator.h"
#include "storage/campaignrepository.h"
#include "storage/database.h"
#include "storage/grouprepository.h"
#include "storage/ledgerrepository.h"
#include "storage/ledgersettingsrepository.h"
#include "storage/memberrepository.h"
#include "storage/orderrepository.h"
#include "storage/productrepository.h"
#include "ui/campaigns/campaignpane.h"
#include "ui/groups/grouppane.h"
#include "ui/ledger/ledgerpane.h"
#include "ui/members/memberdialog.h"
#include "ui/members/memberpane.h"
#include "ui/orders/orderdialog.h"
#include "ui/orders/orderpane.h"
#include "ui/products/productpane.h"

#include "models/sqlpagedtablemodel.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <functional>

using namespace cohort;

/// Opening an entity dialog and pressing OK without touching anything changes nothing: not the
/// row, not what hangs off it, no undo step, no write at all. Every group, product, campaign and
/// partner of the small demo and the ledger rules go through their pane (open, OK, compare the
/// whole workspace); members and orders, thousands of them, go through their pane for every
/// 25th row and every hand-made extreme, and every one of them through its dialog alone (load,
/// read back, compare). The extremes: the largest and smallest amounts, a 200,000-member group,
/// long texts, times with seconds before 2000, empty optional fields, a negotiated total.
///
/// The large demo takes minutes to generate, too long for the suite; set
/// COHORT_ROUNDTRIP_WORKSPACE to a copy of any workspace (e.g. `cohort-cli demo --scale large`)
/// to run the same checks on a deterministic sample of its rows (every n-th, about 400 a pane).
class TestDialogRoundTrip : public QObject
{
    Q_OBJECT

    std::unique_ptr<Database> m_db;
    QUndoStack m_undo;
    QStringList m_baseline;
    QStringList m_failures;
    int m_opened = 0;
    bool m_sample = false;
    QList<qint64> m_extremeIds; ///< of every table: ids are unique enough to pick rows by

    static constexpr int SampleStep = 25;

    QStringList dump() const
    {
        // Every table of the workspace, row by row (virtual tables' shadows are derived data).
        QStringList tables;
        QSqlQuery list(m_db->connection());
        if (!list.exec(QStringLiteral("PRAGMA table_list")))
            return { QStringLiteral("PRAGMA table_list failed") };
        while (list.next()) {
            const QString name = list.value(QStringLiteral("name")).toString();
            if (list.value(QStringLiteral("type")).toString() == QLatin1String("table")
                && list.value(QStringLiteral("schema")).toString() == QLatin1String("main")
                && !name.startsWith(QLatin1String("sqlite_")))
                tables << name;
        }
        tables.sort();
        QStringList lines;
        for (const QString &table : std::as_const(tables)) {
            QSqlQuery q(m_db->connection());
            // Table names come from the schema itself, never from input.
            if (!q.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1, 2").arg(table))) {
                lines << table + QStringLiteral(": cannot read");
                continue;
            }
            while (q.next()) {
                QStringList fields;
                const QSqlRecord record = q.record();
                for (int i = 0; i < record.count(); ++i)
                    fields << record.fieldName(i) + QLatin1Char('=')
                            + (q.value(i).isNull() ? QStringLiteral("NULL")
                                                   : q.value(i).toString());
                lines << table + QLatin1Char('|') + fields.join(QLatin1Char('|'));
            }
        }
        return lines;
    }

    qint64 totalChanges() const
    {
        QSqlQuery q(m_db->connection());
        return q.exec(QStringLiteral("SELECT total_changes()")) && q.next()
            ? q.value(0).toLongLong()
            : -1;
    }

    /// What a user who changes nothing does: press OK (recorded as a failure when OK is off).
    bool pressOk(QWidget *dialog, const QString &what)
    {
        ++m_opened;
        auto *box
            = dialog ? dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox")) : nullptr;
        if (!box) {
            m_failures << what + QStringLiteral(": no dialog opened");
            return false;
        }
        QPushButton *ok = box->button(QDialogButtonBox::Ok);
        if (!ok->isEnabled()) {
            const auto *label = dialog->findChild<QLabel *>(QStringLiteral("validationLabel"));
            m_failures << what + QStringLiteral(": OK is disabled: ")
                    + (label ? label->text() : QString());
            static_cast<QDialog *>(dialog)->reject();
            return false;
        }
        ok->click();
        return static_cast<QDialog *>(dialog)->result() == QDialog::Accepted;
    }

    /// Rows to open: every `step`-th (about 400 of a large workspace), the last and the extremes.
    QList<int> rowsToOpen(const SqlPagedTableModel *model, int step) const
    {
        const int count = model->rowCount();
        if (m_sample)
            step = qMax(1, count / 400);
        QList<int> rows;
        for (int row = 0; row < count; row += step)
            rows << row;
        if (count > 0 && rows.last() != count - 1)
            rows << count - 1;
        for (const qint64 id : m_extremeIds) {
            const int row = model->rowOfId(id);
            if (row >= 0 && !rows.contains(row))
                rows << row;
        }
        return rows;
    }

    void openRows(EntityPane &pane, int step = 1)
    {
        SqlPagedTableModel *model = pane.listModel();
        while (model->canFetchMore({}))
            model->fetchMore({});
        QVERIFY(model->rowCount() > 0);
        for (const int row : rowsToOpen(model, step)) {
            const QString what
                = QStringLiteral("%1 id %2").arg(pane.paneId()).arg(model->idAt(row));
            const int opened = m_opened;
            QTimer::singleShot(0, this,
                               [this, what] { pressOk(QApplication::activeModalWidget(), what); });
            pane.view()->setCurrentIndex(model->index(row, 0));
            pane.editCurrent();
            if (m_opened == opened) // the timer fired after no dialog at all
                QCoreApplication::processEvents();
        }
    }

    /// Nothing in the workspace changed, nothing was written, nothing can be undone.
    void verifyUnchanged(const QSignalSpy &changed, qint64 changesBefore)
    {
        const QStringList after = dump();
        if (after != m_baseline) {
            const QSet<QString> before(m_baseline.cbegin(), m_baseline.cend());
            const QSet<QString> now(after.cbegin(), after.cend());
            int shown = 0;
            for (const QString &line : std::as_const(m_baseline)) {
                if (!now.contains(line) && shown++ < 8)
                    m_failures << QStringLiteral("before: ") + line.left(600);
            }
            shown = 0;
            for (const QString &line : after) {
                if (!before.contains(line) && shown++ < 8)
                    m_failures << QStringLiteral("after:  ") + line.left(600);
            }
        }
        if (totalChanges() != changesBefore)
            m_failures
                << QStringLiteral("%1 rows were written").arg(totalChanges() - changesBefore);
        if (!changed.isEmpty())
            m_failures << QStringLiteral("the workspace reported %1 change(s)").arg(changed.size());
        if (m_undo.count() != 0)
            m_failures
                << QStringLiteral("%1 undo step(s): %2").arg(m_undo.count()).arg(m_undo.text(0));
        if (!m_failures.isEmpty())
            QFAIL(qPrintable(m_failures.mid(0, 40).join(QLatin1Char('\n'))));
        QVERIFY(m_opened > 0);
    }

    void runPane(const std::function<void()> &open)
    {
        m_failures.clear();
        m_opened = 0;
        m_undo.clear();
        // Each pane against the workspace as it found it, so one failure does not spill over.
        m_baseline = dump();
        QSignalSpy changed(m_db.get(), &Database::changed);
        const qint64 changes = totalChanges();
        open();
        verifyUnchanged(changed, changes);
    }

    // The extremes the demo does not have.
    void addExtremes()
    {
        const QString longText
            = QString(QStringLiteral("长文本 long text, with commas; ")).repeated(200);
        const Money largest(99999999999999999, QStringLiteral("CNY")); // 999,999,999,999,999.99
        const Money smallest(1, QStringLiteral("CNY"));
        const QDateTime before2000(QDate(1998, 2, 3), QTime(4, 5, 6), Qt::UTC);

        GroupRepository groups(*m_db);
        Group telegram;
        telegram.platform = Platform::Telegram;
        telegram.name = QStringLiteral("Telegram supergroup");
        telegram.capacity = 200000;
        telegram.entryThreshold = EntryThreshold::Paid;
        telegram.entryFee = largest;
        telegram.notes = longText;
        telegram.rulesText = longText;
        telegram.mainBusiness = longText.left(500);
        telegram.createdAt = before2000;
        // Targets the spin boxes cannot show exactly (percent with one decimal, whole joins),
        // one KPI of a goal that is not ticked, and the rest left at their defaults.
        telegram.goals = { GroupGoal::ProductSales, GroupGoal::TrafficPool };
        telegram.kpiTargets = { { GoalKpi::ConversionRate, 0.123456 },
                                { GoalKpi::Joins, 12.75 },
                                { GoalKpi::MessagesPerActiveMember, 1e9 } };
        QVERIFY(groups.insert(telegram));
        Group cheap;
        cheap.name = QStringLiteral("Cheapest entry");
        cheap.entryThreshold = EntryThreshold::Paid;
        cheap.entryFee = smallest;
        cheap.promotionPolicy = PromotionPolicy::FreeMarket;
        cheap.approvedPromoters = { QStringLiteral("A"), QStringLiteral("B") };
        QVERIFY(groups.insert(cheap));
        Group bare; // every optional field empty, capacity unknown
        bare.name = QStringLiteral("Bare");
        QVERIFY(groups.insert(bare));

        ProductRepository products(*m_db);
        Product expensive;
        expensive.name = longText.left(300);
        expensive.sku = QStringLiteral("MAX-1");
        expensive.price = largest;
        expensive.cost = largest;
        expensive.notes = longText;
        QVERIFY(products.insert(expensive));
        Product free;
        free.name = QStringLiteral("Free sample");
        free.price = Money(0, QStringLiteral("CNY"));
        free.cost = Money(0, QStringLiteral("CNY"));
        free.active = false;
        QVERIFY(products.insert(free));
        Product penny;
        penny.name = QStringLiteral("Penny item");
        penny.sku = QStringLiteral("MIN-1");
        penny.price = smallest;
        penny.cost = smallest;
        penny.repurchaseCycleDays = 3650;
        QVERIFY(products.insert(penny));

        MemberRepository members(*m_db);
        Member old;
        old.displayName = longText.left(400);
        old.phone = QStringLiteral("+86 138 0000 0000");
        old.tags = { QStringLiteral("vip"), QStringLiteral("会员") };
        old.notes = longText;
        old.firstSeen = before2000;
        QVERIFY(members.insert(old));
        QVERIFY(members.setMemberships(
            old.id,
            { { telegram.id, old.id, MemberRole::Operator, before2000,
                QDateTime(QDate(1999, 12, 31), QTime(23, 59, 58), Qt::UTC) },
              { cheap.id, old.id, MemberRole::Member, QDateTime(), QDateTime() } }));
        Member unknown; // never seen: no first-seen time, nothing optional
        unknown.displayName = QStringLiteral("Unknown");
        QVERIFY(members.insert(unknown));
        QSqlQuery clearFirstSeen(m_db->connection());
        QVERIFY(clearFirstSeen.exec(
            QStringLiteral("UPDATE members SET first_seen = NULL WHERE id = %1").arg(unknown.id)));

        OrderRepository orders(*m_db);
        Order discounted; // a negotiated total below quantity × price, ordered before 2000
        discounted.memberId = old.id;
        discounted.productId = expensive.id;
        discounted.groupId = telegram.id;
        discounted.quantity = 1;
        discounted.unitPrice = largest;
        discounted.total = Money(largest.minorUnits() - 12345, QStringLiteral("CNY"));
        discounted.orderedAt = before2000;
        discounted.status = OrderStatus::Paid;
        discounted.notes = longText;
        QVERIFY(orders.insert(discounted));
        Order bulk; // more units than any spin box used to allow
        bulk.memberId = unknown.id;
        bulk.productId = penny.id;
        bulk.quantity = 250000;
        bulk.unitPrice = smallest;
        bulk.total = Money(249999, QStringLiteral("CNY"));
        bulk.orderedAt = QDateTime(QDate(2026, 3, 29), QTime(1, 30, 59), Qt::UTC);
        QVERIFY(orders.insert(bulk));
        Order gift;
        gift.memberId = old.id;
        gift.productId = free.id;
        gift.unitPrice = Money(0, QStringLiteral("CNY"));
        gift.total = Money(0, QStringLiteral("CNY"));
        gift.orderedAt = QDateTime(QDate(1970, 1, 2), QTime(0, 0, 1), Qt::UTC);
        gift.status = OrderStatus::Refunded;
        QVERIFY(orders.insert(gift));

        CampaignRepository campaigns(*m_db);
        Campaign millennium;
        millennium.name = longText.left(200);
        millennium.type = CampaignType::KnowledgeSession;
        millennium.startsAt = QDateTime(QDate(1999, 12, 31), QTime(12, 0, 30), Qt::UTC);
        millennium.endsAt = QDateTime(QDate(2000, 1, 1), QTime(12, 0, 45), Qt::UTC);
        millennium.durationMinutes = 1440;
        millennium.timeZone = QStringLiteral("America/New_York");
        millennium.goalKind = QStringLiteral("revenue");
        millennium.goalValue = 12345678; // 123,456.78 yuan
        millennium.details.sessionTopic = longText.left(300);
        millennium.notes = longText;
        millennium.announcementTemplate = longText;
        millennium.groupIds = { bare.id, telegram.id };
        QVERIFY(campaigns.insert(millennium));
        Campaign zoneless; // written before campaigns had a zone of their own
        zoneless.name = QStringLiteral("Zone-less flash sale");
        zoneless.type = CampaignType::FlashSale;
        zoneless.startsAt = QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);
        zoneless.endsAt = zoneless.startsAt.addSecs(3600);
        zoneless.products = { { penny.id, smallest, 1 } };
        QVERIFY(campaigns.insert(zoneless));
        QSqlQuery clearZone(m_db->connection());
        QVERIFY(clearZone.exec(
            QStringLiteral("UPDATE campaigns SET time_zone = '' WHERE id = %1").arg(zoneless.id)));

        m_extremeIds = { telegram.id, cheap.id,      bare.id,    expensive.id,  free.id,
                         penny.id,    old.id,        unknown.id, discounted.id, bulk.id,
                         gift.id,     millennium.id, zoneless.id };
        LedgerRepository ledger(*m_db);
        PartnerTerms smallestRate;
        smallestRate.memberId = old.id;
        smallestRate.rateBasisPoints = 1;
        smallestRate.groupIds = { telegram.id, cheap.id };
        QVERIFY(ledger.savePartner(smallestRate));
        PartnerTerms recruited;
        recruited.memberId = unknown.id;
        recruited.rateBasisPoints = 9999;
        recruited.groupIds = { bare.id };
        recruited.recruiterId = old.id;
        recruited.recruiterRateBasisPoints = 1;
        QVERIFY(ledger.savePartner(recruited));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = std::make_unique<Database>();
        const QString workspace = qEnvironmentVariable("COHORT_ROUNDTRIP_WORKSPACE");
        if (!workspace.isEmpty()) {
            m_sample = true;
            QVERIFY(!m_db->open(workspace).isError());
        } else {
            QVERIFY(!m_db->openInMemory().isError());
            DemoGenerator generator(*m_db);
            QVERIFY2(generator.generate(1, DemoGenerator::Scale::Small),
                     qPrintable(generator.lastError().message));
        }
        addExtremes();
        m_failures.clear();
        QVERIFY(dump().size() > 1000);
    }

    void groups()
    {
        runPane([this] {
            GroupPane pane(*m_db, &m_undo);
            openRows(pane);
        });
    }

    void members()
    {
        runPane([this] {
            MemberPane pane(*m_db, &m_undo);
            openRows(pane, SampleStep);
        });
    }

    void products()
    {
        runPane([this] {
            ProductPane pane(*m_db, &m_undo);
            openRows(pane);
        });
    }

    void campaigns()
    {
        runPane([this] {
            CampaignPane pane(*m_db, &m_undo);
            openRows(pane);
        });
    }

    void orders()
    {
        runPane([this] {
            OrderPane pane(*m_db, &m_undo);
            openRows(pane, SampleStep);
        });
    }

    void everyMemberThroughItsDialog()
    {
        m_failures.clear();
        MemberRepository repository(*m_db);
        MemberDialog dialog(*m_db);
        int count = 0;
        QSqlQuery ids(m_db->connection());
        // A large workspace: every 250th id.
        ids.prepare(QStringLiteral("SELECT id FROM members WHERE id % ? = 0 ORDER BY id"));
        ids.addBindValue(m_sample ? 250 : 1);
        QVERIFY(ids.exec());
        while (ids.next()) {
            const std::optional<Member> member = repository.find(ids.value(0).toLongLong());
            QVERIFY(member);
            const QList<Membership> memberships = repository.memberships(member->id);
            dialog.setMember(*member, memberships);
            if (dialog.member() != *member || dialog.memberships() != memberships
                || !dialog.problems().isEmpty())
                m_failures << QStringLiteral("member %1 %2")
                                  .arg(member->id)
                                  .arg(dialog.problems().join(QLatin1Char(' ')));
            ++count;
        }
        QVERIFY2(m_failures.isEmpty(), qPrintable(m_failures.mid(0, 20).join(QLatin1Char('\n'))));
        QVERIFY(count > (m_sample ? 100 : 1000));
    }

    void everyOrderThroughItsDialog()
    {
        m_failures.clear();
        OrderRepository repository(*m_db);
        OrderDialog dialog(*m_db);
        int count = 0;
        QSqlQuery ids(m_db->connection());
        // A large workspace: every 250th id.
        ids.prepare(QStringLiteral("SELECT id FROM orders WHERE id % ? = 0 ORDER BY id"));
        ids.addBindValue(m_sample ? 250 : 1);
        QVERIFY(ids.exec());
        while (ids.next()) {
            const std::optional<Order> order = repository.find(ids.value(0).toLongLong());
            QVERIFY(order);
            dialog.setOrder(*order);
            if (dialog.order() != *order || !dialog.problems().isEmpty())
                m_failures << QStringLiteral("order %1 %2")
                                  .arg(order->id)
                                  .arg(dialog.problems().join(QLatin1Char(' ')));
            ++count;
        }
        QVERIFY2(m_failures.isEmpty(), qPrintable(m_failures.mid(0, 20).join(QLatin1Char('\n'))));
        QVERIFY(count > (m_sample ? 100 : 5000));
    }

    void ledgerRules()
    {
        runPane([this] {
            LedgerPane pane(*m_db, &m_undo);
            pane.execDialog = [this](QWidget *dialog) {
                return pressOk(dialog, QStringLiteral("ledger rules"));
            };
            pane.editRules();
        });
    }

    void partners()
    {
        runPane([this] {
            LedgerPane pane(*m_db, &m_undo);
            pane.execDialog
                = [this](QWidget *dialog) { return pressOk(dialog, QStringLiteral("partner")); };
            QTableWidget *table = nullptr;
            for (QTableWidget *candidate : pane.findChildren<QTableWidget *>()) {
                if (candidate->accessibleName() == QLatin1String("Partners"))
                    table = candidate;
            }
            QVERIFY(table);
            QVERIFY(table->rowCount() >= 2);
            for (int row = 0; row < table->rowCount(); ++row) {
                table->setCurrentCell(row, 0);
                table->selectRow(row);
                pane.editSelectedPartner();
            }
        });
    }
};

QTEST_MAIN(TestDialogRoundTrip)
#include "tst_dialogroundtrip.moc"
