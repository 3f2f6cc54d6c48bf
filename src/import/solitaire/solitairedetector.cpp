#include "import/solitaire/solitairedetector.h"

#include <QHash>

namespace cohort::import {

int SolitaireBook::totalQuantity() const
{
    int total = 0;
    for (const SolitaireBookLine &line : lines)
        total += line.entry.quantity;
    return total;
}

QList<SolitaireBook> SolitaireDetector::detect(const Database &database, qint64 groupId,
                                               const Cancelled &cancelled)
{
    const SolitaireRepository repository(database);
    return detect(groupId, repository.posts(groupId), repository.memberNames(groupId), cancelled);
}

QList<SolitaireBook> SolitaireDetector::detect(qint64 groupId,
                                               const QList<SolitaireRepository::Post> &posts,
                                               const QList<SolitaireRepository::MemberName> &names,
                                               const Cancelled &cancelled)
{
    SolitaireThreadTracker tracker;
    QHash<qint64, const SolitaireRepository::Post *> byId;
    QList<QList<qint64>> threadPosts; ///< parallel to tracker.threads()
    for (const SolitaireRepository::Post &post : posts) {
        if (cancelled && cancelled())
            return {};
        SolitaireMessage message;
        message.messageId = post.messageId;
        message.at = QDateTime::fromSecsSinceEpoch(post.sentAt, Qt::UTC);
        // The member id tells a retraction (same author) from a race (someone else); an unknown
        // author never counts as the same person.
        message.author = post.memberId > 0 ? QString::number(post.memberId)
                                           : QStringLiteral("?%1").arg(post.messageId);
        message.text = post.body;
        if (!tracker.add(message))
            continue;
        byId.insert(post.messageId, &post);
        const QList<SolitaireThread> &threads = tracker.threads();
        while (threadPosts.size() < threads.size())
            threadPosts.append(QList<qint64>());
        for (qsizetype i = threads.size() - 1; i >= 0; --i) {
            if (threads.at(i).lastMessageId == post.messageId) {
                threadPosts[i].append(post.messageId);
                break;
            }
        }
    }

    const SolitaireMemberMatcher matcher(names);
    QList<SolitaireBook> books;
    const QList<SolitaireThread> &threads = tracker.threads();
    for (qsizetype i = 0; i < threads.size(); ++i) {
        SolitaireBook book;
        book.groupId = groupId;
        book.thread = threads.at(i);
        book.messageIds = threadPosts.value(i);
        for (const SolitaireBookEntry &entry : book.thread.entries) {
            SolitaireBookLine line;
            line.entry = entry;
            if (const SolitaireRepository::Post *post = byId.value(entry.messageId)) {
                line.posterId = post->memberId;
                line.writtenAt = QDateTime::fromSecsSinceEpoch(post->sentAt, Qt::UTC);
            }
            line.match = matcher.match(entry.name, line.posterId);
            line.memberName = matcher.displayName(line.match.memberId);
            book.lines.append(line);
        }
        books.append(book);
    }
    return books;
}

} // namespace cohort::import
