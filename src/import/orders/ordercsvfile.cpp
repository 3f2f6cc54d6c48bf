#include "import/orders/ordercsvfile.h"

#include "import/csvreader.h"

#include <QFile>

namespace cohort::import {

namespace {

/// The separator of the header line: the most frequent of comma, semicolon and tab outside
/// quotes (Excel writes semicolons where the decimal mark is a comma).
QChar sniffSeparator(const QString &head)
{
    const QString firstLine = head.section(QLatin1Char('\n'), 0, 0);
    int counts[3] = { 0, 0, 0 };
    const QChar candidates[3] = { QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t') };
    bool quoted = false;
    for (const QChar c : firstLine) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        for (int i = 0; i < 3 && !quoted; ++i) {
            if (c == candidates[i])
                ++counts[i];
        }
    }
    int best = 0;
    for (int i = 1; i < 3; ++i) {
        if (counts[i] > counts[best])
            best = i;
    }
    return candidates[best];
}

bool isBlank(const QStringList &fields)
{
    for (const QString &field : fields) {
        if (!field.trimmed().isEmpty())
            return false;
    }
    return true;
}

} // namespace

bool OrderCsvFile::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_path = path;
        m_error = tr("%1: %2").arg(path, file.errorString());
        return false;
    }
    const bool ok = read(file);
    m_path = path;
    if (!ok)
        m_error = m_errorLine > 0 ? tr("%1, line %2: %3").arg(path).arg(m_errorLine).arg(m_error)
                                  : tr("%1: %2").arg(path, m_error);
    return ok;
}

bool OrderCsvFile::read(QIODevice &device)
{
    m_headers.clear();
    m_rows.clear();
    m_error.clear();
    m_errorLine = 0;
    const QByteArray head = device.peek(8192);
    m_separator = sniffSeparator(decodeHead(head));
    CsvReader reader(device, m_separator.unicode());
    bool first = true;
    for (;;) {
        const CsvReader::Result result = reader.readRow();
        if (result == CsvReader::Result::End)
            break;
        if (result == CsvReader::Result::Error) {
            m_error = reader.errorString();
            m_errorLine = reader.errorLine();
            return false;
        }
        QStringList fields;
        fields.reserve(reader.fieldCount());
        for (qsizetype i = 0; i < reader.fieldCount(); ++i)
            fields << reader.field(i).toString();
        if (isBlank(fields))
            continue;
        if (first) {
            for (QString &header : fields)
                header = header.trimmed();
            m_headers = fields;
            first = false;
            continue;
        }
        m_rows.append({ reader.rowLine(), fields });
    }
    m_encoding = reader.encoding();
    m_replacements = reader.replacements();
    if (m_headers.isEmpty()) {
        m_error = tr("The file is empty.");
        return false;
    }
    return true;
}

} // namespace cohort::import
