#include "analytics/repurchasecalculator.h"

#include "analytics/metricscontext.h"
#include "analytics/periodmath.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace cohort {

namespace {

constexpr int CohortMonths = 12;
constexpr int MaxDueListed = 500;
/// Buyers whose due date passed longer ago than this have lapsed and leave the to-do list.
constexpr int LapsedAfterDays = 60;

int monthIndex(const QDate &date)
{
    return date.year() * 12 + date.month() - 1;
}

} // namespace

RepurchaseMetrics RepurchaseCalculator::compute(const MetricsContext &context)
{
    const AnalyticsFacts &facts = context.facts();
    RepurchaseMetrics result;
    result.intervals = {{0, 7, 0}, {8, 14, 0}, {15, 30, 0}, {31, 60, 0}, {61, 90, 0}, {91, -1, 0}};

    QHash<qint64, qint64> lastDayInRange;
    QHash<qint64, qint64> ordersInRange;
    QList<double> gaps;
    QHash<qint64, int> firstMonth; // member -> month index of first purchase (all history)
    QHash<qint64, QSet<int>> monthsBought;
    QHash<std::pair<qint64, qint64>, qint64> lastProductOrder; // (member, product) -> local day

    for (const auto &o : facts.orders) {
        if (o.orderedAt >= context.endUtc())
            break; // sorted by time
        if (!context.inScope(o.groupId) || !MetricsContext::counts(o))
            continue;
        const qint64 day = context.localDay(o.orderedAt);
        const int month = monthIndex(PeriodMath::dateOf(day));
        if (!firstMonth.contains(o.memberId))
            firstMonth.insert(o.memberId, month);
        monthsBought[o.memberId].insert(month);
        lastProductOrder[{o.memberId, o.productId}] = day;
        if (o.orderedAt < context.startUtc())
            continue;
        ++ordersInRange[o.memberId];
        const auto last = lastDayInRange.constFind(o.memberId);
        if (last != lastDayInRange.cend()) {
            const qint64 gap = day - last.value();
            gaps << double(gap);
            for (IntervalBucket &bucket : result.intervals) {
                if (gap >= bucket.fromDays && (bucket.toDays < 0 || gap <= bucket.toDays)) {
                    ++bucket.count;
                    break;
                }
            }
        }
        lastDayInRange[o.memberId] = day;
    }

    result.buyers = ordersInRange.size();
    for (const qint64 n : std::as_const(ordersInRange))
        result.repeatBuyers += n >= 2;
    result.repurchaseRate = result.buyers > 0 ? double(result.repeatBuyers) / double(result.buyers) : 0.0;
    if (!gaps.isEmpty()) {
        std::sort(gaps.begin(), gaps.end());
        const qsizetype n = gaps.size();
        result.medianIntervalDays = n % 2 ? gaps.at(n / 2) : (gaps.at(n / 2 - 1) + gaps.at(n / 2)) / 2.0;
    }

    // Cohorts: the last twelve months of first purchase up to the end of the range.
    const int endMonth = monthIndex(context.request().to);
    QHash<int, QList<qint64>> cohortMembers;
    for (auto it = firstMonth.cbegin(); it != firstMonth.cend(); ++it) {
        if (it.value() > endMonth - CohortMonths && it.value() <= endMonth)
            cohortMembers[it.value()].append(it.key());
    }
    for (int month = endMonth - CohortMonths + 1; month <= endMonth; ++month) {
        const QList<qint64> cohort = cohortMembers.value(month);
        if (cohort.isEmpty())
            continue;
        CohortRow row;
        row.month = QDate(month / 12, month % 12 + 1, 1);
        row.buyers = cohort.size();
        for (int k = 1; month + k <= endMonth; ++k) {
            qint64 again = 0;
            for (const qint64 id : cohort)
                again += monthsBought.value(id).contains(month + k);
            row.retention << double(again) / double(cohort.size());
        }
        result.cohorts << row;
    }

    for (auto it = lastProductOrder.cbegin(); it != lastProductOrder.cend(); ++it) {
        const auto product = facts.products.constFind(it.key().second);
        if (product == facts.products.cend() || product->repurchaseCycleDays <= 0)
            continue;
        const qint64 due = it.value() + product->repurchaseCycleDays;
        if (due > context.toDay() + context.request().dueWindowDays || due < context.toDay() - LapsedAfterDays)
            continue;
        result.due.append({context.memberRef(it.key().first), it.key().second, product->name,
                           PeriodMath::dateOf(it.value()), PeriodMath::dateOf(due)});
    }
    std::sort(result.due.begin(), result.due.end(), [](const DueBuyer &a, const DueBuyer &b) {
        if (a.due != b.due)
            return a.due < b.due;
        return a.member.memberId != b.member.memberId ? a.member.memberId < b.member.memberId
                                                      : a.productId < b.productId;
    });
    if (result.due.size() > MaxDueListed)
        result.due.resize(MaxDueListed);
    return result;
}

} // namespace cohort
