#include "models/commands/markpaidcommand.h"

#include "storage/ledgerrepository.h"

#include <QCoreApplication>

namespace cohort {

MarkPaidCommand::MarkPaidCommand(Database &database, const QList<qint64> &entryIds,
                                 const QDateTime &at, CommandErrorHandler onError,
                                 QUndoCommand *parent)
    : RepositoryCommand(std::move(onError), parent)
    , m_database(database)
    , m_requested(entryIds)
    , m_at(at)
{
    setText(QCoreApplication::translate("MarkPaidCommand", "Mark %n Entries Paid", nullptr,
                                        int(entryIds.size())));
}

void MarkPaidCommand::redoStep()
{
    LedgerRepository ledger(m_database);
    if (!m_done)
        m_changed = ledger.unpaidAmong(m_requested);
    const bool ok = ledger.markPaid(m_changed, m_at);
    m_done = true;
    finish(ok, ledger.lastError().message);
}

void MarkPaidCommand::undoStep()
{
    LedgerRepository ledger(m_database);
    finish(ledger.markUnpaid(m_changed), ledger.lastError().message);
}

} // namespace cohort
