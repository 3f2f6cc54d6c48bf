#include "storage/sharedrows.h"

#include <QTest>

#include <utility>

using namespace cohort;

/// SharedRows copies on write: copies share rows until one is written to, reading never copies,
/// and a write to one copy leaves the others as they were.
class TestSharedRows : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void copiesShareUntilWritten()
    {
        SharedRows<int> a = std::vector<int> { 3, 1, 2 };
        SharedRows<int> b = a;
        QVERIFY(b.sharesWith(a));
        // Reading through const access keeps sharing.
        const SharedRows<int> &readOnly = b;
        QCOMPARE(readOnly[0], 3);
        QCOMPARE(readOnly.back(), 2);
        int sum = 0;
        for (const int value : readOnly)
            sum += value;
        QCOMPARE(sum, 6);
        QVERIFY(b.sharesWith(a));
        // Any non-const access makes the rows b's own first.
        b.push_back(4);
        QVERIFY(!b.sharesWith(a));
        QCOMPARE(a.rows(), (std::vector<int> { 3, 1, 2 }));
        QCOMPARE(b.rows(), (std::vector<int> { 3, 1, 2, 4 }));
        SharedRows<int> c = a;
        c[0] = 9;
        QCOMPARE(a[0], 3);
        QCOMPARE(c[0], 9);
        SharedRows<int> d = a;
        std::sort(d.begin(), d.end());
        QCOMPARE(a.rows(), (std::vector<int> { 3, 1, 2 }));
        QCOMPARE(d.rows(), (std::vector<int> { 1, 2, 3 }));
    }

    void soleOwnerWritesInPlace()
    {
        SharedRows<int> a = std::vector<int> { 1, 2 };
        const int *before = a.data();
        a[1] = 5;
        QCOMPARE(a.data(), before);
        SharedRows<int> moved = std::move(a);
        QCOMPARE(moved.data(), before);
    }

    void equalityComparesRows()
    {
        SharedRows<int> a;
        a = { 1, 2 };
        SharedRows<int> b = std::vector<int> { 1, 2 };
        QVERIFY(a == b);
        QVERIFY(!a.sharesWith(b));
        b.push_back(3);
        QVERIFY(!(a == b));
        SharedRows<int> empty;
        QVERIFY(empty.empty());
        QCOMPARE(empty.size(), size_t(0));
        QVERIFY(empty == SharedRows<int>(std::vector<int> {}));
    }
};

QTEST_GUILESS_MAIN(TestSharedRows)
#include "tst_sharedrows.moc"
