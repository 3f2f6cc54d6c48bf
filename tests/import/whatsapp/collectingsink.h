#pragma once

#include "import/chatparser.h"

#include <QString>

#include <algorithm>
#include <utility>
#include <vector>

namespace cohort::test {

/// Keeps everything a parser reports, and can cancel after a number of records.
class CollectingSink final : public import::RecordSink
{
public:
    void beginChat(const import::ChatInfo &info) override { chats.push_back(info); }
    void record(import::ChatRecord &&record) override { records.push_back(std::move(record)); }
    void warning(qint64 line, const QString &message) override
    {
        warnings.emplace_back(line, message);
    }
    void progress(qint64 bytesRead) override { lastProgress = bytesRead; }
    bool isCancelled() const override
    {
        return cancelAfter >= 0 && qint64(records.size()) >= cancelAfter;
    }

    int count(import::RecordType type) const
    {
        return int(std::count_if(records.begin(), records.end(),
                                 [type](const import::ChatRecord &r) { return r.type == type; }));
    }
    int count(MessageKind kind) const
    {
        return int(
            std::count_if(records.begin(), records.end(), [kind](const import::ChatRecord &r) {
                return r.type == import::RecordType::Message && r.kind == kind;
            }));
    }
    qint64 maxWall() const
    {
        qint64 m = 0;
        for (const import::ChatRecord &r : records)
            m = qMax(m, r.wallSeconds);
        return m;
    }

    std::vector<import::ChatInfo> chats;
    std::vector<import::ChatRecord> records;
    std::vector<std::pair<qint64, QString>> warnings;
    qint64 lastProgress = -1;
    qint64 cancelAfter = -1;
};

} // namespace cohort::test
