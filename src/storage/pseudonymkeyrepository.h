#pragma once

#include "storage/workspaceerror.h"

#include <QByteArray>

namespace cohort {

class Database;

/// The workspace's secret key for pseudonyms in anonymized reports, kept in `meta`, so a member
/// gets the same pseudonym in every report of one workspace and a different one elsewhere.
class PseudonymKeyRepository final
{
public:
    explicit PseudonymKeyRepository(const Database &database)
        : m_database(database)
    {
    }

    /// The stored key; creates and stores a random 32-byte key on first use. Empty on error
    /// (lastError() says why, e.g. a read-only workspace without a key yet).
    QByteArray key();
    const WorkspaceError &lastError() const { return m_error; }

private:
    const Database &m_database;
    WorkspaceError m_error;
};

} // namespace cohort
