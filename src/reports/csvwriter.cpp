#include "reports/csvwriter.h"

#include <QIODevice>

namespace cohort {

CsvWriter::CsvWriter(QIODevice &device)
    : m_device(device)
{
}

QString CsvWriter::neutralized(const QString &cell)
{
    // CSV injection: Excel, LibreOffice and Google Sheets evaluate a cell that starts with = + - @
    // as a formula (=HYPERLINK(...), =cmd|'...'!A1 DDE payloads), and a leading tab or carriage
    // return can hide such a start from a check while the spreadsheet still trims and runs it.
    // Member names and messages come from chat exports anyone can write into, so a leading
    // apostrophe makes the spreadsheet show such a cell as the literal text it is (OWASP advice).
    // Numbers we format ourselves ("-3.05") are also prefixed: a text cell is the safe reading.
    if (cell.isEmpty())
        return cell;
    const QChar first = cell.at(0);
    if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-')
        || first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r'))
        return QLatin1Char('\'') + cell;
    return cell;
}

QString CsvWriter::escaped(const QString &cell)
{
    const QString text = neutralized(cell);
    const bool quote = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"'))
        || text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'))
        || text.startsWith(QLatin1Char(' ')) || text.endsWith(QLatin1Char(' '));
    if (!quote)
        return text;
    QString doubled = text;
    doubled.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + doubled + QLatin1Char('"');
}

bool CsvWriter::writeRow(const QStringList &cells)
{
    if (!m_ok)
        return false;
    QByteArray bytes;
    if (!m_bomWritten) {
        // Excel reads a BOM-less CSV in the ANSI code page and garbles Chinese names.
        bytes = QByteArrayLiteral("\xEF\xBB\xBF");
        m_bomWritten = true;
    }
    QStringList fields;
    fields.reserve(cells.size());
    for (const QString &cell : cells)
        fields << escaped(cell);
    bytes += fields.join(QLatin1Char(',')).toUtf8();
    bytes += QByteArrayLiteral("\r\n");
    m_ok = m_device.write(bytes) == bytes.size();
    return m_ok;
}

} // namespace cohort
