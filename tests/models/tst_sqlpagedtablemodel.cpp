#include "models/grouplistmodel.h"
#include "models/memberlistmodel.h"
#include "models/orderlistmodel.h"
#include "models/productlistmodel.h"
#include "storage/database.h"
#include "storage/grouprepository.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace cohort;

/// SqlPagedTableModel through its entity subclasses: lazy pages, SQL sort and filter, refresh on
/// change signals, formatting and translated headers, all under QAbstractItemModelTester.
class TestSqlPagedTableModel : public QObject
{
    Q_OBJECT

    static constexpr int GroupCount = 600;

    static bool addGroups(Database &db, int n)
    {
        GroupRepository repo(db);
        for (int i = 0; i < n; ++i) {
            Group g;
            g.name = QStringLiteral("Group %1").arg(i, 4, 10, QLatin1Char('0'));
            g.platform = i % 3 == 0 ? Platform::QQ : Platform::WeChat;
            g.status = i % 2 ? GroupStatus::Dormant : GroupStatus::Active;
            g.capacity = i % 50;
            g.goals = { GroupGoal::Knowledge, GroupGoal::ProductSales };
            g.mainBusiness
                = i == 7 ? QStringLiteral("=HYPERLINK(\"x\")") : QStringLiteral("Snacks");
            if (!repo.insert(g))
                return false;
        }
        return true;
    }

private Q_SLOTS:
    void lazyFetchingSortingFiltering()
    {
        Database db;
        QVERIFY(!db.openInMemory().isError());
        QVERIFY(addGroups(db, GroupCount));
        GroupListModel model(db);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);

