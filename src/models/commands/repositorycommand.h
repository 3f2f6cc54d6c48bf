#pragma once

#include <QString>
#include <QUndoCommand>

#include <functional>

namespace cohort {

/// Receives the message of a command whose redo or undo failed; the UI shows it.
using CommandErrorHandler = std::function<void(const QString &message)>;

/// Base of the undo commands that write through a repository: reports a failed redo/undo to the
/// error handler and marks itself obsolete, so QUndoStack drops it instead of pretending the
/// workspace is in a state it is not. Subclasses implement redoStep() and undoStep().
class RepositoryCommand : public QUndoCommand
{
public:
    explicit RepositoryCommand(CommandErrorHandler onError, QUndoCommand *parent = nullptr);

    /// Run redoStep()/undoStep(); a QueryError from a read on the way fails the step like a
    /// failed write, so none escapes into QUndoStack and the event loop.
    void redo() final;
    void undo() final;

    /// Receives the message of a step that was refused because somebody else changed the row in
    /// the meantime (EditGuard), instead of the error handler: the UI offers to reload.
    void setConflictHandler(CommandErrorHandler onConflict)
    {
        m_onConflict = std::move(onConflict);
    }

    /// Whether the last redo() or undo() failed.
    bool failed() const { return m_failed; }
    QString errorMessage() const { return m_errorMessage; }

protected:
    virtual void redoStep() = 0;
    virtual void undoStep() = 0;
    /// Records the outcome of a redo/undo; on failure reports `message` and makes the command
    /// obsolete.
    void finish(bool ok, const QString &message);
    /// Fails the step as finish(false, message) does, as a conflict.
    void finishConflict(const QString &message);

private:
    CommandErrorHandler m_onError;
    CommandErrorHandler m_onConflict;
    bool m_failed = false;
    QString m_errorMessage;
};

} // namespace cohort
