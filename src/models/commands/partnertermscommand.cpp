#include "models/commands/partnertermscommand.h"

#include "storage/ledgerrepository.h"

#include <QCoreApplication>

namespace cohort {

PartnerTermsCommand::PartnerTermsCommand(Database &database, qint64 memberId,
                                         std::optional<PartnerTerms> after,
                                         CommandErrorHandler onError, QUndoCommand *parent)
    : RepositoryCommand(std::move(onError), parent)
    , m_database(database)
    , m_memberId(memberId)
    , m_after(std::move(after))
{
    for (const PartnerTerms &terms : LedgerRepository(database).partners()) {
        if (terms.memberId == memberId)
            m_before = terms;
        else if (terms.recruiterId == memberId)
            m_recruits << terms;
    }
    if (!m_after)
        setText(QCoreApplication::translate("PartnerTermsCommand", "Remove Partner"));
    else if (m_before)
        setText(QCoreApplication::translate("PartnerTermsCommand", "Edit Partner"));
    else
        setText(QCoreApplication::translate("PartnerTermsCommand", "Add Partner"));
    // OK on unchanged terms: QUndoStack drops an obsolete command without running it.
    setObsolete(m_before == m_after);
}

bool PartnerTermsCommand::apply(const std::optional<PartnerTerms> &terms, QString *error)
{
    LedgerRepository ledger(m_database);
    const bool ok = terms ? ledger.savePartner(*terms) : ledger.removePartner(m_memberId);
    if (!ok)
        *error = ledger.lastError().message;
    return ok;
}

void PartnerTermsCommand::redoStep()
{
    QString error;
    finish(apply(m_after, &error), error);
}

void PartnerTermsCommand::undoStep()
{
    QString error;
    bool ok = apply(m_before, &error);
    if (ok && !m_after) {
        LedgerRepository ledger(m_database);
        for (const PartnerTerms &recruit : std::as_const(m_recruits)) {
            if (!(ok = ledger.savePartner(recruit))) {
                error = ledger.lastError().message;
                break;
            }
        }
    }
    finish(ok, error);
}

} // namespace cohort
