#include "storage/teamroles.h"

#include "storage/database.h"
#include "storage/sqltransaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace cohort {

QString TeamRoles::roleKey(Role role)
{
    switch (role) {
    case Role::Owner:
        return QStringLiteral("owner");
    case Role::Operator:
        return QStringLiteral("operator");
    case Role::Viewer:
        break;
    }
    return QStringLiteral("viewer");
}

bool TeamRoles::roleFromKey(const QString &key, Role *role)
{
    for (const Role r : { Role::Owner, Role::Operator, Role::Viewer }) {
        if (key == roleKey(r)) {
            *role = r;
            return true;
        }
    }
    return false;
}

QString TeamRoles::roleName(Role role) const
{
    // Role names are the cluster's, so they carry the database's name; PostgreSQL keeps the
    // first 63 bytes of a name.
    QSqlQuery q(m_database.connection());
    const QString database = q.exec(QStringLiteral("SELECT current_database()")) && q.next()
        ? q.value(0).toString()
        : QString();
    return QStringLiteral("cohort_") + database + QLatin1Char('_') + roleKey(role);
}

bool TeamRoles::fail(const WorkspaceError &error)
{
    m_error = error;
    return false;
}

bool TeamRoles::run(const QString &sql, const QVariantList &binds)
{
    // Role names and passwords are quoted by the server (format() with %I and %L), then run.
    QSqlQuery q(m_database.connection());
    if (!q.prepare(sql))
        return fail(Database::errorFromSql(q.lastError()));
    for (const QVariant &value : binds)
        q.addBindValue(value);
    if (!q.exec() || !q.next())
        return fail(Database::errorFromSql(q.lastError()));
    const QString statement = q.value(0).toString();
    q.finish();
    if (!q.exec(statement))
        return fail(Database::errorFromSql(q.lastError()));
    return true;
}

bool TeamRoles::setUp()
{
    m_error = {};
    if (!m_database.isServer())
        return fail({ WorkspaceError::Kind::Invalid,
                      tr("Only a team workspace on a server has people and roles.") });
    const QString operatorRole = roleName(Role::Operator);
    const QString viewerRole = roleName(Role::Viewer);
    SqlTransaction tx(m_database);
    if (!tx.isActive())
        return fail(tx.error());
    for (const QString &role : { operatorRole, viewerRole }) {
        QSqlQuery exists(tx.connection());
        exists.prepare(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"));
        exists.addBindValue(role);
        if (!exists.exec())
            return fail(Database::errorFromSql(exists.lastError()));
        if (!exists.next()
            && !run(QStringLiteral("SELECT format('CREATE ROLE %I NOLOGIN', CAST(? AS text))"),
                    { role }))
            return false;
    }
    const QVariantList both { operatorRole, viewerRole };
    const QStringList grants {
        QStringLiteral("SELECT format('GRANT CONNECT ON DATABASE %I TO %I, %I', "
                       "current_database(), CAST(? AS text), CAST(? AS text))"),
        QStringLiteral("SELECT format('GRANT USAGE ON SCHEMA %I TO %I, %I', current_schema(), "
                       "CAST(? AS text), CAST(? AS text))"),
    };
    for (const QString &grant : grants) {
        if (!run(grant, both))
            return false;
    }
    // Operators write rows (and move id sequences); viewers read. Tables a later migration
    // adds get the same through the default privileges.
    const QList<std::pair<QString, QString>> rights {
        { QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO %I"),
          operatorRole },
        { QStringLiteral("GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA %I TO %I"),
          operatorRole },
        { QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA %I TO %I"), viewerRole },
        { QStringLiteral("GRANT SELECT ON ALL SEQUENCES IN SCHEMA %I TO %I"), viewerRole },
        { QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT SELECT, INSERT, UPDATE, "
                         "DELETE ON TABLES TO %I"),
          operatorRole },
        { QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT USAGE, SELECT, UPDATE ON "
                         "SEQUENCES TO %I"),
          operatorRole },
        { QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT SELECT ON TABLES TO %I"),
          viewerRole },
    };
    for (const auto &[grant, role] : rights) {
        if (!run(QStringLiteral("SELECT format('") + grant
                     + QStringLiteral("', current_schema(), CAST(? AS text))"),
                 { role }))
            return false;
    }
    if (!tx.commit())
        return fail(tx.error());
    return true;
}

