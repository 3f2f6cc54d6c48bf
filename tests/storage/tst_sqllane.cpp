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

    void producerDoesSpareWorkInsteadOfWaiting()
    {
        // A slow owner: while the queue is full the producer does its spare work, a piece at a
        // time, on its own thread, until that runs out; then it waits as before.
        SqlLane lane;
        const std::thread::id owner = std::this_thread::get_id();
        std::vector<int> seen;
        int spare = 0;
        bool spareOnOwner = false;
        std::atomic<bool> postedAll = false;
        bool spareAfterPosts = false;
        lane.setSpareWork([&] {
            spareOnOwner = spareOnOwner || std::this_thread::get_id() == owner;
            spareAfterPosts = spareAfterPosts || postedAll;
            if (spare == 5)
                return false; // nothing left: the producer must wait now
            ++spare;
            return true;
        });
        lane.runProducer([&] {
            for (int i = 1; i <= 30; ++i)
                lane.post([&seen, i] {
                    std::this_thread::sleep_for(std::chrono::milliseconds(3));
                    seen.push_back(i);
                });
            postedAll = true;
        });
        QCOMPARE(spare, 5);
        QVERIFY(!spareOnOwner);
        QVERIFY(!spareAfterPosts);
        QCOMPARE(int(seen.size()), 30);
        for (int i = 0; i < 30; ++i)
            QCOMPARE(seen[size_t(i)], i + 1);
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
