#pragma once

#include "import/chatrecord.h"

#include <QStringView>

namespace cohort::import {

/// Turns the sender part of a QQ headline (`nick(QQ号)`, `nick(email)`, `nick<email>`, `(QQ号)`,
/// bare `nick`) into an AuthorRef keyed by the QQ number or e-mail.
class QqSender final
{
public:
    QqSender() = delete;

    /// The id is the last `(...)`/`<...>` group because nicknames contain parentheses themselves;
    /// a trailing group that is neither a number nor an e-mail is part of a bare nickname.
    static AuthorRef parse(QStringView sender);
    /// `nick` without leading group titles such as `【管理员】` or `【金】`.
    static QStringView stripTitles(QStringView nick);
    /// The accounts QQ posts system notices from (`系统消息(10000)`, `系统消息(1000000)`).
    static bool isSystem(const AuthorRef &author);
};

} // namespace cohort::import
