#pragma once

#include "storage/solitairerepository.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace cohort::import {

/// How an entry's name was tied to a member of the group.
struct SolitaireMemberMatch
{
    enum class Status { Matched, Ambiguous, Unknown };
    Status status = Status::Unknown;
    qint64 memberId = 0; ///< set when Matched
    bool operator==(const SolitaireMemberMatch &) const = default;
};

/// Ties the name written in a solitaire entry to a member of the group: the name must equal a
/// member's display name or a name seen for one of their identities (compared with full-width
/// forms, case and runs of spaces folded). When several members go by that name, the poster of
/// the message that wrote the entry wins if they are one of them; otherwise the entry stays
/// unmatched, and so does a name nobody goes by: a guess would put an order on the wrong person.
class SolitaireMemberMatcher final
{
public:
    explicit SolitaireMemberMatcher(const QList<SolitaireRepository::MemberName> &names);

    SolitaireMemberMatch match(const QString &entryName, qint64 posterId) const;
    /// The member's display name (empty when unknown).
    QString displayName(qint64 memberId) const { return m_displayNames.value(memberId); }

    /// The comparison key of a name.
    static QString normalized(const QString &name);

private:
    QHash<QString, QSet<qint64>> m_byName;
    QHash<qint64, QString> m_displayNames;
};

} // namespace cohort::import
