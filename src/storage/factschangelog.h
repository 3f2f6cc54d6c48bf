#pragma once

#include "storage/changeset.h"

#include <QList>
#include <QPair>

namespace cohort {

/// Which tables changed since the analytics facts in memory were read, so a background reload
/// reads only those again (AnalyticsFactsRepository::reload) and reloads that finish out of
/// order still leave the newest facts in place. Every change gets a number; a reload covers the
/// changes up to the number it was planned at.
class FactsChangeLog final
{
public:
    struct Plan
    {
        quint64 target = 0; ///< the last change the reload covers
        bool full = true; ///< no facts yet: read everything
        Tables stale; ///< otherwise, the tables to read again (empty: nothing to read)
        /// When every change to orders named its orders: those, to read instead of all orders.
        QSet<qint64> orderIds;
    };

    /// A committed change.
    void record(const ChangeSet &change);
    /// What a reload starting now from the applied facts has to read.
    Plan plan() const;
    /// A reload planned at `target` finished: true when its facts are newer than the applied
    /// ones and so replace them (the caller keeps them); false when a newer reload already won.
    bool apply(quint64 target);
    /// The facts in memory are gone: the next plan reads everything.
    void reset();

private:
    QList<QPair<quint64, ChangeSet>> m_changes; ///< after the applied facts, oldest first
    quint64 m_last = 0;
    quint64 m_applied = 0;
    bool m_haveFacts = false;
};

} // namespace cohort
