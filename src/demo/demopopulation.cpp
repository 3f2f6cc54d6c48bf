// The people side of DemoGenerator: members, memberships, conversations and purchases, built in
// memory from the seeded generator before anything is written.
#include "demo/demogenerator.h"

#include "demo/demogeneratorrun.h"
#include "demo/demovocabulary.h"

#include <algorithm>

namespace cohort {

namespace {

constexpr qint64 Day = 86400;
constexpr int StaffCount = 3; ///< member ids 1-3 run every group: the owner and two operators

template<typename T>
int weighted(DemoGenerator::Run &run, const std::initializer_list<std::pair<T, int>> &choices,
             T *out)
{
    int total = 0;
    for (const auto &choice : choices)
        total += choice.second;
    int r = run.below(total);
    for (const auto &choice : choices) {
        if (r < choice.second) {
            *out = choice.first;
            return 0;
        }
        r -= choice.second;
    }
    *out = choices.begin()->first;
    return 0;
}

QString digits(DemoGenerator::Run &run, int count)
{
    QString s;
    for (int i = 0; i < count; ++i)
        s += QChar(u'0' + run.below(10));
    return s;
}

} // namespace

void DemoGenerator::makeMembers(Run &run)
{
    const QStringList &surnames = DemoVocabulary::chineseSurnames();
    const QStringList &given = DemoVocabulary::chineseGivenNames();
    const QStringList &first = DemoVocabulary::englishFirstNames();
    const QStringList &last = DemoVocabulary::englishLastNames();
    const int tagCount = int(DemoVocabulary::tags().size());
    const int n = run.memberCount;
    const qint64 span = run.end - run.start;

    // A third of the people were there when the period starts (imported from existing groups);
    // the rest arrive over the six months. Ids follow first sighting, so a referrer always has a
    // smaller id than the people they brought: referral links can never form a circle.
    std::vector<qint64> seen(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i)
        seen[size_t(i)] = i < StaffCount ? run.start
            : run.chance(0.3)            ? run.start + run.below(int(3 * Day))
                                         : run.start + qint64(run.unit() * double(span - Day));
    std::sort(seen.begin(), seen.end());

    run.people.resize(size_t(n));
    const QString staff[StaffCount]
        = { QString::fromUtf8("运营小林"), QString::fromUtf8("李娜"), QStringLiteral("Grace Tan") };
    for (int i = 0; i < n; ++i) {
        Run::Person &p = run.people[size_t(i)];
        p.firstSeen = seen[size_t(i)];
        p.chinese = i < StaffCount ? i < 2 : run.chance(0.7);
        if (i < StaffCount)
            p.name = staff[i];
        else if (p.chinese)
            p.name = surnames.at(run.below(int(surnames.size())))
                + given.at(run.below(int(given.size())));
        else
            p.name = first.at(run.below(int(first.size()))) + QLatin1Char(' ')
                + last.at(run.below(int(last.size())));
        if (p.chinese && run.chance(0.7))
            p.phone = QStringLiteral("13") + digits(run, 9);
        else if (!p.chinese && run.chance(0.5))
            p.phone = QStringLiteral("+65 9") + digits(run, 3) + QLatin1Char(' ') + digits(run, 4);
        if (p.chinese && run.chance(0.6))
            p.wechatId = QStringLiteral("wx_")
                + QString::number(qint64(i + 1) * 7919 + run.below(7919), 36);
        p.consent = run.chance(0.6);
        if (i >= 10 && run.chance(0.27)) {
            p.source = SourceChannel::Referral;
            // Half the referrers are recent arrivals, who were often referred themselves: that
            // makes chains two and three links deep, as fission campaigns produce.
            const int from = run.chance(0.55) ? std::max(StaffCount, i - 300) : StaffCount;
            p.referrer = qint64(from + run.below(i - from)) + 1;
        } else if (i >= StaffCount) {
            weighted<SourceChannel>(run,
                                    { { SourceChannel::StoreQr, 20 },
                                      { SourceChannel::OfflineEvent, 12 },
                                      { SourceChannel::PaidEntry, 8 },
                                      { SourceChannel::Internal, 8 },
                                      { SourceChannel::TaskScreening, 7 },
                                      { SourceChannel::Advertising, 10 },
                                      { SourceChannel::Other, 8 } },
                                    &p.source);
        } else {
            p.source = SourceChannel::Internal;
        }
        const double r = run.unit();
        const int tags = r < 0.35 ? 0 : r < 0.7 ? 1 : r < 0.9 ? 2 : 3;
        while (p.tags.size() < tags) {
            const int t = run.below(tagCount);
            if (!p.tags.contains(t))
                p.tags << t;
        }
        std::sort(p.tags.begin(), p.tags.end());
    }
}

void DemoGenerator::makeMemberships(Run &run)
{
    const int groupCount = int(run.groups.size());
    std::vector<int> occupied(static_cast<size_t>(groupCount), 0);
    std::vector<int> chineseGroups;
    std::vector<int> englishGroups;
    std::vector<int> unlimited;
    for (int g = 0; g < groupCount; ++g) {
        const Platform platform = run.groups.at(g).platform;
        const bool chinese = platform == Platform::WeChat || platform == Platform::WeCom
            || platform == Platform::QQ;
        (chinese ? chineseGroups : englishGroups).push_back(g);
        if (run.groups.at(g).capacity >= 100000)
            unlimited.push_back(g);
    }
    auto hasRoom = [&](int g) {
        return run.groups.at(g).capacity <= 0 || occupied[size_t(g)] < run.groups.at(g).capacity;
    };
    auto pickGroup = [&](const Run::Person &p) {
        const std::vector<int> &pool
            = (p.chinese == run.chance(0.85)) ? chineseGroups : englishGroups;
        for (int attempt = 0; attempt < 8; ++attempt) {
            const int g = pool[size_t(run.below(int(pool.size())))];
            if (hasRoom(g))
                return g;
        }
        return unlimited[size_t(run.below(int(unlimited.size())))];
    };
    auto addSeat = [&](int g, qint64 member, MemberRole role, qint64 joined, qint64 actor) {
        Run::Seat seat { g, member, role, joined, 0 };
        run.events.push_back({ g, member, MembershipEventKind::Join, joined, actor });
        // One in ten leaves again; a third of those come back later (the membership shows the
        // latest join, the events keep the whole story).
        if (member > StaffCount && run.chance(0.1)) {
            const qint64 left = run.between(joined + 3600, run.end - Day);
            const bool removed = run.chance(0.15);
            run.events.push_back(
                { g, member, removed ? MembershipEventKind::Removed : MembershipEventKind::Leave,
                  left, removed ? 1 : 0 });
            if (run.chance(0.3) && left < run.end - 2 * Day) {
                seat.joined = run.between(left + Day, run.end - Day);
                run.events.push_back({ g, member, MembershipEventKind::Join, seat.joined, 0 });
            } else {
                seat.left = left;
            }
        }
        if (seat.left == 0)
            ++occupied[size_t(g)];
        run.seats.push_back(seat);
        return int(run.seats.size()) - 1;
    };

    for (int i = 0; i < StaffCount; ++i) {
        for (int g = 0; g < groupCount; ++g) {
            const int s = addSeat(g, i + 1, i == 0 ? MemberRole::Owner : MemberRole::Operator,
                                  run.groups.at(g).createdAt.toSecsSinceEpoch(), 0);
            if (g == 0)
                run.people[size_t(i)].firstSeat = s;
        }
    }
    for (size_t i = StaffCount; i < run.people.size(); ++i) {
        Run::Person &p = run.people[i];
        const qint64 member = qint64(i) + 1;
        const double r = run.unit();
        const int count = r < 0.72 ? 1 : r < 0.93 ? 2 : 3;
        QList<int> groups;
        qint64 actor = 0;
        if (p.referrer > 0 && run.chance(0.7)) {
            const Run::Person &referrer = run.people[size_t(p.referrer - 1)];
            const int g = run.seats[size_t(referrer.firstSeat)].group;
            if (hasRoom(g)) {
                groups << g;
                actor = p.referrer;
            }
        }
        while (groups.size() < count) {
            const int g
                = groups.isEmpty() || run.chance(0.7) ? pickGroup(p) : run.below(groupCount);
            if (!groups.contains(g) && hasRoom(g))
                groups << g;
            else if (groups.isEmpty())
                groups << unlimited[size_t(run.below(int(unlimited.size())))];
            else
                break;
        }
        for (int k = 0; k < groups.size(); ++k) {
            const qint64 joined = k == 0
                ? p.firstSeen
                : run.between(p.firstSeen, p.firstSeen + (run.end - p.firstSeen) / 2);
            const double roleRoll = run.unit();
            const bool early = joined < run.start + 20 * Day;
            MemberRole role = MemberRole::Member;
            if (roleRoll < 0.015)
                role = MemberRole::Expert;
            else if (roleRoll < 0.027)
                role = MemberRole::Partner;
            else if (roleRoll < 0.067)
                role = MemberRole::Sharer;
            else if (roleRoll < (early ? 0.137 : 0.077))
                role = MemberRole::SeedUser;
            const int s = addSeat(groups.at(k), member, role, joined, k == 0 ? actor : 0);
            if (k == 0)
                p.firstSeat = s;
        }
    }
    run.roster.assign(size_t(groupCount), {});
    for (size_t s = 0; s < run.seats.size(); ++s)
        run.roster[size_t(run.seats[s].group)].push_back(int(s));
    for (std::vector<int> &seats : run.roster) {
        std::stable_sort(seats.begin(), seats.end(), [&run](int a, int b) {
            return run.seats[size_t(a)].joined < run.seats[size_t(b)].joined;
        });
    }
}

namespace {

/// The seat of a random member present in the group at `at`, or -1. Core members (the earliest
/// arrivals) talk most.
int pickPresent(DemoGenerator::Run &run, const std::vector<int> &roster, qint64 at, bool skipStaff)
{
    const auto end = std::upper_bound(roster.begin(), roster.end(), at, [&run](qint64 t, int s) {
        return t < run.seats[size_t(s)].joined;
    });
    const int present = int(end - roster.begin());
    if (present == 0)
        return -1;
    for (int attempt = 0; attempt < 6; ++attempt) {
        const int core = std::max(5, present / 8);
        const int index = run.chance(0.5) ? run.below(std::min(core, present)) : run.below(present);
        const DemoGenerator::Run::Seat &seat = run.seats[size_t(roster[size_t(index)])];
        if ((seat.left == 0 || seat.left > at) && !(skipStaff && seat.member <= StaffCount))
            return roster[size_t(index)];
    }
    return -1;
}

} // namespace

void DemoGenerator::makeMessages(Run &run)
{
    const QStringList &chat = DemoVocabulary::chatLines();
    const QStringList &media = DemoVocabulary::mediaLines();
    const QStringList &links = DemoVocabulary::linkLines();
    // When people write, by hour of the local day: a lunch peak and an evening peak.
    static const int hourWeights[24]
        = { 2, 1, 1, 0, 0, 1, 3, 6, 8, 7, 6, 7, 10, 9, 6, 5, 5, 6, 7, 9, 12, 13, 10, 5 };
    int hourTotal = 0;
    for (const int w : hourWeights)
        hourTotal += w;
    const int days = int((run.end - run.start + 1) / Day);
    const int groupCount = int(run.groups.size());
    std::vector<double> level(static_cast<size_t>(groupCount));
    double levelSum = 0;
    for (int g = 0; g < groupCount; ++g) {
        level[size_t(g)] = 0.3 + 1.5 * run.unit();
        levelSum += level[size_t(g)];
    }
    const double perLevelDay = double(run.messageTarget) / (levelSum * days);
    for (int g = 0; g < groupCount; ++g) {
        const bool dormant = run.groups.at(g).status == GroupStatus::Dormant;
        const std::vector<int> &roster = run.roster[size_t(g)];
        for (int d = 0; d < days; ++d) {
            const qint64 dayStart = run.start + qint64(d) * Day;
            const int weekday
                = QDateTime::fromSecsSinceEpoch(dayStart + 8 * 3600, Qt::UTC).date().dayOfWeek();
            double rate = level[size_t(g)] * perLevelDay * (weekday >= 6 ? 1.25 : 0.9);
            if (dormant && d > days / 2)
                rate *= 0.1; // the group went quiet: the activation list should flag it
            const int count = int(rate * (0.5 + run.unit()) + 0.5);
            for (int k = 0; k < count; ++k) {
                int r = run.below(hourTotal);
                int hour = 0;
                while (r >= hourWeights[hour])
                    r -= hourWeights[hour++];
                const qint64 at = dayStart + qint64(hour) * 3600 + run.below(3600);
                if (at > run.end)
                    continue;
                const int seat = pickPresent(run, roster, at, false);
                if (seat < 0)
                    continue;
                Run::Message m;
                m.group = g;
                m.member = run.seats[size_t(seat)].member;
                m.at = at;
                const double kind = run.unit();
                if (kind < 0.82) {
                    m.body = chat.at(run.below(int(chat.size())));
                    m.body.replace(QStringLiteral("{n}"), QString::number(1 + run.below(30)));
                } else if (kind < 0.91) {
                    m.kind = MessageKind::Media;
                    m.body = media.at(run.below(int(media.size())));
                } else if (kind < 0.95) {
                    m.kind = MessageKind::LinkOrCard;
                    m.body = links.at(run.below(int(links.size())));
                } else if (kind < 0.98) {
                    m.kind = MessageKind::Solitaire;
                    m.body = QStringLiteral("#接龙 ")
                        + run.products.at(run.below(int(run.products.size()))).name
                        + QStringLiteral("\n1. ") + run.people[size_t(m.member - 1)].name
                        + QStringLiteral(" %1").arg(1 + run.below(3));
                } else {
                    m.kind = MessageKind::Deleted;
                }
                Run::Person &author = run.people[size_t(m.member - 1)];
                author.lastActive = std::max(author.lastActive, at);
                run.messages.push_back(std::move(m));
            }
        }
    }
}

void DemoGenerator::makeOrders(Run &run)
{
    // About half the members ever buy; ids follow first sighting, so the buyers present at a
    // given time are a prefix of this list.
    std::vector<qint64> buyers;
    for (size_t i = StaffCount; i < run.people.size(); ++i) {
        if (run.chance(0.45))
            buyers.push_back(qint64(i) + 1);
    }
    std::vector<int> live; // campaigns that ran inside the period
    for (int c = 0; c < run.campaigns.size(); ++c) {
        const Campaign &campaign = run.campaigns.at(c);
        if ((campaign.status == CampaignStatus::Finished
             || campaign.status == CampaignStatus::Running)
            && !campaign.products.isEmpty())
            live.push_back(c);
    }
    struct Slot
    {
        qint64 at;
        int campaign;
    };
    std::vector<Slot> plan(size_t(run.orderCount));
    for (Slot &slot : plan) {
        slot.campaign
            = !live.empty() && run.chance(0.3) ? live[size_t(run.below(int(live.size())))] : -1;
        if (slot.campaign >= 0) {
            const Campaign &c = run.campaigns.at(slot.campaign);
            slot.at = run.between(c.startsAt.toSecsSinceEpoch(),
                                  std::min(c.endsAt.toSecsSinceEpoch(), run.end));
        } else {
            slot.at = run.between(run.start, run.end);
        }
    }
    std::stable_sort(plan.begin(), plan.end(),
                     [](const Slot &a, const Slot &b) { return a.at < b.at; });

    std::vector<int> lastProduct(run.people.size(), -1);
    std::vector<char> hasOrdered(run.people.size(), 0);
    const int productCount = int(run.products.size());
    for (const Slot &slot : plan) {
        Run::Sale sale;
        sale.at = slot.at;
        if (slot.campaign >= 0) {
            const Campaign &c = run.campaigns.at(slot.campaign);
            const qint64 groupId = c.groupIds.at(run.below(int(c.groupIds.size())));
            int g = 0;
            while (run.groups.at(g).id != groupId)
                ++g;
            const int seat = pickPresent(run, run.roster[size_t(g)], sale.at, true);
            if (seat < 0)
                continue;
            sale.member = run.seats[size_t(seat)].member;
            sale.group = g;
            sale.campaign = slot.campaign;
            const CampaignProduct &cp = c.products.at(run.below(int(c.products.size())));
            while (run.products.at(sale.product).id != cp.productId)
                ++sale.product;
            sale.unitMinor = cp.price.currency().isEmpty()
                ? run.products.at(sale.product).price.minorUnits()
                : cp.price.minorUnits();
            if (!c.priceTiers.isEmpty()) {
                // The tier price is per bundle; each bundle product carries its share.
                const PriceTier &tier = c.priceTiers.at(run.below(int(c.priceTiers.size())));
                sale.unitMinor = sale.unitMinor * tier.unitPrice.minorUnits()
                    / std::max<qint64>(1, c.priceTiers.first().unitPrice.minorUnits() * 100 / 90);
            }
            sale.channel = c.type == CampaignType::Solitaire ? OrderChannel::Solitaire
                                                             : OrderChannel::Campaign;
        } else {
            const auto end = std::upper_bound(
                buyers.begin(), buyers.end(), sale.at,
                [&run](qint64 t, qint64 id) { return t < run.people[size_t(id - 1)].firstSeen; });
            const int present = int(end - buyers.begin());
            if (present == 0)
                continue;
            // Loyal early buyers order again and again: they make the repurchase numbers.
            const int index
                = run.chance(0.4) ? run.below(std::max(1, present / 6)) : run.below(present);
            sale.member = buyers[size_t(index)];
            const Run::Person &p = run.people[size_t(sale.member - 1)];
            sale.group = run.seats[size_t(p.firstSeat)].group;
            const int previous = lastProduct[size_t(sale.member - 1)];
            if (previous >= 0 && run.products.at(previous).repurchaseCycleDays > 0
                && run.chance(0.5)) {
                sale.product = previous;
            } else {
                ProductRole role = ProductRole::Traffic;
                weighted<ProductRole>(run,
                                      { { ProductRole::Traffic, 45 },
                                        { ProductRole::Profit, 28 },
                                        { ProductRole::Service, 19 },
                                        { ProductRole::Membership, 8 } },
                                      &role);
                do {
                    sale.product = run.below(productCount);
                } while (run.products.at(sale.product).role != role);
            }
            sale.unitMinor = run.products.at(sale.product).price.minorUnits();
            const double channel = run.unit();
            sale.channel = channel < 0.6 ? OrderChannel::Manual
                : channel < 0.8          ? OrderChannel::Csv
                                         : OrderChannel::Solitaire;
        }
        const double q = run.unit();
        sale.quantity = q < 0.7 ? 1 : q < 0.88 ? 2 : q < 0.95 ? 3 : 4 + run.below(3);
        sale.totalMinor = sale.unitMinor * sale.quantity;
        if (run.chance(0.04))
            sale.totalMinor -= sale.totalMinor / 10 / 100 * 100; // a negotiated discount
        const qint64 age = run.end - sale.at;
        const double s = run.unit();
        if (age < 3 * Day)
            sale.status = s < 0.5 ? OrderStatus::Placed : OrderStatus::Paid;
        else if (age < 10 * Day)
            sale.status = s < 0.6 ? OrderStatus::Paid : OrderStatus::Delivered;
        else
            sale.status = s < 0.88 ? OrderStatus::Delivered
                : s < 0.94         ? OrderStatus::Refunded
                                   : OrderStatus::Paid;
        const size_t who = size_t(sale.member - 1);
        if (!hasOrdered[who] && run.people[who].referrer > 0)
            sale.referrer = run.people[who].referrer; // the first purchase credits the referrer
        hasOrdered[who] = 1;
        lastProduct[who] = sale.product;
        run.sales.push_back(sale);
    }
}

} // namespace cohort
