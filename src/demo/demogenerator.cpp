#include "demo/demogenerator.h"

#include "demo/demogeneratorrun.h"
#include "demo/demovocabulary.h"
#include "domain/localclock.h"
#include "domain/messageactivity.h"
#include "rules/groupscanner.h"
#include "rules/phraselists.h"
#include "storage/bulkinserter.h"
#include "storage/campaignrepository.h"
#include "storage/database.h"
#include "storage/grouprepository.h"
#include "storage/memberorderstats.h"
#include "storage/productrepository.h"
#include "storage/queryerror.h"
#include "storage/sqltransaction.h"
#include "storage/sqlvalues.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <map>
#include <tuple>

namespace cohort {

namespace {

const char *const DemoZone = "Asia/Shanghai";

QVariant nullableId(qint64 id)
{
    return sql::fromId(id);
}

QVariant nullableTime(qint64 secs)
{
    return secs > 0 ? QVariant(secs) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace

DemoGenerator::DemoGenerator(const Database &database)
    : m_database(database)
{
}

DemoGenerator::~DemoGenerator() = default;

std::optional<DemoGenerator::Scale> DemoGenerator::scaleFromKey(const QString &key)
{
    if (key == QLatin1String("small"))
        return Scale::Small;
    if (key == QLatin1String("large"))
        return Scale::Large;
    return std::nullopt;
}

QDateTime DemoGenerator::periodStart()
{
    return QDateTime(QDate(2026, 5, 1), QTime(0, 0), QTimeZone(DemoZone)).toUTC();
}

QDateTime DemoGenerator::periodEnd()
{
    return QDateTime(QDate(2026, 10, 31), QTime(23, 59, 59), QTimeZone(DemoZone)).toUTC();
}

bool DemoGenerator::fail(const WorkspaceError &error)
{
    m_error = error;
    return false;
}

bool DemoGenerator::step(int percent, const QString &text)
{
    if (m_cancel && m_cancel()) {
        m_cancelled = true;
        return fail({ WorkspaceError::Kind::Invalid,
                      tr("Demo data generation was cancelled; nothing was saved.") });
    }
    if (m_progress)
        m_progress(percent, text);
    return true;
}

bool DemoGenerator::generate(quint32 seed, Scale scale)
{
    m_counts = {};
    m_error = {};
    m_cancelled = false;
    {
        QSqlQuery q(m_database.connection());
        if (!q.exec(QStringLiteral(
                "SELECT (SELECT COUNT(*) FROM chat_groups) + (SELECT COUNT(*) FROM members) "
                "+ (SELECT COUNT(*) FROM products)"))
            || !q.next()) {
            return fail(Database::errorFromSql(q.lastError()));
        }
        if (q.value(0).toLongLong() > 0) {
            return fail({ WorkspaceError::Kind::Invalid,
                          tr("The workspace already holds data. Demo data goes into an empty "
                             "workspace.") });
        }
    }

    // The page cache stays large for the whole call and shrinks again however it ends.
    struct BulkLoad
    {
        const Database &database;
        explicit BulkLoad(const Database &db)
            : database(db)
        {
            run(database.dialect().beginBulkLoad());
        }
        ~BulkLoad() { run(database.dialect().endBulkLoad()); }
        void run(const QStringList &statements) const
        {
            QSqlQuery q(database.connection());
            for (const QString &statement : statements)
                q.exec(statement);
        }
    } bulkLoad(m_database);

    Run run(seed);
    run.scale = scale;
    run.memberCount = scale == Scale::Small ? 3000 : 200000;
    run.orderCount = scale == Scale::Small ? 8000 : 500000;
    run.messageTarget = scale == Scale::Small ? 40000 : 300000;
    run.start = periodStart().toSecsSinceEpoch();
    run.end = periodEnd().toSecsSinceEpoch();

    SqlTransaction tx(m_database);
    if (!tx.isActive())
        return fail(tx.error());
    // The roll-ups count local days, so a demo workspace is pinned to the zone its data lives in.
    {
        QSqlQuery q(tx.connection());
        q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('time_zone', ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
        q.addBindValue(QString::fromLatin1(DemoZone));
        if (!q.exec())
            return fail(Database::errorFromSql(q.lastError()));
    }
    // Building an index once from sorted data is much faster than growing it row by row, so the
    // large tables lose their secondary indexes for the load. They are rebuilt inside the same
    // transaction, so no reader ever sees the workspace without them.
    QList<QPair<QString, QString>> indexes;
    {
        QSqlQuery q(tx.connection());
        q.prepare(m_database.dialect().secondaryIndexesQuery());
        const QStringList bulkTables
            = { QStringLiteral("members"),           QStringLiteral("orders"),
                QStringLiteral("messages"),          QStringLiteral("memberships"),
                QStringLiteral("membership_events"), QStringLiteral("member_tags"),
                QStringLiteral("identities"),        QStringLiteral("member_day_activity") };
        for (const QString &table : bulkTables) {
            q.addBindValue(table);
            if (!q.exec())
                return fail(Database::errorFromSql(q.lastError()));
            while (q.next())
                indexes.append({ q.value(0).toString(), q.value(1).toString() });
        }
        for (const auto &index : std::as_const(indexes)) {
            // Index names come from our own migrations, never from user input.
            if (!q.exec(QStringLiteral("DROP INDEX ") + index.first))
                return fail(Database::errorFromSql(q.lastError()));
        }
    }
    if (!step(0, tr("Creating groups and products")) || !makeGroupsAndProducts(run))
        return false;
    if (!step(5, tr("Inventing members")))
        return false;
    makeMembers(run);
    makeMemberships(run);
    if (!step(15, tr("Planning campaigns")) || !makeCampaigns(run))
        return false;
    if (!step(20, tr("Writing conversations")))
        return false;
    makeMessages(run);
    if (!step(30, tr("Writing orders")))
        return false;
    makeOrders(run);
    if (!step(40, tr("Saving members")) || !writeMembers(run))
        return false;
    if (!step(60, tr("Saving messages")) || !writeActivity(run))
        return false;
    if (!step(80, tr("Saving orders")) || !writeOrders(run))
        return false;
    if (!step(98, tr("Indexing")))
        return false;
    {
        QSqlQuery q(tx.connection());
        for (const auto &index : std::as_const(indexes)) {
            if (!q.exec(index.second))
                return fail(Database::errorFromSql(q.lastError()));
        }
    }
    // After the indexes are back: the roll-up reads orders by member.
    QSqlError statsError;
    if (!MemberOrderStats::refreshAll(tx.connection(), &statsError))
        return fail(Database::errorFromSql(statsError));
    // The ledger of every order is one query or more: the large benchmark set goes without.
    if (run.scale == Scale::Small
        && (!step(99, tr("Crediting rebates and commissions")) || !writeLedger(run)))
        return false;
    // The groups' rules check the conversations, as an import would have.
    if (!step(99, tr("Checking the group rules")) || !scanRules(run))
        return false;
    if (!step(99, tr("Saving")))
        return false;
    tx.touch(Table::Groups | Table::Members | Table::Memberships | Table::Tags | Table::Identities
             | Table::Products | Table::Campaigns | Table::Orders | Table::Messages | Table::Ledger
             | Table::Points);
    if (!tx.commit())
        return fail(tx.error());
    m_counts.groups = run.groups.size();
    m_counts.members = qint64(run.people.size());
    m_counts.memberships = qint64(run.seats.size());
    m_counts.products = run.products.size();
    m_counts.campaigns = run.campaigns.size();
    m_counts.orders = qint64(run.sales.size());
    m_counts.messages = qint64(run.messages.size());
    m_counts.membershipEvents = qint64(run.events.size());
    if (m_progress)
        m_progress(100, tr("Done"));
    return true;
}

bool DemoGenerator::scanRules(const Run &run)
{
    try {
        rules::GroupScanner scanner(m_database, rules::PhraseLists::load(m_database));
        rules::GroupScanner::Options options;
        options.cancelled = m_cancel;
        for (const Group &group : run.groups) {
            const rules::ScanOutcome outcome = scanner.rescan(group.id, options);
            if (outcome.cancelled) {
                m_cancelled = true;
                return fail({ WorkspaceError::Kind::Invalid,
                              tr("Demo data generation was cancelled; nothing was saved.") });
            }
            if (!outcome.ok)
                return fail({ WorkspaceError::Kind::Io, outcome.error });
            m_counts.violations += outcome.violations;
        }
    } catch (const QueryError &e) {
        return fail(e.error());
    }
    return true;
}

bool DemoGenerator::makeGroupsAndProducts(Run &run)
{
    GroupRepository groupRepository(m_database);
    const QList<Group> templates = DemoVocabulary::groupTemplates();
    // The large scale repeats the twelve groups so 200,000 people fit within platform caps.
    const int copies = run.scale == Scale::Small ? 1 : 5;
    for (int copy = 0; copy < copies; ++copy) {
        for (int i = 0; i < templates.size(); ++i) {
            Group g = templates.at(i);
            if (copy > 0)
                g.name += QStringLiteral(" (%1)").arg(copy + 1);
            g.createdAt = QDateTime::fromSecsSinceEpoch(
                run.start - qint64(60 - i * 3 - copy) * 86400, Qt::UTC);
            // One dormant group shows what a neglected community looks like on the dashboards.
            if (i == 9)
                g.status = GroupStatus::Dormant;
            if (!groupRepository.insert(g))
                return fail(groupRepository.lastError());
            run.groups << g;
        }
    }
    ProductRepository productRepository(m_database);
    run.products = DemoVocabulary::productCatalogue();
    for (int i = 0; i < run.products.size(); ++i) {
        Product &p = run.products[i];
        p.active = i != 2 && i != 21;
        if (!productRepository.insert(p))
            return fail(productRepository.lastError());
    }
    return true;
}

bool DemoGenerator::makeCampaigns(Run &run)
{
    struct TypeSpec
    {
        CampaignType type;
        const char *name;
        const char *announcement;
        const char *recurrence;
        int days; ///< how long the campaign runs
        int minutes; ///< length of one session
        const char *goalKind;
    };
    const TypeSpec types[] = {
        { CampaignType::FlashSale, "限时秒杀",
          "⚡ 今晚 20:00 秒杀：{product} 只要 {price}，限量 {limit} 份，手慢无！",
          "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH", 28, 30, "orders" },
        { CampaignType::TieredGroupBuy, "阶梯拼团礼包",
          "🎁 {product} 拼团：2人 {tier2}/人，3人 {tier3}/人，5人 {tier5}/人，邀请好友一起拼！", "",
          3, 4320, "orders" },
        { CampaignType::Solitaire, "接龙团购",
          "#接龙 {product} {price}\n格式：序号. 名字 数量\n1. 群主 1份", "", 1, 720, "orders" },
        { CampaignType::ReferralDay, "会员推荐日",
          "每月15日会员推荐日：推荐新朋友入群并下单，您得 {reward} 返利，新朋友得见面礼！",
          "FREQ=MONTHLY;BYMONTHDAY=15", 90, 1440, "new_members" },
        { CampaignType::RedPacket, "红包唤醒",
          "🧧 周末红包雨：今晚 21:00 准时开抢，来聊聊你这周的收获吧！",
          "", 1, 30, "new_members" },
        { CampaignType::KnowledgeSession, "知识直播课",
          "📚 本周三 20:00 直播：{product}，老师现场答疑，记得提前占座。", "FREQ=WEEKLY;BYDAY=WE",
          42, 90, "revenue" },
        { CampaignType::CheckIn, "21天打卡挑战",
          "✅ 21天打卡挑战开始啦！每天在群里发打卡照片，全勤送 {product}。", "FREQ=DAILY;COUNT=21",
          21, 1440, "new_members" },
    };
    const int total = 25;
    const qint64 span = run.end - run.start;
    CampaignRepository repository(m_database);
    const QString cny = QStringLiteral("CNY");
    for (int c = 0; c < total; ++c) {
        const TypeSpec &spec = types[c % 7];
        Campaign campaign;
        campaign.type = spec.type;
        // Two campaigns are already planned for November; the rest spread over the period.
        const qint64 day0 = c >= total - 2
            ? span / 86400 + 2 + c - (total - 2)
            : qint64(c) * (span / 86400 - 20) / (total - 2) + run.below(4);
        const qint64 startsAt = run.start + day0 * 86400 + 12 * 3600; // 20:00 in Shanghai
        campaign.startsAt = QDateTime::fromSecsSinceEpoch(startsAt, Qt::UTC);
        campaign.endsAt = QDateTime::fromSecsSinceEpoch(
            startsAt + qint64(spec.days) * 86400 - 86400 + qint64(spec.minutes) * 60, Qt::UTC);
        const QDate localStart = campaign.startsAt.toTimeZone(QTimeZone(DemoZone)).date();
        campaign.name = QString::fromUtf8(spec.name)
            + QStringLiteral(" %1/%2").arg(localStart.month()).arg(localStart.day());
        campaign.timeZone = QString::fromLatin1(DemoZone);
        campaign.recurrence = QString::fromUtf8(spec.recurrence);
        campaign.durationMinutes = std::min(spec.minutes, 24 * 60);
        campaign.goalKind = QString::fromLatin1(spec.goalKind);
        // Revenue goals are minor units, in whole yuan as the campaign dialog edits them.
        if (campaign.goalKind == QLatin1String("orders"))
            campaign.goalValue = 30 + run.below(120);
        else if (campaign.goalKind == QLatin1String("revenue"))
            campaign.goalValue = qint64(500 + run.below(4500)) * 100;
        else
            campaign.goalValue = 10 + run.below(60);
        if (campaign.startsAt.toSecsSinceEpoch() > run.end)
            campaign.status = CampaignStatus::Scheduled;
        else if (campaign.endsAt.toSecsSinceEpoch() > run.end)
            campaign.status = CampaignStatus::Running;
        else
            campaign.status = CampaignStatus::Finished;
        if (c == 5)
            campaign.status = CampaignStatus::Cancelled;
        if (c == total - 1)
            campaign.status = CampaignStatus::Draft;

        const int groupCount = 1 + run.below(3);
        while (campaign.groupIds.size() < groupCount) {
            const qint64 id = run.groups.at(run.below(int(run.groups.size()))).id;
            if (!campaign.groupIds.contains(id))
                campaign.groupIds << id;
        }
        std::sort(campaign.groupIds.begin(), campaign.groupIds.end());

        auto pickProduct = [&run](std::initializer_list<ProductRole> roles) {
            for (;;) {
                const int i = run.below(int(run.products.size()));
                const Product &p = run.products.at(i);
                if (p.active && std::find(roles.begin(), roles.end(), p.role) != roles.end())
                    return i;
            }
        };
        auto addProduct = [&campaign, &run](int index, int percent, int limit) {
            const Product &p = run.products.at(index);
            for (const CampaignProduct &existing : std::as_const(campaign.products)) {
                if (existing.productId == p.id)
                    return;
            }
            Money price;
            if (percent > 0)
                price = Money(p.price.minorUnits() * percent / 100 / 10 * 10, p.price.currency());
            campaign.products << CampaignProduct { p.id, price, limit };
        };
        QString announcement = QString::fromUtf8(spec.announcement);
        switch (spec.type) {
        case CampaignType::FlashSale: {
            const int i = pickProduct({ ProductRole::Traffic, ProductRole::Profit });
            addProduct(i, 70, 50 + run.below(150));
            announcement.replace(QStringLiteral("{limit}"),
                                 QString::number(campaign.products.first().quantityLimit));
            break;
        }
        case CampaignType::TieredGroupBuy: {
            const int count = 2 + run.below(2);
            qint64 bundle = 0;
            for (int k = 0; k < count; ++k) {
                const int i = pickProduct({ ProductRole::Traffic, ProductRole::Profit });
                addProduct(i, 0, 0);
            }
            for (const CampaignProduct &cp : std::as_const(campaign.products)) {
                for (const Product &p : std::as_const(run.products)) {
                    if (p.id == cp.productId)
                        bundle += p.price.minorUnits();
                }
            }
            const int percents[] = { 90, 85, 75 };
            const int sizes[] = { 2, 3, 5 };
            for (int k = 0; k < 3; ++k) {
                const Money tier(bundle * percents[k] / 100 / 100 * 100, cny);
                campaign.priceTiers << PriceTier { sizes[k], tier };
                announcement.replace(QStringLiteral("{tier%1}").arg(sizes[k]),
                                     tier.toPlainString());
            }
            break;
        }
        case CampaignType::Solitaire: {
            const int count = 1 + run.below(3);
            for (int k = 0; k < count; ++k)
                addProduct(pickProduct({ ProductRole::Traffic, ProductRole::Profit }), 95, 0);
            break;
        }
        case CampaignType::ReferralDay:
            campaign.details.referrerReward = Money(1000, cny);
            campaign.details.newMemberGift = QStringLiteral("SN-001");
            announcement.replace(QStringLiteral("{reward}"), QStringLiteral("10.00"));
            addProduct(pickProduct({ ProductRole::Membership }), 80, 0);
            break;
        case CampaignType::RedPacket:
            // The campaign dialog asks every type for its own fields: demo campaigns have them.
            campaign.details.redPacketTotal = Money(20000, cny);
            campaign.details.redPacketCount = 50;
            break;
        case CampaignType::KnowledgeSession: {
            const int i = pickProduct({ ProductRole::Service });
            addProduct(i, 0, 0);
            campaign.details.sessionTopic = run.products.at(i).name;
            campaign.details.sessionSpeaker = QString::fromUtf8("群主");
            break;
        }
        case CampaignType::CheckIn: {
            const int i = pickProduct({ ProductRole::Service, ProductRole::Membership });
            addProduct(i, 90, 0);
            campaign.details.checkInDays = 21;
            campaign.details.checkInReward = run.products.at(i).name;
            break;
        }
        }
        if (spec.type == CampaignType::Solitaire)
            campaign.details.pickupNote = QString::fromUtf8("次日下午到店自提");
        std::sort(campaign.products.begin(), campaign.products.end(),
                  [](const CampaignProduct &a, const CampaignProduct &b) {
                      return a.productId < b.productId;
                  });
        if (!campaign.products.isEmpty()) {
            const CampaignProduct &first = campaign.products.first();
            for (const Product &p : std::as_const(run.products)) {
                if (p.id == first.productId) {
                    announcement.replace(QStringLiteral("{product}"), p.name);
                    announcement.replace(
                        QStringLiteral("{price}"),
                        (first.price.currency().isEmpty() ? p.price : first.price).toPlainString());
                }
            }
        }
        campaign.announcementTemplate = announcement;
        if (!repository.insert(campaign))
            return fail(repository.lastError());
        run.campaigns << campaign;
    }
    return true;
}

bool DemoGenerator::writeMembers(Run &run)
{
    const QSqlDatabase db = m_database.connection();
    const QStringList &tagNames = DemoVocabulary::tags();
    BulkInserter tags(db, QStringLiteral("tags"), { QStringLiteral("id"), QStringLiteral("name") });
    for (int i = 0; i < tagNames.size(); ++i) {
        if (!tags.add({ i + 1, tagNames.at(i) }))
            return fail(tags.error());
    }
    if (!tags.flush())
        return fail(tags.error());

    BulkInserter members(
        db, QStringLiteral("members"),
        QString::fromLatin1("id,display_name,phone,wechat_id,source_channel,referrer_id,"
                            "referred_at,first_seen,last_active,consent,notes,created_at")
            .split(QLatin1Char(',')));
    BulkInserter memberTags(db, QStringLiteral("member_tags"),
                            { QStringLiteral("member_id"), QStringLiteral("tag_id") });
    const QString empty = QString(QLatin1String(""));
    for (size_t i = 0; i < run.people.size(); ++i) {
        const Run::Person &p = run.people[i];
        const qint64 id = qint64(i) + 1;
        if (!members.add({ id, p.name, sql::text(p.phone), sql::text(p.wechatId), enumKey(p.source),
                           nullableId(p.referrer),
                           p.referrer > 0 ? QVariant(p.firstSeen) : nullableTime(0), p.firstSeen,
                           nullableTime(p.lastActive), p.consent ? 1 : 0, empty, p.firstSeen }))
            return fail(members.error());
        if (i % 20000 == 19999 && !step(40 + int(i * 8 / run.people.size()), tr("Saving members")))
            return false;
    }
    if (!members.flush())
        return fail(members.error());
    // Child rows go in only after their parents are flushed: buffers fill at different rates.
    for (size_t i = 0; i < run.people.size(); ++i) {
        for (const int tag : run.people[i].tags) {
            if (!memberTags.add({ qint64(i) + 1, tag + 1 }))
                return fail(memberTags.error());
        }
    }
    if (!memberTags.flush())
        return fail(memberTags.error());

    // One identity per platform the person is seen on, named as they appear there.
    BulkInserter identities(db, QStringLiteral("identities"),
                            { QStringLiteral("id"), QStringLiteral("member_id"),
                              QStringLiteral("platform"), QStringLiteral("stable_key") });
    BulkInserter names(db, QStringLiteral("identity_names"),
                       { QStringLiteral("identity_id"), QStringLiteral("name"),
                         QStringLiteral("first_seen"), QStringLiteral("last_seen") });
    std::vector<std::vector<int>> seatsOf(run.people.size());
    for (size_t s = 0; s < run.seats.size(); ++s)
        seatsOf[size_t(run.seats[s].member - 1)].push_back(int(s));
    qint64 identityId = 0;
    for (size_t i = 0; i < run.people.size(); ++i) {
        const Run::Person &p = run.people[i];
        const qint64 memberId = qint64(i) + 1;
        QList<Platform> seen;
        for (const int s : seatsOf[i]) {
            const Platform platform = run.groups.at(run.seats[size_t(s)].group).platform;
            if (seen.contains(platform))
                continue;
            seen << platform;
            QString key;
            switch (platform) {
            case Platform::WeChat:
            case Platform::WeCom:
                key = QStringLiteral("wxid_") + QString::number(memberId * 7919 + 100000, 36);
                break;
            case Platform::QQ:
                key = QString::number(100000000 + memberId * 17);
                break;
            case Platform::WhatsApp:
                key = QStringLiteral("+6590") + QString::number(1000000 + memberId);
                break;
            default:
                key = QString::number(5000000000LL + memberId * 31);
                break;
            }
            ++identityId;
            if (!identities.add({ identityId, memberId, enumKey(platform), key }))
                return fail(identities.error());
            const qint64 first = run.seats[size_t(s)].joined;
            const qint64 last = std::max(first, p.lastActive);
            if (!names.add({ identityId, p.name, first, last }))
                return fail(names.error());
        }
    }
    if (!identities.flush() || !names.flush())
        return fail(identities.error().isError() ? identities.error() : names.error());
    m_counts.identities = identityId;

    BulkInserter seats(db, QStringLiteral("memberships"),
                       { QStringLiteral("group_id"), QStringLiteral("member_id"),
                         QStringLiteral("role"), QStringLiteral("joined_at"),
                         QStringLiteral("left_at") });
    for (const Run::Seat &s : run.seats) {
        if (!seats.add({ run.groups.at(s.group).id, s.member, enumKey(s.role), s.joined,
                         nullableTime(s.left) }))
            return fail(seats.error());
    }
    BulkInserter events(db, QStringLiteral("membership_events"),
                        { QStringLiteral("id"), QStringLiteral("group_id"),
                          QStringLiteral("member_id"), QStringLiteral("kind"), QStringLiteral("at"),
                          QStringLiteral("actor_id"), QStringLiteral("fingerprint") });
    for (size_t e = 0; e < run.events.size(); ++e) {
        const Run::Event &ev = run.events[e];
        if (!events.add({ qint64(e) + 1, run.groups.at(ev.group).id, ev.member, enumKey(ev.kind),
                          ev.at, nullableId(ev.actor), qint64(e) + 1 }))
            return fail(events.error());
    }
    if (!seats.flush() || !events.flush())
        return fail(seats.error().isError() ? seats.error() : events.error());

    // Partners (团长) with at most two levels: some were recruited by an earlier partner.
    BulkInserter partners(db, QStringLiteral("partners"),
                          { QStringLiteral("member_id"), QStringLiteral("rate_bp"),
                            QStringLiteral("recruiter_id"), QStringLiteral("recruiter_rate_bp") });
    BulkInserter partnerGroups(db, QStringLiteral("partner_groups"),
                               { QStringLiteral("member_id"), QStringLiteral("group_id") });
    QList<qint64> partnerIds; ///< partners without a recruiter
    QList<int> partnerSeats;
    for (size_t i = 0; i < run.people.size(); ++i) {
        bool partner = false;
        for (const int s : seatsOf[i])
            partner = partner || run.seats[size_t(s)].role == MemberRole::Partner;
        if (!partner)
            continue;
        const qint64 memberId = qint64(i) + 1;
        const qint64 recruiter = !partnerIds.isEmpty() && run.chance(0.3)
            ? partnerIds.at(run.below(int(partnerIds.size())))
            : 0;
        if (!partners.add({ memberId, 800 + 100 * run.below(5), nullableId(recruiter),
                            recruiter > 0 ? 200 : 0 }))
            return fail(partners.error());
        for (const int s : seatsOf[i]) {
            if (run.seats[size_t(s)].role == MemberRole::Partner)
                partnerSeats << s;
        }
        // Only first-level partners recruit, so no chain is deeper than the two levels of DOMAIN.md
        // §6.
        if (recruiter == 0)
            partnerIds << memberId;
    }
    if (!partners.flush())
        return fail(partners.error());
    for (const int s : std::as_const(partnerSeats)) {
        const Run::Seat &seat = run.seats[size_t(s)];
        if (!partnerGroups.add({ seat.member, run.groups.at(seat.group).id }))
            return fail(partnerGroups.error());
    }
    if (!partnerGroups.flush())
        return fail(partnerGroups.error());
    return true;
}

bool DemoGenerator::writeActivity(Run &run)
{
    const QSqlDatabase db = m_database.connection();
    BulkInserter messages(db, QStringLiteral("messages"),
                          { QStringLiteral("id"), QStringLiteral("group_id"),
                            QStringLiteral("member_id"), QStringLiteral("sent_at"),
                            QStringLiteral("kind"), QStringLiteral("body"),
                            QStringLiteral("fingerprint") });
    // Ordered maps so the roll-up rows are written in the same order on every run.
    std::map<std::tuple<qint64, qint64, qint64>, qint64> days;
    std::map<std::tuple<qint64, qint64, qint64>, qint64> hours;
    LocalClock clock { QTimeZone(DemoZone) };
    for (size_t i = 0; i < run.messages.size(); ++i) {
        const Run::Message &m = run.messages[i];
        const qint64 groupId = run.groups.at(m.group).id;
        if (!messages.add({ qint64(i) + 1, groupId, m.member, m.at, int(m.kind), sql::text(m.body),
                            qint64(i) + 1 }))
            return fail(messages.error());
        if (MessageActivity::counts(m.member, m.kind)) {
            const MessageActivity::Slot slot = MessageActivity::slotOf(clock, m.at);
            ++days[{ groupId, slot.day, m.member }];
            ++hours[{ groupId, slot.day, qint64(slot.hour) }];
        }
        if (i % 50000 == 49999
            && !step(60 + int(i * 12 / run.messages.size()), tr("Saving messages")))
            return false;
    }
    if (!messages.flush())
        return fail(messages.error());
    BulkInserter dayRows(db, QStringLiteral("member_day_activity"),
                         { QStringLiteral("group_id"), QStringLiteral("day"),
                           QStringLiteral("member_id"), QStringLiteral("messages") });
    for (const auto &[key, count] : days) {
        if (!dayRows.add({ std::get<0>(key), std::get<1>(key), std::get<2>(key), count }))
            return fail(dayRows.error());
    }
    BulkInserter hourRows(db, QStringLiteral("group_hour_activity"),
                          { QStringLiteral("group_id"), QStringLiteral("day"),
                            QStringLiteral("hour"), QStringLiteral("messages") });
    for (const auto &[key, count] : hours) {
        if (!hourRows.add({ std::get<0>(key), std::get<1>(key), std::get<2>(key), count }))
            return fail(hourRows.error());
    }
    if (!dayRows.flush() || !hourRows.flush())
        return fail(dayRows.error().isError() ? dayRows.error() : hourRows.error());
    return true;
}

bool DemoGenerator::writeOrders(Run &run)
{
    BulkInserter orders(
        m_database.connection(), QStringLiteral("orders"),
        QString::fromLatin1(
            "id,member_id,product_id,group_id,campaign_id,quantity,unit_price_minor,"
            "total_minor,currency,ordered_at,channel,status,referrer_id,notes")
            .split(QLatin1Char(',')));
    const QString empty = QString(QLatin1String(""));
    for (size_t i = 0; i < run.sales.size(); ++i) {
        const Run::Sale &s = run.sales[i];
        const Product &p = run.products.at(s.product);
        if (!orders.add(
                { qint64(i) + 1, s.member, p.id,
                  s.group >= 0 ? QVariant(run.groups.at(s.group).id) : nullableId(0),
                  s.campaign >= 0 ? QVariant(run.campaigns.at(s.campaign).id) : nullableId(0),
                  s.quantity, s.unitMinor, s.totalMinor, p.price.currency(), s.at,
                  enumKey(s.channel), enumKey(s.status), nullableId(s.referrer), empty }))
            return fail(orders.error());
        if (i % 50000 == 49999 && !step(80 + int(i * 18 / run.sales.size()), tr("Saving orders")))
            return false;
    }
    if (!orders.flush())
        return fail(orders.error());
    return true;
}

} // namespace cohort
