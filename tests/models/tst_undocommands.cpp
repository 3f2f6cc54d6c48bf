#include "models/commands/addentitycommand.h"
#include "models/commands/deleteentitycommand.h"
#include "models/commands/deletegroupscommand.h"
#include "models/commands/editentitycommand.h"

#include <QTest>
#include <QUndoStack>

using namespace cohort;

namespace {

QDateTime at(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
}

Group group(const QString &name)
{
    Group g;
    g.name = name;
    g.platform = Platform::Telegram;
    g.goals = { GroupGoal::QnA };
    g.entryThreshold = EntryThreshold::Paid;
    g.entryFee = Money(990, QStringLiteral("CNY"));
    g.portrait.tags = { QStringLiteral("mothers") };
    g.createdAt = at(1700000000);
    return g;
}

Product product(const QString &name, const QString &sku)
{
    Product p;
    p.name = name;
    p.sku = sku;
    p.category = QStringLiteral("snacks");
    p.role = ProductRole::Profit;
    p.price = Money(1990, QStringLiteral("CNY"));
    p.cost = Money(800, QStringLiteral("CNY"));
    p.repurchaseCycleDays = 30;
    return p;
}

Member member(const QString &name)
{
    Member m;
    m.displayName = name;
    m.phone = QStringLiteral("13800000000");
    m.tags = { QStringLiteral("vip") };
    m.sourceChannel = SourceChannel::OfflineEvent;
    m.firstSeen = at(1700000000);
    m.notes = QStringLiteral("=not a formula");
    return m;
}

} // namespace

/// Add/edit/delete undo commands for every entity: undo and redo restore identical rows with the
/// same ids; failures are reported and the command leaves the stack.
class TestUndoCommands : public QObject
{
    Q_OBJECT

    QStringList m_errors;
    CommandErrorHandler handler()
    {
        return [this](const QString &message) { m_errors << message; };
    }

private Q_SLOTS:
    void init() { m_errors.clear(); }

    void groupAddUndoRedo()
    {
        Database db;
        QVERIFY(!db.openInMemory().isError());
        GroupRepository repo(db);
        QUndoStack stack;
        auto *add = new AddGroupCommand(db, group(QStringLiteral("王的群")), handler());
        stack.push(add);
        const qint64 id = add->entity().id;
        QVERIFY(id > 0);
        const Group added = *repo.find(id);
        QCOMPARE(added, add->entity());
        stack.undo();
        QVERIFY(!repo.find(id));
        stack.redo();
        QCOMPARE(*repo.find(id), added); // same id, same fields
        QVERIFY(m_errors.isEmpty());
    }

    void groupEditUndo()
    {
        Database db;
        QVERIFY(!db.openInMemory().isError());
        GroupRepository repo(db);
        Group g = group(QStringLiteral("A"));
        QVERIFY(repo.insert(g));
        const Group before = *repo.find(g.id);
        Group after = before;
        after.name = QStringLiteral("B");
        after.goals = { GroupGoal::ProductSales, GroupGoal::Knowledge };
        after.capacity = 200;
        QUndoStack stack;
        stack.push(new EditGroupCommand(db, before, after, handler()));
        QCOMPARE(*repo.find(g.id), after);
        stack.undo();
        QCOMPARE(*repo.find(g.id), before);
        stack.redo();
        QCOMPARE(*repo.find(g.id), after);
    }

    void deleteSeveralThenUndo()
    {
        Database db;
        QVERIFY(!db.openInMemory().isError());
        GroupRepository groups(db);
        ProductRepository products(db);
        QList<Group> kept;
        for (int i = 0; i < 4; ++i) {
            Group g = group(QStringLiteral("G%1").arg(i));
            QVERIFY(groups.insert(g));
            kept << *groups.find(g.id);
        }
        QList<Product> keptProducts;
        for (int i = 0; i < 3; ++i) {
            Product p = product(QStringLiteral("P%1").arg(i), QStringLiteral("SKU%1").arg(i));
            QVERIFY2(products.insert(p), qPrintable(products.lastError().message));
            keptProducts << *products.find(p.id);
        }
        QUndoStack stack;
        stack.push(new DeleteGroupsCommand(db, { kept.at(0).id, kept.at(2).id, kept.at(3).id },
                                           handler()));
        stack.push(new DeleteProductsCommand(db, { keptProducts.at(0).id, keptProducts.at(1).id },
                                             handler()));
        QCOMPARE(groups.all().size(), 1);
        QVERIFY(!products.find(keptProducts.at(0).id));
        stack.undo();
        stack.undo();
        QCOMPARE(groups.all(), kept);
        for (const Product &p : keptProducts)
            QCOMPARE(*products.find(p.id), p);
        stack.redo();
        QCOMPARE(groups.all(), QList<Group> { kept.at(1) });
        QVERIFY(m_errors.isEmpty());
    }

