#include "ui/undorunner.h"

#include "models/commands/deletegroupscommand.h"
#include "ui/groups/grouptrashjob.h"

#include <QMessageBox>
#include <QUndoStack>

namespace cohort {

namespace {

/// The group deletion `command` is, when it is large enough to be worth a job.
DeleteGroupsCommand *largeDeletion(const QUndoCommand *command)
{
    auto *deletion = dynamic_cast<const DeleteGroupsCommand *>(command);
    if (!deletion || deletion->rows() <= DeleteGroupsCommand::BackgroundRows)
        return nullptr;
    // The stack owns its commands; this only lets the job's outcome be adopted.
    return const_cast<DeleteGroupsCommand *>(deletion);
}

} // namespace

UndoRunner::UndoRunner(QUndoStack *stack, QWidget *window)
    : QObject(window)
    , m_stack(stack)
    , m_window(window)
{
}

void UndoRunner::undo()
{
    if (m_busy || !m_stack->canUndo())
        return;
    const int index = m_stack->index();
    DeleteGroupsCommand *command = largeDeletion(m_stack->command(index - 1));
    if (!command || command->trashBatch() == 0) {
        m_stack->undo();
        return;
    }
    m_busy = true;
    auto *job = GroupTrashJob::restore(command->database(), command->trashBatch(), m_window);
    connect(job, &GroupTrashJob::finished, this,
            [this, command, index](bool ok, qint64, qint64, bool, const QString &error) {
                m_busy = false;
                // A cleared stack (the workspace closing) has let the command go.
                if (m_stack->index() == index && m_stack->command(index - 1) == command) {
                    if (ok) {
                        command->adoptTrashBatch(0);
                        m_stack->undo();
                    } else if (!error.isEmpty()) {
                        showError(tr("Undo"), error);
                    }
                }
                Q_EMIT backgroundStepFinished();
            });
}

void UndoRunner::redo()
{
    if (m_busy || !m_stack->canRedo())
        return;
    const int index = m_stack->index();
    DeleteGroupsCommand *command = largeDeletion(m_stack->command(index));
    if (!command || command->trashBatch() != 0) {
        m_stack->redo();
        return;
    }
    m_busy = true;
    auto *job = GroupTrashJob::deleteGroups(command->database(), command->groupIds(), m_window);
    connect(job, &GroupTrashJob::finished, this,
            [this, command, index](bool ok, qint64 batch, qint64 rows, bool cancelled,
                                   const QString &error) {
                m_busy = false;
                // Without the command, a committed batch waits for the purge of the next open.
                if (m_stack->index() == index && m_stack->command(index) == command) {
                    if (ok) {
                        command->adoptTrashBatch(batch);
                        command->setRows(rows);
                        m_stack->redo();
                    } else if (!cancelled) {
                        showError(tr("Redo"), error);
                    }
                }
                Q_EMIT backgroundStepFinished();
            });
}

void UndoRunner::showError(const QString &title, const QString &message)
{
    QMessageBox box(QMessageBox::Warning, title, message, QMessageBox::Ok, m_window);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

} // namespace cohort
