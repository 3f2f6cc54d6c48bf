#pragma once

#include "domain/campaign.h"
#include "domain/money.h"
#include "storage/workspaceerror.h"

#include <QCoreApplication>

#include <optional>

namespace cohort {

class Database;

/// What a campaign achieved (docs/metrics.md "Campaign results").
struct CampaignResults
{
    qint64 campaignId = 0;
    qint64 orders = 0; ///< orders linked to the campaign, refunded ones left out
    qint64 participants = 0; ///< distinct buyers among them
    qint64 quantity = 0; ///< units sold
    Money revenue; ///< in the currency most of its orders use
    qint64 otherCurrencyOrders = 0; ///< orders in another currency, not in `revenue`
    std::optional<PriceTier> tierReached; ///< the price tier `participants` reach, if tiered
    qint64 newMembers = 0; ///< distinct members who joined its groups during its window
    qint64 referredNewMembers = 0; ///< of them, those with a recorded referrer
    QDateTime windowStart;
    QDateTime windowEnd;
    QString goalKind; ///< orders | revenue | new_members | '' (no goal)
    qint64 goalValue = 0; ///< revenue in minor units
    /// The number the goal is measured against (revenue in minor units).
    qint64 goalActual() const;
    /// Actual ÷ goal in percent, rounded down; nullopt without a goal.
    std::optional<int> goalPercent() const;
};

/// Computes campaign results from orders and membership events in SQL; no writes.
class CampaignResultsRepository final
{
    Q_DECLARE_TR_FUNCTIONS(CampaignResultsRepository)

public:
    explicit CampaignResultsRepository(const Database &database)
        : m_database(database)
    {
    }

    /// Results of `campaign`: its id links the orders; its groups, tiers, window and goal are
    /// taken from the struct as given.
    /// `now` closes the window of a campaign without an end.
    /// Throws QueryError when the workspace cannot be read.
    CampaignResults results(const Campaign &campaign,
                            const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

private:
    const Database &m_database;
};

} // namespace cohort
