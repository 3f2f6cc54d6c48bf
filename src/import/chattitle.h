#pragma once

#include <QString>

namespace cohort::import {

/// The chat's name as an export's file name gives it, for chats whose export does not name them
/// (a WhatsApp chat without a "created group" line): WhatsApp names its files "WhatsApp Chat
/// with X.txt", "WhatsApp Chat - X.zip", "与X的WhatsApp聊天.txt" and so on in the phone's
/// language, and the chat is X in each of them.
class ChatTitle final
{
public:
    /// X from a path such as ".../WhatsApp Chat with X.txt"; the base name itself when it
    /// follows none of WhatsApp's patterns.
    static QString fromFileName(const QString &path);
};

} // namespace cohort::import
