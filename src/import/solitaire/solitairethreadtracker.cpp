#include "import/solitaire/solitairethreadtracker.h"

#include "import/solitaire/solitaireparser.h"

#include <algorithm>

namespace cohort::import {

namespace {

bool sameContent(const SolitaireBookEntry &a, const SolitaireBookEntry &b)
{
    return a.name == b.name && a.quantity == b.quantity && a.quantityGiven == b.quantityGiven
        && a.unit == b.unit && a.note == b.note;
}

SolitaireBookEntry toBookEntry(const SolitaireEntry &entry, qint64 messageId)
{
    return { entry.position, entry.name, entry.quantity, entry.quantityGiven,
             entry.unit,     entry.note, messageId };
}

bool containsContent(const QList<SolitaireBookEntry> &list, const SolitaireBookEntry &entry)
{
    return std::any_of(list.cbegin(), list.cend(),
                       [&entry](const SolitaireBookEntry &e) { return sameContent(e, entry); });
}

} // namespace

SolitaireThreadTracker::SolitaireThreadTracker(qint64 idleGapSeconds)
    : m_idleGapSeconds(idleGapSeconds)
{
}

int SolitaireThreadTracker::threadFor(const QString &key, const QDateTime &at) const
{
    for (qsizetype i = m_states.size() - 1; i >= 0; --i) {
        if (m_states.at(i).key != key)
            continue;
        return m_threads.at(i).updated.secsTo(at) <= m_idleGapSeconds ? int(i) : -1;
    }
    return -1;
}

bool SolitaireThreadTracker::add(const SolitaireMessage &message)
{
    const auto post = SolitaireParser::parse(message.text);
    if (!post)
        return false;
    const QString key = SolitaireParser::threadKey(post->title);
    int index = threadFor(key, message.at);
    if (index < 0) {
        SolitaireThread thread;
        thread.title = post->title;
        thread.started = message.at;
        thread.firstMessageId = message.messageId;
        m_threads.append(thread);
        m_states.append({ key, QString(), {} });
        index = int(m_threads.size() - 1);
    }
    apply(index, *post, message);
    return true;
}

void SolitaireThreadTracker::apply(int index, const SolitairePost &post,
                                   const SolitaireMessage &message)
{
    SolitaireThread &thread = m_threads[index];
    ThreadState &state = m_states[index];
    thread.updated = message.at;
    thread.lastMessageId = message.messageId;
    ++thread.posts;
    if (!post.description.isEmpty())
        thread.description = post.description;
    if (!post.example.isEmpty())
        thread.example = post.example;
    if (post.entries.isEmpty()) {
        // A bare header repost says nothing about the entries.
        state.lastAuthor = message.author;
        state.addedByLastPost.clear();
        return;
    }

    const QList<SolitaireBookEntry> &previous = thread.entries;
    QList<SolitaireBookEntry> next;
    const bool fragment = post.entries.first().position > 1 && !previous.isEmpty();
    if (fragment) {
        next = previous;
        for (const SolitaireEntry &entry : post.entries) {
            const SolitaireBookEntry candidate = toBookEntry(entry, message.messageId);
            const auto it = std::find_if(next.begin(), next.end(), [&entry](const auto &e) {
                return e.position == entry.position;
            });
            if (it == next.end())
                next.append(candidate);
            else if (!sameContent(*it, candidate))
                *it = candidate;
        }
        std::stable_sort(next.begin(), next.end(),
                         [](const auto &a, const auto &b) { return a.position < b.position; });
    } else {
        QList<bool> used(previous.size(), false);
        for (const SolitaireEntry &entry : post.entries) {
            SolitaireBookEntry candidate = toBookEntry(entry, message.messageId);
            for (qsizetype j = 0; j < previous.size(); ++j) {
                if (!used.at(j) && sameContent(previous.at(j), candidate)) {
                    used[j] = true;
                    candidate.messageId = previous.at(j).messageId;
                    break;
                }
            }
            next.append(candidate);
        }
        const auto firstAdded = std::find_if(next.begin(), next.end(), [&message](const auto &e) {
            return e.messageId == message.messageId;
        });
        if (firstAdded != next.end() && message.author != state.lastAuthor) {
            QList<SolitaireBookEntry> raced;
            for (const SolitaireBookEntry &entry : std::as_const(state.addedByLastPost)) {
                if (!containsContent(next, entry))
                    raced.append(entry);
            }
            if (!raced.isEmpty()) {
                const qsizetype at = firstAdded - next.begin();
                for (qsizetype k = 0; k < raced.size(); ++k)
                    next.insert(at + k, raced.at(k));
                // Both copies numbered their line the same; the merged list is renumbered.
                for (qsizetype k = 0; k < next.size(); ++k)
                    next[k].position = int(k + 1);
            }
        }
    }
    state.addedByLastPost.clear();
    for (const SolitaireBookEntry &entry : std::as_const(next)) {
        if (entry.messageId == message.messageId)
            state.addedByLastPost.append(entry);
    }
    state.lastAuthor = message.author;
    thread.entries = next;
}

} // namespace cohort::import
