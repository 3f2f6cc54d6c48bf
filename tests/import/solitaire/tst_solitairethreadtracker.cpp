#include "import/solitaire/solitairethreadtracker.h"

#include <QTest>

using namespace cohort::import;

namespace {

QDateTime minute(int m)
{
    return QDateTime(QDate(2024, 5, 10), QTime(8, 0), Qt::UTC).addSecs(qint64(m) * 60);
}

SolitaireMessage msg(qint64 id, int atMinute, const QString &author, const QString &text)
{
    return { id, minute(atMinute), author, text };
}

/// "name quantity unit @messageId" lines of a thread's book, for compact comparisons.
QStringList book(const SolitaireThread &thread)
{
    QStringList lines;
    for (const auto &e : thread.entries)
        lines << QStringLiteral("%1. %2 %3%4 @%5")
                     .arg(e.position)
                     .arg(e.name)
                     .arg(e.quantity)
                     .arg(e.unit)
                     .arg(e.messageId);
    return lines;
}

const QString strawberryHeader = QStringLiteral("#接龙 周五丹东草莓\n85元一盒\n例 1. 张三 2盒\n");
const QString cherryHeader = QStringLiteral("【接龙】智利车厘子\n");

} // namespace

/// SolitaireThreadTracker: reposts, edits, removals, interleaved threads and races.
class TestSolitaireThreadTracker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void repostsEditsAndRemovals()
    {
        SolitaireThreadTracker tracker;
        QVERIFY(tracker.add(
            msg(1, 0, QStringLiteral("op"), strawberryHeader + QStringLiteral("1. 李娜 2盒"))));
        QVERIFY(!tracker.add(msg(2, 1, QStringLiteral("amy"), QStringLiteral("好甜！上次买过"))));
        QVERIFY(tracker.add(msg(3, 2, QStringLiteral("wang"),
                                strawberryHeader + QStringLiteral("1. 李娜 2盒\n2. 王芳 x3"))));
        QVERIFY(tracker.add(
            msg(4, 5, QStringLiteral("zhao"),
                strawberryHeader + QStringLiteral("1. 李娜 2盒\n2. 王芳 x3\n3. 赵六 十盒"))));
        QCOMPARE(tracker.threads().size(), 1);
        QCOMPARE(book(tracker.threads().first()),
                 (QStringList { QStringLiteral("1. 李娜 2盒 @1"), QStringLiteral("2. 王芳 3 @3"),
                                QStringLiteral("3. 赵六 10盒 @4") }));
        // 王芳 changes her line.
        tracker.add(
            msg(5, 9, QStringLiteral("wang"),
                strawberryHeader + QStringLiteral("1. 李娜 2盒\n2. 王芳 4盒\n3. 赵六 十盒")));
        // 李娜 drops out; the list is renumbered.
        tracker.add(msg(6, 12, QStringLiteral("li"),
                        strawberryHeader + QStringLiteral("1. 王芳 4盒\n2. 赵六 十盒")));
        const SolitaireThread &thread = tracker.threads().first();
        QCOMPARE(
            book(thread),
            (QStringList { QStringLiteral("1. 王芳 4盒 @5"), QStringLiteral("2. 赵六 10盒 @4") }));
        QCOMPARE(thread.title, QStringLiteral("周五丹东草莓"));
        QCOMPARE(thread.description, QStringLiteral("85元一盒"));
        QCOMPARE(thread.example, QStringLiteral("例 1. 张三 2盒"));
        QCOMPARE(thread.started, minute(0));
        QCOMPARE(thread.updated, minute(12));
        QCOMPARE(thread.firstMessageId, qint64(1));
        QCOMPARE(thread.lastMessageId, qint64(6));
        QCOMPARE(thread.posts, 5);
    }

    void interleavedThreadsStayApart()
    {
        SolitaireThreadTracker tracker;
        tracker.add(
            msg(1, 0, QStringLiteral("op"), strawberryHeader + QStringLiteral("1. 李娜 2盒")));
        tracker.add(msg(2, 1, QStringLiteral("op"), cherryHeader + QStringLiteral("1、阿强 1箱")));
        tracker.add(msg(3, 2, QStringLiteral("x"), QStringLiteral("车厘子多大的？")));
        tracker.add(
            msg(4, 3, QStringLiteral("mei"),
                strawberryHeader + QStringLiteral("1. 李娜 2盒\n2. 小美🌸 两份 不要太熟的")));
        tracker.add(msg(5, 4, QStringLiteral("mei"),
                        cherryHeader + QStringLiteral("1、阿强 1箱\n2、小美🌸 2箱")));
        tracker.add(msg(6, 6, QStringLiteral("tom"),
                        strawberryHeader
                            + QStringLiteral("1. 李娜 2盒\n2. 小美🌸 两份 不要太熟的\n3．Tom ×3")));
        QCOMPARE(tracker.threads().size(), 2);
        QCOMPARE(tracker.threads().at(0).title, QStringLiteral("周五丹东草莓"));
        QCOMPARE(book(tracker.threads().at(0)),
                 (QStringList { QStringLiteral("1. 李娜 2盒 @1"), QStringLiteral("2. 小美🌸 2份 @4"),
                                QStringLiteral("3. Tom 3 @6") }));
        QCOMPARE(tracker.threads().at(0).entries.at(1).note, QStringLiteral("不要太熟的"));
        QCOMPARE(tracker.threads().at(1).title, QStringLiteral("智利车厘子"));
        QCOMPARE(
            book(tracker.threads().at(1)),
            (QStringList { QStringLiteral("1. 阿强 1箱 @2"), QStringLiteral("2. 小美🌸 2箱 @5") }));
        QCOMPARE(tracker.threads().at(1).updated, minute(4));
    }

    void concurrentRepostsKeepBothEntries()
    {
        SolitaireThreadTracker tracker;
        const QString base = cherryHeader + QStringLiteral("1. 阿强 1箱\n2. 王芳 2箱\n");
        tracker.add(msg(1, 0, QStringLiteral("wang"), base));
        // Ann and Bo copied the same two-line list at once.
        tracker.add(msg(2, 1, QStringLiteral("ann"), base + QStringLiteral("3. Ann 1箱")));
        tracker.add(msg(3, 1, QStringLiteral("bo"), base + QStringLiteral("3. Bo 2箱")));
        QCOMPARE(book(tracker.threads().first()),
                 (QStringList { QStringLiteral("1. 阿强 1箱 @1"), QStringLiteral("2. 王芳 2箱 @1"),
                                QStringLiteral("3. Ann 1箱 @2"), QStringLiteral("4. Bo 2箱 @3") }));
        // The next member copies the merged list and appends: nothing is lost or doubled.
        tracker.add(msg(4, 3, QStringLiteral("cy"),
                        base + QStringLiteral("3. Ann 1箱\n4. Bo 2箱\n5. Cy 1箱")));
        QCOMPARE(tracker.threads().first().entries.size(), 5);
    }

    void authorRetractingOwnLine()
    {
        SolitaireThreadTracker tracker;
        const QString base = cherryHeader + QStringLiteral("1. 阿强 1箱\n");
        tracker.add(msg(1, 0, QStringLiteral("q"), base));
        tracker.add(msg(2, 1, QStringLiteral("ann"), base + QStringLiteral("2. Ann 1箱")));
        tracker.add(msg(3, 2, QStringLiteral("ann"), base));
        QCOMPARE(book(tracker.threads().first()),
                 (QStringList { QStringLiteral("1. 阿强 1箱 @1") }));
    }

    void fragmentExtendsTheList()
    {
        SolitaireThreadTracker tracker;
        tracker.add(msg(1, 0, QStringLiteral("op"),
                        strawberryHeader + QStringLiteral("1. 李娜 2盒\n2. 王芳 x3")));
        // Someone posts only the header and their own line.
        tracker.add(
            msg(2, 1, QStringLiteral("liu"), QStringLiteral("#接龙 周五丹东草莓\n3. 小刘 1份")));
        // And someone corrects line 2 the same way.
        tracker.add(
            msg(3, 2, QStringLiteral("wang"), QStringLiteral("#接龙 周五丹东草莓\n2. 王芳 x2")));
        QCOMPARE(book(tracker.threads().first()),
                 (QStringList { QStringLiteral("1. 李娜 2盒 @1"), QStringLiteral("2. 王芳 2 @3"),
                                QStringLiteral("3. 小刘 1份 @2") }));
    }

    void sameTitleNextWeekIsANewThread()
    {
        SolitaireThreadTracker tracker;
        tracker.add(
            msg(1, 0, QStringLiteral("op"), strawberryHeader + QStringLiteral("1. 李娜 2盒")));
        tracker.add(msg(2, 7 * 24 * 60, QStringLiteral("op"),
                        strawberryHeader + QStringLiteral("1. 王芳 1盒")));
        QCOMPARE(tracker.threads().size(), 2);
        QCOMPARE(book(tracker.threads().at(0)), (QStringList { QStringLiteral("1. 李娜 2盒 @1") }));
        QCOMPARE(book(tracker.threads().at(1)), (QStringList { QStringLiteral("1. 王芳 1盒 @2") }));
    }

    void headerOnlyRepostKeepsTheBook()
    {
        SolitaireThreadTracker tracker;
        tracker.add(msg(1, 0, QStringLiteral("op"), QStringLiteral("#接龙 粽子")));
        QCOMPARE(tracker.threads().size(), 1);
        QVERIFY(tracker.threads().first().entries.isEmpty());
        tracker.add(msg(2, 1, QStringLiteral("a"), QStringLiteral("#接龙 粽子\n1. 阿花 5个")));
        tracker.add(msg(3, 2, QStringLiteral("op"), QStringLiteral("#接龙 粽子\n还有位置哦")));
        QCOMPARE(book(tracker.threads().first()),
                 (QStringList { QStringLiteral("1. 阿花 5个 @2") }));
    }
};

QTEST_APPLESS_MAIN(TestSolitaireThreadTracker)
#include "tst_solitairethreadtracker.moc"
