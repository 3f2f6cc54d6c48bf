#include "models/membercellformatter.h"

#include "domain/money.h"

namespace cohort {

namespace {
int indexOf(const QList<ListColumn> &columns, const QString &key)
{
    for (int i = 0; i < columns.size(); ++i) {
        if (columns.at(i).key == key)
            return i;
    }
    return -1;
}
} // namespace

MemberCellFormatter::MemberCellFormatter(QList<ListColumn> columns, const QLocale &locale,
                                         const QTimeZone &zone, MembershipTiers tiers)
    : ListCellFormatter(columns, locale, zone)
    , m_tiers(std::move(tiers))
    , m_pointsColumn(indexOf(columns, QStringLiteral("points")))
    , m_spentColumn(indexOf(columns, QStringLiteral("spent")))
    , m_tierColumn(indexOf(columns, QStringLiteral("tier")))
{
}

std::optional<MembershipTier> MemberCellFormatter::tierOf(const ListRow &row) const
{
    if (m_pointsColumn < 0 || m_spentColumn < 0)
        return std::nullopt;
    const qint64 points = row.values.at(m_pointsColumn).toLongLong();
    const QVariantList spent = row.values.at(m_spentColumn).toList();
    const Money spend
        = spent.size() >= 2 ? Money(spent.at(0).toLongLong(), spent.at(1).toString()) : Money();
    return m_tiers.tierFor(points, spend);
}

QString MemberCellFormatter::display(const ListRow &row, int column) const
{
    if (column != m_tierColumn)
        return ListCellFormatter::display(row, column);
    const auto tier = tierOf(row);
    return tier ? tier->name : QString();
}

} // namespace cohort
