#include "import/importpipeline.h"

#include "domain/localclock.h"
#include "domain/messageactivity.h"
#include "import/chattitle.h"
#include "import/fingerprint.h"
#include "import/formatregistry.h"
#include "import/groupoverlapprobe.h"
#include "import/recordsanitizer.h"
#include "import/rulescheckqueue.h"
#include "import/sha256.h"
#include "import/solitaire/solitaireparser.h"
#include "rules/batchchecker.h"
#include "rules/rulesetrepository.h"
#include "storage/database.h"
#include "storage/importstore.h"
#include "storage/queryerror.h"
#include "storage/walcheckpoint.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <algorithm>
#include <atomic>
#include <future>
#include <limits>
#include <map>
#include <memory>
#include <vector>

namespace cohort::import {

namespace {

/// True when `text` holds 接龙 or "sign" in ASCII letters of any case. One pass instead of two
/// QString::contains(), the second case-folding: every message of an import goes through it.
bool mayBeSolitaire(QStringView text)
{
    const qsizetype n = text.size();
    const QChar *c = text.data();
    auto lower = [](QChar ch) { return char16_t(ch.unicode() | 0x20); };
    for (qsizetype i = 0; i + 1 < n; ++i) {
        const char16_t u = c[i].unicode();
        if (u == u'接' && c[i + 1] == u'龙')
            return true;
        if ((u | 0x20) == u's' && i + 3 < n && lower(c[i + 1]) == u'i' && lower(c[i + 2]) == u'g'
            && lower(c[i + 3]) == u'n')
            return true;
    }
    return false;
}

/// The kind to store: a text message that is a solitaire (接龙) list becomes Solitaire, whatever
/// the format's parser said, so detection finds lists from every platform. The cheap look for
/// a marker keeps the full parse off ordinary chatter.
MessageKind storedKind(const ChatRecord &record)
{
    if (record.kind != MessageKind::Text || !mayBeSolitaire(record.text))
        return record.kind;
    return SolitaireParser::isList(record.text) ? MessageKind::Solitaire : record.kind;
}

/// How often each 64-bit key (a fingerprint, so already well mixed) came before: an
/// open-addressing set of keys seen, and a map only for the few keys seen more than once. A
/// million-entry QHash<qint64, quint32> cost a tenth of the import's time.
class OccurrenceCounter final
{
public:
    /// 0 the first time `key` comes, then 1, 2, ...
    quint32 next(qint64 key)
    {
        if (key == 0)
            return m_zeroCount++;
        if ((m_used + 1) * 2 > m_slots.size())
            grow();
        const size_t mask = m_slots.size() - 1;
        for (size_t i = size_t(quint64(key)) & mask;; i = (i + 1) & mask) {
            if (m_slots[i] == 0) {
                m_slots[i] = key;
                ++m_used;
                return 0;
            }
            if (m_slots[i] == key)
                return ++m_repeats[key];
        }
    }
    void clear()
    {
        m_slots.assign(InitialSlots, 0);
        m_used = 0;
        m_repeats.clear();
        m_zeroCount = 0;
    }

private:
    static constexpr size_t InitialSlots = 1024;

    void grow()
    {
        std::vector<qint64> old(std::max(InitialSlots, m_slots.size() * 2), 0);
        old.swap(m_slots);
        const size_t mask = m_slots.size() - 1;
        for (const qint64 key : old) {
            if (key == 0)
                continue;
            size_t i = size_t(quint64(key)) & mask;
            while (m_slots[i] != 0)
                i = (i + 1) & mask;
            m_slots[i] = key;
        }
    }

