#include "import/groupoverlapprobe.h"

#include "domain/localclock.h"
#include "import/fingerprint.h"
#include "import/formatregistry.h"
#include "storage/groupoverlap.h"
#include "storage/queryerror.h"

#include <QFile>
#include <QHash>
#include <QList>

namespace cohort::import {

namespace {

/// Computes the fingerprints the pipeline would store for the first messages of one chat.
class ProbeSink final : public RecordSink
{
public:
    void beginChat(const ChatInfo &info) override
    {
        // A second chat, or a chat that names itself: not for this probe.
        if (++chats > 1 || !info.externalId.isEmpty())
            usable = false;
    }
    void record(ChatRecord &&r) override
    {
        if (r.type != RecordType::Message || !usable)
            return;
        if (!r.messageId.isEmpty()) {
            usable = false; // ids are per chat on some platforms: equal ids prove nothing
            return;
        }
        const qint64 minute = LocalClock::floorDiv(r.hasUtc ? r.utcSeconds : r.wallSeconds, 60);
        const qint64 key
            = messageKey(r.author.isEmpty() ? QString() : identityKey(r.author), minute, r.text);
        fingerprints << occurrenceFingerprint(key, occurrences[key]++);
    }
    void warning(qint64, const QString &) override { }
    bool isCancelled() const override
    {
        return !usable || fingerprints.size() >= GroupOverlapProbe::MaxMessages;
    }

    QList<qint64> fingerprints;
    QHash<qint64, quint32> occurrences;
    int chats = 0;
    bool usable = true;
};

} // namespace

QString GroupOverlapProbe::Result::note() const
{
    return tr("%1 of the first %2 messages of this file are already in the group “%3”: it is the "
              "same chat, so the file goes into that group.")
        .arg(matched)
        .arg(probed)
        .arg(groupName);
}

GroupOverlapProbe::Result GroupOverlapProbe::probe(const Database &database, const QString &path,
                                                   const QString &formatKey, DateOrder dateOrder)
{
    Result result;
    const FormatRegistry registry;
    FormatRegistry::Detection detection = registry.detect(path, formatKey);
    QFile file(path);
    if (!detection.ok() || !file.open(QIODevice::ReadOnly))
        return result;
    ProbeSink sink;
    ParseOptions options;
    options.dateOrder = dateOrder;
    detection.parser->parse(file, options, sink);
    if (!sink.usable || sink.fingerprints.isEmpty())
        return result;
    GroupOverlap::Match match;
    try {
        match = GroupOverlap::best(database, detection.parser->platform(), sink.fingerprints);
    } catch (const QueryError &) {
        return result;
    }
    const qint64 probed = sink.fingerprints.size();
    // A quarter of the head, and at least three messages (or all of a tiny file): one shared
    // "ok" at the same minute is chance, a run of them is the same chat.
    if (match.groupId <= 0 || match.matched * 4 < probed || match.matched < qMin<qint64>(3, probed))
        return result;
    result.groupId = match.groupId;
    result.groupName = match.name;
    result.matched = match.matched;
    result.probed = probed;
    return result;
}

} // namespace cohort::import
