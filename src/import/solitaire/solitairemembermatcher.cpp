#include "import/solitaire/solitairemembermatcher.h"

#include "import/solitaire/solitairequantity.h"

namespace cohort::import {

SolitaireMemberMatcher::SolitaireMemberMatcher(const QList<SolitaireRepository::MemberName> &names)
{
    for (const SolitaireRepository::MemberName &name : names) {
        const QString key = normalized(name.name);
        if (!key.isEmpty())
            m_byName[key].insert(name.memberId);
        if (name.isDisplayName)
            m_displayNames.insert(name.memberId, name.name);
    }
}

QString SolitaireMemberMatcher::normalized(const QString &name)
{
    return SolitaireQuantity::fold(name).simplified().toCaseFolded();
}

SolitaireMemberMatch SolitaireMemberMatcher::match(const QString &entryName, qint64 posterId) const
{
    const auto it = m_byName.constFind(normalized(entryName));
    if (it == m_byName.cend() || it->isEmpty())
        return {};
    if (it->size() == 1)
        return { SolitaireMemberMatch::Status::Matched, *it->cbegin() };
    if (posterId > 0 && it->contains(posterId))
        return { SolitaireMemberMatch::Status::Matched, posterId };
    return { SolitaireMemberMatch::Status::Ambiguous, 0 };
}

} // namespace cohort::import
