#include "rules/phrasematcher.h"

#include "rules/textfolding.h"

#include <algorithm>
#include <deque>

namespace cohort::rules {

int PhraseMatcher::addState()
{
    m_states.emplace_back();
    m_ascii.resize(m_ascii.size() + 128, -1);
    return int(m_states.size()) - 1;
}

int PhraseMatcher::child(int state, char16_t u) const
{
    const auto &edges = m_states[size_t(state)].edges;
    const auto it = std::lower_bound(edges.begin(), edges.end(), u,
                                     [](const auto &e, char16_t v) { return e.first < v; });
    return it != edges.end() && it->first == u ? it->second : -1;
}

void PhraseMatcher::add(const QString &phrase, int tag)
{
    const QString folded = TextFolding::fold(QString(phrase).trimmed());
    if (folded.isEmpty())
        return;
    if (m_states.empty())
        addState();
    int state = 0;
    for (const QChar c : folded) {
        const char16_t u = c.unicode();
        int next = u < 128 ? asciiSlot(state, u) : child(state, u);
        if (next < 0) {
            next = addState();
            if (u < 128) {
                asciiSlot(state, u) = next;
            } else {
                auto &edges = m_states[size_t(state)].edges;
                const auto it
                    = std::lower_bound(edges.begin(), edges.end(), u,
                                       [](const auto &e, char16_t v) { return e.first < v; });
                edges.insert(it, { u, next });
            }
        }
        state = next;
    }
    Pattern pattern;
    pattern.tag = tag;
    pattern.length = int(folded.size());
    pattern.latinStart = isLatinLetter(folded.front());
    pattern.latinEnd = isLatinLetter(folded.back());
    pattern.nextOutput = m_states[size_t(state)].output;
    m_patterns.push_back(pattern);
    m_states[size_t(state)].output = int(m_patterns.size()) - 1;
    ++m_patternCount;
}

void PhraseMatcher::build()
{
    if (m_states.empty())
        addState();
    // Breadth first: every state's fail link points to a shallower state, whose links are done.
    std::deque<int> queue;
    std::vector<std::pair<int, char16_t>> parents(m_states.size(), { -1, 0 });
    for (int s = 0; s < int(m_states.size()); ++s) {
        for (char16_t u = 0; u < 128; ++u)
            if (const int c = asciiSlot(s, u); c >= 0)
                parents[size_t(c)] = { s, u };
        for (const auto &[u, c] : m_states[size_t(s)].edges)
            parents[size_t(c)] = { s, u };
    }
    // Root: missing ASCII edges loop back to the root.
    for (char16_t u = 0; u < 128; ++u) {
        int &slot = asciiSlot(0, u);
        if (slot < 0)
            slot = 0;
        else
            queue.push_back(slot);
    }
    for (const auto &[u, c] : m_states[0].edges)
        queue.push_back(c);
    for (const int c : queue)
        m_states[size_t(c)].fail = 0;
    while (!queue.empty()) {
        const int s = queue.front();
        queue.pop_front();
        State &state = m_states[size_t(s)];
        // Inherit the fail state's outputs: append its chain after this state's own patterns.
        if (s != 0 && state.fail != s) {
            const int inherited = m_states[size_t(state.fail)].output;
            if (state.output < 0) {
                state.output = inherited;
            } else if (inherited >= 0) {
                int p = state.output;
                while (m_patterns[size_t(p)].nextOutput >= 0
                       && m_patterns[size_t(p)].nextOutput != inherited)
                    p = m_patterns[size_t(p)].nextOutput;
                m_patterns[size_t(p)].nextOutput = inherited;
            }
        }
        for (char16_t u = 0; u < 128; ++u) {
            int &slot = asciiSlot(s, u);
            if (slot >= 0 && slot != 0 && parents[size_t(slot)].first == s) {
                int f = state.fail;
                m_states[size_t(slot)].fail = s == 0 ? 0 : asciiSlot(f, u);
                queue.push_back(slot);
            } else {
                slot = s == 0 ? 0 : asciiSlot(state.fail, u);
            }
        }
        for (const auto &[u, c] : state.edges) {
            if (s == 0)
                continue;
            int f = state.fail;
            while (f != 0 && child(f, u) < 0)
                f = m_states[size_t(f)].fail;
            const int target = child(f, u);
            m_states[size_t(c)].fail = target >= 0 && target != c ? target : 0;
            queue.push_back(c);
        }
    }
}

bool PhraseMatcher::accept(QStringView text, const Pattern &p, int end) const
{
    const int begin = end - p.length;
    if (p.latinStart && begin > 0) {
        const QChar before = text[begin - 1];
        if (isLatinLetter(before) || before.isDigit())
            return false;
    }
    if (p.latinEnd && end < text.size() && isLatinLetter(text[end]))
        return false;
    return true;
}

} // namespace cohort::rules
