#include "import/recordsanitizer.h"

#include "import/importlimits.h"

namespace cohort::import {

namespace {

/// Replaces NUL by U+FFFD in place; true when there was one. The scan allocates nothing for the
/// clean strings that nearly every record holds.
bool replaceNul(QString &s)
{
    if (!s.contains(QChar(0)))
        return false;
    s.replace(QChar(0), QChar(QChar::ReplacementCharacter));
    return true;
}

} // namespace

void RecordSanitizer::sanitize(ChatRecord &r) const
{
    bool nul = replaceNul(r.author.key);
    nul |= replaceNul(r.author.displayName);
    nul |= replaceNul(r.actor.key);
    nul |= replaceNul(r.actor.displayName);
    nul |= replaceNul(r.messageId);
    nul |= replaceNul(r.replyToId);
    nul |= replaceNul(r.text);
    if (nul)
        m_warn(r.line,
               tr("Line %1 holds NUL characters, which are not text; they were replaced by "
                  "\uFFFD.")
                   .arg(r.line));
    if (r.text.size() > ImportLimits::MaxMessageChars) {
        m_warn(r.line,
               tr("The message at line %1 is longer than %L2 characters; only its first %L2 "
                  "characters were kept.")
                   .arg(r.line)
                   .arg(ImportLimits::MaxMessageChars));
        r.text.truncate(ImportLimits::MaxMessageChars);
        if (r.text.back().isHighSurrogate())
            r.text.chop(1);
    }
}

void RecordSanitizer::sanitize(ChatInfo &info, qint64 line) const
{
    bool nul = replaceNul(info.name);
    nul |= replaceNul(info.externalId);
    if (nul)
        m_warn(line,
               tr("The chat's name or id holds NUL characters, which are not text; they were "
                  "replaced by \uFFFD."));
    if (info.name.size() > ImportLimits::MaxMessageChars)
        info.name.truncate(ImportLimits::MaxMessageChars);
}

} // namespace cohort::import
