#pragma once

#include "import/solitaire/solitairepost.h"

#include <QString>

#include <optional>

namespace cohort::import {

/// Recognises a solitaire (接龙) post in a message body: a header (#接龙, 接龙, #signup,
/// "sign-up list"), optional description and example lines, then numbered entries
/// "N. name [quantity] [item] [note]" (N. N、 N． N) N）, full-width digits too). Lines after
/// the entries that are not entries (thanks, chatter) are ignored.
class SolitaireParser final
{
public:
    /// The post, or nullopt when the text is not a solitaire list. A "#"-marked header counts
    /// even before anyone signed up; a bare 接龙 or "sign-up list" line needs numbered lines.
    static std::optional<SolitairePost> parse(const QString &text);
    /// Whether parse() would return a post, without parsing the entries (the import asks this
    /// of every message that mentions 接龙 or sign-up).
    static bool isList(const QString &text);
    /// Parses the text of one entry after its number.
    static SolitaireEntry parseEntry(int position, const QString &body);
    /// The key that identifies one list across reposts: the title folded to lower case with
    /// spaces and punctuation removed.
    static QString threadKey(const QString &title);
};

} // namespace cohort::import
