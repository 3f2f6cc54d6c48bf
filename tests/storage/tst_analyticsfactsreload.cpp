#include "demo/demogenerator.h"
#include "storage/activityrollups.h"
#include "storage/analyticsfactsrepository.h"
#include "storage/campaignrepository.h"
#include "storage/database.h"
#include "storage/factschangelog.h"
#include "storage/grouprepository.h"
#include "storage/memberrepository.h"
#include "storage/orderrepository.h"
#include "storage/productrepository.h"
#include "storage/timezonechange.h"

#include "testbackends.h"
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>

#include <QTest>

using namespace cohort;

/// The dashboards and the weekly report keep the analytics facts in memory and, after an edit,
/// read again only the parts the changed tables feed (AnalyticsFactsRepository::reload). Over
/// random edits of every kind on a generated workspace, that always equals a full read.
class TestAnalyticsFactsReload : public QObject
{
    Q_OBJECT

    Database m_db;
    QString m_backend;
    Tables m_changed;
    FactsChangeLog m_log; ///< what the dashboard would record
    QRandomGenerator m_random;

    /// A random id among the rows `sql` selects (ordered for a reproducible pick), or 0.
    qint64 pick(const QString &sql)
    {
        QList<qint64> ids;
        QSqlQuery q(m_db.connection());
        q.exec(sql);
        while (q.next())
            ids << q.value(0).toLongLong();
        return ids.isEmpty() ? 0 : ids.at(m_random.bounded(int(ids.size())));
    }

