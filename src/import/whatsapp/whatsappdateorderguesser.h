#pragma once

#include "import/chatparser.h"

namespace cohort::import {

struct WhatsAppHeader;

/// Infers a file's day/month order from its timestamps (FORMATS.md §3.1), in constant memory.
class WhatsAppDateOrderGuesser final
{
public:
    void add(const WhatsAppHeader &header);
    /// True once a field > 12 (or a leading year) settled the order; later dates cannot change it.
    bool isDecided() const { return m_decided != DateOrder::Auto; }
    /// The inferred order, or Auto when the evidence is missing or balanced.
    DateOrder result() const;

private:
    DateOrder m_decided = DateOrder::Auto;
    bool m_havePrevious = false;
    int m_prev1 = 0;
    int m_prev2 = 0;
    int m_prev3 = 0;
    qint64 m_dayFirstVotes = 0;
    qint64 m_monthFirstVotes = 0;
    qint64 m_firstChanges = 0;
    qint64 m_secondChanges = 0;
};

} // namespace cohort::import
