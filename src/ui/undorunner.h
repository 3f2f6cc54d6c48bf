#pragma once

#include <QObject>

class QUndoStack;
class QWidget;

namespace cohort {

/// Undo and Redo of the main window. A group deletion that moves many rows is undone or redone
/// by a job first (GroupTrashJob, behind a progress dialog), and the stack then only moves its
/// index, so the window never freezes on it; every other command runs as QUndoStack runs it.
class UndoRunner final : public QObject
{
    Q_OBJECT

public:
    UndoRunner(QUndoStack *stack, QWidget *window);

    /// A background undo or redo is running.
    bool isBusy() const { return m_busy; }

public Q_SLOTS:
    void undo();
    void redo();

Q_SIGNALS:
    /// A background undo or redo ended (done, cancelled or failed).
    void backgroundStepFinished();

private:
    void showError(const QString &title, const QString &message);

    QUndoStack *m_stack;
    QWidget *m_window;
    bool m_busy = false;
};

} // namespace cohort