    /// One random edit; returns what it was, for the failure message.
    QString edit(int kind)
    {
        switch (kind) {
        case 0: {
            OrderRepository orders(m_db);
            auto order = orders.find(pick(QStringLiteral("SELECT id FROM orders ORDER BY id")));
            if (!order)
                return QStringLiteral("no order");
            // Another amount, status, time (its place in time order) and now and then currency.
            const QString currency
                = m_random.bounded(4) == 0 ? QStringLiteral("USD") : order->total.currency();
            order->total = Money(order->total.minorUnits() + 100, currency);
            order->status = OrderStatus(m_random.bounded(4));
            order->orderedAt = order->orderedAt.addDays(m_random.bounded(-300, 300));
            return orders.update(*order) ? QStringLiteral("order edited")
                                         : orders.lastError().message;
        }
        case 1: {
            OrderRepository orders(m_db);
            const qint64 id = pick(QStringLiteral("SELECT id FROM orders ORDER BY id"));
            if (m_random.bounded(2) == 0) {
                auto copy = orders.find(id);
                if (!copy)
                    return QStringLiteral("no order");
                copy->id = 0;
                copy->orderedAt = copy->orderedAt.addSecs(m_random.bounded(-86400, 86400));
                return orders.insert(*copy) ? QStringLiteral("order added")
                                            : orders.lastError().message;
            }
            return orders.remove({ id }) ? QStringLiteral("order deleted")
                                         : orders.lastError().message;
        }
        case 2: {
            MemberRepository members(m_db);
            auto member = members.find(pick(QStringLiteral("SELECT id FROM members ORDER BY id")));
            if (!member)
                return QStringLiteral("no member");
            member->displayName += QStringLiteral(" (edited)");
            return members.update(*member) ? QStringLiteral("member renamed")
                                           : members.lastError().message;
        }
        case 3: {
            MemberRepository members(m_db);
            // Members with orders, messages or ledger entries cannot be deleted.
            const qint64 id = pick(QStringLiteral(
                "SELECT id FROM members WHERE id NOT IN (SELECT member_id FROM orders) AND id NOT "
                "IN (SELECT member_id FROM messages WHERE member_id IS NOT NULL) AND id NOT IN "
                "(SELECT beneficiary_id FROM commission_ledger) AND id NOT IN (SELECT member_id "
                "FROM points_ledger) AND id NOT IN (SELECT member_id FROM partners) ORDER BY id"));
            return members.remove({ id }) ? QStringLiteral("member deleted")
                                          : members.lastError().message;
        }
        case 4: {
            MemberRepository members(m_db);
            const qint64 keep = pick(QStringLiteral("SELECT member_id FROM member_day_activity "
                                                    "GROUP BY member_id ORDER BY member_id"));
            qint64 gone = keep;
            while (gone == keep)
                gone = pick(QStringLiteral("SELECT id FROM members ORDER BY id"));
            return members.merge(keep, gone) ? QStringLiteral("members merged")
                                             : members.lastError().message;
        }
        case 5: {
            MemberRepository members(m_db);
            const qint64 id = pick(QStringLiteral("SELECT member_id FROM memberships "
                                                  "WHERE left_at IS NULL ORDER BY member_id"));
            QList<Membership> list = members.memberships(id);
            if (list.isEmpty())
                return QStringLiteral("no membership");
            list.first().leftAt = QDateTime::currentDateTimeUtc();
            return members.setMemberships(id, list) ? QStringLiteral("member left a group")
                                                    : members.lastError().message;
        }
        case 6: {
            ProductRepository products(m_db);
            auto product
                = products.find(pick(QStringLiteral("SELECT id FROM products ORDER BY id")));
            if (!product)
                return QStringLiteral("no product");
            product->name += QStringLiteral(" (edited)");
            return products.update(*product) ? QStringLiteral("product renamed")
                                             : products.lastError().message;
        }
        case 7: {
            CampaignRepository campaigns(m_db);
            const qint64 id = pick(QStringLiteral("SELECT id FROM campaigns ORDER BY id"));
            if (m_random.bounded(2) == 0)
                return campaigns.remove({ id }) ? QStringLiteral("campaign deleted")
                                                : campaigns.lastError().message;
            auto campaign = campaigns.find(id);
            if (!campaign)
                return QStringLiteral("no campaign");
            campaign->name += QStringLiteral(" (edited)");
            return campaigns.update(*campaign) ? QStringLiteral("campaign renamed")
                                               : campaigns.lastError().message;
        }
        case 8: {
            GroupRepository groups(m_db);
            const qint64 id = pick(QStringLiteral("SELECT id FROM chat_groups ORDER BY id"));
            if (m_random.bounded(3) == 0)
                return groups.remove({ id }) ? QStringLiteral("group deleted")
                                             : groups.lastError().message;
            auto group = groups.find(id);
            if (!group)
                return QStringLiteral("no group");
            group->name += QStringLiteral(" (edited)");
            return groups.update(*group) ? QStringLiteral("group renamed")
                                         : groups.lastError().message;
        }
        case 9: {
            ActivityRollups rollups(m_db);
            const qint64 id = pick(QStringLiteral("SELECT id FROM messages ORDER BY id"));
            return rollups.removeMessages({ id }) ? QStringLiteral("message deleted")
                                                  : rollups.lastError().message;
        }
        default: {
            TimeZoneChange change(m_db);
            const QString zone = m_db.timeZoneId() == QLatin1String("Asia/Shanghai")
                ? QStringLiteral("America/St_Johns")
                : QStringLiteral("Asia/Shanghai");
            return change.run(zone) ? QStringLiteral("time zone changed")
                                    : change.lastError().message;
        }
        }
    }

private Q_SLOTS:
    void initTestCase_data() { cohort::test::addBackendRows(); }
    void init()
    {
        COHORT_SHARED_WORKSPACE(m_db, m_backend);
        DemoGenerator generator(m_db);
        QVERIFY2(generator.generate(3, DemoGenerator::Scale::Small),
                 qPrintable(generator.lastError().message));
        connect(&m_db, &Database::changed, this, [this](Tables tables) { m_changed |= tables; });
        connect(&m_db, &Database::changedRows, this,
                [this](const ChangeSet &change) { m_log.record(change); });
    }

