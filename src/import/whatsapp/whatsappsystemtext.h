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

    static Event classify(QStringView text);
};

} // namespace cohort::import
