#include "domain/enums.h"

#include <QCoreApplication>

namespace cohort {

QList<Platform> EnumTraits<Platform>::all()
{
    return {Platform::WeChat, Platform::WeCom, Platform::QQ, Platform::WhatsApp, Platform::Telegram, Platform::Discord, Platform::Other};
}

QString EnumTraits<Platform>::key(Platform value)
{
    switch (value) {
    case Platform::WeChat:
        return QStringLiteral("wechat");
    case Platform::WeCom:
        return QStringLiteral("wecom");
    case Platform::QQ:
        return QStringLiteral("qq");
    case Platform::WhatsApp:
        return QStringLiteral("whatsapp");
    case Platform::Telegram:
        return QStringLiteral("telegram");
    case Platform::Discord:
        return QStringLiteral("discord");
    case Platform::Other:
        return QStringLiteral("other");
    }
    return {};
}

QString EnumTraits<Platform>::displayName(Platform value)
{
    switch (value) {
    case Platform::WeChat:
        return QCoreApplication::translate("Platform", "WeChat");
    case Platform::WeCom:
        return QCoreApplication::translate("Platform", "WeCom");
    case Platform::QQ:
        return QCoreApplication::translate("Platform", "QQ");
    case Platform::WhatsApp:
        return QCoreApplication::translate("Platform", "WhatsApp");
    case Platform::Telegram:
        return QCoreApplication::translate("Platform", "Telegram");
    case Platform::Discord:
        return QCoreApplication::translate("Platform", "Discord");
    case Platform::Other:
        return QCoreApplication::translate("Platform", "Other");
    }
    return {};
}

QList<GroupStatus> EnumTraits<GroupStatus>::all()
{
    return {GroupStatus::Planning, GroupStatus::Active, GroupStatus::Dormant, GroupStatus::Archived};
}

QString EnumTraits<GroupStatus>::key(GroupStatus value)
{
    switch (value) {
    case GroupStatus::Planning:
        return QStringLiteral("planning");
    case GroupStatus::Active:
        return QStringLiteral("active");
    case GroupStatus::Dormant:
        return QStringLiteral("dormant");
    case GroupStatus::Archived:
        return QStringLiteral("archived");
    }
    return {};
}

QString EnumTraits<GroupStatus>::displayName(GroupStatus value)
{
    switch (value) {
    case GroupStatus::Planning:
        return QCoreApplication::translate("GroupStatus", "Planning");
    case GroupStatus::Active:
        return QCoreApplication::translate("GroupStatus", "Active");
    case GroupStatus::Dormant:
        return QCoreApplication::translate("GroupStatus", "Dormant");
    case GroupStatus::Archived:
        return QCoreApplication::translate("GroupStatus", "Archived");
    }
    return {};
}

QList<GroupGoal> EnumTraits<GroupGoal>::all()
{
    return {GroupGoal::Knowledge, GroupGoal::QnA, GroupGoal::TrafficPool, GroupGoal::ProductSales};
}

QString EnumTraits<GroupGoal>::key(GroupGoal value)
{
    switch (value) {
    case GroupGoal::Knowledge:
        return QStringLiteral("knowledge");
    case GroupGoal::QnA:
        return QStringLiteral("qna");
    case GroupGoal::TrafficPool:
        return QStringLiteral("traffic_pool");
    case GroupGoal::ProductSales:
        return QStringLiteral("product_sales");
    }
    return {};
}

QString EnumTraits<GroupGoal>::displayName(GroupGoal value)
{
    switch (value) {
    case GroupGoal::Knowledge:
        return QCoreApplication::translate("GroupGoal", "Knowledge sharing");
    case GroupGoal::QnA:
        return QCoreApplication::translate("GroupGoal", "Q&A / after-sales care");
    case GroupGoal::TrafficPool:
        return QCoreApplication::translate("GroupGoal", "Traffic pool / service exchange");
    case GroupGoal::ProductSales:
        return QCoreApplication::translate("GroupGoal", "Product sales");
    }
    return {};
}

QList<PromotionPolicy> EnumTraits<PromotionPolicy>::all()
{
    return {PromotionPolicy::PrivateGarden, PromotionPolicy::FreeMarket};
}

QString EnumTraits<PromotionPolicy>::key(PromotionPolicy value)
{
    switch (value) {
    case PromotionPolicy::PrivateGarden:
        return QStringLiteral("private_garden");
    case PromotionPolicy::FreeMarket:
        return QStringLiteral("free_market");
    }
    return {};
}

QString EnumTraits<PromotionPolicy>::displayName(PromotionPolicy value)
{
    switch (value) {
    case PromotionPolicy::PrivateGarden:
        return QCoreApplication::translate("PromotionPolicy", "Private garden");
    case PromotionPolicy::FreeMarket:
        return QCoreApplication::translate("PromotionPolicy", "Free market");
    }
    return {};
}

QList<EntryThreshold> EnumTraits<EntryThreshold>::all()
{
    return {EntryThreshold::Free, EntryThreshold::Paid, EntryThreshold::Referral, EntryThreshold::Task};
}

QString EnumTraits<EntryThreshold>::key(EntryThreshold value)
{
    switch (value) {
    case EntryThreshold::Free:
        return QStringLiteral("free");
    case EntryThreshold::Paid:
        return QStringLiteral("paid");
    case EntryThreshold::Referral:
        return QStringLiteral("referral");
    case EntryThreshold::Task:
        return QStringLiteral("task");
    }
    return {};
}

QString EnumTraits<EntryThreshold>::displayName(EntryThreshold value)
{
    switch (value) {
    case EntryThreshold::Free:
        return QCoreApplication::translate("EntryThreshold", "Free");
    case EntryThreshold::Paid:
        return QCoreApplication::translate("EntryThreshold", "Paid entry");
    case EntryThreshold::Referral:
        return QCoreApplication::translate("EntryThreshold", "Referral only");
    case EntryThreshold::Task:
        return QCoreApplication::translate("EntryThreshold", "Task to complete");
    }
    return {};
}

QList<MemberRole> EnumTraits<MemberRole>::all()
{
    return {MemberRole::Owner, MemberRole::Operator, MemberRole::Expert, MemberRole::SeedUser, MemberRole::Partner, MemberRole::Sharer, MemberRole::Member};
}

QString EnumTraits<MemberRole>::key(MemberRole value)
{
    switch (value) {
    case MemberRole::Owner:
        return QStringLiteral("owner");
    case MemberRole::Operator:
        return QStringLiteral("operator");
    case MemberRole::Expert:
        return QStringLiteral("expert");
    case MemberRole::SeedUser:
        return QStringLiteral("seed");
    case MemberRole::Partner:
        return QStringLiteral("partner");
    case MemberRole::Sharer:
        return QStringLiteral("sharer");
    case MemberRole::Member:
        return QStringLiteral("member");
    }
    return {};
}

QString EnumTraits<MemberRole>::displayName(MemberRole value)
{
    switch (value) {
    case MemberRole::Owner:
        return QCoreApplication::translate("MemberRole", "Owner");
    case MemberRole::Operator:
        return QCoreApplication::translate("MemberRole", "Operator");
    case MemberRole::Expert:
        return QCoreApplication::translate("MemberRole", "Expert");
    case MemberRole::SeedUser:
        return QCoreApplication::translate("MemberRole", "Seed user");
    case MemberRole::Partner:
        return QCoreApplication::translate("MemberRole", "Partner");
    case MemberRole::Sharer:
        return QCoreApplication::translate("MemberRole", "Sharer");
    case MemberRole::Member:
        return QCoreApplication::translate("MemberRole", "Member");
    }
    return {};
}

QList<SourceChannel> EnumTraits<SourceChannel>::all()
{
    return {SourceChannel::StoreQr, SourceChannel::OfflineEvent, SourceChannel::Referral, SourceChannel::PaidEntry, SourceChannel::Internal, SourceChannel::TaskScreening, SourceChannel::Advertising, SourceChannel::Import, SourceChannel::Other};
}

QString EnumTraits<SourceChannel>::key(SourceChannel value)
{
    switch (value) {
    case SourceChannel::StoreQr:
        return QStringLiteral("store_qr");
    case SourceChannel::OfflineEvent:
        return QStringLiteral("offline_event");
    case SourceChannel::Referral:
        return QStringLiteral("referral");
    case SourceChannel::PaidEntry:
        return QStringLiteral("paid_entry");
    case SourceChannel::Internal:
        return QStringLiteral("internal");
    case SourceChannel::TaskScreening:
        return QStringLiteral("task");
    case SourceChannel::Advertising:
        return QStringLiteral("advertising");
    case SourceChannel::Import:
        return QStringLiteral("import");
    case SourceChannel::Other:
        return QStringLiteral("other");
    }
    return {};
}

QString EnumTraits<SourceChannel>::displayName(SourceChannel value)
{
    switch (value) {
    case SourceChannel::StoreQr:
        return QCoreApplication::translate("SourceChannel", "In-store QR code");
    case SourceChannel::OfflineEvent:
        return QCoreApplication::translate("SourceChannel", "Offline event");
    case SourceChannel::Referral:
        return QCoreApplication::translate("SourceChannel", "Referral by a member");
    case SourceChannel::PaidEntry:
        return QCoreApplication::translate("SourceChannel", "Paid entry");
    case SourceChannel::Internal:
        return QCoreApplication::translate("SourceChannel", "Internal recommendation");
    case SourceChannel::TaskScreening:
        return QCoreApplication::translate("SourceChannel", "Task screening");
    case SourceChannel::Advertising:
        return QCoreApplication::translate("SourceChannel", "Advertising");
    case SourceChannel::Import:
        return QCoreApplication::translate("SourceChannel", "Chat import");
    case SourceChannel::Other:
        return QCoreApplication::translate("SourceChannel", "Other");
    }
    return {};
}

QList<ProductRole> EnumTraits<ProductRole>::all()
{
    return {ProductRole::Traffic, ProductRole::Profit, ProductRole::Membership, ProductRole::Service};
}

QString EnumTraits<ProductRole>::key(ProductRole value)
{
    switch (value) {
    case ProductRole::Traffic:
        return QStringLiteral("traffic");
    case ProductRole::Profit:
        return QStringLiteral("profit");
    case ProductRole::Membership:
        return QStringLiteral("membership");
    case ProductRole::Service:
        return QStringLiteral("service");
    }
    return {};
}

QString EnumTraits<ProductRole>::displayName(ProductRole value)
{
    switch (value) {
    case ProductRole::Traffic:
        return QCoreApplication::translate("ProductRole", "Traffic product");
    case ProductRole::Profit:
        return QCoreApplication::translate("ProductRole", "Profit product");
    case ProductRole::Membership:
        return QCoreApplication::translate("ProductRole", "Membership");
    case ProductRole::Service:
        return QCoreApplication::translate("ProductRole", "Service / course");
    }
    return {};
}

QList<CampaignType> EnumTraits<CampaignType>::all()
{
    return {CampaignType::FlashSale, CampaignType::TieredGroupBuy, CampaignType::Solitaire, CampaignType::ReferralDay, CampaignType::RedPacket, CampaignType::KnowledgeSession, CampaignType::CheckIn};
}

QString EnumTraits<CampaignType>::key(CampaignType value)
{
    switch (value) {
    case CampaignType::FlashSale:
        return QStringLiteral("flash_sale");
    case CampaignType::TieredGroupBuy:
        return QStringLiteral("tiered_group_buy");
    case CampaignType::Solitaire:
        return QStringLiteral("solitaire");
    case CampaignType::ReferralDay:
        return QStringLiteral("referral_day");
    case CampaignType::RedPacket:
        return QStringLiteral("red_packet");
    case CampaignType::KnowledgeSession:
        return QStringLiteral("knowledge_session");
    case CampaignType::CheckIn:
        return QStringLiteral("check_in");
    }
    return {};
}

QString EnumTraits<CampaignType>::displayName(CampaignType value)
{
    switch (value) {
    case CampaignType::FlashSale:
        return QCoreApplication::translate("CampaignType", "Flash sale");
    case CampaignType::TieredGroupBuy:
        return QCoreApplication::translate("CampaignType", "Gift pack, tiered group price");
    case CampaignType::Solitaire:
        return QCoreApplication::translate("CampaignType", "Solitaire group-buy");
    case CampaignType::ReferralDay:
        return QCoreApplication::translate("CampaignType", "Member referral day");
    case CampaignType::RedPacket:
        return QCoreApplication::translate("CampaignType", "Red-packet activation");
    case CampaignType::KnowledgeSession:
        return QCoreApplication::translate("CampaignType", "Knowledge session");
    case CampaignType::CheckIn:
        return QCoreApplication::translate("CampaignType", "Check-in challenge");
    }
    return {};
}

QList<CampaignStatus> EnumTraits<CampaignStatus>::all()
{
    return {CampaignStatus::Draft, CampaignStatus::Scheduled, CampaignStatus::Running, CampaignStatus::Finished, CampaignStatus::Cancelled};
}

QString EnumTraits<CampaignStatus>::key(CampaignStatus value)
{
    switch (value) {
    case CampaignStatus::Draft:
        return QStringLiteral("draft");
    case CampaignStatus::Scheduled:
        return QStringLiteral("scheduled");
    case CampaignStatus::Running:
        return QStringLiteral("running");
    case CampaignStatus::Finished:
        return QStringLiteral("finished");
    case CampaignStatus::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

QString EnumTraits<CampaignStatus>::displayName(CampaignStatus value)
{
    switch (value) {
    case CampaignStatus::Draft:
        return QCoreApplication::translate("CampaignStatus", "Draft");
    case CampaignStatus::Scheduled:
        return QCoreApplication::translate("CampaignStatus", "Scheduled");
    case CampaignStatus::Running:
        return QCoreApplication::translate("CampaignStatus", "Running");
    case CampaignStatus::Finished:
        return QCoreApplication::translate("CampaignStatus", "Finished");
    case CampaignStatus::Cancelled:
        return QCoreApplication::translate("CampaignStatus", "Cancelled");
    }
    return {};
}

QList<OrderStatus> EnumTraits<OrderStatus>::all()
{
    return {OrderStatus::Placed, OrderStatus::Paid, OrderStatus::Delivered, OrderStatus::Refunded};
}

QString EnumTraits<OrderStatus>::key(OrderStatus value)
{
    switch (value) {
    case OrderStatus::Placed:
        return QStringLiteral("placed");
    case OrderStatus::Paid:
        return QStringLiteral("paid");
    case OrderStatus::Delivered:
        return QStringLiteral("delivered");
    case OrderStatus::Refunded:
        return QStringLiteral("refunded");
    }
    return {};
}

QString EnumTraits<OrderStatus>::displayName(OrderStatus value)
{
    switch (value) {
    case OrderStatus::Placed:
        return QCoreApplication::translate("OrderStatus", "Placed");
    case OrderStatus::Paid:
        return QCoreApplication::translate("OrderStatus", "Paid");
    case OrderStatus::Delivered:
        return QCoreApplication::translate("OrderStatus", "Delivered");
    case OrderStatus::Refunded:
        return QCoreApplication::translate("OrderStatus", "Refunded");
    }
    return {};
}

QList<OrderChannel> EnumTraits<OrderChannel>::all()
{
    return {OrderChannel::Manual, OrderChannel::Solitaire, OrderChannel::Csv, OrderChannel::Campaign};
}

QString EnumTraits<OrderChannel>::key(OrderChannel value)
{
    switch (value) {
    case OrderChannel::Manual:
        return QStringLiteral("manual");
    case OrderChannel::Solitaire:
        return QStringLiteral("solitaire");
    case OrderChannel::Csv:
        return QStringLiteral("csv");
    case OrderChannel::Campaign:
        return QStringLiteral("campaign");
    }
    return {};
}

QString EnumTraits<OrderChannel>::displayName(OrderChannel value)
{
    switch (value) {
    case OrderChannel::Manual:
        return QCoreApplication::translate("OrderChannel", "Manual");
    case OrderChannel::Solitaire:
        return QCoreApplication::translate("OrderChannel", "Solitaire");
    case OrderChannel::Csv:
        return QCoreApplication::translate("OrderChannel", "CSV import");
    case OrderChannel::Campaign:
        return QCoreApplication::translate("OrderChannel", "Campaign");
    }
    return {};
}

QList<MessageKind> EnumTraits<MessageKind>::all()
{
    return {MessageKind::Text, MessageKind::Media, MessageKind::Deleted, MessageKind::Solitaire, MessageKind::LinkOrCard, MessageKind::System};
}

QString EnumTraits<MessageKind>::key(MessageKind value)
{
    switch (value) {
    case MessageKind::Text:
        return QStringLiteral("text");
    case MessageKind::Media:
        return QStringLiteral("media");
    case MessageKind::Deleted:
        return QStringLiteral("deleted");
    case MessageKind::Solitaire:
        return QStringLiteral("solitaire");
    case MessageKind::LinkOrCard:
        return QStringLiteral("link");
    case MessageKind::System:
        return QStringLiteral("system");
    }
    return {};
}

QString EnumTraits<MessageKind>::displayName(MessageKind value)
{
    switch (value) {
    case MessageKind::Text:
        return QCoreApplication::translate("MessageKind", "Text");
    case MessageKind::Media:
        return QCoreApplication::translate("MessageKind", "Media");
    case MessageKind::Deleted:
        return QCoreApplication::translate("MessageKind", "Deleted");
    case MessageKind::Solitaire:
        return QCoreApplication::translate("MessageKind", "Solitaire");
    case MessageKind::LinkOrCard:
        return QCoreApplication::translate("MessageKind", "Link or card");
    case MessageKind::System:
        return QCoreApplication::translate("MessageKind", "System");
    }
    return {};
}

QList<MembershipEventKind> EnumTraits<MembershipEventKind>::all()
{
    return {MembershipEventKind::Join, MembershipEventKind::Leave, MembershipEventKind::Removed};
}

QString EnumTraits<MembershipEventKind>::key(MembershipEventKind value)
{
    switch (value) {
    case MembershipEventKind::Join:
        return QStringLiteral("join");
    case MembershipEventKind::Leave:
        return QStringLiteral("leave");
    case MembershipEventKind::Removed:
        return QStringLiteral("removed");
    }
    return {};
}

QString EnumTraits<MembershipEventKind>::displayName(MembershipEventKind value)
{
    switch (value) {
    case MembershipEventKind::Join:
        return QCoreApplication::translate("MembershipEventKind", "Joined");
    case MembershipEventKind::Leave:
        return QCoreApplication::translate("MembershipEventKind", "Left");
    case MembershipEventKind::Removed:
        return QCoreApplication::translate("MembershipEventKind", "Removed");
    }
    return {};
}

} // namespace cohort
