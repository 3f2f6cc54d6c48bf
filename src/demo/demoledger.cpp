// DemoGenerator::writeLedger: the commission and points side of the small demo workspace.

#include "demo/demogenerator.h"
#include "demo/demogeneratorrun.h"
#include "storage/ledgerposter.h"
#include "storage/ledgersettingsrepository.h"

#include <QSqlError>
#include <QSqlQuery>

namespace cohort {

bool DemoGenerator::writeLedger(Run &run)
{
    LedgerSettingsRepository settings(m_database);
    RebateRule rebate;
    rebate.kind = RebateRule::Kind::Percentage;
    rebate.basisPoints = 500; // 5 % of a referred member's paid orders
    PointsRules points;
    points.pointsPerActiveDay = 1;
    points.pointsPerSpendUnit = 1;
    points.spendUnitMinor = 1000; // a point per ¥10
    points.pointsPerReferral = 20;
    const QString cny = QStringLiteral("CNY");
    const MembershipTiers tiers(
        MembershipTiers::Basis::PointsOrSpend,
        { { QStringLiteral("silver"), tr("Silver"), 100, Money(50000, cny) },
          { QStringLiteral("gold"), tr("Gold"), 400, Money(200000, cny) } });
    if (!settings.saveRebateRule(rebate) || !settings.savePointsRules(points)
        || !settings.saveTiers(tiers))
        return fail(settings.lastError());

    // The partners and their terms come from writeMembers(); here their orders are credited.
    QList<qint64> credited;
    for (size_t i = 0; i < run.sales.size(); ++i) {
        const OrderStatus status = run.sales[i].status;
        if (status == OrderStatus::Paid || status == OrderStatus::Delivered)
            credited << qint64(i) + 1; // writeOrders numbers orders from 1
    }
    LedgerPoster poster(m_database);
    // An invalid time dates each entry at its order, as if the ledger had run all along.
    if (!poster.sync(credited, QDateTime()))
        return fail(poster.lastError());
    if (!poster.accruePoints(periodEnd()))
        return fail(poster.lastError());
    return true;
}

} // namespace cohort
