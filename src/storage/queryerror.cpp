#include "storage/queryerror.h"

#include "storage/database.h"

#include <QSqlError>

namespace cohort {

namespace {

/// Long statements are cut in the one-line form; details() keeps them whole.
constexpr int StatementPreview = 160;

} // namespace

QueryError::QueryError(const QSqlError &sqlError, const QString &statement)
    : m_statement(statement)
    , m_driverMessage(sqlError.text())
    , m_nativeCode(sqlError.nativeErrorCode())
{
    // The kind (locked, corrupt, I/O ...) is the one writes report; the message is a reader's,
    // since errorFromSql's say "nothing was saved".
    m_error.kind = Database::errorFromSql(sqlError).kind;
    if (m_error.kind == WorkspaceError::Kind::None)
        m_error.kind = WorkspaceError::Kind::Io;
    switch (m_error.kind) {
    case WorkspaceError::Kind::Locked:
        m_error.message = tr("The workspace is busy in another program and could not be read. "
                             "Try again in a moment.");
        break;
    case WorkspaceError::Kind::Corrupt:
        m_error.message
            = tr("The workspace is damaged and could not be read (%1).").arg(m_driverMessage);
        break;
    default:
        m_error.message = tr("The workspace could not be read (%1).").arg(m_driverMessage);
        break;
    }
    m_what = oneLine().toUtf8();
}

QString QueryError::oneLine() const
{
    QString sql = m_statement.simplified();
    if (sql.size() > StatementPreview)
        sql = sql.left(StatementPreview - 1) + QChar(0x2026);
    return tr("%1 Statement: %2").arg(m_error.message, sql);
}

QString QueryError::details() const
{
    return tr("Statement: %1\nDriver: %2\nCode: %3")
        .arg(m_statement.trimmed(), m_driverMessage,
             m_nativeCode.isEmpty() ? tr("none") : m_nativeCode);
}

} // namespace cohort
