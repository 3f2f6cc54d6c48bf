#pragma once

// Private to the demo generator's .cpp files: the state of one generate() call.

#include "demo/demogenerator.h"
#include "domain/campaign.h"
#include "domain/group.h"
#include "domain/product.h"

#include <QRandomGenerator>

#include <vector>

namespace cohort {

struct DemoGenerator::Run
{
    struct Person
    {
        QString name;
        QString phone;
        QString wechatId;
        qint64 firstSeen = 0;
        qint64 referrer = 0; ///< member id, 0 = none
        qint64 lastActive = 0;
        SourceChannel source = SourceChannel::Other;
        bool consent = false;
        bool chinese = true;
        QList<int> tags; ///< indexes into DemoVocabulary::tags()
        int firstSeat = -1;
    };
    struct Seat
    {
        int group = 0; ///< index into groups
        qint64 member = 0;
        MemberRole role = MemberRole::Member;
        qint64 joined = 0;
        qint64 left = 0; ///< 0 = still in the group
    };
    struct Event
    {
        int group = 0;
        qint64 member = 0;
        MembershipEventKind kind = MembershipEventKind::Join;
        qint64 at = 0;
        qint64 actor = 0;
    };
    struct Message
    {
        int group = 0;
        qint64 member = 0;
        qint64 at = 0;
        MessageKind kind = MessageKind::Text;
        QString body;
    };
    struct Sale
    {
        qint64 member = 0;
        int product = 0; ///< index into products
        int group = -1;
        int campaign = -1;
        int quantity = 1;
        qint64 unitMinor = 0;
        qint64 totalMinor = 0;
        qint64 at = 0;
        OrderChannel channel = OrderChannel::Manual;
        OrderStatus status = OrderStatus::Placed;
        qint64 referrer = 0;
    };

    explicit Run(quint32 seed)
        : rng(seed)
    {
    }

    int below(int n) { return n <= 1 ? 0 : int(rng.bounded(quint32(n))); }
    double unit() { return rng.generateDouble(); }
    bool chance(double p) { return rng.generateDouble() < p; }
    qint64 between(qint64 from, qint64 to)
    {
        return to <= from ? from : from + qint64(unit() * double(to - from));
    }

    QRandomGenerator rng;
    Scale scale = Scale::Small;
    int memberCount = 0;
    int orderCount = 0;
    int messageTarget = 0;
    qint64 start = 0;
    qint64 end = 0;
    QList<Group> groups;
    QList<Product> products;
    QList<Campaign> campaigns;
    std::vector<Person> people; ///< people[i] has member id i + 1
    std::vector<Seat> seats;
    std::vector<std::vector<int>> roster; ///< per group: seat indexes by join time
    std::vector<Event> events;
    std::vector<Message> messages;
    std::vector<Sale> sales;
};

} // namespace cohort
