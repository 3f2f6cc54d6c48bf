#pragma once

#include "import/chatrecord.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace cohort::import {

/// The last check of every record before it is stored, whatever format it came from: NUL
/// characters (which exports never write, and which cut names and texts short downstream)
/// become U+FFFD, and a text longer than ImportLimits::MaxMessageChars is cut. Each fix is a
/// warning naming the record's line.
class RecordSanitizer final
{
    Q_DECLARE_TR_FUNCTIONS(RecordSanitizer)

public:
    using Warn = std::function<void(qint64 line, const QString &message)>;

    explicit RecordSanitizer(Warn warn)
        : m_warn(std::move(warn))
    {
    }

    void sanitize(ChatRecord &record) const;
    void sanitize(ChatInfo &info, qint64 line) const;

private:
    Warn m_warn;
};

} // namespace cohort::import
