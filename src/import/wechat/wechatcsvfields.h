#pragma once

#include "domain/enums.h"

#include <QStringView>

// Field interpretation shared by the WeChat CSV shapes: message types, times and ids.
namespace cohort::import::wechat {

/// How a message type (numeric code or Chinese type name) is imported.
enum class TypeClass { Text, Media, LinkOrCard, Notice, PlainSystem, Unknown };

/// MSG-table Type/SubType of WeChat PC 3.x (also the v3/4.0 composite SubType<<32|Type).
TypeClass classifyTypeCode(qint64 type, qint64 subType);
/// Type names of WeChatMsg v3 (类型) and PyWxDump (type_name).
TypeClass classifyTypeName(QStringView name);
cohort::MessageKind kindOf(TypeClass typeClass);

/// `YYYY-MM-DD HH:MM:SS`, and what Excel/WPS make of it on re-save (`2024/10/4 11:42`):
/// '-', '/' or '.' between date parts, unpadded numbers, seconds optional. Seconds since
/// 1970-01-01T00:00:00 of the naive clock.
bool parseWallTime(QStringView text, qint64 &seconds);

/// The WeChat ids tools write: wxid_…, …@chatroom, official accounts gh_…, WeCom …@openim.
bool isStrongWxid(QStringView text);
/// A custom WeChat ID: 6-20 ASCII letters, digits, '_' or '-', starting with a letter.
bool looksLikeCustomWxid(QStringView text);

} // namespace cohort::import::wechat
