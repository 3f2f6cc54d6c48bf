#include "reports/csvwriter.h"

#include "domain/biditext.h"

#include <QIODevice>

#include <algorithm>

namespace cohort {

CsvWriter::CsvWriter(QIODevice &device)
    : m_device(device)
{
}

namespace {

/// Characters a spreadsheet may split a line on: the comma, the semicolon of locales whose
/// decimal mark is a comma (German, French Excel), the tab of pasted text, and line breaks.
bool isSeparator(QChar c)
{
    return c == QLatin1Char(',') || c == QLatin1Char(';') || c == QLatin1Char('\t')
        || c == QLatin1Char('\r') || c == QLatin1Char('\n');
}

bool startsFormula(QChar c)
{
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-')
        || c == QLatin1Char('@');
}

} // namespace

QString CsvWriter::neutralized(const QString &cell)
{
    // CSV injection: Excel, LibreOffice and Google Sheets evaluate a cell that starts with = + - @
    // as a formula (=HYPERLINK(...), =cmd|'...'!A1 DDE payloads), and a leading tab or carriage
    // return can hide such a start from a check while the spreadsheet still trims and runs it.
    // Member names and messages come from chat exports anyone can write into, so a leading
    // apostrophe makes the spreadsheet show such a cell as the literal text it is (OWASP advice).
    // Numbers we format ourselves ("-3.05") are also prefixed: a text cell is the safe reading.
    // The cell is quoted, but a program that splits on another separator than ours (a semicolon
    // locale, a paste as tab-separated text) would start a new cell after any separator inside
    // it: every such piece is neutralized as well.
    if (cell.isEmpty())
        return cell;
    QString text;
    text.reserve(cell.size() + 2);
    const QChar first = cell.at(0);
    if (first == QLatin1Char('\t') || first == QLatin1Char('\r'))
        text += QLatin1Char('\'');
    for (qsizetype i = 0; i < cell.size(); ++i) {
        const QChar c = cell.at(i);
        // A cell isolated for right-to-left text (FSI first) still starts at its second character.
        const bool cellStart = i == 0 || isSeparator(cell.at(i - 1))
            || (i == 1 && cell.at(0) == QChar(BidiText::FirstStrongIsolate));
        if (startsFormula(c) && cellStart)
            text += QLatin1Char('\'');
        text += c;
    }
    return text;
}

QString CsvWriter::escaped(const QString &cell)
{
    // A right-to-left override in a name would reverse the rest of the row in a text editor.
    const QString text = BidiText::isolated(neutralized(cell));
    const bool quote = std::any_of(text.cbegin(), text.cend(),
                                   [](QChar c) { return isSeparator(c) || c == QLatin1Char('"'); })
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
