#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <vector>

namespace cohort::rules {

/// Finds many phrases at once in folded text (Aho–Corasick over UTF-16 units), so 50 keyword
/// rules cost one pass over a message instead of 50. Phrases are folded when added.
///
/// No word boundaries are assumed, so 私聊 is found inside 可以私聊我: Chinese has no spaces.
/// Only an end of a phrase that is an ASCII letter must not continue a Latin word ("vx" is not
/// found in "vortex" nor "dm me" in "adm men"); digits and CJK next to it are fine ("vx123",
/// "加vx").
class PhraseMatcher final
{
public:
    struct Hit
    {
        int tag = 0; ///< what add() was given
        int begin = 0; ///< folded units [begin, end)
        int end = 0;
    };

    /// Adds `phrase` (ignored when it folds to nothing) reporting `tag` when found.
    void add(const QString &phrase, int tag);
    void build();
    bool isEmpty() const { return m_patternCount == 0; }

    /// Calls `hit(Hit)` for the first match of each tag (earliest end) in folded `text`.
    /// `seen` is scratch space sized by the caller's tag count, all false on entry and on exit.
    template<typename F> void find(QStringView text, std::vector<char> &seen, F hit) const;

private:
    struct State
    {
        int fail = 0;
        int output = -1; ///< first pattern ending here (then each pattern's nextOutput)
        std::vector<std::pair<char16_t, int>> edges; ///< sorted by unit, non-ASCII only
    };
    struct Pattern
    {
        int tag = 0;
        int length = 0;
        bool latinStart = false;
        bool latinEnd = false;
        int nextOutput = -1; ///< the next pattern ending in the same state (suffix chain)
    };

    int child(int state, char16_t u) const;
    int &asciiSlot(int state, char16_t u) { return m_ascii[size_t(state) * 128 + u]; }
    int asciiSlot(int state, char16_t u) const { return m_ascii[size_t(state) * 128 + u]; }
    int addState();
    bool accept(QStringView text, const Pattern &p, int end) const;

    std::vector<State> m_states;
    std::vector<int> m_ascii; ///< 128 transitions per state, -1 = none (goto), after build: delta
    std::vector<Pattern> m_patterns;
    int m_patternCount = 0;
};

inline bool isLatinLetter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
}

template<typename F>
void PhraseMatcher::find(QStringView text, std::vector<char> &seen, F hit) const
{
    if (m_patternCount == 0)
        return;
    std::vector<int> reported;
    int state = 0;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t u = text[i].unicode();
        if (u < 128) {
            state = asciiSlot(state, u);
        } else {
            while (state != 0 && child(state, u) < 0)
                state = m_states[size_t(state)].fail;
            const int next = child(state, u);
            state = next < 0 ? 0 : next;
        }
        for (int p = m_states[size_t(state)].output; p >= 0; p = m_patterns[size_t(p)].nextOutput) {
            const Pattern &pattern = m_patterns[size_t(p)];
            if (seen[size_t(pattern.tag)] || !accept(text, pattern, int(i + 1)))
                continue;
            seen[size_t(pattern.tag)] = 1;
            reported.push_back(pattern.tag);
            hit(Hit { pattern.tag, int(i + 1) - pattern.length, int(i + 1) });
        }
    }
    for (const int tag : reported)
        seen[size_t(tag)] = 0;
}

} // namespace cohort::rules