std::optional<QList<TeamRoles::Person>> TeamRoles::people()
{
    m_error = {};
    QList<Person> result;
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT pg_get_userbyid(relowner) FROM pg_class WHERE oid = "
                               "to_regclass('meta')"))) {
        fail(Database::errorFromSql(q.lastError()));
        return std::nullopt;
    }
    if (q.next())
        result.append({ q.value(0).toString(), Role::Owner });
    q.prepare(QStringLiteral("SELECT r.rolname, g.rolname FROM pg_auth_members m JOIN pg_roles g "
                             "ON g.oid = m.roleid JOIN pg_roles r ON r.oid = m.member WHERE "
                             "g.rolname IN (?, ?) ORDER BY r.rolname"));
    const QString operatorRole = roleName(Role::Operator);
    q.addBindValue(operatorRole);
    q.addBindValue(roleName(Role::Viewer));
    if (!q.exec()) {
        fail(Database::errorFromSql(q.lastError()));
        return std::nullopt;
    }
    while (q.next()) {
        result.append({ q.value(0).toString(),
                        q.value(1).toString() == operatorRole ? Role::Operator : Role::Viewer });
    }
    return result;
}

bool TeamRoles::setRole(const QString &login, Role role, const QString &password)
{
    if (role == Role::Owner)
        return fail({ WorkspaceError::Kind::Invalid,
                      tr("A workspace has one owner, who owns its tables; Cohort does not hand "
                         "that over.") });
    if (!setUp())
        return false;
    const std::optional<QList<Person>> now = people();
    if (!now)
        return false;
    if (!now->isEmpty() && now->first().login == login)
        return fail({ WorkspaceError::Kind::Invalid,
                      tr("%1 owns this workspace; an owner's role does not change.").arg(login) });
    SqlTransaction tx(m_database);
    if (!tx.isActive())
        return fail(tx.error());
    QSqlQuery exists(tx.connection());
    exists.prepare(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"));
    exists.addBindValue(login);
    if (!exists.exec())
        return fail(Database::errorFromSql(exists.lastError()));
    if (!exists.next()) {
        const bool created = password.isEmpty()
            ? run(QStringLiteral("SELECT format('CREATE ROLE %I LOGIN', CAST(? AS text))"),
                  { login })
            : run(QStringLiteral("SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', CAST(? AS "
                                 "text), CAST(? AS text))"),
                  { login, password });
        if (!created)
            return false;
    }
    const QString other = roleName(role == Role::Operator ? Role::Viewer : Role::Operator);
    if (!run(QStringLiteral("SELECT format('REVOKE %I FROM %I', CAST(? AS text), CAST(? AS text))"),
             { other, login })
        || !run(QStringLiteral("SELECT format('GRANT %I TO %I', CAST(? AS text), CAST(? AS text))"),
                { roleName(role), login }))
        return false;
    if (!tx.commit())
        return fail(tx.error());
    return true;
}

bool TeamRoles::remove(const QString &login)
{
    m_error = {};
    SqlTransaction tx(m_database);
    if (!tx.isActive())
        return fail(tx.error());
    if (!run(QStringLiteral("SELECT format('REVOKE %I, %I FROM %I', CAST(? AS text), CAST(? AS "
                            "text), CAST(? AS text))"),
             { roleName(Role::Operator), roleName(Role::Viewer), login }))
        return false;
    if (!tx.commit())
        return fail(tx.error());
    return true;
}

std::optional<TeamRoles::Role> TeamRoles::currentRole()
{
    m_error = {};
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
        "SELECT (SELECT pg_has_role(current_user, relowner, 'MEMBER') FROM pg_class WHERE oid = "
        "to_regclass('meta')) OR (SELECT rolsuper FROM pg_roles WHERE rolname = current_user), "
        "EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ? AND pg_has_role(current_user, oid, "
        "'MEMBER')), EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ? AND "
        "pg_has_role(current_user, oid, 'MEMBER'))"));
    q.addBindValue(roleName(Role::Operator));
    q.addBindValue(roleName(Role::Viewer));
    if (!q.exec() || !q.next()) {
        fail(Database::errorFromSql(q.lastError()));
        return std::nullopt;
    }
    if (q.value(0).toBool())
        return Role::Owner;
    if (q.value(1).toBool())
        return Role::Operator;
    if (q.value(2).toBool())
        return Role::Viewer;
    return std::nullopt;
}

} // namespace cohort
