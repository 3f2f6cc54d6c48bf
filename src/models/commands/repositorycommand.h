#pragma once

#include <QString>
#include <QUndoCommand>

#include <functional>

namespace cohort {

/// Receives the message of a command whose redo or undo failed; the UI shows it.
using CommandErrorHandler = std::function<void(const QString &message)>;

/// Base of the undo commands that write through a repository: reports a failed redo/undo to the
/// error handler and marks itself obsolete, so QUndoStack drops it instead of pretending the
/// workspace is in a state it is not.
class RepositoryCommand : public QUndoCommand
{
public:
    explicit RepositoryCommand(CommandErrorHandler onError, QUndoCommand *parent = nullptr);

    /// Whether the last redo() or undo() failed.
    bool failed() const { return m_failed; }
    QString errorMessage() const { return m_errorMessage; }

protected:
    /// Records the outcome of a redo/undo; on failure reports `message` and makes the command
    /// obsolete.
    void finish(bool ok, const QString &message);

private:
    CommandErrorHandler m_onError;
    bool m_failed = false;
    QString m_errorMessage;
};

} // namespace cohort
