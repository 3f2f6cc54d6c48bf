#pragma once

#include "import/solitaire/solitairepost.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace cohort::import {

/// A message of one group, as the tracker needs it.
struct SolitaireMessage
{
    qint64 messageId = 0;
    QDateTime at; ///< UTC
    QString author; ///< stable author key or display name; tells a retraction from a race
    QString text;
};

/// One entry of a thread's order book and the message that last wrote it.
struct SolitaireBookEntry
{
    int position = 0;
    QString name;
    int quantity = 1;
    bool quantityGiven = false;
    QString unit;
    QString note;
    qint64 messageId = 0;
    bool operator==(const SolitaireBookEntry &) const = default;
};

/// One solitaire list and its reposts: the order book is the latest complete list.
struct SolitaireThread
{
    QString title;
    QString description;
    QString example;
    QDateTime started;
    QDateTime updated;
    qint64 firstMessageId = 0;
    qint64 lastMessageId = 0;
    int posts = 0;
    QList<SolitaireBookEntry> entries;
};

/// Follows the solitaire lists of one group through time: reposts with the same title join one
/// thread (two lists interleaved in a group stay apart), a repost replaces the order book, so
/// edits and removals take effect, and entries keep the message that last changed them.
///
/// Two conflicts are resolved on purpose. A post that starts above position 1 ("7. me 2份"
/// under the header) is a fragment: its entries replace or extend those positions. And when two
/// members copy the same list at once, the later repost lacks the entry the earlier one added;
/// an entry that the previous post added, missing from a repost by someone else that itself adds
/// entries, is kept (a race), while its own author leaving it out is a retraction.
class SolitaireThreadTracker final
{
public:
    /// A list whose title reappears after this long without reposts starts a new thread (the
    /// same weekly "#接龙 周五水果" list, say).
    explicit SolitaireThreadTracker(qint64 idleGapSeconds = 3 * 24 * 3600);

    /// Feeds one message (in time order); returns whether it was a solitaire post.
    bool add(const SolitaireMessage &message);
    /// Threads in order of their first post.
    const QList<SolitaireThread> &threads() const { return m_threads; }

private:
    /// What the tracker remembers per thread beyond its public state, to tell races apart.
    struct ThreadState
    {
        QString key;
        QString lastAuthor;
        QList<SolitaireBookEntry> addedByLastPost;
    };

    int threadFor(const QString &key, const QDateTime &at) const;
    void apply(int index, const SolitairePost &post, const SolitaireMessage &message);

    qint64 m_idleGapSeconds;
    QList<SolitaireThread> m_threads;
    QList<ThreadState> m_states;
};

} // namespace cohort::import
