#include "rules/floodtracker.h"

#include <QRandomGenerator>
#include <QTest>

#include <deque>

using namespace cohort::rules;

namespace {

struct Msg
{
    qint64 member;
    qint64 at;
    QString text;
};

/// "message id@at" of each burst; ids are positions in `messages` + 1.
QStringList bursts(const QList<Msg> &messages, const FloodLimits &limits = FloodLimits())
{
    FloodTracker tracker(limits);
    std::vector<FloodTracker::Burst> out;
    for (int i = 0; i < messages.size(); ++i)
        tracker.add(i + 1, messages[i].member, messages[i].at, messages[i].text,
                    !messages[i].text.isEmpty(), out);
    QStringList result;
    for (const auto &b : out)
        result << QStringLiteral("%1:%2@%3").arg(b.memberId).arg(b.messageId).arg(b.at);
    return result;
}

QList<Msg> run(qint64 member, qint64 start, int count, int step, const QString &prefix = QString())
{
    QList<Msg> list;
    for (int i = 0; i < count; ++i)
        list << Msg { member, start + qint64(i) * step,
                      prefix.isEmpty() ? QString() : prefix + QString::number(i) };
    return list;
}

} // namespace

/// FloodTracker: rate and repeat floods, one violation per burst at its first message, bursts
/// end after the quiet time, thresholds per group.
class TestFloodTracker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ringQueueIsFirstInFirstOut()
    {
        // Random pushes and pops against std::deque, so the ring wraps and grows while wrapped.
        RingQueue<int> ring;
        std::deque<int> model;
        QRandomGenerator random(7);
        for (int step = 0; step < 20000; ++step) {
            if (model.empty() || random.bounded(100) < 55) {
                ring.push_back(step);
                model.push_back(step);
            } else {
                ring.pop_front();
                model.pop_front();
            }
            QCOMPARE(ring.size(), model.size());
            if (!model.empty()) {
                QCOMPARE(ring.front(), model.front());
                const size_t i = size_t(random.bounded(int(model.size())));
                QCOMPARE(ring[i], model[i]);
            }
        }
    }

    void fiveIsFine() { QCOMPARE(bursts(run(1, 1000, 5, 10, QStringLiteral("m"))), QStringList()); }

    void sixInAMinute()
    {
        QCOMPARE(bursts(run(1, 1000, 6, 10, QStringLiteral("m"))),
                 QStringList { QStringLiteral("1:1@1000") });
    }

    void sixSpreadOverMoreThanAMinute()
    {
        QCOMPARE(bursts(run(1, 1000, 6, 12, QStringLiteral("m"))), QStringList());
    }

    void oneBurstWhileItGoesOn()
    {
        // 30 messages, 5 s apart: one burst; after 10 quiet minutes a new flood is a new burst.
        QList<Msg> list = run(1, 1000, 30, 5, QStringLiteral("a"));
        list += run(1, 1000 + 29 * 5 + 600, 6, 5, QStringLiteral("b"));
        QCOMPARE(bursts(list),
                 (QStringList { QStringLiteral("1:1@1000"), QStringLiteral("1:31@1745") }));
    }

    void lessThanQuietKeepsTheBurst()
    {
        QList<Msg> list = run(1, 1000, 6, 5, QStringLiteral("a"));
        list += run(1, 1025 + 599, 6, 5, QStringLiteral("b"));
        QCOMPARE(bursts(list), QStringList { QStringLiteral("1:1@1000") });
    }

    void membersAreCountedApart()
    {
        QList<Msg> list;
        for (int i = 0; i < 6; ++i)
            list << Msg { 1 + i % 2, 1000 + i * 5, QStringLiteral("x%1").arg(i) };
        QCOMPARE(bursts(list), QStringList());
    }

    void sameTextThreeTimes()
    {
        const QList<Msg> list { { 1, 1000, QStringLiteral("买买买") },
                                { 1, 1200, QStringLiteral("hello") },
                                { 1, 1300, QStringLiteral("买买买") },
                                { 1, 1500, QStringLiteral(" 买买买 ") } };
        QCOMPARE(bursts(list), QStringList { QStringLiteral("1:1@1000") });
    }

    void sameTextFoldsCase()
    {
        const QList<Msg> list { { 1, 0, QStringLiteral("BUY NOW") },
                                { 1, 100, QStringLiteral("buy now") },
                                { 1, 200, QStringLiteral("ｂｕｙ ｎｏｗ") } };
        QCOMPARE(bursts(list), QStringList { QStringLiteral("1:1@0") });
    }

    void sameTextTooFarApart()
    {
        const QList<Msg> list { { 1, 0, QStringLiteral("hi") },
                                { 1, 400, QStringLiteral("hi") },
                                { 1, 800, QStringLiteral("hi") } };
        QCOMPARE(bursts(list), QStringList());
    }

    void mediaDoesNotRepeat()
    {
        // Three photos in a row are not "the same text".
        QCOMPARE(bursts(run(1, 0, 3, 60)), QStringList());
    }

    void groupThresholds()
    {
        FloodLimits strict;
        strict.maxMessages = 2;
        strict.windowSeconds = 30;
        QCOMPARE(bursts(run(1, 0, 3, 10, QStringLiteral("m")), strict),
                 QStringList { QStringLiteral("1:1@0") });
        FloodLimits loose;
        loose.maxMessages = 10;
        QCOMPARE(bursts(run(1, 0, 8, 1, QStringLiteral("m")), loose), QStringList());
    }

    void unknownAuthorsAreSkipped()
    {
        QCOMPARE(bursts(run(0, 0, 10, 1, QStringLiteral("m"))), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestFloodTracker)
#include "tst_floodtracker.moc"
