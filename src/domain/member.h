#pragma once

#include "domain/enums.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace cohort {

/// A person: may sit in several groups and appear under several identities (DOMAIN.md §2).
struct Member
{
    qint64 id = 0;
    QString displayName;
    QString phone;
    QString wechatId;
    QStringList tags;
    SourceChannel sourceChannel = SourceChannel::Other;
    qint64 referrerId = 0; ///< the member who brought them; 0 = none
    QDateTime firstSeen;
    bool consentToContact = false;
    QString notes;
    bool operator==(const Member &) const = default;
};

/// One platform account of a member: stable key (wxid, QQ number, Telegram from_id) or, where a
/// platform has none, "name:" + the display name.
struct Identity
{
    qint64 id = 0;
    qint64 memberId = 0;
    Platform platform = Platform::Other;
    QString stableKey;
    QStringList namesSeen;
    bool operator==(const Identity &) const = default;
};

/// A member's place in one group: current role and the latest join/leave times.
struct Membership
{
    qint64 groupId = 0;
    qint64 memberId = 0;
    MemberRole role = MemberRole::Member;
    QDateTime joinedAt;
    QDateTime leftAt; ///< null while still in the group
    bool operator==(const Membership &) const = default;
};

} // namespace cohort
