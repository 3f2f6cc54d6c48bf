#include "analytics/repurchasecalculator.h"

#include "analytics/metricscontext.h"
#include "analytics/periodmath.h"

#include <QHash>

#include <algorithm>
#include <limits>

namespace cohort {

namespace {

constexpr int CohortMonths = 12;
constexpr int MaxDueListed = 500;
/// Buyers whose due date passed longer ago than this have lapsed and leave the to-do list.
constexpr int LapsedAfterDays = 60;
constexpr qint32 NoMonth = std::numeric_limits<qint32>::min();

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
    const size_t n = size_t(context.memberCount());
    const int endMonth = monthIndex(context.request().to);
    const int windowStart = endMonth - CohortMonths + 1;

    // Products with a repurchase cycle get a slot. The last order day per member and slot is kept
    // in a short list per member (a member buys few of the products): a dense member × slot
    // array was 8 million cells to fill and scan for a few hundred thousand purchases.
    std::vector<qint32> cycleSlot(size_t(facts.productIds.size()), -1); // by product slot
    QList<qint64> slotProduct;
    for (qsizetype p = 0; p < facts.productIds.size(); ++p) {
        if (facts.products.value(facts.productIds.at(p)).repurchaseCycleDays > 0) {
            cycleSlot[size_t(p)] = qint32(slotProduct.size());
            slotProduct << facts.productIds.at(p);
        }
    }
    const size_t slotCount = size_t(slotProduct.size());
    struct LastPurchase
    {
        qint32 index; ///< member
        qint32 slot;
        qint32 day;
        qint32 next; ///< next entry of the same member, -1 = none
    };
    const bool details = context.request().details;
    std::vector<LastPurchase> lastPurchases;
    // Orders come in time order, so members come in random order: everything kept per member
    // sits in one record, one cache miss per order instead of one per array.
    struct PerMember
    {
        qint32 lastDayInRange = NoMonth;
        qint32 ordersInRange = 0;
        qint32 firstMonth = NoMonth;
        quint32 monthMask = 0; ///< bit k: bought in month windowStart + k
        qint32 firstPurchase = -1; ///< first entry in lastPurchases
    };
    std::vector<PerMember> state(n);
    std::vector<double> gaps;
    qint64 cachedDayStart = std::numeric_limits<qint64>::min();
    qint64 cachedDayEnd = std::numeric_limits<qint64>::min();
    qint64 cachedDay = 0;
    int cachedMonth = 0;

    // Orders before the range give first purchases (cohorts) and last purchases (due list).
    const size_t first = details ? 0 : context.firstOrder();
    if (details) {
        lastPurchases.reserve(facts.orders.size() - first);
        gaps.reserve(facts.orders.size() - context.firstOrder());
    }
    for (size_t k = first; k < facts.orders.size(); ++k) {
        const auto &o = facts.orders[k];
        if (o.orderedAt >= context.endUtc())
            break; // sorted by time
        if (!context.inScope(o.groupId) || !MetricsContext::counts(o))
            continue;
        const qsizetype i = context.index(o.memberId);
        if (i < 0)
            continue;
        // Orders are sorted, so consecutive ones mostly share a local day: reuse it.
        if (o.orderedAt < cachedDayStart || o.orderedAt >= cachedDayEnd) {
            cachedDay = context.localDay(o.orderedAt);
            cachedDayStart = context.utcOfDayStart(cachedDay);
            cachedDayEnd = context.utcOfDayStart(cachedDay + 1);
            cachedMonth = monthIndex(PeriodMath::dateOf(cachedDay));
        }
        const qint64 day = cachedDay;
        const int month = cachedMonth;
        const size_t m = size_t(i);
        PerMember &member = state[m];
        if (member.firstMonth == NoMonth)
            member.firstMonth = month;
        if (month >= windowStart && month <= endMonth)
            member.monthMask |= 1u << unsigned(month - windowStart);
        if (details && slotCount > 0) {
            const qsizetype productSlot = facts.productSlot(o.productId);
            const qint32 slot = productSlot >= 0 ? cycleSlot[size_t(productSlot)] : -1;
            if (slot >= 0) {
                qint32 *link = &member.firstPurchase;
                while (*link >= 0 && lastPurchases[size_t(*link)].slot != slot)
                    link = &lastPurchases[size_t(*link)].next;
                if (*link >= 0) {
                    lastPurchases[size_t(*link)].day = qint32(day);
                } else {
                    *link = qint32(lastPurchases.size());
                    lastPurchases.push_back({qint32(m), slot, qint32(day), -1});
                }
            }
        }
        if (o.orderedAt < context.startUtc())
            continue;
        ++member.ordersInRange;
        if (member.lastDayInRange != NoMonth) {
            const qint64 gap = day - member.lastDayInRange;
            if (details)
                gaps.push_back(double(gap));
            for (IntervalBucket &bucket : result.intervals) {
                if (gap >= bucket.fromDays && (bucket.toDays < 0 || gap <= bucket.toDays)) {
                    ++bucket.count;
                    break;
                }
            }
        }
        member.lastDayInRange = qint32(day);
    }

