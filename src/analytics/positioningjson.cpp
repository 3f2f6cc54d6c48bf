#include "analytics/positioningjson.h"

#include <QJsonObject>

namespace cohort {

QString PositioningJson::attainmentKey(Attainment attainment)
{
    switch (attainment) {
    case Attainment::Met:
        return QStringLiteral("met");
    case Attainment::Near:
        return QStringLiteral("near");
    case Attainment::Missed:
        return QStringLiteral("missed");
    case Attainment::NoPositioning:
        return QStringLiteral("no_positioning");
    }
    return {};
}

QJsonArray PositioningJson::toJson(const QList<GroupScorecard> &cards)
{
    QJsonArray array;
    for (const GroupScorecard &card : cards) {
        QJsonArray goals;
        for (const GroupGoal goal : card.goals)
            goals << enumKey(goal);
        QJsonArray kpis;
        for (const KpiScore &score : card.kpis)
            kpis << QJsonObject { { QStringLiteral("kpi"), GoalKpis::key(score.kpi) },
                                  { QStringLiteral("value"), score.value },
                                  { QStringLiteral("target"), score.target },
                                  { QStringLiteral("attainment"),
                                    attainmentKey(score.attainment) } };
        array << QJsonObject { { QStringLiteral("group"), card.name },
                               { QStringLiteral("goals"), goals },
                               { QStringLiteral("attainment"), attainmentKey(card.attainment) },
                               { QStringLiteral("kpis"), kpis } };
    }
    return array;
}

QJsonArray PositioningJson::toJson(const QList<QuietGroup> &groups)
{
    QJsonArray array;
    for (const QuietGroup &group : groups) {
        QJsonArray carriers;
        for (const Contributor &c : group.silentCarriers)
            carriers << QJsonObject { { QStringLiteral("member"), c.member.name },
                                      { QStringLiteral("messages"), c.messages } };
        array << QJsonObject {
            { QStringLiteral("group"), group.name },
            { QStringLiteral("active_ratio_before"), group.earlierActiveRatio },
            { QStringLiteral("active_ratio_now"), group.recentActiveRatio },
            { QStringLiteral("messages_per_day_before"), group.earlierMessagesPerDay },
            { QStringLiteral("messages_per_day_now"), group.recentMessagesPerDay },
            { QStringLiteral("silent_carriers"), carriers }
        };
    }
    return array;
}

} // namespace cohort
