#include "import/solitaire/solitairemembermatcher.h"

#include <QTest>

using namespace cohort;
using namespace cohort::import;

using Status = SolitaireMemberMatch::Status;

/// Entry names to members: display names, names seen for identities, the poster breaking ties.
class TestSolitaireMemberMatcher : public QObject
{
    Q_OBJECT

    const QList<SolitaireRepository::MemberName> m_names {
        { 1, QStringLiteral("Li Na"), true },
        { 2, QStringLiteral("王芳"), true },
        { 2, QStringLiteral("芳芳🌸"), false }, // an older name of 王芳's account
        { 3, QStringLiteral("Amy"), true },
        { 4, QStringLiteral("Amy"), true },
        { 5, QStringLiteral("Tom Baker"), true },
        { 5, QStringLiteral("Tom Baker"), false }, // display name also seen: not a second person
    };

private Q_SLOTS:
    void match_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<qint64>("poster");
        QTest::addColumn<int>("status");
        QTest::addColumn<qint64>("member");
        QTest::newRow("display name")
            << QStringLiteral("Li Na") << qint64(0) << int(Status::Matched) << qint64(1);
        QTest::newRow("case and spaces folded")
            << QStringLiteral("  li   NA ") << qint64(0) << int(Status::Matched) << qint64(1);
        QTest::newRow("full-width letters")
            << QStringLiteral("Ｌｉ Ｎａ") << qint64(0) << int(Status::Matched) << qint64(1);
        QTest::newRow("identity name")
            << QStringLiteral("芳芳🌸") << qint64(0) << int(Status::Matched) << qint64(2);
        QTest::newRow("same member twice")
            << QStringLiteral("Tom Baker") << qint64(0) << int(Status::Matched) << qint64(5);
        QTest::newRow("two members, no poster")
            << QStringLiteral("Amy") << qint64(0) << int(Status::Ambiguous) << qint64(0);
        QTest::newRow("two members, poster is one")
            << QStringLiteral("Amy") << qint64(4) << int(Status::Matched) << qint64(4);
        QTest::newRow("two members, poster is neither")
            << QStringLiteral("Amy") << qint64(1) << int(Status::Ambiguous) << qint64(0);
        QTest::newRow("unknown") << QStringLiteral("小美") << qint64(2) << int(Status::Unknown)
                                 << qint64(0);
        QTest::newRow("prefix is not a match")
            << QStringLiteral("Li") << qint64(0) << int(Status::Unknown) << qint64(0);
        QTest::newRow("empty") << QString() << qint64(1) << int(Status::Unknown) << qint64(0);
    }

    void match()
    {
        QFETCH(QString, name);
        QFETCH(qint64, poster);
        QFETCH(int, status);
        QFETCH(qint64, member);
        const SolitaireMemberMatcher matcher(m_names);
        const SolitaireMemberMatch result = matcher.match(name, poster);
        QCOMPARE(int(result.status), status);
        QCOMPARE(result.memberId, member);
    }

    void displayNames()
    {
        const SolitaireMemberMatcher matcher(m_names);
        QCOMPARE(matcher.displayName(2), QStringLiteral("王芳"));
        QCOMPARE(matcher.displayName(99), QString());
    }
};

QTEST_GUILESS_MAIN(TestSolitaireMemberMatcher)
#include "tst_solitairemembermatcher.moc"
