#include "analytics/fissioncalculator.h"

#include "analytics/metricscontext.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace cohort {

FissionMetrics FissionCalculator::compute(const MetricsContext &context)
{
    const AnalyticsFacts &facts = context.facts();
    FissionMetrics result;

    QHash<qint64, qint64> referralsBy;
    const QHash<qint64, qint64> &firstJoins = context.firstJoins();
    for (auto it = firstJoins.cbegin(); it != firstJoins.cend(); ++it) {
        if (it.value() < context.startUtc() || it.value() >= context.endUtc())
            continue;
        ++result.newMembers;
        const qsizetype index = facts.memberIndex(it.key());
        const qint64 referrer = index >= 0 ? facts.members[size_t(index)].referrerId : 0;
        if (referrer != 0 && referrer != it.key()) {
            ++result.newByReferral;
            ++referralsBy[referrer];
        }
    }
    result.referralShare = result.newMembers > 0 ? double(result.newByReferral) / double(result.newMembers) : 0.0;
    result.referrers = referralsBy.size();
    result.kFactor = result.referrers > 0 ? double(result.newByReferral) / double(result.referrers) : 0.0;

    // Depth of the referral chains that end in members of the scope; a cycle (possible only in
    // hand-edited data) stops the walk instead of looping.
    const QSet<qint64> members = context.membersAt(context.endUtc() - 1);
    QHash<qint64, int> depthCache; // member -> hops to the root of their referral chain
    for (const qint64 start : members) {
        QList<qint64> chain;
        QSet<qint64> seen;
        qint64 current = start;
        int lastDepth = 0; // depth of chain.last(); 0 when it is a root or closes a cycle
        while (current != 0) {
            const auto cached = depthCache.constFind(current);
            if (cached != depthCache.cend()) {
                lastDepth = chain.isEmpty() ? cached.value() : cached.value() + 1;
                break;
            }
            if (seen.contains(current))
                break;
            seen.insert(current);
            chain.append(current);
            const qsizetype index = facts.memberIndex(current);
            current = index >= 0 ? facts.members[size_t(index)].referrerId : 0;
        }
        for (qsizetype i = chain.size() - 1; i >= 0; --i)
            depthCache.insert(chain.at(i), lastDepth + int(chain.size() - 1 - i));
        result.maxTreeDepth = std::max(result.maxTreeDepth, depthCache.value(start));
    }

    QList<std::pair<qint64, qint64>> ranking;
    for (auto it = referralsBy.cbegin(); it != referralsBy.cend(); ++it)
        ranking.append({it.value(), it.key()});
    std::sort(ranking.begin(), ranking.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    for (qsizetype i = 0; i < ranking.size() && i < context.request().topCount; ++i)
        result.topReferrers.append({context.memberRef(ranking.at(i).second), ranking.at(i).first});
    return result;
}

} // namespace cohort
