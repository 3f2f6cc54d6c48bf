#pragma once

#include "storage/workspaceerror.h"

#include <QCoreApplication>
#include <QList>
#include <QVariantList>

#include <QString>
#include <optional>

namespace cohort {

class Database;

/// Who may do what in a team workspace, enforced by the server (docs/team.md): the owner owns
/// the tables (everything, and manages people); an operator is a member of the database's
/// cohort_<db>_operator role (reads and writes rows: groups, members, campaigns, orders,
/// imports); a viewer of cohort_<db>_viewer (reads, prints reports). The two roles hold the
/// GRANTs; a person is a PostgreSQL login granted one of them. A write the role does not allow
/// is refused by the server, and Database::errorFromSql says so (WorkspaceError::Kind::Denied).
class TeamRoles final
{
    Q_DECLARE_TR_FUNCTIONS(TeamRoles)

public:
    enum class Role { Owner, Operator, Viewer };
    struct Person
    {
        QString login;
        Role role = Role::Viewer;
    };

    explicit TeamRoles(Database &database)
        : m_database(database)
    {
    }

    static QString roleKey(Role role);
    static bool roleFromKey(const QString &key, Role *role);

    /// Creates the two roles of this database when missing and grants them their rights on
    /// every table and sequence, now and for tables later migrations add. Needs the owner, with
    /// PostgreSQL's CREATEROLE. Runs again harmlessly.
    bool setUp();
    /// The owner and every login granted one of the roles.
    std::optional<QList<Person>> people();
    /// Gives `login` the `role` (Operator or Viewer), creating the login with `password` when it
    /// does not exist yet; a role it had before is taken away.
    bool setRole(const QString &login, Role role, const QString &password = QString());
    /// Takes both roles from `login` (the login itself stays: it may belong to other teams).
    bool remove(const QString &login);
    /// The role of the connected user.
    std::optional<Role> currentRole();

    WorkspaceError lastError() const { return m_error; }

private:
    QString roleName(Role role) const;
    bool run(const QString &sql, const QVariantList &binds = {});
    bool fail(const WorkspaceError &error);

    Database &m_database;
    WorkspaceError m_error;
};

} // namespace cohort
