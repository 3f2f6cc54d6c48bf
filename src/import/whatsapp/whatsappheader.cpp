#include "import/whatsapp/whatsappheader.h"

#include "import/wallclock.h"

namespace cohort::import {

namespace {

bool isSpaceLike(QChar c)
{
    const char16_t u = c.unicode();
    return u == u' ' || u == 0x00A0 || u == 0x202F || u == 0x2009;
}

/// Walks a line character by character while the timestamp grammar is matched.
class Cursor
{
public:
    explicit Cursor(QStringView s)
        : m_s(s)
    {
    }
    qsizetype pos() const { return m_pos; }
    bool atEnd() const { return m_pos >= m_s.size(); }
    QChar peek(qsizetype ahead = 0) const
    {
        return m_pos + ahead < m_s.size() ? m_s[m_pos + ahead] : QChar();
    }
    void advance(qsizetype n = 1) { m_pos += n; }
    void setPos(qsizetype pos) { m_pos = pos; }
    void skipInvisible()
    {
        while (!atEnd() && isWhatsAppInvisible(m_s[m_pos]))
            ++m_pos;
    }
    int skipSpaces()
    {
        int n = 0;
        while (!atEnd() && (isSpaceLike(m_s[m_pos]) || isWhatsAppInvisible(m_s[m_pos]))) {
            ++m_pos;
            ++n;
        }
        return n;
    }
    bool number(int maxDigits, int &value, int &digits)
    {
        value = 0;
        digits = 0;
        while (!atEnd() && digits < maxDigits) {
            const char16_t u = m_s[m_pos].unicode();
            if (u < u'0' || u > u'9')
                break;
            value = value * 10 + (u - u'0');
            ++digits;
            ++m_pos;
        }
        if (digits == 0)
            return false;
        // A fifth digit means this is some other number, not a date field.
        return atEnd() || m_s[m_pos].unicode() < u'0' || m_s[m_pos].unicode() > u'9';
    }

private:
    QStringView m_s;
    qsizetype m_pos = 0;
};

enum class Meridiem { None, Am, Pm };

// 12-hour markers after the time (AM, a.m., a. m. ...) or, in CJK locales, before it.
Meridiem readMeridiem(Cursor &c)
{
    const char16_t u0 = c.peek().unicode();
    const char16_t u1 = c.peek(1).unicode();
    if ((u0 == 0x4E0A || u0 == 0x5348 || u0 == 0xC624) && u1 != 0) {
        // 上午/下午 (zh), 午前/午後 (ja), 오전/오후 (ko)
        if (u0 == 0x4E0A && u1 == 0x5348) {
            c.advance(2);
            return Meridiem::Am;
        }
        if (u0 == 0x5348 && u1 == 0x524D) {
            c.advance(2);
            return Meridiem::Am;
        }
        if (u0 == 0x5348 && u1 == 0x5F8C) {
            c.advance(2);
            return Meridiem::Pm;
        }
        if (u0 == 0xC624 && u1 == 0xC804) {
            c.advance(2);
            return Meridiem::Am;
        }
        if (u0 == 0xC624 && u1 == 0xD6C4) {
            c.advance(2);
            return Meridiem::Pm;
        }
        return Meridiem::None;
    }
    if (u0 == 0x4E0B && u1 == 0x5348) {
        c.advance(2);
        return Meridiem::Pm;
    }
    const char16_t l0 = u0 | 0x20;
    if (l0 != u'a' && l0 != u'p')
        return Meridiem::None;
    qsizetype k = 1;
    if (c.peek(k) == QLatin1Char('.')) {
        ++k;
        if (isSpaceLike(c.peek(k)))
            ++k;
    }
    if ((c.peek(k).unicode() | 0x20) != u'm')
        return Meridiem::None;
    ++k;
    if (c.peek(k) == QLatin1Char('.'))
        ++k;
    if (c.peek(k).isLetterOrNumber())
        return Meridiem::None;
    c.advance(k);
    return l0 == u'a' ? Meridiem::Am : Meridiem::Pm;
}

bool isDateSeparator(QChar c)
{
    return c == QLatin1Char('/') || c == QLatin1Char('.') || c == QLatin1Char('-');
}

bool isTimeSeparator(QChar c)
{
    return c == QLatin1Char(':') || c == QLatin1Char('.');
}

} // namespace

bool WhatsAppHeader::parse(QStringView line, WhatsAppHeader &out)
{
    Cursor c(line);
    c.skipInvisible();
    out.ios = c.peek() == QLatin1Char('[');
    if (out.ios) {
        c.advance();
        c.skipInvisible();
    }
    const qsizetype start = c.pos();
    int digits = 0;
    if (!c.number(4, out.field1, out.field1Digits))
        return false;
    out.dateSeparator = c.peek();
    if (!isDateSeparator(out.dateSeparator))
        return false;
    c.advance();
    if (c.peek() == QLatin1Char(' '))
        c.advance();
    if (!c.number(4, out.field2, digits) || digits > 2)
        return false;
    if (c.peek() != out.dateSeparator)
        return false;
    c.advance();
    if (c.peek() == QLatin1Char(' '))
        c.advance();
    if (!c.number(4, out.field3, out.field3Digits) || out.field3Digits == 3)
        return false;
    if (out.field1Digits == 3 || (out.field1Digits == 4 && out.field3Digits == 4))
        return false;
    if (c.peek() == QLatin1Char('.'))
        c.advance();
    out.dateStart = start;
    out.dateLength = c.pos() - start;
    const bool comma = c.peek() == QLatin1Char(',');
    if (comma)
        c.advance();
    if (c.skipSpaces() == 0 && !comma)
        return false;
    // Finnish: "13.6.2018 klo 21.25.15".
    if (c.peek() == QLatin1Char('k') && c.peek(1) == QLatin1Char('l')
        && c.peek(2) == QLatin1Char('o') && isSpaceLike(c.peek(3))) {
        c.advance(3);
        c.skipSpaces();
    }

    Meridiem meridiem = readMeridiem(c);
    c.skipSpaces();
    int hourDigits = 0;
    int minuteDigits = 0;
    if (!c.number(2, out.hour, hourDigits) || !isTimeSeparator(c.peek()))
        return false;
    const QChar timeSeparator = c.peek();
    c.advance();
    if (!c.number(2, out.minute, minuteDigits) || minuteDigits != 2)
        return false;
    out.second = 0;
    if (c.peek() == timeSeparator && c.peek(1).isDigit()) {
        c.advance();
        int secondDigits = 0;
        if (!c.number(2, out.second, secondDigits) || secondDigits != 2)
            return false;
    }
    const qsizetype afterTime = c.pos();
    c.skipSpaces();
    if (meridiem == Meridiem::None) {
        meridiem = readMeridiem(c);
        if (meridiem == Meridiem::None)
            c.setPos(afterTime);
    }
    c.skipSpaces();

    if (out.ios) {
        if (c.peek() != QLatin1Char(']'))
            return false;
        c.advance();
    } else {
        if (c.peek() != QLatin1Char('-'))
            return false;
        c.advance();
        // "DATE, TIME -" followed by the end of line still counts (empty system text).
        if (!c.atEnd() && !isSpaceLike(c.peek()))
            return false;
    }
    if (!c.atEnd() && isSpaceLike(c.peek()))
        c.advance();
    out.restOffset = c.pos();

    if (meridiem != Meridiem::None) {
        // iOS writes some times after midnight as "00:04:03 AM": hour 0 is possible before
        // noon, never after it.
        out.validTime = out.hour <= 12 && (out.hour >= 1 || meridiem == Meridiem::Am);
        if (meridiem == Meridiem::Pm && out.hour < 12)
            out.hour += 12;
        else if (meridiem == Meridiem::Am && out.hour == 12)
            out.hour = 0;
    } else {
        out.validTime = out.hour <= 23;
    }
    out.validTime = out.validTime && out.minute <= 59 && out.second <= 59;
    return true;
}

bool WhatsAppHeader::wallSeconds(DateOrder order, qint64 &seconds) const
{
    if (!validTime)
        return false;
    int y = 0;
    int m = 0;
    int d = 0;
    int yearDigits = field3Digits;
    if (yearFirst())
        order = DateOrder::YearMonthDay;
    switch (order) {
    case DateOrder::DayMonthYear:
        d = field1, m = field2, y = field3;
        break;
    case DateOrder::MonthDayYear:
        m = field1, d = field2, y = field3;
        break;
    case DateOrder::YearMonthDay:
        y = field1, m = field2, d = field3, yearDigits = field1Digits;
        break;
    case DateOrder::Auto:
        return false;
    }
    // Two-digit years are 20xx: WhatsApp did not exist before 2009.
    if (yearDigits <= 2)
        y += 2000;
    if (m < 1 || m > 12 || d < 1 || d > wallclock::daysInMonth(y, m))
        return false;
    seconds = wallclock::daysFromCivil(y, m, d) * 86400 + hour * 3600 + minute * 60 + second;
    return true;
}

} // namespace cohort::import
