#pragma once

#include "import/chatrecord.h"

#include <QString>
#include <QStringList>
#include <QStringView>

namespace cohort::import {

/// Reads the membership and group events out of WhatsApp system lines (English, German, Spanish,
/// Chinese wordings); anything else stays a plain system line.
class WhatsAppSystemText final
{
public:
    /// What one system line means; `type` System when it is none of the known events.
    struct Event
    {
        RecordType type = RecordType::System;
        QString actor; ///< who added/removed/renamed, as written ("You", "Du" ...)
        QStringList subjects; ///< who joined/left/was removed (one record each)
        QString name; ///< Rename: the new group name
        bool groupCreated = false; ///< Rename produced by "created group"
    };

    /// `knownNames` are names already seen in the chat: "X added A, B and C" is split on them
    /// first, so a member called "+SUM(1,2)" stays one member.
    static Event classify(QStringView text, const QStringList &knownNames = {});

    /// True when `text` is one of the texts WhatsApp itself writes (a membership or group event,
    /// the encryption notice, a security-code change, admin and setting changes ...). iOS writes
    /// those after the chat's name and U+200E as if someone said them; any other text there is
    /// what that person wrote.
    static bool isSystemText(QStringView text);

    /// True when `name` contains a separator of such lists (", ", " and ", "、" ...): the names
    /// worth remembering for classify().
    static bool containsNameSeparator(QStringView name);
};

} // namespace cohort::import
