#include "import/whatsapp/whatsappdateorderguesser.h"

#include "import/whatsapp/whatsappheader.h"

namespace cohort::import {

void WhatsAppDateOrderGuesser::add(const WhatsAppHeader &header)
{
    if (isDecided())
        return;
    if (header.yearFirst()) {
        m_decided = DateOrder::YearMonthDay;
        return;
    }
    if (header.field1 > 12) {
        m_decided = DateOrder::DayMonthYear;
        return;
    }
    if (header.field2 > 12) {
        m_decided = DateOrder::MonthDayYear;
        return;
    }
    const int a = header.field1;
    const int b = header.field2;
    const int c = header.field3;
    if (m_havePrevious && c == m_prev3 && (a != m_prev1 || b != m_prev2)) {
        // When the month rolls over, the day field drops back while the month field grows.
        if (a < m_prev1 && b > m_prev2)
            ++m_dayFirstVotes;
        else if (b < m_prev2 && a > m_prev1)
            ++m_monthFirstVotes;
        if (a != m_prev1)
            ++m_firstChanges;
        if (b != m_prev2)
            ++m_secondChanges;
    }
    m_havePrevious = true;
    m_prev1 = a;
    m_prev2 = b;
    m_prev3 = c;
}

DateOrder WhatsAppDateOrderGuesser::result() const
{
    if (isDecided())
        return m_decided;
    if (m_dayFirstVotes != m_monthFirstVotes)
        return m_dayFirstVotes > m_monthFirstVotes ? DateOrder::DayMonthYear
                                                   : DateOrder::MonthDayYear;
    // The day changes more often than the month.
    if (m_firstChanges != m_secondChanges)
        return m_firstChanges > m_secondChanges ? DateOrder::DayMonthYear : DateOrder::MonthDayYear;
    return DateOrder::Auto;
}

} // namespace cohort::import