    void memberAddEditDelete()
    {
        Database db;
        QVERIFY(!db.openInMemory().isError());
        MemberRepository repo(db);
        GroupRepository groups(db);
        Group g = group(QStringLiteral("G"));
        QVERIFY(groups.insert(g));
        Member referrer = member(QStringLiteral("Referrer"));
        QVERIFY(repo.insert(referrer));

        QUndoStack stack;
        Member m = member(QStringLiteral("李娜"));
        m.referrerId = referrer.id;
        auto *add = new AddMemberCommand(db, m, handler());
        stack.push(add);
        QVERIFY2(!add->failed(), qPrintable(add->errorMessage()));
        const Member added = *repo.find(add->entity().id);
        QVERIFY(repo.setMemberships(
            added.id, { { g.id, added.id, MemberRole::SeedUser, at(1700000000), {} } }));

        Member edited = added;
        edited.displayName = QStringLiteral("李娜 (VIP)");
        edited.tags
            = { QStringLiteral("mother"), QStringLiteral("vip") }; // the repository sorts tags
        stack.push(new EditMemberCommand(db, added, edited, handler()));
        QCOMPARE(repo.find(added.id)->displayName, edited.displayName);
        stack.undo();
        QCOMPARE(*repo.find(added.id), added);
        stack.redo();

        // Deleting the referrer and the member, then undoing, brings back both with their
        // membership and the referral link.
        stack.push(new DeleteMembersCommand(db, { referrer.id, added.id }, handler()));
        QVERIFY(!repo.find(added.id));
        stack.undo();
        QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(QLatin1Char('\n'))));
        QCOMPARE(*repo.find(added.id), edited);
        QCOMPARE(repo.find(added.id)->referrerId, referrer.id);
        QCOMPARE(repo.memberships(added.id).size(), 1);
        QCOMPARE(repo.memberships(added.id).first().role, MemberRole::SeedUser);
        QCOMPARE(*repo.find(referrer.id), referrer);
    }

    void orderAddDeleteUndo()
    {
        Database db;
        QVERIFY(!db.openInMemory().isError());
        MemberRepository members(db);
        ProductRepository products(db);
        OrderRepository orders(db);
        Member m = member(QStringLiteral("Buyer"));
        QVERIFY(members.insert(m));
        Product p = product(QStringLiteral("Snack"), QStringLiteral("S"));
        QVERIFY(products.insert(p));
        Order o;
        o.memberId = m.id;
        o.productId = p.id;
        o.quantity = 3;
        o.unitPrice = Money(1990, QStringLiteral("CNY"));
        o.total = Money(5970, QStringLiteral("CNY"));
        o.orderedAt = at(1700003600);
        o.status = OrderStatus::Paid;
        QUndoStack stack;
        auto *add = new AddOrderCommand(db, o, handler());
        stack.push(add);
        QVERIFY2(!add->failed(), qPrintable(add->errorMessage()));
        const Order added = *orders.find(add->entity().id);
        stack.push(new DeleteOrdersCommand(db, { added.id }, handler()));
        QVERIFY(!orders.find(added.id));
        stack.undo();
        QCOMPARE(*orders.find(added.id), added);
        stack.undo();
        QVERIFY(!orders.find(added.id));
        stack.redo();
        QCOMPARE(*orders.find(added.id), added);
    }

    void campaignEditUndo()
    {
        Database db;
        QVERIFY(!db.openInMemory().isError());
        CampaignRepository repo(db);
        Campaign c;
        c.name = QStringLiteral("Flash Monday");
        c.startsAt = at(1700000000);
        c.priceTiers = { { 2, Money(9000, QStringLiteral("CNY")) },
                         { 3, Money(8500, QStringLiteral("CNY")) } };
        QVERIFY2(repo.insert(c), qPrintable(repo.lastError().message));
        const Campaign before = *repo.find(c.id);
        Campaign after = before;
        after.priceTiers.removeLast();
        after.status = CampaignStatus::Scheduled;
        QUndoStack stack;
        stack.push(new EditCampaignCommand(db, before, after, handler()));
        QCOMPARE(*repo.find(c.id), after);
        stack.undo();
        QCOMPARE(*repo.find(c.id), before);
        stack.push(new DeleteCampaignsCommand(db, { c.id }, handler()));
        stack.undo();
        QCOMPARE(*repo.find(c.id), before);
    }

    void failureIsReportedAndDropped()
    {
        Database db;
        QVERIFY(!db.openInMemory().isError());
        GroupRepository repo(db);
        Group g = group(QStringLiteral("Gone"));
        QVERIFY(repo.insert(g));
        const Group before = *repo.find(g.id);
        QVERIFY(repo.remove({ g.id }));

        QUndoStack stack;
        Group after = before;
        after.name = QStringLiteral("Renamed");
        stack.push(new EditGroupCommand(db, before, after, handler()));
        QCOMPARE(m_errors.size(), 1);
        QVERIFY(!m_errors.first().isEmpty());
        QCOMPARE(stack.count(), 0); // not left on the stack pretending it worked
        QVERIFY(!stack.canUndo());

        // A product whose SKU another product took meanwhile cannot come back: undo says so.
        ProductRepository products(db);
        Product p = product(QStringLiteral("A"), QStringLiteral("SKU"));
        QVERIFY(products.insert(p));
        Product later = product(QStringLiteral("Later"), QStringLiteral("L"));
        QVERIFY(products.insert(later)); // so the thief does not get p's id
        stack.push(new DeleteProductsCommand(db, { p.id }, handler()));
        Product thief = product(QStringLiteral("B"), QStringLiteral("SKU"));
        QVERIFY(products.insert(thief));
        stack.undo();
        QCOMPARE(m_errors.size(), 2);
        QVERIFY(!products.find(p.id));
        QCOMPARE(products.findBySku(QStringLiteral("SKU"))->id, thief.id);
        QCOMPARE(stack.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestUndoCommands)
#include "tst_undocommands.moc"