    std::vector<qint64> m_slots = std::vector<qint64>(InitialSlots, 0); ///< 0 = empty
    size_t m_used = 0;
    QHash<qint64, quint32> m_repeats;
    quint32 m_zeroCount = 0;
};

QString formatWall(qint64 wallSeconds)
{
    return QDateTime::fromSecsSinceEpoch(wallSeconds, Qt::UTC)
        .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

/// Receives the parser's records and turns them into ImportStore rows.
class PipelineSink final : public RecordSink
{
    Q_DECLARE_TR_FUNCTIONS(ImportPipeline)

public:
    PipelineSink(ImportStore &store, const ChatParser &parser, const ImportOptions &options,
                 const QTimeZone &importZone, const QTimeZone &workspaceZone,
                 ImportSummary &summary, const QString &fileName,
                 const std::function<QString()> &sha256)
        : m_store(store)
        , m_parser(parser)
        , m_options(options)
        , m_importClock(importZone)
        , m_workspaceClock(workspaceZone)
        , m_summary(summary)
        , m_fileName(fileName)
        , m_sha256(sha256)
        , m_sanitizer([this](qint64 line, const QString &message) { warning(line, message); })
    {
        m_timer.start();
    }

    void beginChat(const ChatInfo &given) override
    {
        if (m_store.failed())
            return;
        ChatInfo info = given;
        m_sanitizer.sanitize(info, 0);
        finishChat();
        m_platform = info.platform == Platform::Other ? m_parser.platform() : info.platform;
        const QString chatName = info.name.trimmed().isEmpty() ? ChatTitle::fromFileName(m_fileName)
                                                               : info.name.trimmed();
        bool byExternalId = false;
        m_groupId = m_store.resolveGroup(m_options.groupId, m_options.groupName, m_platform,
                                         info.externalId, chatName, &byExternalId);
        if (m_groupId <= 0)
            return;
        m_renameAllowed = byExternalId;
        m_batchId = m_store.beginBatch(m_groupId, m_fileName, m_parser.formatKey(), QString(),
                                       QString::fromUtf8(m_importClock.zone().id()),
                                       QDateTime::currentSecsSinceEpoch());
        m_chat = {};
        m_occurrences.clear();
        m_lastRenameAt = std::numeric_limits<qint64>::min();
        openChecker();
        m_summary.groupIds << m_groupId;
        m_summary.groups << m_store.groupName(m_groupId);
        m_summary.batchIds << m_batchId;
        m_chatOpen = true;
    }

    void record(ChatRecord &&r) override
    {
        if (!m_chatOpen)
            beginChat(ChatInfo { m_parser.platform(), QString(), QString() });
        if (m_store.failed() || m_batchId <= 0)
            return;
        m_lastLine = r.line;
        m_sanitizer.sanitize(r);
        const qint64 at = r.hasUtc ? r.utcSeconds : m_importClock.toUtcSeconds(r.wallSeconds);
        // Dedup keys use the clock the file itself writes, so a re-import under another
        // --timezone still recognises its messages.
        const qint64 minute = LocalClock::floorDiv(r.hasUtc ? r.utcSeconds : r.wallSeconds, 60);
        m_chat.add(at);
        if (!m_summary.hasRange || at < m_summary.firstAt)
            m_summary.firstAt = at;
        if (!m_summary.hasRange || at > m_summary.lastAt)
            m_summary.lastAt = at;
        m_summary.hasRange = true;
        switch (r.type) {
        case RecordType::Message:
            message(r, at, minute);
            break;
        case RecordType::Join:
        case RecordType::Leave:
        case RecordType::Removed:
            membership(r, at, minute);
            break;
        case RecordType::Rename:
            ++m_summary.systemEvents;
            ++m_chat.counts.systemEvents;
            if (m_renameAllowed && at >= m_lastRenameAt) {
                m_lastRenameAt = at;
                m_store.renameGroup(m_groupId, r.text);
            }
            // Whoever created the group owns it, and has been in it since then.
            if (r.groupCreated && !r.actor.isEmpty())
                m_store.groupCreated(m_groupId, person(r.actor, at).memberId, at);
            break;
        case RecordType::System:
            ++m_summary.systemEvents;
            ++m_chat.counts.systemEvents;
            break;
        }
    }

    void warning(qint64 line, const QString &message) override
    {
        m_summary.warnings << ImportIssue { line, message };
        ++m_chat.counts.warnings;
    }

    void progress(qint64 bytesRead) override
    {
        m_summary.bytes = bytesRead;
        if (m_options.progress) {
            const double seconds = double(m_timer.nsecsElapsed()) / 1e9;
            m_options.progress(bytesRead, seconds > 0 ? double(m_summary.messages) / seconds : 0.0);
        }
    }

    bool isCancelled() const override
    {
        return m_store.failed() || (m_options.cancelled && m_options.cancelled());
    }

    /// Checks a few of the messages waiting for the rules (the parser's spare work).
    bool checkSome() { return m_checks.checkSome(); }
    /// Checks what waits once the file is parsed on a thread of its own, while the writer
    /// finishes the import.
    void checkRestInBackground() { m_checks.finishInBackground(); }

    /// Writes what the rules checks found (before commit, on the connection's thread).
    WorkspaceError storeViolations(qint64 &violations)
    {
        m_checks.checkAll();
        if (m_rulesError.isError())
            return m_rulesError;
        for (const auto &[groupId, checker] : m_checkers) {
            const rules::ScanOutcome outcome = checker->store(m_store.database(), groupId);
            if (!outcome.ok)
                return { WorkspaceError::Kind::Io, outcome.error };
            violations += outcome.violations;
        }
        return {};
    }

    /// Line of the last record handed in, to place a failure of the store.
    qint64 lastLine() const { return m_lastLine; }

    /// Writes the counts of the chat in progress into its batch row.
    void finishChat()
    {
        flushAuthors();
        if (!m_chatOpen || m_batchId <= 0)
            return;
        ImportStore::BatchCounts counts = m_chat.counts;
        counts.firstAt = m_chat.first;
        counts.lastAt = m_chat.last;
        counts.hasRange = m_chat.hasRange;
        if (!m_shaKnown) {
            m_shaValue = m_sha256();
            m_shaKnown = true;
        }
        m_store.finishBatch(m_batchId, counts, m_shaValue);
        m_chatOpen = false;
    }

private:
    struct ChatState
    {
        ImportStore::BatchCounts counts;
        qint64 first = 0;
        qint64 last = 0;
        bool hasRange = false;
        void add(qint64 at)
        {
            if (!hasRange || at < first)
                first = at;
            if (!hasRange || at > last)
                last = at;
            hasRange = true;
        }
    };

    /// A person met before in this file, with the span their current name was seen in.
    struct KnownAuthor
    {
        ImportStore::Person person;
        QString identityKey;
        qint64 first = 0;
        qint64 last = 0;
    };

    /// The author's identity and member; the store is asked once per (key, name) and file, so
    /// the per-record work is one hash lookup with no string built.
    const KnownAuthor &author(const AuthorRef &author, qint64 at)
    {
        const auto lookup = std::make_pair(author.key, author.displayName);
        auto it = m_known.find(lookup);
        if (it == m_known.end()) {
            KnownAuthor known;
            known.identityKey = identityKey(author);
            known.person = m_store.person(m_platform, known.identityKey, author.displayName, at);
            known.first = known.last = at;
            if (known.person.isNew && !m_newMembers.contains(known.person.memberId)) {
                m_newMembers.insert(known.person.memberId);
                ++m_summary.newMembers;
                ++m_chat.counts.newMembers;
            }
            it = m_known.insert(lookup, known);
        } else if (at < it->first) {
            it->first = at;
        } else if (at > it->last) {
            it->last = at;
        }
        return *it;
    }

    ImportStore::Person person(const AuthorRef &r, qint64 at) { return author(r, at).person; }

    /// Hands the name spans to the store and forgets the authors (their platform may change
    /// with the next chat).
    void flushAuthors()
    {
        for (auto it = m_known.cbegin(); it != m_known.cend(); ++it)
            m_store.nameSeen(it->person.identityId, it.key().second, it->first, it->last);
        m_known.clear();
    }

    /// The n-th repetition of the same (key) in this chat, so repeated identical lines survive.
    quint32 occurrence(qint64 key) { return m_occurrences.next(key); }

    void message(const ChatRecord &r, qint64 at, qint64 minute)
    {
        ++m_summary.messages;
        ++m_chat.counts.messages;
        ImportStore::MessageRow row;
        row.groupId = m_groupId;
        row.batchId = m_batchId;
        QString authorKey;
        bool newMember = false;
        if (!r.author.isEmpty()) {
            const KnownAuthor &known = author(r.author, at);
            row.memberId = known.person.memberId;
            newMember = known.person.isNew;
            authorKey = known.identityKey;
            if (!m_authors.contains(known.person.identityId)) {
                m_authors.insert(known.person.identityId);
                ++m_summary.authors;
            }
        }
        if (!r.messageId.isEmpty()) {
            row.fingerprint = Fingerprint('i').add(r.messageId).value();
        } else {
            const qint64 triple = messageKey(authorKey, minute, r.text);
            row.fingerprint = occurrenceFingerprint(triple, occurrence(triple));
        }
        row.sentAt = at;
        row.kind = int(storedKind(r));
        row.body = r.text;
        row.externalId = r.messageId;
        row.replyTo = r.replyToId;
        const MessageActivity::Slot slot = MessageActivity::slotOf(m_workspaceClock, at);
        row.localDay = qint32(slot.day);
        row.localHour = slot.hour;
        if (!m_store.addMessage(row)) {
            ++m_summary.duplicates;
            ++m_chat.counts.duplicates;
        } else if (m_checker) {
            m_checks.add(m_checker, row.fingerprint, row.memberId, newMember, MessageKind(row.kind),
                         row.sentAt, row.body);
        }
    }

    /// The rules check of the group the chat goes to (one per group across the file's chats, so
    /// a member's messages reach its flood tracker in order).
    void openChecker()
    {
        m_checker = nullptr;
        auto it = m_checkers.find(m_groupId);
        if (it != m_checkers.end()) {
            m_checker = it->second.get();
            return;
        }
        std::optional<rules::RuleSet> loaded;
        m_store.onConnection([&] {
            try {
                if (!m_phrases)
                    m_phrases = rules::PhraseLists::load(m_store.database());
                loaded = rules::RuleSetRepository(m_store.database()).load(m_groupId);
            } catch (const QueryError &e) {
                if (!m_rulesError.isError())
                    m_rulesError = e.error();
            }
        });
        // A group without rules has nothing to check (and a failed read fails the import
        // before commit: storeViolations()).
        if (!loaded || (loaded->builtins.isEmpty() && loaded->keywords.isEmpty()))
            return;
        auto checker = std::make_unique<rules::BatchChecker>(*loaded, *m_phrases,
                                                             m_store.groupHadMessages(m_groupId));
        m_checker = checker.get();
        m_checkers.emplace(m_groupId, std::move(checker));
    }

    void membership(const ChatRecord &r, qint64 at, qint64 minute)
    {
        ++m_summary.systemEvents;
        ++m_chat.counts.systemEvents;
        const bool join = r.type == RecordType::Join;
        if (r.author.isEmpty()) {
            warning(r.line, tr("A membership event without a person was skipped."));
            return;
        }
        const ImportStore::Person subject = person(r.author, at);
        ImportStore::Person actor;
        if (!r.actor.isEmpty())
            actor = person(r.actor, at);
        ImportStore::EventRow row;
        row.groupId = m_groupId;
        row.batchId = m_batchId;
        row.memberId = subject.memberId;
        row.kind = join                   ? MembershipEventKind::Join
            : r.type == RecordType::Leave ? MembershipEventKind::Leave
                                          : MembershipEventKind::Removed;
        row.at = at;
        row.actorId = actor.memberId;
        const qint64 key = Fingerprint('e')
                               .add(quint64(row.kind))
                               .add(identityKey(r.author))
                               .add(r.actor.isEmpty() ? QString() : identityKey(r.actor))
                               .add(quint64(minute))
                               .value();
        row.fingerprint = occurrenceFingerprint(key, occurrence(key));
        // Joins and leaves count what this import adds: an event already in the workspace (the
        // same export imported again, or an overlapping one) is neither.
        if (m_store.addEvent(row)) {
            if (join) {
                ++m_summary.joins;
                ++m_chat.counts.joins;
            } else {
                ++m_summary.leaves;
                ++m_chat.counts.leaves;
            }
        }
        if (join && actor.memberId > 0 && actor.memberId != subject.memberId)
            m_store.setReferrer(subject.memberId, actor.memberId, at);
    }

    ImportStore &m_store;
    const ChatParser &m_parser;
    const ImportOptions &m_options;
    LocalClock m_importClock;
    LocalClock m_workspaceClock;
    ImportSummary &m_summary;
    QString m_fileName;
    std::function<QString()> m_sha256; ///< may block until a checksum running alongside ends
    QString m_shaValue;
    bool m_shaKnown = false;
    QElapsedTimer m_timer;
    RecordSanitizer m_sanitizer;
    qint64 m_lastLine = 0;

    Platform m_platform = Platform::Other;
    qint64 m_groupId = 0;
    qint64 m_batchId = 0;
    bool m_chatOpen = false;
    bool m_renameAllowed = false;
    qint64 m_lastRenameAt = 0;
    ChatState m_chat;
    OccurrenceCounter m_occurrences;
    QSet<qint64> m_authors; ///< identities that wrote a message in this file
    QSet<qint64> m_newMembers;
    QHash<std::pair<QString, QString>, KnownAuthor> m_known; ///< (key, display name)
    std::optional<rules::PhraseLists> m_phrases;
    std::map<qint64, std::unique_ptr<rules::BatchChecker>> m_checkers; ///< per group
    rules::BatchChecker *m_checker = nullptr; ///< the current chat's group's
    WorkspaceError m_rulesError;
    // After the checkers: its finisher thread stops before they go.
    RulesCheckQueue m_checks { m_options.maxPendingChecks };
};

/// Hex SHA-256 of the file, or an empty string when it cannot be read or `stop` was set.
QString checksumOf(const QString &path, const std::atomic<bool> &stop)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    Sha256 hash;
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (;;) {
        if (stop.load(std::memory_order_relaxed))
            return QString();
        const qint64 n = file.read(buffer.data(), buffer.size());
        if (n < 0)
            return QString();
        if (n == 0)
            break;
        hash.addData(QByteArrayView(buffer.constData(), n));
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace

QString ImportPipeline::fileSha256(const QString &path)
{
    const std::atomic<bool> never { false };
    return checksumOf(path, never);
}

ImportSummary ImportPipeline::importFile(const QString &path, const ImportOptions &options)
{
    ImportSummary summary;
    summary.filePath = path;
    const FormatRegistry registry;
    FormatRegistry::Detection detection = registry.detect(path, options.formatKey);
    if (!detection.ok()) {
        summary.status = ImportSummary::Status::Error;
        summary.errors << ImportIssue { 0, detection.error };
        return summary;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        summary.status = ImportSummary::Status::Error;
        summary.errors << ImportIssue {
            0, tr("%1: cannot be read: %2").arg(QFileInfo(path).fileName(), file.errorString())
        };
        return summary;
    }
    ImportOptions effective = options;
    QString note;
    if (options.useOverlappingGroup && options.groupId <= 0 && options.groupName.isEmpty()) {
        const GroupOverlapProbe::Result overlap = GroupOverlapProbe::probe(
            m_database, path, detection.parser->formatKey(), options.dateOrder);
        if (overlap.found()) {
            effective.groupId = overlap.groupId;
            note = overlap.note();
        }
    }
    // The checksum reads the file a second time on another core while the parse runs; an
    // import that ends early stops it instead of waiting for it.
    auto stop = std::make_shared<std::atomic<bool>>(false);
    std::shared_future<QString> checksum
        = std::async(std::launch::async, [path, stop] { return checksumOf(path, *stop); }).share();
    ImportSummary result = run(
        *detection.parser, file, QFileInfo(path).fileName(), [checksum] { return checksum.get(); },
        effective);
    stop->store(true);
    if (!note.isEmpty())
        result.notes << note;
    result.filePath = path;
    result.confidence = detection.confidence;
    return result;
}

ImportSummary ImportPipeline::importStream(ChatParser &parser, QIODevice &input,
                                           const QString &fileName, const QString &sha256,
                                           const ImportOptions &options)
{
    return run(
        parser, input, fileName, [sha256] { return sha256; }, options);
}

ImportSummary ImportPipeline::run(ChatParser &parser, QIODevice &input, const QString &fileName,
                                  const std::function<QString()> &sha256,
                                  const ImportOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    ImportSummary summary;
    summary.format = parser.formatKey();
    const QString importZoneId
        = options.timeZoneId.isEmpty() ? m_database.timeZoneId() : options.timeZoneId;
    const QTimeZone importZone(importZoneId.toUtf8());
    const QTimeZone workspaceZone(m_database.timeZoneId().toUtf8());
    auto fail = [&](const QString &message, qint64 line = 0) {
        summary.status = ImportSummary::Status::Error;
        summary.errors << ImportIssue { line, message };
        summary.seconds = double(timer.nsecsElapsed()) / 1e9;
        return summary;
    };
    if (!importZone.isValid())
        return fail(tr("“%1” is not a time zone (use an IANA name such as Europe/Berlin).")
                        .arg(importZoneId));
    if (!workspaceZone.isValid())
        return fail(tr("The workspace time zone “%1” is unknown.").arg(m_database.timeZoneId()));
    summary.timeZoneId = QString::fromUtf8(importZone.id());

    ImportStore store(m_database);
    if (!store.begin())
        return fail(store.lastError().message);
    PipelineSink sink(store, parser, options, importZone, workspaceZone, summary, fileName, sha256);
    ParseOptions parseOptions;
    parseOptions.dateOrder = options.dateOrder;
    parseOptions.chats = options.chats;
    parseOptions.maxUnzippedMegabytes = options.maxUnzippedMegabytes;
    // Parsing, identities, dedup and row building run on a second core while this thread,
    // which owns the connection, writes the rows they hand over.
    QElapsedTimer reading;
    reading.start();
    store.setSpareWork([&sink] { return sink.checkSome(); });
    store.runProducer([&] {
        summary.parse = parser.parse(input, parseOptions, sink);
        sink.finishChat();
        if (summary.parse.status == ParseResult::Status::Ok)
            sink.checkRestInBackground();
    });
    summary.phases.append({ QStringLiteral("read"), reading.elapsed() });

    if (store.failed()) {
        store.rollback();
        // The store's own words are the detail; the user first learns which file and where.
        return fail(tr("%1 could not be imported: storing its records failed at or before line "
                       "%2, and nothing of the file was kept (%3).")
                        .arg(fileName)
                        .arg(sink.lastLine())
                        .arg(store.lastError().message),
                    sink.lastLine());
    }
    if (summary.parse.status == ParseResult::Status::Cancelled) {
        store.rollback();
        summary.status = ImportSummary::Status::Cancelled;
        summary.seconds = double(timer.nsecsElapsed()) / 1e9;
        return summary;
    }
    if (summary.parse.status == ParseResult::Status::Error) {
        store.rollback();
        return fail(summary.parse.errorMessage, summary.parse.errorLine);
    }
    if (options.finishing)
        options.finishing();
    if (summary.groupIds.isEmpty()) {
        // An export without a single record still says which chat it is; make sure the target
        // group exists and the batch is on record.
        sink.beginChat(ChatInfo { parser.platform(), QString(), QString() });
        sink.finishChat();
    }
    // The group rules checked what the import added as it went; their findings go in with the
    // import's transaction: a failed import leaves no violations behind, and a failed write
    // fails the import.
    store.setBeforeCommit(
        [&]() -> WorkspaceError { return sink.storeViolations(summary.violations); });
    if (!store.commit())
        return fail(store.lastError().message);
    summary.phases += store.phases();
    // SQLite copies a large commit from the log into the file by itself, and says nothing when
    // the disk is full: the import stands, but the workspace file alone no longer holds it.
    if (const WorkspaceError error = WalCheckpoint::run(m_database); error.isError())
        summary.logOnly = error.message;
    // Renames in the file apply at commit; report the names the groups have now.
    summary.groups.clear();
    for (const qint64 id : std::as_const(summary.groupIds))
        summary.groups << store.groupName(id);
    if (summary.hasRange) {
        LocalClock clock(importZone);
        summary.first = formatWall(clock.toLocalSeconds(summary.firstAt));
        summary.last = formatWall(clock.toLocalSeconds(summary.lastAt));
    }
    summary.seconds = double(timer.nsecsElapsed()) / 1e9;
    return summary;
}

} // namespace cohort::import
