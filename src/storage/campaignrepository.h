#pragma once

#include "domain/campaign.h"
#include "storage/workspaceerror.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

class QSqlDatabase;

namespace cohort {

class Database;

/// Reads and writes campaigns with their target groups, products and price tiers; a campaign and
/// its parts are always written together in one transaction.
class CampaignRepository final
{
    Q_DECLARE_TR_FUNCTIONS(CampaignRepository)

public:
    explicit CampaignRepository(const Database &database)
        : m_database(database)
    {
    }

    std::optional<Campaign> find(qint64 id) const;
    QList<Campaign> all() const;
    /// Inserts `campaign` and sets its id.
    bool insert(Campaign &campaign);
    /// Re-inserts a deleted campaign with its old id and parts (undo).
    bool restore(const Campaign &campaign);
    bool update(const Campaign &campaign);
    /// Deletes campaigns; their orders stay and lose the campaign link.
    bool remove(const QList<qint64> &ids);
    const WorkspaceError &lastError() const { return m_error; }

private:
    bool write(const Campaign &campaign, bool insert, qint64 *newId);
    bool writeParts(const QSqlDatabase &db, qint64 id, const Campaign &campaign);
    void loadParts(const QSqlDatabase &db, Campaign &campaign) const;
    bool fail(const QString &message);

    const Database &m_database;
    WorkspaceError m_error;
};

} // namespace cohort