    void reloadEqualsFullRead_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed : { 1u, 2u, 3u })
            QTest::addRow("seed %u", seed) << seed;
    }

    void reloadEqualsFullRead()
    {
        QFETCH(quint32, seed);
        m_random.seed(seed);
        const AnalyticsFactsRepository repository(m_db);
        AnalyticsFacts current;
        repository.load(current);
        // Brought up to date by reloads only, each from the one before: the parts a change left
        // alone are shared along the whole chain (SharedRows), never copied. Loaded apart from
        // `current`, so the two share nothing and comparing them compares rows.
        AnalyticsFacts chained;
        repository.load(chained);
        m_log = FactsChangeLog();
        m_log.apply(m_log.plan().target);
        QSet<QString> done;
        for (int step = 0; step < 60; ++step) {
            m_changed = {};
            // Time-zone changes are rare (and the slowest edit); every other kind is as likely.
            const int kind = m_random.bounded(100) < 3 ? 10 : m_random.bounded(10);
            const QString what = edit(kind);
            // As the dashboard does it: the changes logged, orders by row where known.
            const FactsChangeLog::Plan plan = m_log.plan();
            QCOMPARE(plan.stale, m_changed);
            AnalyticsFacts reloaded;
            repository.reload(reloaded, current, plan.stale, plan.orderIds);
            AnalyticsFacts next;
            repository.reload(next, chained, plan.stale, plan.orderIds);
            // Newer facts replace the old ones; a failed edit changed nothing to apply.
            QCOMPARE(m_log.apply(plan.target), bool(m_changed));
            AnalyticsFacts full;
            repository.load(full);
            const QByteArray at = QStringLiteral("step %1: %2 (tables 0x%3)")
                                      .arg(step)
                                      .arg(what)
                                      .arg(m_changed.toInt(), 0, 16)
                                      .toUtf8();
            QVERIFY2(reloaded == full, at.constData());
            QVERIFY2(next == full, at.constData());
            // Reloading wrote nothing into the facts it started from, though it shares them.
            QVERIFY2(chained == current, at.constData());
            // What the change cannot have touched is shared, not copied.
            const auto shared = [](const auto &after, const auto &before) {
                return before.empty() || after.sharesWith(before);
            };
            const Tables stale = plan.stale;
            if (!(stale & (Table::Groups | Table::Messages)))
                QVERIFY2(shared(next.dayActivity, chained.dayActivity), at.constData());
            if (!(stale & (Table::Groups | Table::Memberships)))
                QVERIFY2(shared(next.events, chained.events), at.constData());
            if (!(stale & (Table::Groups | Table::Members)))
                QVERIFY2(shared(next.members, chained.members), at.constData());
            if (!(stale & (Table::Groups | Table::Orders | Table::Campaigns)))
                QVERIFY2(shared(next.orders, chained.orders), at.constData());
            current = std::move(full);
            chained = std::move(next);
            if (m_changed) // a failed edit changes nothing and announces nothing
                done.insert(what);
        }
        // The edits really happened (a failed edit would prove nothing): most kinds, each seed.
        QVERIFY2(done.size() >= 10, qPrintable(QStringList(done.values()).join(u", ")));
    }

    /// Reloads that finish out of order leave the newest facts: each covers the changes up to
    /// the one it was planned at.
    void changeLogAppliesInOrder()
    {
        FactsChangeLog log;
        QVERIFY(log.plan().full);
        QVERIFY(log.apply(log.plan().target));
        log.record({ Table::Orders, { 7 } });
        const FactsChangeLog::Plan first = log.plan();
        QCOMPARE(first.full, false);
        QCOMPARE(first.stale, Tables(Table::Orders));
        QCOMPARE(first.orderIds, QSet<qint64>({ 7 }));
        log.record({ Table::Orders | Table::Members, { 8 } });
        const FactsChangeLog::Plan second = log.plan();
        QCOMPARE(second.stale, Tables(Table::Orders | Table::Members));
        QCOMPARE(second.orderIds, QSet<qint64>({ 7, 8 }));
        log.record({ Table::Orders, {} }); // orders changed that no id names: all are read
        QVERIFY(log.plan().orderIds.isEmpty());
        QVERIFY(log.apply(log.plan().target)); // the later reload finishes first
        QVERIFY(!log.apply(first.target)); // the earlier one is older: dropped
        QCOMPARE(log.plan().stale, Tables());
        log.record({ Table::Products, {} });
        QVERIFY(log.apply(first.target) == false);
        QCOMPARE(log.plan().stale, Tables(Table::Products));
        log.reset();
        QVERIFY(log.plan().full);
    }
};

QTEST_GUILESS_MAIN(TestAnalyticsFactsReload)
#include "tst_analyticsfactsreload.moc"
