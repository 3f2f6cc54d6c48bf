#include "domain/commissioncalculator.h"

namespace cohort {

namespace {

constexpr qint64 AllBasisPoints = 10000;

bool rateInRange(qint64 rate)
{
    return rate >= 0 && rate <= AllBasisPoints;
}

} // namespace

CommissionCalculator::TermsError CommissionCalculator::setPartner(const PartnerTerms &terms)
{
    if (terms.memberId <= 0)
        return TermsError::InvalidMember;
    if (!rateInRange(terms.rateBasisPoints) || !rateInRange(terms.recruiterRateBasisPoints))
        return TermsError::RateOutOfRange;
    if (terms.recruiterId == terms.memberId)
        return TermsError::SelfRecruited;
    if (terms.recruiterId == 0 && terms.recruiterRateBasisPoints != 0)
        return TermsError::RecruiterRateWithoutRecruiter;
    if (terms.recruiterId != 0 && !m_partners.contains(terms.recruiterId))
        return TermsError::UnknownRecruiter;
    if (terms.rateBasisPoints + terms.recruiterRateBasisPoints > AllBasisPoints)
        return TermsError::CombinedRateAboveTotal;
    if (!m_partners.contains(terms.memberId))
        m_partnerOrder.append(terms.memberId);
    m_partners.insert(terms.memberId, terms);
    return TermsError::None;
}

QString CommissionCalculator::describe(TermsError error)
{
    switch (error) {
    case TermsError::None:
        return QString();
    case TermsError::InvalidMember:
        return tr("Choose the member who is the partner.");
    case TermsError::RateOutOfRange:
        return tr("Commission rates must be between 0 % and 100 %.");
    case TermsError::SelfRecruited:
        return tr("A partner cannot be their own recruiter.");
    case TermsError::UnknownRecruiter:
        return tr("The recruiter must be a partner.");
    case TermsError::RecruiterRateWithoutRecruiter:
        return tr("A recruiter rate needs a recruiter.");
    case TermsError::CombinedRateAboveTotal:
        return tr("The partner's and the recruiter's rates together exceed 100 %.");
    }
    return QString();
}

std::optional<PartnerTerms> CommissionCalculator::partner(qint64 memberId) const
{
    const auto it = m_partners.constFind(memberId);
    if (it == m_partners.constEnd())
        return std::nullopt;
    return *it;
}

QList<LedgerEntry> CommissionCalculator::creditsFor(const Order &order, const QDateTime &at) const
{
    QList<LedgerEntry> entries;
    if (order.groupId == 0)
        return entries;
    for (const qint64 memberId : m_partnerOrder) {
        const PartnerTerms &terms = m_partners[memberId];
        if (!terms.groupIds.contains(order.groupId))
            continue;
        const Money own = order.total.percentBasisPoints(terms.rateBasisPoints);
        if (own.minorUnits() > 0)
            entries.append({ LedgerKind::Commission, memberId, order.id, own, at });
        // One level up and no further: the recruiter's own recruiter is deliberately not read.
        if (terms.recruiterId != 0) {
            const Money up = order.total.percentBasisPoints(terms.recruiterRateBasisPoints);
            if (up.minorUnits() > 0)
                entries.append(
                    { LedgerKind::RecruiterCommission, terms.recruiterId, order.id, up, at });
        }
    }
    return entries;
}

QList<LedgerEntry> CommissionCalculator::process(const OrderEvent &event)
{
    QList<LedgerEntry> &history = m_byOrder[event.order.id];
    QList<LedgerEntry> added;
    if (event.kind == OrderEvent::Kind::Paid) {
        Money net;
        for (const LedgerEntry &entry : history)
            net += entry.amount;
        if (!history.isEmpty() && !net.isZero())
            return {};
        added = creditsFor(event.order, event.at);
    } else if (!history.isEmpty()) {
        added = reversalsFor(history, event.at);
    }
    history.append(added);
    return added;
}

} // namespace cohort
