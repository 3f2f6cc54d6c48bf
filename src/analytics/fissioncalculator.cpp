#include "analytics/fissioncalculator.h"

#include "analytics/metricscontext.h"

#include <algorithm>

namespace cohort {

FissionMetrics FissionCalculator::compute(const MetricsContext &context)
{
    const AnalyticsFacts &facts = context.facts();
    FissionMetrics result;
    const size_t n = size_t(context.memberCount());

    std::vector<qint32> referralsBy(n, 0);
    for (size_t i = 0; i < n; ++i) {
        const qint64 first = context.firstJoin(qsizetype(i));
        if (first == 0 || first < context.startUtc() || first >= context.endUtc())
            continue;
        ++result.newMembers;
        const qint64 referrer = facts.members[i].referrerId;
        const qsizetype r = context.index(referrer);
        if (referrer != 0 && referrer != facts.members[i].id) {
            ++result.newByReferral;
            if (r >= 0)
                ++referralsBy[size_t(r)];
        }
    }
    result.referralShare = result.newMembers > 0 ? double(result.newByReferral) / double(result.newMembers) : 0.0;
    result.referrers = std::count_if(referralsBy.begin(), referralsBy.end(), [](qint32 v) { return v > 0; });
    result.kFactor = result.referrers > 0 ? double(result.newByReferral) / double(result.referrers) : 0.0;

    if (!context.request().details)
        return result;
    // Depth of the referral chains ending in members of the scope: memoized, iterative, and a
    // cycle (possible only in hand-edited data) ends the walk instead of looping.
    constexpr qint32 Unknown = -1;
    constexpr qint32 Visiting = -2;
    std::vector<qint32> depth(n, Unknown);
    std::vector<qint32> chain;
    const std::vector<char> &members = context.membersInRange();
    for (size_t start = 0; start < n; ++start) {
        if (!members[start])
            continue;
        chain.clear();
        qsizetype current = qsizetype(start);
        qint32 base = 0; // depth of chain.back(): 0 at a root or where a cycle closes
        while (true) {
            if (depth[size_t(current)] >= 0) {
                base = depth[size_t(current)] + 1;
                break;
            }
            if (depth[size_t(current)] == Visiting) {
                base = 0;
                break;
            }
            depth[size_t(current)] = Visiting;
            chain.push_back(qint32(current));
            const qsizetype next = context.index(facts.members[size_t(current)].referrerId);
            if (facts.members[size_t(current)].referrerId == 0 || next < 0) {
                // chain.back() is a root: depth 0, and whoever it referred is one deeper.
                depth[size_t(chain.back())] = 0;
                chain.pop_back();
                base = 1;
                break;
            }
            current = next;
        }
        for (qsizetype k = qsizetype(chain.size()) - 1; k >= 0; --k)
            depth[size_t(chain[size_t(k)])] = base + qint32(chain.size() - 1 - size_t(k));
        result.maxTreeDepth = std::max(result.maxTreeDepth, int(depth[start]));
    }

    std::vector<std::pair<qint32, qint32>> ranking; // (referrals, index)
    for (size_t i = 0; i < n; ++i) {
        if (referralsBy[i] > 0)
            ranking.emplace_back(referralsBy[i], qint32(i));
    }
    const size_t top = std::min(ranking.size(), size_t(std::max(0, context.request().topCount)));
    std::partial_sort(ranking.begin(), ranking.begin() + qsizetype(top), ranking.end(), [&](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : context.memberId(a.second) < context.memberId(b.second);
    });
    for (size_t k = 0; k < top; ++k)
        result.topReferrers.append({context.memberRef(ranking[k].second), ranking[k].first});
    return result;
}

} // namespace cohort
