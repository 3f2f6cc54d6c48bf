#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace cohort {

/// Replaces member names with stable pseudonyms ("Member 7F3A9C") derived from the member id
/// with HMAC-SHA256 under the workspace's key: stable within a workspace, not reversible
/// without the key, unrelated across workspaces.
class Pseudonymizer final
{
    Q_DECLARE_TR_FUNCTIONS(Pseudonymizer)

public:
    explicit Pseudonymizer(const QByteArray &key)
        : m_key(key)
    {
    }

    /// Six hex digits (24 bits): short enough to read aloud, and a collision between two
    /// members of one workspace stays unlikely (about 3 % at a thousand members of one report).
    QString code(qint64 memberId) const;
    QString name(qint64 memberId) const;

private:
    QByteArray m_key;
};

} // namespace cohort
