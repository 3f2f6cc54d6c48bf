#include "import/wechat/wechatcsvfields.h"

#include "import/wallclock.h"

namespace cohort::import::wechat {

TypeClass classifyTypeCode(qint64 type, qint64 subType)
{
    // WeChatMsg v3 / WeChat 4.0 pack SubType into the high 32 bits.
    if (type > 0xFFFFFFFFLL) {
        subType = type >> 32;
        type &= 0xFFFFFFFFLL;
    }
    switch (type) {
    case 1:
        return TypeClass::Text;
    case 3: // image
    case 34: // voice
    case 43: // video
    case 47: // sticker
    case 50: // voice/video call
        return TypeClass::Media;
    case 42: // business card
    case 48: // location
        return TypeClass::LinkOrCard;
    case 37: // friend request
    case 65: // WeCom greeting
    case 66: // WeCom friend request
        return TypeClass::PlainSystem;
    case 49:
        switch (subType) {
        case 1: // text-like app message
        case 57: // quote/reply: the text itself is in CompressContent
        case 87: // group announcement
            return TypeClass::Text;
        case 6: // file
        case 8: // uploaded GIF
            return TypeClass::Media;
        case 62: // pat
            return TypeClass::PlainSystem;
        default: // links, mini-programs, music, merged history, transfers, red packets ...
            return TypeClass::LinkOrCard;
        }
    case 10000:
    case 10002:
        return subType == 4 ? TypeClass::PlainSystem : TypeClass::Notice;
    default:
        return TypeClass::Unknown;
    }
}

TypeClass classifyTypeName(QStringView name)
{
    const auto has = [name](const char16_t *part) { return name.contains(QStringView(part)); };
    if (has(u"系统") || has(u"撤回") || has(u"邀请加群"))
        return TypeClass::Notice;
    if (has(u"拍一拍") || has(u"好友") || has(u"打招呼"))
        return TypeClass::PlainSystem;
    if (has(u"文本") || has(u"引用") || has(u"群公告") || name == u"未知类型")
        return TypeClass::Text;
    if (has(u"链接") || has(u"小程序") || has(u"视频号") || has(u"名片") || has(u"位置")
        || has(u"转账") || has(u"红包") || has(u"音乐") || has(u"笔记") || has(u"合并转发")
        || has(u"公众号") || has(u"卡片") || has(u"游戏"))
        return TypeClass::LinkOrCard;
    if (has(u"图片") || has(u"视频") || has(u"语音") || has(u"表情") || has(u"文件") || has(u"通话")
        || has(u"GIF"))
        return TypeClass::Media;
    return TypeClass::Unknown;
}

MessageKind kindOf(TypeClass typeClass)
{
    switch (typeClass) {
    case TypeClass::Media:
        return MessageKind::Media;
    case TypeClass::LinkOrCard:
        return MessageKind::LinkOrCard;
    case TypeClass::Notice:
    case TypeClass::PlainSystem:
        return MessageKind::System;
    case TypeClass::Text:
    case TypeClass::Unknown:
        break;
    }
    return MessageKind::Text;
}

bool parseWallTime(QStringView s, qint64 &seconds)
{
    s = s.trimmed();
    qsizetype i = 0;
    const auto number = [&](int maxDigits, int &value) {
        int digits = 0;
        value = 0;
        while (i < s.size() && digits < maxDigits && s.at(i) >= u'0' && s.at(i) <= u'9') {
            value = value * 10 + (s.at(i).unicode() - u'0');
            ++i;
            ++digits;
        }
        return digits;
    };
    const auto take = [&](char16_t c) {
        if (i < s.size() && s.at(i) == c) {
            ++i;
            return true;
        }
        return false;
    };
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (number(4, year) != 4 || i >= s.size())
        return false;
    const char16_t dateSep = s.at(i).unicode();
    if (dateSep != u'-' && dateSep != u'/' && dateSep != u'.')
        return false;
    ++i;
    if (!number(2, month) || !take(dateSep) || !number(2, day))
        return false;
    if (!(take(u' ') || take(u'T')))
        return false;
    while (take(u' ')) { }
    if (!number(2, hour) || !take(u':') || !number(2, minute))
        return false;
    if (take(u':') && !number(2, second))
        return false;
    if (i != s.size())
        return false;
    if (month < 1 || month > 12 || day < 1 || day > wallclock::daysInMonth(year, month) || hour > 23
        || minute > 59 || second > 60)
        return false;
    seconds = wallclock::daysFromCivil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second;
    return true;
}

bool isStrongWxid(QStringView s)
{
    return s.startsWith(u"wxid_") || s.endsWith(u"@chatroom") || s.endsWith(u"@openim")
        || s.startsWith(u"gh_");
}

bool looksLikeCustomWxid(QStringView s)
{
    if (s.size() < 6 || s.size() > 20)
        return false;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t c = s.at(i).unicode();
        const bool letter = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
        const bool ok = letter || (i > 0 && ((c >= u'0' && c <= u'9') || c == u'_' || c == u'-'));
        if (!ok)
            return false;
    }
    return true;
}

} // namespace cohort::import::wechat
