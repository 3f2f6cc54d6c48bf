#include "reports/scorecardtext.h"

#include <QCoreApplication>

namespace cohort {

QString ScorecardText::attainmentName(Attainment attainment)
{
    switch (attainment) {
    case Attainment::Met:
        return tr("Met");
    case Attainment::Near:
        return tr("Near");
    case Attainment::Missed:
        return tr("Missed");
    case Attainment::NoPositioning:
        return tr("No positioning");
    }
    return {};
}

QString ScorecardText::value(GoalKpi kpi, double value, const QLocale &locale)
{
    if (GoalKpis::isShare(kpi))
        return locale.toString(value * 100, 'f', 1) + locale.percent();
    return locale.toString(value, 'f', kpi == GoalKpi::Joins ? 0 : 1);
}

QString ScorecardText::line(const KpiScore &score, const QLocale &locale)
{
    //: %1 KPI name, %2 its value over 30 days, %3 the target, %4 met/near/missed
    return tr("%1: %2 (target %3), %4")
        .arg(GoalKpis::displayName(score.kpi), value(score.kpi, score.value, locale),
             value(score.kpi, score.target, locale), attainmentName(score.attainment).toLower());
}

QString ScorecardText::details(const GroupScorecard &card, const QLocale &locale)
{
    if (card.attainment == Attainment::NoPositioning)
        return tr("No positioning yet: tick the group's goals in the group dialog to judge it by "
                  "its own numbers.");
    QStringList lines;
    for (const KpiScore &score : card.kpis)
        lines << line(score, locale);
    return lines.join(QLatin1Char('\n'));
}

} // namespace cohort
