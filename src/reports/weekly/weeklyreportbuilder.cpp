#include "reports/weekly/weeklyreportbuilder.h"

#include "domain/biditext.h"

#include "analytics/metricsengine.h"
#include "analytics/periodmath.h"
#include "domain/schedule.h"
#include "reports/weekly/pseudonymizer.h"
#include "reports/weekly/reporttext.h"
#include "storage/analyticsfacts.h"

#include <QHash>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <map>

namespace cohort {

namespace {

/// Names members as the options ask: real names, or pseudonyms everywhere.
class MemberNamer
{
public:
    MemberNamer(const AnalyticsFacts &facts, const WeeklyReportOptions &options)
        : m_facts(facts)
        , m_pseudonyms(options.pseudonymKey)
        , m_anonymize(options.anonymize)
    {
    }
    QString operator()(qint64 memberId) const
    {
        if (m_anonymize)
            return m_pseudonyms.name(memberId);
        const qsizetype index = m_facts.memberIndex(memberId);
        return index < 0 ? QString() : m_facts.members.at(size_t(index)).name;
    }

private:
    const AnalyticsFacts &m_facts;
    Pseudonymizer m_pseudonyms;
    bool m_anonymize;
};

double majorUnits(const Money &money)
{
    return double(money.minorUnits()) / 100.0;
}

ReportKpi countKpi(const QString &key, const QString &label, double current, double previous,
                   ReportKpi::Kind kind = ReportKpi::Kind::Count)
{
    ReportKpi kpi;
    kpi.key = key;
    kpi.label = label;
    kpi.kind = kind;
    kpi.current = current;
    kpi.previous = previous;
    kpi.hasChange = previous != 0;
    kpi.change = kpi.hasChange ? (current - previous) / previous : 0;
    return kpi;
}

QString funnelLabel(const QString &key)
{
    if (key == QLatin1String("members"))
        return WeeklyReportBuilder::tr("Members");
    if (key == QLatin1String("active"))
        return WeeklyReportBuilder::tr("Active");
    if (key == QLatin1String("active_buyers"))
        return WeeklyReportBuilder::tr("Active buyers");
    if (key == QLatin1String("active_repeat_buyers"))
        return WeeklyReportBuilder::tr("Active repeat buyers");
    if (key == QLatin1String("referring_repeat_buyers"))
        return WeeklyReportBuilder::tr("Referring repeat buyers");
    return key;
}

bool inScope(const QSet<qint64> &scope, qint64 groupId)
{
    return scope.isEmpty() || scope.contains(groupId);
}

QString memberDetail(const QList<MemberRole> &roles)
{
    return roles.isEmpty() ? QString() : enumDisplayName(roles.first());
}

} // namespace

WeeklyReport WeeklyReportBuilder::build(const AnalyticsFacts &facts,
                                        const WeeklyReportOptions &options)
{
    WeeklyReport report;
    const QLocale &locale = options.locale;
    const QTimeZone zone(facts.timeZoneId.toUtf8());
    const MemberNamer nameOf(facts, options);
    const QSet<qint64> scope(options.groupIds.cbegin(), options.groupIds.cend());

    report.workspaceName = options.workspaceName;
    report.weekStart = options.weekStart;
    report.weekEnd = options.weekStart.addDays(6);
    int isoYear = 0;
    const int isoWeek = options.weekStart.weekNumber(&isoYear);
    report.weekText = QStringLiteral("%1-W%2").arg(isoYear).arg(isoWeek, 2, 10, QLatin1Char('0'));
    // Printed in the workspace zone like every other time of the report, whatever the
    // computer's zone is.
    report.printedAt = options.printedAt.toTimeZone(zone.isValid() ? zone : QTimeZone::utc());
    report.anonymized = options.anonymize;
    report.currency = facts.currency;
    report.healthThreshold = options.healthThreshold;

    QStringList scopeNames;
    for (const qint64 id : options.groupIds)
        scopeNames << BidiText::isolated(facts.groups.value(id).name);
    if (options.groupIds.isEmpty())
        report.scopeText = tr("All groups (%1)").arg(facts.groups.size());
    else
        report.scopeText = scopeNames.join(QStringLiteral(", "));
    report.portfolio
        = options.groupIds.isEmpty() ? facts.groups.size() > 1 : options.groupIds.size() > 1;

    MetricsRequest request;
    request.groupIds = options.groupIds;
    request.from = report.weekStart;
    request.to = report.weekEnd;
    request.granularity = Granularity::Day;
    request.topCount = options.topCount;
    const DashboardMetrics m = MetricsEngine::compute(facts, request);
    const auto &c = m.current;
    const auto &p = m.previous;

    // Key figures
    report.kpis << countKpi(QStringLiteral("messages"), tr("Messages"), c.messages, p.messages)
                << countKpi(QStringLiteral("active_members"), tr("Active members"), c.activeMembers,
                            p.activeMembers)
                << countKpi(QStringLiteral("active_ratio"), tr("Active ratio"), c.activeRatio,
                            p.activeRatio, ReportKpi::Kind::Ratio)
                << countKpi(QStringLiteral("joins"), tr("Joins"), c.joins, p.joins)
                << countKpi(QStringLiteral("leaves"), tr("Leaves"), c.leaves, p.leaves)
                << countKpi(QStringLiteral("buyers"), tr("Buyers"), c.buyers, p.buyers)
                << countKpi(QStringLiteral("orders"), tr("Orders"), c.orders, p.orders);
    ReportKpi revenue = countKpi(QStringLiteral("revenue"), tr("Revenue"), majorUnits(c.revenue),
                                 majorUnits(p.revenue), ReportKpi::Kind::Money);
    revenue.currentMoney = c.revenue.currency().isEmpty() ? Money(0, facts.currency) : c.revenue;
    revenue.previousMoney = p.revenue.currency().isEmpty() ? Money(0, facts.currency) : p.revenue;
    report.kpis << revenue
                << countKpi(QStringLiteral("conversion"), tr("Conversion"), c.conversionRate,
                            p.conversionRate, ReportKpi::Kind::Ratio)
                << countKpi(QStringLiteral("repurchase_rate"), tr("Repurchase rate"),
                            c.repurchaseRate, p.repurchaseRate, ReportKpi::Kind::Ratio)
                << countKpi(QStringLiteral("new_by_referral"), tr("New members by referral"),
                            c.newByReferral, p.newByReferral)
                << countKpi(QStringLiteral("violations"), tr("Rule violations"), c.violations,
                            p.violations);

    // Charts
    report.dailyActivity.title = tr("Daily activity");
    report.dailyActivity.kind = ReportChart::Kind::Columns;
    ReportChart::Series messages { tr("Messages"), {} };
    ReportChart::Series active { tr("Active members"), {} };
    for (const ActivityPoint &point : m.activity.series) {
        report.dailyActivity.categories
            << QStringLiteral("%1 %2")
                   .arg(locale.dayName(point.periodStart.dayOfWeek(), QLocale::ShortFormat))
                   .arg(point.periodStart.day());
        messages.values << double(point.messages);
        active.values << double(point.activeMembers);
    }
    report.dailyActivity.series << messages << active;

    report.funnel.title
        = tr("Funnel (members of the scope during the week, each step a part of the one before)");
    report.funnel.kind = ReportChart::Kind::Bars;
    ReportChart::Series funnelSeries { tr("Members"), {} };
    for (const FunnelStep &step : m.conversion.funnel) {
        report.funnel.categories << funnelLabel(step.key);
        funnelSeries.values << double(step.count);
    }
    report.funnel.series << funnelSeries;

    report.revenue.kind = ReportChart::Kind::Bars;
    report.revenue.currency = facts.currency;
    ReportChart::Series revenueSeries { tr("Revenue"), {} };
    if (report.portfolio) {
        report.revenue.title = tr("Revenue by group");
        for (const NamedAmount &row : m.revenue.byGroup) {
            if (report.revenue.categories.size() >= 12)
                break;
            report.revenue.categories << row.name;
            revenueSeries.values << majorUnits(row.amount);
        }
    } else {
        report.revenue.title = tr("Revenue by product role");
        for (const NamedAmount &row : m.revenue.byRole) {
            report.revenue.categories
                << enumDisplayName(enumFromKey(row.key, ProductRole::Traffic));
            revenueSeries.values << majorUnits(row.amount);
        }
    }
    report.revenue.series << revenueSeries;

    // Per-group sections: contributors, newcomers and leavers of the week in one pass each.
    const qint64 firstDay = PeriodMath::dayNumber(report.weekStart);
    const qint64 lastDay = PeriodMath::dayNumber(report.weekEnd);
    const qint64 fromUtc = QDateTime(report.weekStart, QTime(0, 0), zone).toSecsSinceEpoch();
    const qint64 toUtc = QDateTime(report.weekEnd.addDays(1), QTime(0, 0), zone).toSecsSinceEpoch();
    QHash<qint64, std::map<qint64, qint64>> groupMessages; // group -> member -> messages
    QHash<qint64, qint64> firstSpokenDay; // member -> first day with a message in scope this week
    for (const AnalyticsFacts::DayActivity &row : facts.dayActivity) {
        if (row.day < firstDay || row.day > lastDay || !inScope(scope, row.groupId))
            continue;
        groupMessages[row.groupId][row.memberId] += row.messages;
        const auto it = firstSpokenDay.find(row.memberId);
        if (it == firstSpokenDay.end() || *it > row.day)
            firstSpokenDay.insert(row.memberId, row.day);
    }
    QHash<qint64, QList<ReportMember>> joined;
    QHash<qint64, QList<ReportMember>> departed;
    struct WeekJoin
    {
        qint64 memberId;
        qint64 day; // local join day
        qint64 groupId;
    };
    QList<WeekJoin> weekJoins;
    for (const AnalyticsFacts::Event &event : facts.events) {
        if (event.at < fromUtc || event.at >= toUtc || !inScope(scope, event.groupId))
            continue;
        const QDateTime local = QDateTime::fromSecsSinceEpoch(event.at, zone);
        const QString when = locale.toString(local.date(), QLocale::ShortFormat);
        if (event.kind == MembershipEventKind::Join) {
            joined[event.groupId] << ReportMember { event.memberId, nameOf(event.memberId), when };
            weekJoins << WeekJoin { event.memberId, PeriodMath::dayNumber(local.date()),
                                    event.groupId };
        } else {
            const QString how = event.kind == MembershipEventKind::Removed
                ? tr("removed %1").arg(when)
                : tr("left %1").arg(when);
            departed[event.groupId] << ReportMember { event.memberId, nameOf(event.memberId), how };
        }
    }

    for (const PortfolioRow &row : m.portfolio) {
        if (row.health.score < options.healthThreshold)
            ++report.groupsBelowHealthThreshold;
        // A portfolio gets a section per group; a one-group report the detail of that group.
        if (!report.portfolio && m.portfolio.size() != 1)
            continue;
        ReportGroupSection section;
        section.groupId = row.groupId;
        section.name = row.name;
        section.platform = row.platform;
        section.members = row.members;
        section.activeMembers = row.activeMembers;
        section.messages = row.messages;
        section.orders = row.orders;
        section.revenue = row.revenue.currency().isEmpty() ? Money(0, facts.currency) : row.revenue;
        section.health = row.health;
        QList<std::pair<qint64, qint64>> top;
        const auto counts = groupMessages.value(row.groupId);
        for (const auto &[member, count] : counts)
            top << std::pair { member, count };
        std::stable_sort(top.begin(), top.end(),
                         [](const auto &a, const auto &b) { return a.second > b.second; });
        for (qsizetype i = 0; i < std::min<qsizetype>(top.size(), options.topCount); ++i) {
            section.topContributors
                << ReportMember { top.at(i).first, nameOf(top.at(i).first),
                                  tr("%1 messages").arg(locale.toString(top.at(i).second)) };
        }
        const QList<ReportMember> newcomers = joined.value(row.groupId);
        const QList<ReportMember> leavers = departed.value(row.groupId);
        section.newMembers = newcomers.mid(0, options.listLimit);
        section.departedMembers = leavers.mid(0, options.listLimit);
        section.newMembersTotal = newcomers.size();
        section.departedMembersTotal = leavers.size();
        report.groups << section;
    }

    // Campaigns: results of the week, and what is scheduled to run next week.
    for (const ConversionRow &row : m.conversion.byCampaign) {
        report.campaignResults << ReportCampaignResult { row.id, row.name, row.orders, row.buyers,
                                                         row.revenue.currency().isEmpty()
                                                             ? Money(0, facts.currency)
                                                             : row.revenue };
    }
    const qint64 nextFrom = toUtc;
    const qint64 nextTo
        = QDateTime(report.weekEnd.addDays(8), QTime(0, 0), zone).toSecsSinceEpoch();
    // Every occurrence starting next week, expanded with the calendar's Schedule code.
    const QDateTime nextFromUtc = QDateTime::fromSecsSinceEpoch(nextFrom, Qt::UTC);
    const QDateTime nextToUtc = QDateTime::fromSecsSinceEpoch(nextTo, Qt::UTC);
    for (auto it = facts.campaignSchedules.cbegin(); it != facts.campaignSchedules.cend(); ++it) {
        const AnalyticsFacts::CampaignSchedule &s = it.value();
        if (s.startsAt == 0 || s.status == CampaignStatus::Cancelled || s.startsAt >= nextTo
            || (s.endsAt != 0 && s.endsAt < nextFrom))
            continue;
        bool targets = scope.isEmpty() || s.groupIds.isEmpty();
        for (const qint64 group : s.groupIds)
            targets = targets || scope.contains(group);
        if (!targets)
            continue;
        Campaign campaign;
        campaign.startsAt = QDateTime::fromSecsSinceEpoch(s.startsAt, Qt::UTC);
        if (s.endsAt != 0)
            campaign.endsAt = QDateTime::fromSecsSinceEpoch(s.endsAt, Qt::UTC);
        campaign.timeZone = s.timeZone.isEmpty() ? facts.timeZoneId : s.timeZone;
        campaign.recurrence = s.recurrence;
        campaign.durationMinutes = s.durationMinutes;
        QList<Schedule::Occurrence> occurrences;
        if (const std::optional<Schedule> schedule = Schedule::forCampaign(campaign)) {
            occurrences = schedule->occurrences(nextFromUtc, nextToUtc);
        } else if (s.startsAt >= nextFrom) {
            // An unreadable rule still shows its first start rather than vanishing.
            occurrences << Schedule::Occurrence { campaign.startsAt, QDateTime(), QDate() };
        }
        for (const Schedule::Occurrence &occurrence : std::as_const(occurrences)) {
            // An occurrence already running when the week starts was announced last week.
            if (occurrence.startUtc < nextFromUtc)
                continue;
            ReportScheduledCampaign scheduled;
            scheduled.campaignId = it.key();
            scheduled.name = facts.campaigns.value(it.key());
            scheduled.type = s.type;
            scheduled.status = s.status;
            scheduled.start = occurrence.startUtc.toTimeZone(zone);
            // A one-off campaign runs until its end; a recurring one for one session each time.
            if (s.recurrence.isEmpty() && s.endsAt != 0)
                scheduled.end = QDateTime::fromSecsSinceEpoch(s.endsAt, zone);
            else if (occurrence.endUtc.isValid())
                scheduled.end = occurrence.endUtc.toTimeZone(zone);
            scheduled.recurring = !s.recurrence.isEmpty();
            for (const qint64 group : s.groupIds)
                scheduled.groups << facts.groups.value(group).name;
            if (s.groupIds.isEmpty())
                scheduled.groups << tr("All groups");
            report.nextWeekCampaigns << scheduled;
        }
    }
    std::sort(report.nextWeekCampaigns.begin(), report.nextWeekCampaigns.end(),
              [](const auto &a, const auto &b) {
                  return a.start < b.start || (a.start == b.start && a.campaignId < b.campaignId);
              });

    // Activation to-do list. Each list shows its first listLimit rows and counts them all, so
    // the summary and "and N more" tell the whole number. Rows name their group(s), so a
    // portfolio's operator knows where to act.
    QHash<qint64, QStringList> keyGroups; // member -> groups in scope where seed user / expert
    QHash<qint64, QStringList> memberGroups; // member -> groups in scope they are still in
    for (const AnalyticsFacts::Membership &ms : facts.memberships) {
        if (ms.leftAt != 0 || !inScope(scope, ms.groupId))
            continue;
        const QString group = facts.groups.value(ms.groupId).name;
        memberGroups[ms.memberId] << group;
        if (ms.role == MemberRole::SeedUser || ms.role == MemberRole::Expert)
            keyGroups[ms.memberId] << group;
    }
    const auto groupsText = [](QStringList groups) {
        groups.sort();
        groups.removeDuplicates();
        return groups.join(QStringLiteral(", "));
    };
    for (const SilentMember &silent : m.activity.silentMembers) {
        const bool key = silent.member.roles.contains(MemberRole::SeedUser)
            || silent.member.roles.contains(MemberRole::Expert);
        if (!key)
            continue;
        if (report.silentKeyMembersTotal++ >= options.listLimit)
            continue;
        const QString since = silent.daysSilent < 0
            ? tr("never wrote")
            : tr("silent for %1 days").arg(silent.daysSilent);
        const qint64 id = silent.member.memberId;
        report.silentKeyMembers << ReportMember {
            id, nameOf(id), QStringLiteral("%1 · %2").arg(memberDetail(silent.member.roles), since),
            groupsText(keyGroups.contains(id) ? keyGroups.value(id) : memberGroups.value(id))
        };
    }
    // The group of a due buyer's latest order of that product (orders are sorted by time).
    QHash<std::pair<qint64, qint64>, qint64> lastOrderGroup; // (member, product) -> group
    for (const AnalyticsFacts::Order &order : facts.orders) {
        if (order.groupId != 0 && inScope(scope, order.groupId))
            lastOrderGroup.insert({ order.memberId, order.productId }, order.groupId);
    }
    report.dueBuyersTotal = m.repurchase.due.size();
    for (const DueBuyer &due : m.repurchase.due) {
        if (report.dueBuyers.size() >= options.listLimit)
            break;
        const qint64 id = due.member.memberId;
        const qint64 group = lastOrderGroup.value({ id, due.productId });
        report.dueBuyers << ReportMember {
            id, nameOf(id),
            tr("%1, due %2").arg(due.productName, locale.toString(due.due, QLocale::ShortFormat)),
            group != 0 ? facts.groups.value(group).name : groupsText(memberGroups.value(id))
        };
    }
    QHash<qint64, qsizetype> listed; // member -> row in quietNewcomers, or -1 past the cut
    for (const WeekJoin &join : weekJoins) {
        const auto spoken = firstSpokenDay.constFind(join.memberId);
        if (spoken != firstSpokenDay.cend() && *spoken >= join.day)
            continue;
        const QString group = facts.groups.value(join.groupId).name;
        const auto seen = listed.constFind(join.memberId);
        if (seen != listed.cend()) {
            // Joined two groups this week: one row naming both.
            if (*seen >= 0) {
                ReportMember &row = report.quietNewcomers[*seen];
                row.group = groupsText(row.group.split(QStringLiteral(", ")) << group);
            }
            continue;
        }
        ++report.quietNewcomersTotal;
        if (report.quietNewcomers.size() < options.listLimit) {
            listed.insert(join.memberId, report.quietNewcomers.size());
            report.quietNewcomers << ReportMember {
                join.memberId, nameOf(join.memberId),
                tr("joined %1")
                    .arg(locale.toString(PeriodMath::dateOf(join.day), QLocale::ShortFormat)),
                group
            };
        } else {
            listed.insert(join.memberId, -1);
        }
    }

    // Rule violations of the week, per group and rule
    std::map<std::pair<QString, QString>, ReportViolation> violations;
    for (const AnalyticsFacts::Violation &v : facts.violations) {
        if (v.at < fromUtc || v.at >= toUtc || !inScope(scope, v.groupId))
            continue;
        const QString group = facts.groups.value(v.groupId).name;
        ReportViolation &entry = violations[{ group, v.rule }];
        entry.groupName = group;
        entry.rule = v.rule;
        ++entry.count;
        if (v.memberId != 0) {
            const QString name = nameOf(v.memberId);
            if (!entry.members.contains(name))
                entry.members << name;
        }
    }
    for (const auto &entry : violations)
        report.violations << entry.second;

    // Members at or over their group's strike limit when the week ends: the violations of the
    // group's strike window before the end of the week (dismissed ones are not in the facts).
    std::map<std::pair<qint64, qint64>, qint64> strikes; // (group, member) -> strikes
    for (const AnalyticsFacts::Violation &v : facts.violations) {
        if (v.memberId == 0 || v.at >= toUtc || !inScope(scope, v.groupId))
            continue;
        const int days = options.strikePolicies.value(v.groupId, { 2, 30 }).second;
        if (v.at >= toUtc - qint64(days) * 86400)
            ++strikes[{ v.groupId, v.memberId }];
    }
    for (const auto &[key, count] : strikes) {
        const int threshold = options.strikePolicies.value(key.first, { 2, 30 }).first;
        if (count >= threshold)
            report.strikeMembers << ReportStrikeMember { facts.groups.value(key.first).name,
                                                         nameOf(key.second), count, threshold };
    }
    std::stable_sort(report.strikeMembers.begin(), report.strikeMembers.end(),
                     [](const ReportStrikeMember &a, const ReportStrikeMember &b) {
                         return a.strikes > b.strikes;
                     });

    report.summary = summary(report, locale);
    return report;
}

QString WeeklyReportBuilder::summary(const WeeklyReport &report, const QLocale &locale)
{
    auto kpi = [&](const QString &key) {
        for (const ReportKpi &k : report.kpis) {
            if (k.key == key)
                return k;
        }
        return ReportKpi();
    };
    auto pct = [&](double change) { return ReportText::percent(std::abs(change), locale, 0); };
    QStringList sentences;

    const ReportKpi active = kpi(QStringLiteral("active_members"));
    const QString activeNow = locale.toString(qint64(active.current));
    if (!active.hasChange)
        sentences << tr("%1 members were active this week.").arg(activeNow);
    else if (active.current > active.previous)
        sentences << tr("Active members rose %1 to %2.").arg(pct(active.change), activeNow);
    else if (active.current < active.previous)
        sentences << tr("Active members fell %1 to %2.").arg(pct(active.change), activeNow);
    else
        sentences << tr("Active members held at %1.").arg(activeNow);

    const ReportKpi messages = kpi(QStringLiteral("messages"));
    sentences << tr("They wrote %1 messages (last week %2).")
                     .arg(locale.toString(qint64(messages.current)),
                          locale.toString(qint64(messages.previous)));

    const ReportKpi joins = kpi(QStringLiteral("joins"));
    const ReportKpi leaves = kpi(QStringLiteral("leaves"));
    sentences << tr("New members: %1; departures: %2.")
                     .arg(locale.toString(qint64(joins.current)),
                          locale.toString(qint64(leaves.current)));

    const ReportKpi revenue = kpi(QStringLiteral("revenue"));
    const ReportKpi orders = kpi(QStringLiteral("orders"));
    const QString amount = ReportText::money(revenue.currentMoney, locale);
    const QString orderCount = locale.toString(qint64(orders.current));
    if (!revenue.hasChange)
        sentences << tr("Revenue was %1 from %2 orders.").arg(amount, orderCount);
    else if (revenue.current > revenue.previous)
        sentences << tr("Revenue rose %1 to %2 from %3 orders.")
                         .arg(pct(revenue.change), amount, orderCount);
    else if (revenue.current < revenue.previous)
        sentences << tr("Revenue fell %1 to %2 from %3 orders.")
                         .arg(pct(revenue.change), amount, orderCount);
    else
        sentences << tr("Revenue held at %1 from %2 orders.").arg(amount, orderCount);

    if (report.portfolio) {
        if (report.groupsBelowHealthThreshold > 0)
            sentences << tr("%1 of %2 groups are below health %3.")
                             .arg(locale.toString(report.groupsBelowHealthThreshold),
                                  locale.toString(report.groups.size()),
                                  locale.toString(report.healthThreshold));
        else
            sentences << tr("All %1 groups are at health %2 or above.")
                             .arg(locale.toString(report.groups.size()),
                                  locale.toString(report.healthThreshold));
    }
    // The whole lists, not the rows shown: a to-do of 240 is not "30".
    const qsizetype todo
        = report.silentKeyMembersTotal + report.dueBuyersTotal + report.quietNewcomersTotal;
    if (todo > 0) {
        sentences << tr("Activation to-do: silent seed users or experts %1; buyers due to "
                        "repurchase %2; new members "
                        "yet to speak %3.")
                         .arg(locale.toString(report.silentKeyMembersTotal),
                              locale.toString(report.dueBuyersTotal),
                              locale.toString(report.quietNewcomersTotal));
    }
    if (!report.nextWeekCampaigns.isEmpty())
        sentences << tr("Campaigns scheduled next week: %1.")
                         .arg(locale.toString(report.nextWeekCampaigns.size()));
    const ReportKpi violations = kpi(QStringLiteral("violations"));
    if (violations.current > 0)
        sentences << tr("Rule violations: %1.").arg(locale.toString(qint64(violations.current)));
    return sentences.join(QLatin1Char(' '));
}

} // namespace cohort
