#include "storage/jsonrows.h"

namespace cohort {

void JsonRows::clear()
{
    m_text.clear();
    m_text += QLatin1Char('[');
    m_rows = 0;
    m_rowOpen = false;
    m_cellWritten = false;
}

void JsonRows::beginRow()
{
    if (m_rowOpen)
        m_text += QStringLiteral("],[");
    else
        m_text += QLatin1Char('[');
    m_rowOpen = true;
    m_cellWritten = false;
    ++m_rows;
}

void JsonRows::separate()
{
    Q_ASSERT(m_rowOpen);
    if (m_cellWritten)
        m_text += QLatin1Char(',');
    m_cellWritten = true;
}

void JsonRows::addInt(qint64 value)
{
    separate();
    // Digits by hand into one append: QString::number allocates a string per cell, and one
    // append per digit costs a capacity check each.
    QChar digits[21];
    QChar *end = digits + 21;
    QChar *p = end;
    quint64 magnitude = value < 0 ? 0 - quint64(value) : quint64(value);
    do {
        *--p = QChar(char16_t(u'0' + magnitude % 10));
        magnitude /= 10;
    } while (magnitude != 0);
    if (value < 0)
        *--p = QLatin1Char('-');
    m_text.append(p, end - p);
}

void JsonRows::addNull()
{
    separate();
    m_text += QLatin1String("null");
}

void JsonRows::addText(QStringView value)
{
    separate();
    m_text += QLatin1Char('"');
    const QChar *begin = value.data();
    const QChar *end = begin + value.size();
    const QChar *run = begin; // start of the characters that need no escape
    for (const QChar *p = begin; p != end; ++p) {
        const char16_t c = p->unicode();
        if (c >= 0x20 && c != u'"' && c != u'\\')
            continue;
        m_text.append(run, p - run);
        run = p + 1;
        switch (c) {
        case u'"':
            m_text += QLatin1String("\\\"");
            break;
        case u'\\':
            m_text += QLatin1String("\\\\");
            break;
        case u'\n':
            m_text += QLatin1String("\\n");
            break;
        case u'\r':
            m_text += QLatin1String("\\r");
            break;
        case u'\t':
            m_text += QLatin1String("\\t");
            break;
        default: {
            static const char hex[] = "0123456789abcdef";
            m_text += QLatin1String("\\u00");
            m_text += QLatin1Char(hex[c >> 4]);
            m_text += QLatin1Char(hex[c & 0xf]);
            break;
        }
        }
    }
    m_text.append(run, end - run);
    m_text += QLatin1Char('"');
}

} // namespace cohort
