#include "rules/messagechecker.h"

#include "rules/linkfinder.h"
#include "rules/textfolding.h"

namespace cohort::rules {

namespace {

bool isUserKind(MessageKind kind)
{
    return kind != MessageKind::System && kind != MessageKind::Deleted;
}

QString clip(QString text)
{
    text = text.simplified();
    if (text.size() > MessageChecker::MaxMatched)
        text = text.left(MessageChecker::MaxMatched - 1) + QChar(0x2026);
    return text;
}

} // namespace

MessageChecker::MessageChecker(const RuleSet &rules, const PhraseLists &phrases)
    : m_rules(rules)
{
    QStringList alternatives;
    if (m_rules.has(BuiltinRule::NoAds))
        for (const QString &p : phrases.ads)
            m_matcher.add(p, AdsTag);
    if (m_rules.has(BuiltinRule::NoPrivateSoliciting))
        for (const QString &p : phrases.soliciting)
            m_matcher.add(p, SolicitingTag);
    for (int k = 0; k < m_rules.keywords.size(); ++k) {
        const KeywordRule &rule = m_rules.keywords.at(k);
        for (const QString &p : rule.phrases)
            m_matcher.add(p, FirstKeywordTag + k);
        QRegularExpression re;
        if (!rule.pattern.isEmpty()) {
            // The pattern sees folded text, so it is written in lower case; case-insensitive
            // all the same, so "VX" in a pattern still works.
            re = QRegularExpression(rule.pattern,
                                    QRegularExpression::CaseInsensitiveOption
                                        | QRegularExpression::UseUnicodePropertiesOption);
            re.optimize();
        }
        m_hasPattern.push_back(re.isValid() && !rule.pattern.isEmpty());
        if (m_hasPattern.back())
            alternatives << QStringLiteral("(?:") + rule.pattern + QLatin1Char(')');
        m_patterns.push_back(re);
        m_keywordKeys << keywordRuleKey(rule.name);
    }
    if (!alternatives.isEmpty()) {
        m_anyPattern = QRegularExpression(alternatives.join(QLatin1Char('|')),
                                          QRegularExpression::CaseInsensitiveOption
                                              | QRegularExpression::UseUnicodePropertiesOption);
        m_anyPattern.optimize();
        // Back-references and the like may not survive the combination: then each runs.
        m_usesAnyPattern = m_anyPattern.isValid();
    }
    m_matcher.build();
    m_seen.assign(size_t(FirstKeywordTag + m_rules.keywords.size()), 0);
    m_needsText = m_rules.has(BuiltinRule::NoLinks) || m_rules.has(BuiltinRule::NoAds)
        || m_rules.has(BuiltinRule::NoPrivateSoliciting) || !m_rules.keywords.isEmpty();
}

bool MessageChecker::floodCounts(qint64 memberId, MessageKind kind) const
{
    return m_rules.has(BuiltinRule::NoFlooding) && isUserKind(kind) && memberId > 0
        && kind != MessageKind::Solitaire && !m_rules.admins.contains(memberId);
}

QString MessageChecker::phoneNumber(QStringView t, int *begin, int *end)
{
    // A mainland mobile number (1[3-9] and 9 more digits) standing alone, or "+" and 8-15
    // digits (spaces and dashes between groups allowed): the contact details members swap to
    // move a customer out of the group.
    const int n = int(t.size());
    for (int i = 0; i < n; ++i) {
        const bool plus = t[i] == u'+';
        if (!plus && !(t[i] >= u'0' && t[i] <= u'9'))
            continue;
        if (i > 0 && t[i - 1] >= u'0' && t[i - 1] <= u'9')
            continue;
        int j = plus ? i + 1 : i;
        int digits = 0;
        QChar lead[2]; // the first two digits (no string is built for the runs that fail)
        while (j < n) {
            const QChar c = t[j];
            if (c >= u'0' && c <= u'9') {
                if (digits < 2)
                    lead[digits] = c;
                ++digits;
                ++j;
            } else if ((c == u' ' || c == u'-') && j + 1 < n && t[j + 1] >= u'0' && t[j + 1] <= u'9'
                       && digits > 0) {
                ++j;
            } else {
                break;
            }
        }
        const bool mobile
            = !plus && digits == 11 && lead[0] == u'1' && lead[1] >= u'3' && lead[1] <= u'9';
        const bool international = plus && digits >= 8 && digits <= 15;
        if (mobile || international) {
            *begin = i;
            *end = j;
            QString number;
            for (int k = i; k < j; ++k)
                if (t[k] >= u'0' && t[k] <= u'9')
                    number += t[k];
            return number;
        }
        i = std::max(i, j - 1);
    }
    return QString();
}

void MessageChecker::check(qint64 memberId, MessageKind kind, QStringView body, QList<Finding> &out)
{
    m_foldedValid = false;
    if (!isUserKind(kind))
        return;
    const bool admin = memberId > 0 && m_rules.admins.contains(memberId);
    if (admin)
        return;
    const bool freeMarket = m_rules.policy == PromotionPolicy::FreeMarket;
    // In a private garden the approved promoters may promote: links, cards and ads.
    const bool promoter = !freeMarket && memberId > 0 && m_rules.promoters.contains(memberId);
    const bool links = m_rules.has(BuiltinRule::NoLinks) && !freeMarket && !promoter;
    const bool cards = m_rules.has(BuiltinRule::NoCards) && !promoter;
    const bool ads = m_rules.has(BuiltinRule::NoAds) && !freeMarket && !promoter;
    const bool soliciting = m_rules.has(BuiltinRule::NoPrivateSoliciting);

    if (kind == MessageKind::LinkOrCard && cards) {
        // A card or a link preview counts once, as a card.
        out.append({ ruleKey(BuiltinRule::NoCards), clip(body.toString()) });
    }
    if (!m_needsText || body.isEmpty())
        return;
    TextFolding::fold(body, m_folded);
    m_foldedValid = true;
    m_originFor = false;
    const auto quote = [&](int b, int e) {
        if (!m_originFor) {
            // Folding again with the way back costs only for the few messages that break a rule.
            QString again;
            TextFolding::fold(body, again, &m_origin);
            m_originFor = true;
        }
        return clip(TextFolding::original(body, m_origin, b, e));
    };
    const bool solitaire = kind == MessageKind::Solitaire;
    if (links && !(kind == MessageKind::LinkOrCard && cards)) {
        if (const LinkFinder::Span s = LinkFinder::first(m_folded); s.found())
            out.append({ ruleKey(BuiltinRule::NoLinks), quote(s.begin, s.end) });
    }
    m_hits.clear();
    m_matcher.find(m_folded, m_seen, [&](const PhraseMatcher::Hit &hit) { m_hits.push_back(hit); });
    const auto firstHit = [&](int tag) -> const PhraseMatcher::Hit * {
        for (const PhraseMatcher::Hit &h : m_hits)
            if (h.tag == tag)
                return &h;
        return nullptr;
    };
    // A solitaire (接龙) list is the group's own business: names, quantities and phone numbers
    // for delivery are what it is for.
    if (ads && !solitaire)
        if (const auto *h = firstHit(AdsTag))
            out.append({ ruleKey(BuiltinRule::NoAds), quote(h->begin, h->end) });
    if (soliciting && !solitaire) {
        if (const auto *h = firstHit(SolicitingTag)) {
            out.append({ ruleKey(BuiltinRule::NoPrivateSoliciting), quote(h->begin, h->end) });
        } else {
            int b = 0;
            int e = 0;
            if (!phoneNumber(m_folded, &b, &e).isEmpty())
                out.append({ ruleKey(BuiltinRule::NoPrivateSoliciting), quote(b, e) });
        }
    }
    const bool anyPattern = !m_usesAnyPattern || m_anyPattern.match(m_folded).hasMatch();
    for (int k = 0; k < int(m_patterns.size()); ++k) {
        if (const auto *h = firstHit(FirstKeywordTag + k)) {
            out.append({ m_keywordKeys.at(k), quote(h->begin, h->end) });
        } else if (anyPattern && m_hasPattern[size_t(k)]) {
            const QRegularExpressionMatch m = m_patterns[size_t(k)].match(m_folded);
            if (m.hasMatch() && m.capturedLength() > 0)
                out.append(
                    { m_keywordKeys.at(k), quote(int(m.capturedStart()), int(m.capturedEnd())) });
        }
    }
}

} // namespace cohort::rules