    for (size_t m = 0; m < n; ++m) {
        result.buyers += state[m].ordersInRange >= 1;
        result.repeatBuyers += state[m].ordersInRange >= 2;
    }
    result.repurchaseRate = result.buyers > 0 ? double(result.repeatBuyers) / double(result.buyers) : 0.0;
    if (!gaps.empty() && context.request().details) {
        // A selection, not a sort: a year of orders gives hundreds of thousands of gaps.
        const size_t k = gaps.size();
        std::nth_element(gaps.begin(), gaps.begin() + qsizetype(k / 2), gaps.end());
        const double upper = gaps[k / 2];
        result.medianIntervalDays =
            k % 2 ? upper : (*std::max_element(gaps.begin(), gaps.begin() + qsizetype(k / 2)) + upper) / 2.0;
    }

    if (!context.request().details)
        return result;
    // Cohorts: the last twelve months of first purchase up to the end of the range.
    std::vector<qint64> cohortSize(CohortMonths, 0);
    std::vector<std::vector<qint64>> again(CohortMonths, std::vector<qint64>(CohortMonths, 0));
    for (size_t m = 0; m < n; ++m) {
        if (state[m].firstMonth < windowStart || state[m].firstMonth > endMonth)
            continue;
        const int c = state[m].firstMonth - windowStart;
        ++cohortSize[size_t(c)];
        for (int k = 1; c + k < CohortMonths; ++k)
            again[size_t(c)][size_t(k)] += (state[m].monthMask >> unsigned(c + k)) & 1u;
    }
    for (int c = 0; c < CohortMonths; ++c) {
        if (cohortSize[size_t(c)] == 0)
            continue;
        CohortRow row;
        const int month = windowStart + c;
        row.month = QDate(month / 12, month % 12 + 1, 1);
        row.buyers = cohortSize[size_t(c)];
        for (int k = 1; c + k < CohortMonths; ++k)
            row.retention << double(again[size_t(c)][size_t(k)]) / double(row.buyers);
        result.cohorts << row;
    }

    struct Due
    {
        qint64 due;
        qint32 index;
        qint32 slot;
        qint32 last; ///< day of the last purchase
    };
    std::vector<int> slotCycle;
    for (const qint64 productId : std::as_const(slotProduct))
        slotCycle.push_back(facts.products.value(productId).repurchaseCycleDays);
    std::vector<Due> due;
    for (const LastPurchase &purchase : lastPurchases) {
        const qint64 when = qint64(purchase.day) + slotCycle[size_t(purchase.slot)];
        if (when > context.toDay() + context.request().dueWindowDays || when < context.toDay() - LapsedAfterDays)
            continue;
        due.push_back({when, purchase.index, purchase.slot, purchase.day});
    }
    auto dueOrder = [&](const Due &a, const Due &b) {
        if (a.due != b.due)
            return a.due < b.due;
        if (a.index != b.index)
            return context.memberId(a.index) < context.memberId(b.index);
        return slotProduct.at(a.slot) < slotProduct.at(b.slot);
    };
    const size_t listed = std::min(due.size(), size_t(MaxDueListed));
    std::partial_sort(due.begin(), due.begin() + qsizetype(listed), due.end(), dueOrder);
    for (size_t k = 0; k < listed; ++k) {
        const qint64 productId = slotProduct.at(due[k].slot);
        result.due.append({context.memberRef(due[k].index), productId, facts.products.value(productId).name,
                           PeriodMath::dateOf(due[k].last), PeriodMath::dateOf(due[k].due)});
    }
    return result;
}

} // namespace cohort