        // The list spec's 8 columns and the targets column computed outside SQL.
        QCOMPARE(model.columnCount(), 9);
        QCOMPARE(model.targetsColumn(), 8);
        QCOMPARE(model.totalCount(), qint64(GroupCount));
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), GroupCount);
        // Pages arrive in name order with the ids as UserRole.
        QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("Group 0000"));
        QCOMPARE(model.index(GroupCount - 1, 1).data().toString(), QStringLiteral("Group 0599"));
        QCOMPARE(model.index(0, 1).data(Qt::UserRole).toLongLong(), model.idAt(0));

        const int capacity = model.columnOf(QStringLiteral("capacity"));
        model.sort(capacity, Qt::DescendingOrder);
        QCOMPARE(model.rowCount(), 0); // pages load again on demand
        model.fetchMore({});
        QCOMPARE(model.rowCount(), SqlPagedTableModel::PageSize);
        QCOMPARE(model.index(0, capacity).data(SqlPagedTableModel::RawValueRole).toInt(), 49);
        model.fetchAll();
        QCOMPARE(model.rowCount(), GroupCount);
        for (int row = 1; row < model.rowCount(); ++row) {
            QVERIFY(model.index(row - 1, capacity).data(SqlPagedTableModel::RawValueRole).toInt()
                    >= model.index(row, capacity).data(SqlPagedTableModel::RawValueRole).toInt());
        }

        // A column that cannot sort in SQL leaves the order alone.
        const int goals = model.columnOf(QStringLiteral("goals"));
        QVERIFY(!model.isSortable(goals));
        model.sort(goals);
        QCOMPARE(model.sortColumn(), capacity);

        model.setTextFilter(QStringLiteral("group 01"));
        QCOMPARE(model.totalCount(), qint64(100));
        model.fetchAll();
        QCOMPARE(model.rowCount(), 100);
        model.setFilterValue(QStringLiteral("platform"), QStringLiteral("qq"));
        model.fetchAll();
        QCOMPARE(model.rowCount(), 33); // 0100..0199 divisible by 3
        model.setFilterValue(QStringLiteral("platform"), QVariant());
        model.setTextFilter(QString());
        model.fetchMore({});
        QCOMPARE(model.totalCount(), qint64(GroupCount));
    }

    void refreshesOnChangeSignal()
    {
        Database db;
        QVERIFY(!db.openInMemory().isError());
        QVERIFY(addGroups(db, 300));
        GroupListModel model(db);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.fetchMore({});
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 300);

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        GroupRepository repo(db);
        Group g;
        g.name = QStringLiteral("Group 0000a");
        QVERIFY(repo.insert(g));
        QCOMPARE(reset.count(), 1);
        // The loaded rows are reloaded, so the view keeps its place.
        QCOMPARE(model.rowCount(), 301);
        QCOMPARE(model.index(1, 1).data().toString(), QStringLiteral("Group 0000a"));
        QCOMPARE(model.rowOfId(g.id), 1);

        QVERIFY(repo.remove({ g.id, model.idAt(0) }));
        QCOMPARE(reset.count(), 2);
        QCOMPARE(model.rowCount(), 299);
        QCOMPARE(model.rowOfId(g.id), -1);

        // Tables the list does not show do not reload it.
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO products (name, sku) VALUES ('x', 'x')")));
        Q_EMIT db.changed(Table::Products);
        QCOMPARE(reset.count(), 2);
    }

    void displayFormatting()
    {
        Database db;
        QVERIFY(!db.openInMemory().isError());
        QVERIFY(addGroups(db, 8));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO products (name, sku, role, price_minor, "
                                      "cost_minor, currency, active) VALUES "
                                      "('Snack box', 'S1', 'profit', 123456, 61728, 'CNY', 0)")));
        ProductListModel products(db);
        QAbstractItemModelTester tester(&products,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        products.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
        products.fetchMore({});
        QCOMPARE(products.rowCount(), 1);
        auto cell = [&](const QString &key) {
            return products.index(0, products.columnOf(key)).data().toString();
        };
        QCOMPARE(cell(QStringLiteral("price")), QStringLiteral("¥1,234.56"));
        QCOMPARE(cell(QStringLiteral("margin")), QStringLiteral("50.0%"));
        QCOMPARE(cell(QStringLiteral("role")), enumDisplayName(ProductRole::Profit));
        QCOMPARE(cell(QStringLiteral("active")), QStringLiteral("No"));
        QCOMPARE(products.index(0, products.columnOf(QStringLiteral("price")))
                     .data(Qt::TextAlignmentRole)
                     .toInt(),
                 int(Qt::AlignRight | Qt::AlignVCenter));

        GroupListModel groups(db);
        groups.fetchMore({});
        const int goals = groups.columnOf(QStringLiteral("goals"));
        const QString goalsText = groups.index(0, goals).data().toString();
        QVERIFY(goalsText.contains(enumDisplayName(GroupGoal::Knowledge)));
        QVERIFY(goalsText.contains(enumDisplayName(GroupGoal::ProductSales)));
        QCOMPARE(groups.index(0, 0).data().toString(), enumDisplayName(Platform::QQ));
        QCOMPARE(groups.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Name"));
    }

    void dateTimesInWorkspaceZone()
    {
        Database db;
        QVERIFY(!db.openInMemory().isError());
        QVERIFY(db.setTimeZoneId(QStringLiteral("Asia/Shanghai")));
        QSqlQuery q(db.connection());
        // 2023-11-14 22:13:20 UTC is 2023-11-15 06:13 in Shanghai.
        QVERIFY(q.exec(QStringLiteral("INSERT INTO members (display_name, first_seen, created_at) "
                                      "VALUES ('Li Na', 1700000000, 0)")));
        MemberListModel model(db);
        model.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
        model.fetchMore({});
        const QString text
            = model.index(0, model.columnOf(QStringLiteral("first_seen"))).data().toString();
        QVERIFY2(text.contains(QLatin1String("11/15/23")) && text.contains(QLatin1String("6:13")),
                 qPrintable(text));
        QCOMPARE(model.index(0, model.columnOf(QStringLiteral("last_active"))).data().toString(),
                 QString());
    }

    void languageChangeUpdatesHeaders()
    {
        Database db;
        QVERIFY(!db.openInMemory().isError());
        QVERIFY(addGroups(db, 3));
        OrderListModel model(db);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
        QEvent change(QEvent::LanguageChange);
        QCoreApplication::sendEvent(QCoreApplication::instance(), &change);
        QCOMPARE(headers.count(), 1);
        QCOMPARE(headers.at(0).at(0).value<Qt::Orientation>(), Qt::Horizontal);
        QCOMPARE(headers.at(0).at(2).toInt(), model.columnCount() - 1);
    }

    void memberFilters()
    {
        Database db;
        QVERIFY(!db.openInMemory().isError());
        QVERIFY(addGroups(db, 2));
        QSqlQuery q(db.connection());
        for (int i = 0; i < 40; ++i) {
            QVERIFY(q.exec(
                QStringLiteral("INSERT INTO members (display_name, source_channel, created_at) "
                               "VALUES ('M%1', '%2', 0)")
                    .arg(i)
                    .arg(i % 2 ? QStringLiteral("advertising") : QStringLiteral("referral"))));
            QVERIFY(q.exec(
                QStringLiteral(
                    "INSERT INTO memberships (group_id, member_id, role) VALUES (%1, %2, '%3')")
                    .arg(i % 4 ? 1 : 2)
                    .arg(i + 1)
                    .arg(i % 8 ? QStringLiteral("member") : QStringLiteral("expert"))));
        }
        MemberListModel model(db);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setGroupFilter(2);
        QCOMPARE(model.totalCount(), qint64(10));
        model.setRoleFilter(MemberRole::Expert);
        QCOMPARE(model.totalCount(), qint64(5));
        model.setSourceFilter(SourceChannel::Advertising);
        QCOMPARE(model.totalCount(), qint64(0));
        model.setSourceFilter(std::nullopt);
        model.setRoleFilter(std::nullopt);
        model.setGroupFilter(0);
        model.fetchAll();
        QCOMPARE(model.rowCount(), 40);
        QCOMPARE(model.index(0, model.columnOf(QStringLiteral("groups"))).data().toString(),
                 QStringLiteral("Group 0001"));
    }
};

QTEST_GUILESS_MAIN(TestSqlPagedTableModel)
#include "tst_sqlpagedtablemodel.moc"
