#include "storage/database.h"
#include "storage/grouprepository.h"
#include "storage/memberrepository.h"
#include "storage/serveraddress.h"
#include "storage/teamroles.h"
#include "testpostgres.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace cohort;

/// Roles in a team workspace are the server's: a viewer reads and is refused every write by
/// the server itself, an operator writes rows but manages nobody, the owner manages people.
class TestTeamRoles : public QObject
{
    Q_OBJECT

    QString m_address;
    QString m_viewer;
    QString m_operator;

    /// The workspace's address, connecting as `login` (trust authentication on the test server).
    QString as(const QString &login) const
    {
        QString address = m_address;
        return address.replace(QStringLiteral("postgresql://cohort@"),
                               QStringLiteral("postgresql://") + login + QLatin1Char('@'));
    }

private Q_SLOTS:
    void initTestCase()
    {
        COHORT_REQUIRE_POSTGRES();
        m_address = test::createScratchDatabase();
        QVERIFY(!m_address.isEmpty());
        // Logins are the cluster's: named after this database, so parallel runs never meet.
        const QString database = ServerAddress::parse(m_address).databaseName();
        m_viewer = QStringLiteral("viewer_") + database;
        m_operator = QStringLiteral("operator_") + database;
        Database owner;
        QVERIFY(!owner.open(m_address, Database::OpenMode::CreateOrOpen).isError());
        Group group;
        group.name = QStringLiteral("Owner's group");
        QVERIFY(GroupRepository(owner).insert(group));
        TeamRoles team(owner);
        QVERIFY2(team.setRole(m_viewer, TeamRoles::Role::Viewer),
                 qPrintable(team.lastError().message));
        QVERIFY2(team.setRole(m_operator, TeamRoles::Role::Viewer, QStringLiteral("pw")),
                 qPrintable(team.lastError().message));
        // A role changes: the old one goes.
        QVERIFY(team.setRole(m_operator, TeamRoles::Role::Operator));
        const std::optional<QList<TeamRoles::Person>> people = team.people();
        QVERIFY(people);
        QCOMPARE(people->size(), 3);
        QCOMPARE(people->at(0).login, QStringLiteral("cohort"));
        QCOMPARE(people->at(0).role, TeamRoles::Role::Owner);
        for (const TeamRoles::Person &person : *people) {
            if (person.login == m_viewer)
                QCOMPARE(person.role, TeamRoles::Role::Viewer);
            else if (person.login == m_operator)
                QCOMPARE(person.role, TeamRoles::Role::Operator);
        }
        QCOMPARE(team.currentRole(), std::optional(TeamRoles::Role::Owner));
        // The owner's role is not for changing.
        QVERIFY(!team.setRole(QStringLiteral("cohort"), TeamRoles::Role::Viewer));
    }

    void viewerReadsAndIsRefusedByTheServer()
    {
        Database viewer;
        const WorkspaceError opened = viewer.open(as(m_viewer));
        QVERIFY2(!opened.isError(), qPrintable(opened.message));
        QCOMPARE(TeamRoles(viewer).currentRole(), std::optional(TeamRoles::Role::Viewer));
        QCOMPARE(GroupRepository(viewer).all().size(), 1);
        Group group;
        group.name = QStringLiteral("Viewer's group");
        GroupRepository groups(viewer);
        QVERIFY(!groups.insert(group));
        QCOMPARE(groups.lastError().kind, WorkspaceError::Kind::Denied);
        QVERIFY2(groups.lastError().message.contains(QStringLiteral("role")),
                 qPrintable(groups.lastError().message));
        // Not only through Cohort's code: the server refuses the statement itself.
        QSqlQuery q(viewer.connection());
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM chat_groups")));
        QCOMPARE(Database::errorFromSql(q.lastError()).kind, WorkspaceError::Kind::Denied);
    }

    void operatorWritesRowsButManagesNobody()
    {
        Database op;
        QVERIFY(!op.open(as(m_operator)).isError());
        QCOMPARE(TeamRoles(op).currentRole(), std::optional(TeamRoles::Role::Operator));
        Group group;
        group.name = QStringLiteral("Operator's group");
        GroupRepository groups(op);
        QVERIFY2(groups.insert(group), qPrintable(groups.lastError().message));
        group.name = QStringLiteral("Renamed by the operator");
        QVERIFY(groups.update(group));
        Member member;
        member.displayName = QStringLiteral("王芳");
        MemberRepository members(op);
        QVERIFY2(members.insert(member), qPrintable(members.lastError().message));
        QVERIFY(member.id > 0);
        TeamRoles team(op);
        QVERIFY(!team.setRole(QStringLiteral("someone_else"), TeamRoles::Role::Viewer));
        QCOMPARE(team.lastError().kind, WorkspaceError::Kind::Denied);
    }

    void removedPersonCannotRead()
    {
        {
            Database owner;
            QVERIFY(!owner.open(m_address).isError());
            TeamRoles team(owner);
            QVERIFY(team.remove(m_viewer));
            QCOMPARE(team.people()->size(), 2);
        }
        Database viewer;
        const WorkspaceError error = viewer.open(as(m_viewer));
        QVERIFY(error.isError());
        QCOMPARE(error.kind, WorkspaceError::Kind::Denied);
    }
};

QTEST_GUILESS_MAIN(TestTeamRoles)
#include "tst_teamroles.moc"
