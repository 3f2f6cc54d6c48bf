#pragma once

#include "domain/membershiptiers.h"
#include "models/listcellformatter.h"

#include <optional>

namespace cohort {

/// The Members list's cells: the tier column is not stored but follows from the row's points and
/// spend under the workspace's tier rules.
class MemberCellFormatter final : public ListCellFormatter
{
public:
    MemberCellFormatter(QList<ListColumn> columns, const QLocale &locale, const QTimeZone &zone,
                        MembershipTiers tiers);

    QString display(const ListRow &row, int column) const override;
    /// The tier `row` has reached, if any.
    std::optional<MembershipTier> tierOf(const ListRow &row) const;

private:
    MembershipTiers m_tiers;
    int m_pointsColumn = -1;
    int m_spentColumn = -1;
    int m_tierColumn = -1;
};

} // namespace cohort
