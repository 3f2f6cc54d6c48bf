#pragma once

#include "storage/workspaceerror.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QException>
#include <QString>

class QSqlError;

namespace cohort {

/// A statement that failed while reading: what the user is told (a WorkspaceError), which
/// statement it was and what the driver said. Thrown by CheckedQuery; a QException so that a
/// QFuture could carry it, though jobs catch it themselves. Caught at the edge of every pane, model
/// and CLI command (docs/architecture.md, "Checked queries"), never let into the event loop.
class QueryError final : public QException
{
    Q_DECLARE_TR_FUNCTIONS(QueryError)

public:
    QueryError(const QSqlError &sqlError, const QString &statement);

    const WorkspaceError &error() const { return m_error; }
    WorkspaceError::Kind kind() const { return m_error.kind; }
    /// Translated, for the user: what went wrong and what the driver said.
    QString message() const { return m_error.message; }
    QString statement() const { return m_statement; }
    QString driverMessage() const { return m_driverMessage; }
    /// Message plus the statement on one line (the CLI's stderr line, the banner's details).
    QString oneLine() const;
    /// Multi-line details: statement, driver message and native code.
    QString details() const;

    const char *what() const noexcept override { return m_what.constData(); }
    void raise() const override { throw *this; }
    QueryError *clone() const override { return new QueryError(*this); }

private:
    WorkspaceError m_error;
    QString m_statement;
    QString m_driverMessage;
    QString m_nativeCode;
    QByteArray m_what;
};

/// For writes, which report failures as false plus lastError() and never throw: runs `body`
/// (returning bool) and turns a QueryError from a read made on the way into `error`. Any
/// transaction open in `body` rolls back as its guard unwinds.
template<typename Body> bool catchQueryError(WorkspaceError &error, Body &&body)
{
    try {
        return body();
    } catch (const QueryError &e) {
        error = e.error();
        return false;
    }
}

} // namespace cohort
