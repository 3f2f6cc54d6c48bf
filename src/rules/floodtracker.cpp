#include "rules/floodtracker.h"

#include "rules/messagechecker.h"
#include "rules/textfolding.h"

namespace cohort::rules {

namespace {

QString shortText(QStringView body)
{
    QString text = body.left(MessageChecker::MaxMatched * 2).toString().simplified();
    if (text.size() > MessageChecker::MaxMatched)
        text = text.left(MessageChecker::MaxMatched - 1) + QChar(0x2026);
    return text;
}

} // namespace

namespace {

/// FNV-1a over the folded text with white space trimmed and runs of it counted as one space:
/// "the same text" without building the simplified string of every message.
size_t textHash(QStringView folded)
{
    quint64 h = 1469598103934665603ULL;
    bool space = false;
    bool started = false;
    for (const QChar c : folded) {
        if (TextFolding::isSpace(c.unicode())) {
            space = started;
            continue;
        }
        if (space) {
            h = (h ^ quint64(u' ')) * 1099511628211ULL;
            space = false;
        }
        started = true;
        h = (h ^ quint64(c.unicode())) * 1099511628211ULL;
    }
    return size_t(h);
}

} // namespace

void FloodTracker::add(qint64 messageId, qint64 memberId, qint64 sentAt, QStringView body,
                       bool repeatable, std::vector<Burst> &out, QStringView folded)
{
    if (memberId <= 0)
        return;
    MemberState &m = m_members[memberId];
    if (m.inBurst && sentAt - m.lastAt >= m_limits.quietSeconds)
        m.inBurst = false;
    m.lastAt = sentAt;

    Recent recent { sentAt, messageId, 0 };
    m.rate.push_back(recent);
    while (int(m.rate.size()) > m_limits.maxMessages + 1)
        m.rate.pop_front();
    const bool rateFlood = int(m.rate.size()) > m_limits.maxMessages
        && sentAt - m.rate.front().at < m_limits.windowSeconds;

    bool repeatFlood = false;
    const Recent *firstRepeat = nullptr;
    if (repeatable) {
        if (folded.isNull()) {
            TextFolding::fold(body, m_folded);
            folded = m_folded;
        }
        recent.hash = textHash(folded);
        while (!m.texts.empty() && sentAt - m.texts.front().at >= m_limits.repeatWindowSeconds)
            m.texts.pop_front();
        m.texts.push_back(recent);
        int same = 0;
        for (size_t i = 0; i < m.texts.size(); ++i) {
            const Recent &r = m.texts[i];
            if (r.hash != recent.hash)
                continue;
            if (!firstRepeat)
                firstRepeat = &r;
            ++same;
        }
        repeatFlood = same >= m_limits.repeatCount;
    }
    if (m.inBurst || (!rateFlood && !repeatFlood))
        return;
    m.inBurst = true;
    // The burst starts at the first of the messages that flooded.
    const Recent &first = rateFlood && (!repeatFlood || m.rate.front().at <= firstRepeat->at)
        ? m.rate.front()
        : *firstRepeat;
    // The repeated text is this message's (folded alike); a rate flood names its limit.
    QString matched = repeatFlood && &first == firstRepeat ? shortText(body) : QString();
    if (matched.isEmpty())
        matched
            = QStringLiteral("%1/%2s").arg(m_limits.maxMessages + 1).arg(m_limits.windowSeconds);
    out.push_back({ first.id, memberId, first.at, matched });
}

} // namespace cohort::rules
