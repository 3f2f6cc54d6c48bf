#include "domain/campaigndetails.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace cohort {

namespace {

QString compact(const QJsonObject &object)
{
    return object.isEmpty()
        ? QString()
        : QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject parse(const QString &text)
{
    return text.trimmed().isEmpty() ? QJsonObject()
                                    : QJsonDocument::fromJson(text.toUtf8()).object();
}

void putMoney(QJsonObject &o, const char *minorKey, const char *currencyKey, const Money &money)
{
    if (money.currency().isEmpty())
        return;
    o.insert(QLatin1String(minorKey), money.minorUnits());
    o.insert(QLatin1String(currencyKey), money.currency());
}

Money takeMoney(const QJsonObject &o, const char *minorKey, const char *currencyKey)
{
    const QString currency = o.value(QLatin1String(currencyKey)).toString();
    if (currency.isEmpty() || !o.contains(QLatin1String(minorKey)))
        return Money();
    return Money(o.value(QLatin1String(minorKey)).toInteger(), currency);
}

void putText(QJsonObject &o, const char *key, const QString &text)
{
    if (!text.isEmpty())
        o.insert(QLatin1String(key), text);
}

void putInt(QJsonObject &o, const char *key, int value)
{
    if (value != 0)
        o.insert(QLatin1String(key), value);
}

} // namespace

QString CampaignDetails::rewardRuleJson() const
{
    QJsonObject o;
    putMoney(o, "referrer_rebate_minor", "currency", referrerReward);
    putText(o, "new_member_gift", newMemberGift);
    return compact(o);
}

QString CampaignDetails::detailsJson() const
{
    QJsonObject o;
    putText(o, "pickup_note", pickupNote);
    putMoney(o, "red_packet_total_minor", "red_packet_currency", redPacketTotal);
    putInt(o, "red_packet_count", redPacketCount);
    putText(o, "session_topic", sessionTopic);
    putText(o, "session_speaker", sessionSpeaker);
    putInt(o, "check_in_days", checkInDays);
    putText(o, "check_in_reward", checkInReward);
    return compact(o);
}

CampaignDetails CampaignDetails::fromJson(const QString &rewardRule, const QString &details)
{
    CampaignDetails d;
    const QJsonObject reward = parse(rewardRule);
    d.referrerReward = takeMoney(reward, "referrer_rebate_minor", "currency");
    d.newMemberGift = reward.value(QLatin1String("new_member_gift")).toString();
    const QJsonObject o = parse(details);
    d.pickupNote = o.value(QLatin1String("pickup_note")).toString();
    d.redPacketTotal = takeMoney(o, "red_packet_total_minor", "red_packet_currency");
    d.redPacketCount = o.value(QLatin1String("red_packet_count")).toInt();
    d.sessionTopic = o.value(QLatin1String("session_topic")).toString();
    d.sessionSpeaker = o.value(QLatin1String("session_speaker")).toString();
    d.checkInDays = o.value(QLatin1String("check_in_days")).toInt();
    d.checkInReward = o.value(QLatin1String("check_in_reward")).toString();
    return d;
}

} // namespace cohort
