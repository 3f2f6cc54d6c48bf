#include "import/importpipeline.h"
#include "import/solitaire/solitairedetector.h"
#include "storage/database.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTest>

using namespace cohort;
using namespace cohort::import;

namespace {

qint64 memberNamed(const Database &db, const QString &name)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT id FROM members WHERE display_name = ?"));
    q.addBindValue(name);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

QDateTime utc(int d, int h, int m)
{
    return QDateTime(QDate(2026, 5, d), QTime(h, m), Qt::UTC);
}

/// "name quantity unit | note" of every line, to compare whole books at once.
QStringList lines(const SolitaireBook &book)
{
    QStringList result;
    for (const SolitaireBookLine &line : book.lines) {
        result << QStringLiteral("%1. %2 %3%4 | %5")
                      .arg(line.entry.position)
                      .arg(line.entry.name)
                      .arg(line.entry.quantity)
                      .arg(line.entry.unit, line.entry.note);
    }
    return result;
}

} // namespace

/// Detection over the stored messages of an imported WhatsApp chat (tests/data/solitaire): a
/// Chinese and an English list interleaved, edits and a removal in later reposts, the same
/// title a week later as a new thread, and entries matched to members.
class TestSolitaireDetector : public QObject
{
    Q_OBJECT

    Database m_db;
    qint64 m_group = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(!m_db.openInMemory().isError());
        ImportOptions options;
        options.timeZoneId = QStringLiteral("UTC");
        options.groupName = QStringLiteral("Fresh Fruit");
        const ImportSummary summary = ImportPipeline(m_db).importFile(
            test::dataPath(QStringLiteral("solitaire/fruit_group_whatsapp.txt")), options);
        QVERIFY2(summary.ok(), qPrintable(summary.errors.value(0).message));
        QCOMPARE(summary.groupIds.size(), 1);
        m_group = summary.groupIds.first();
    }

    void postsAreStoredAsSolitaire()
    {
        QSqlQuery q(m_db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM messages WHERE kind = 3")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 13);
        // Chatter that names 接龙 is not a list.
        QVERIFY(
            q.exec(QStringLiteral("SELECT kind FROM messages WHERE body LIKE '%退出这次接龙%'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), int(MessageKind::Text));
        QCOMPARE(SolitaireRepository(m_db).posts(m_group).size(), 13);
    }

    void threads()
    {
        const QList<SolitaireBook> books = SolitaireDetector::detect(m_db, m_group);
        QCOMPARE(books.size(), 3);
        const SolitaireBook &grapes = books.at(0);
        QCOMPARE(grapes.thread.title, QStringLiteral("周五阳光玫瑰葡萄 🍇"));
        QCOMPARE(grapes.thread.started, utc(15, 9, 0));
        QCOMPARE(grapes.thread.updated, utc(15, 16, 5));
        QCOMPARE(grapes.messageIds.size(), 7);
        // 张伟 raised 2 to 3, 李娜 withdrew, 王芳 signed a neighbour up.
        QCOMPARE(lines(grapes),
                 (QStringList { QStringLiteral("1. 王芳 1份 | "),
                                QStringLiteral("2. 张伟 3份 | 多要一份给我妈"),
                                QStringLiteral("3. 陈静 3份 | "),
                                QStringLiteral("4. 小美 2份 | （帮邻居代接）") }));
        QCOMPARE(grapes.totalQuantity(), 9);

        const SolitaireBook &bread = books.at(1);
        QCOMPARE(bread.thread.title, QStringLiteral("Saturday sourdough bread"));
        QCOMPARE(bread.thread.started, utc(15, 9, 20));
        QCOMPARE(bread.thread.updated, utc(15, 12, 10));
        QCOMPARE(bread.messageIds.size(), 4);
        QCOMPARE(lines(bread),
                 (QStringList { QStringLiteral("1. Lucy Chen 2 | "),
                                QStringLiteral("2. Tom Baker 2packs | "),
                                QStringLiteral("3. 刘洋 2bags | ") }));

        // The same title a week later is next week's list.
        const SolitaireBook &nextWeek = books.at(2);
        QCOMPARE(nextWeek.thread.title, grapes.thread.title);
        QCOMPARE(nextWeek.thread.started, utc(22, 9, 0));
        QCOMPARE(
            lines(nextWeek),
            (QStringList { QStringLiteral("1. 王芳 1份 | "), QStringLiteral("2. 刘洋 2份 | ") }));
    }

    void entriesKeepTheMessageThatWroteThem()
    {
        const QList<SolitaireBook> books = SolitaireDetector::detect(m_db, m_group);
        const SolitaireBook &grapes = books.at(0);
        // 王芳's line is unchanged since the first post; 张伟's comes from his edit.
        QCOMPARE(grapes.lines.at(0).entry.messageId, grapes.messageIds.first());
        QCOMPARE(grapes.lines.at(0).writtenAt, utc(15, 9, 0));
        QCOMPARE(grapes.lines.at(1).writtenAt, utc(15, 11, 48));
        QCOMPARE(grapes.lines.at(1).posterId, memberNamed(m_db, QStringLiteral("张伟")));
        QCOMPARE(grapes.lines.at(3).entry.messageId, grapes.messageIds.last());
    }

    void members()
    {
        const QList<SolitaireBook> books = SolitaireDetector::detect(m_db, m_group);
        const SolitaireBook &grapes = books.at(0);
        const auto matched = [](qint64 id) {
            return SolitaireMemberMatch { SolitaireMemberMatch::Status::Matched, id };
        };
        QVERIFY(memberNamed(m_db, QStringLiteral("王芳")) > 0);
        QCOMPARE(grapes.lines.at(0).match, matched(memberNamed(m_db, QStringLiteral("王芳"))));
        QCOMPARE(grapes.lines.at(0).memberName, QStringLiteral("王芳"));
        QCOMPARE(grapes.lines.at(2).match, matched(memberNamed(m_db, QStringLiteral("陈静"))));
        QCOMPARE(grapes.lines.at(3).match, SolitaireMemberMatch {}); // nobody is called 小美
        QCOMPARE(books.at(1).lines.at(1).match,
                 matched(memberNamed(m_db, QStringLiteral("Tom Baker"))));
    }

    void ambiguousNames()
    {
        Database db;
        QVERIFY(!db.openInMemory().isError());
        ImportOptions options;
        options.timeZoneId = QStringLiteral("UTC");
        const ImportSummary summary = ImportPipeline(db).importFile(
            test::dataPath(QStringLiteral("solitaire/fruit_group_whatsapp.txt")), options);
        QVERIFY(summary.ok());
        const qint64 group = summary.groupIds.first();
        // Two more people in the group go by names written in the lists.
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO members (id, display_name, created_at) VALUES "
                                      "(900, '陈静', 0), (901, '小美', 0), (902, '小美', 0)")));
        q.prepare(QStringLiteral("INSERT INTO memberships (group_id, member_id) VALUES (?, ?)"));
        for (const int member : { 900, 901, 902 }) {
            q.addBindValue(group);
            q.addBindValue(member);
            QVERIFY(q.exec());
        }
        const QList<SolitaireBook> books = SolitaireDetector::detect(db, group);
        const SolitaireBook &grapes = books.at(0);
        // 陈静 wrote her own line: the poster decides between the two.
        QCOMPARE(grapes.lines.at(2).match.status, SolitaireMemberMatch::Status::Matched);
        QCOMPARE(grapes.lines.at(2).match.memberId, grapes.lines.at(2).posterId);
        QVERIFY(grapes.lines.at(2).match.memberId != 900);
        // 王芳 wrote 小美's line and is neither of them.
        QCOMPARE(grapes.lines.at(3).match.status, SolitaireMemberMatch::Status::Ambiguous);
        QCOMPARE(grapes.lines.at(3).match.memberId, 0);
    }

    void cancelled()
    {
        const QList<SolitaireBook> books
            = SolitaireDetector::detect(m_db, m_group, [] { return true; });
        QVERIFY(books.isEmpty());
    }

    void otherGroupsStayApart()
    {
        QVERIFY(SolitaireDetector::detect(m_db, m_group + 1000).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSolitaireDetector)
#include "tst_solitairedetector.moc"
