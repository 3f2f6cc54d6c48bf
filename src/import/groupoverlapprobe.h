#pragma once

#include "import/chatparser.h"

#include <QCoreApplication>
#include <QString>

namespace cohort {
class Database;
}

namespace cohort::import {

/// Finds the group that already holds the messages of a chat export, so that a later or
/// overlapping export of the same chat goes into that group instead of a new one, whatever the
/// file is called. Reads the first messages of the file and asks the workspace which group of
/// the platform holds their fingerprints.
class GroupOverlapProbe final
{
    Q_DECLARE_TR_FUNCTIONS(GroupOverlapProbe)

public:
    /// Messages of the file's head that are compared.
    static constexpr int MaxMessages = 400;

    struct Result
    {
        qint64 groupId = 0; ///< 0: no group holds enough of them
        QString groupName;
        qint64 matched = 0;
        qint64 probed = 0;
        bool found() const { return groupId > 0; }
        /// For the user: which group, and how many of the first messages it already holds.
        QString note() const;
    };

    /// Probes `path` read as `formatKey` (detected when empty) with `dateOrder`. Only files of
    /// one chat whose messages carry no platform ids are probed: a chat id (Telegram, Discord,
    /// WeChat CSV) finds its group by itself. Never throws; a failed read finds nothing.
    static Result probe(const Database &database, const QString &path, const QString &formatKey,
                        DateOrder dateOrder);
};

} // namespace cohort::import
