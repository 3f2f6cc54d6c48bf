#include "storage/sqllane.h"

#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace cohort;

/// SqlLane: the producer's jobs run on the owner thread, in order, and call() waits for its job.
class TestSqlLane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jobsRunInlineOutsideProducer()
    {
        SqlLane lane;
        int ran = 0;
        lane.post([&] { ++ran; });
        lane.call([&] { ++ran; });
        QCOMPARE(ran, 2);
    }

    void producerJobsRunOnOwnerInOrder()
    {
        SqlLane lane;
        const std::thread::id owner = std::this_thread::get_id();
        std::thread::id producerThread;
        std::vector<int> order; // touched only on the owner thread
        bool allOnOwner = true;
        lane.runProducer([&] {
            producerThread = std::this_thread::get_id();
            for (int i = 0; i < 1000; ++i) {
                lane.post([&, i] {
                    allOnOwner = allOnOwner && std::this_thread::get_id() == owner;
                    order.push_back(i);
                });
            }
        });
        QVERIFY(producerThread != owner);
        QVERIFY(allOnOwner);
        QCOMPARE(int(order.size()), 1000);
        for (int i = 0; i < 1000; ++i)
            QCOMPARE(order[size_t(i)], i);
    }

    void callWaitsForEverythingBefore()
    {
        SqlLane lane;
        int written = 0;
        std::vector<int> seen;
        lane.runProducer([&] {
            for (int i = 0; i < 50; ++i) {
                lane.post([&] { ++written; });
                int now = -1;
                lane.call([&] { now = written; });
                seen.push_back(now); // the call returned: its result is visible here
            }
        });
        QCOMPARE(int(seen.size()), 50);
        for (int i = 0; i < 50; ++i)
            QCOMPARE(seen[size_t(i)], i + 1);
    }

    void postBlocksWhileQueueIsFull()
    {
        // A slow owner: the producer may be at most a few jobs ahead of it.
        SqlLane lane;
        std::atomic<int> posted = 0;
        std::atomic<int> done = 0;
        int worstLead = 0;
        lane.runProducer([&] {
            for (int i = 0; i < 40; ++i) {
                lane.post([&] {
                    std::this_thread::sleep_for(std::chrono::milliseconds(2));
                    ++done;
                });
                ++posted;
                worstLead = std::max(worstLead, posted.load() - done.load());
            }
        });
        QCOMPARE(done.load(), 40);
        QVERIFY2(worstLead <= 6, qPrintable(QString::number(worstLead)));
    }

    void lanesCanRunAgain()
    {
        SqlLane lane;
        int total = 0;
        for (int round = 0; round < 3; ++round)
            lane.runProducer([&] { lane.post([&] { ++total; }); });
        QCOMPARE(total, 3);
    }
};

QTEST_GUILESS_MAIN(TestSqlLane)
#include "tst_sqllane.moc"
