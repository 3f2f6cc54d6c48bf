#include "storage/database.h"
#include "storage/grouprepository.h"

#include "testbackends.h"
#include <QSignalSpy>

#include <QTest>

using namespace cohort;

/// GroupRepository: CRUD with every positioning field, restore with the old id, change signals.
class TestGroupRepository : public QObject
{
    Q_OBJECT

    static Group sample()
    {
        Group g;
        g.platform = Platform::WeChat;
        g.name = QStringLiteral("亲子教育交流群 1");
        g.status = GroupStatus::Active;
        g.mainBusiness = QStringLiteral("Parent-child education courses");
        g.portrait = {
            QStringLiteral("28-40"),       QStringLiteral("80% female"),
            QStringLiteral("Guangzhou"),   QStringLiteral("communication with children"),
            QStringLiteral("tense talks"), { QStringLiteral("mothers"), QStringLiteral("6Q") }
        };
        g.goals = { GroupGoal::Knowledge, GroupGoal::ProductSales };
        g.promotionPolicy = PromotionPolicy::FreeMarket;
        g.approvedPromoters = { QStringLiteral("Li Na"), QStringLiteral("王芳") };
        g.entryThreshold = EntryThreshold::Paid;
        g.entryFee = Money(9900, QStringLiteral("CNY"));
        g.rulesText = QStringLiteral("No ads.\nBe kind.");
        g.ruleFlags = { QStringLiteral("no_links"), QStringLiteral("no_ads") };
        g.capacity = 500;
        g.notes = QStringLiteral("<b>not html</b>");
        return g;
    }

private Q_SLOTS:
    void initTestCase_data() { cohort::test::addBackendRows(); }
    void crud()
    {
        Database db;
        COHORT_OPEN_FRESH_WORKSPACE(db);
        GroupRepository repo(db);
        QSignalSpy spy(&db, &Database::changed);

        Group g = sample();
        QVERIFY2(repo.insert(g), qPrintable(repo.lastError().message));
        QVERIFY(g.id > 0);
        QVERIFY(g.createdAt.isValid());
        QCOMPARE(spy.count(), 1);
        QVERIFY(spy.at(0).at(0).value<Tables>().testFlag(Table::Groups));

        std::optional<Group> loaded = repo.find(g.id);
        QVERIFY(loaded);
        g.createdAt = QDateTime::fromSecsSinceEpoch(g.createdAt.toSecsSinceEpoch(), Qt::UTC);
        QCOMPARE(*loaded, g);

        loaded->name = QStringLiteral("Renamed");
        loaded->goals = { GroupGoal::QnA };
        QVERIFY(repo.update(*loaded));
        QCOMPARE(repo.find(g.id)->name, QStringLiteral("Renamed"));
        QCOMPARE(repo.find(g.id)->goals, QList<GroupGoal> { GroupGoal::QnA });
        QCOMPARE(repo.findByName(QStringLiteral("Renamed"))->id, g.id);

        QVERIFY(repo.remove({ g.id }));
        QVERIFY(!repo.find(g.id));
        QVERIFY(repo.all().isEmpty());

        // Undo of a delete brings the group back under its old id.
        QVERIFY(repo.restore(*loaded));
        QCOMPARE(repo.find(g.id)->name, QStringLiteral("Renamed"));
        QCOMPARE(spy.count(), 4);
    }

    void updateOfMissingGroupFails()
    {
        Database db;
        COHORT_OPEN_FRESH_WORKSPACE(db);
        GroupRepository repo(db);
        Group g = sample();
        g.id = 4242;
        QVERIFY(!repo.update(g));
        QCOMPARE(repo.lastError().kind, WorkspaceError::Kind::NotFound);
    }

    void allIsSortedByName()
    {
        Database db;
        COHORT_OPEN_FRESH_WORKSPACE(db);
        GroupRepository repo(db);
        for (const QString &name :
             { QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("c") }) {
            Group g = sample();
            g.name = name;
            QVERIFY(repo.insert(g));
        }
        const QList<Group> all = repo.all();
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.at(0).name, QStringLiteral("a"));
        QCOMPARE(all.at(2).name, QStringLiteral("c"));
    }
};

QTEST_GUILESS_MAIN(TestGroupRepository)
#include "tst_grouprepository.moc"
