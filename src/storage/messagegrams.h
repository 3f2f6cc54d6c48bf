#pragma once

#include <QString>

class QSqlDatabase;

namespace cohort {

/// The characters a message holds beyond ASCII, for searches of one or two characters, which
/// have no trigram (migration 0014). Each distinct non-ASCII code point of a body becomes one
/// token of messages_grams; a short search looks up the rows holding all of its non-ASCII
/// characters there and tests those rows' bodies. ASCII is left out: one or two ASCII
/// characters ("h", "he") are in so many messages that walking the newest messages finds a
/// page at once, and every body would otherwise carry ~30 tokens.
class MessageGrams final
{
public:
    /// The tokens of `utf8`: its distinct non-ASCII code points, each followed by a space, in
    /// the order they first occur; empty for an ASCII text. Invalid UTF-8 yields its U+FFFD.
    static QByteArray of(const char *utf8, qsizetype size);
    /// Whether a search for `text` (trimmed) can be answered from messages_grams: shorter than
    /// a trigram and holding at least one non-ASCII character.
    static bool answers(const QString &text);
    /// The FTS5 query for the rows that hold every non-ASCII character of `text`.
    static QString query(const QString &text);
    /// Makes cohort_grams(body) known to `connection` (the indexer and the deletion trigger
    /// call it). False when the connection is not a SQLite one or the function is refused.
    static bool install(const QSqlDatabase &connection);
};

} // namespace cohort
