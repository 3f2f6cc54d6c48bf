#pragma once

#include "models/commands/repositorycommand.h"

#include <QDateTime>
#include <QList>

namespace cohort {

class Database;

/// Marks commission-ledger entries paid out; undo clears the date only on the entries this
/// command changed (entries paid earlier keep their first payout date).
class MarkPaidCommand final : public RepositoryCommand
{
public:
    MarkPaidCommand(Database &database, const QList<qint64> &entryIds, const QDateTime &at,
                    CommandErrorHandler onError, QUndoCommand *parent = nullptr);

    void redoStep() override;
    void undoStep() override;

private:
    Database &m_database;
    QList<qint64> m_requested;
    QList<qint64> m_changed;
    QDateTime m_at;
    bool m_done = false;
};

} // namespace cohort
