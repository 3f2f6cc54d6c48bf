#pragma once

#include <QStringList>

class QIODevice;

namespace cohort {

/// Writes RFC 4180 CSV (CRLF rows, quoted where needed) as UTF-8 with a byte-order mark,
/// neutralizes cells a spreadsheet would run as a formula and isolates right-to-left text.
class CsvWriter final
{
public:
    explicit CsvWriter(QIODevice &device);

    /// Writes one row. Returns false once the device refused data.
    bool writeRow(const QStringList &cells);
    bool ok() const { return m_ok; }

    /// The cell as it goes into the file, without the quoting.
    static QString neutralized(const QString &cell);
    /// The cell as it goes into the file: neutralized, isolated when it holds right-to-left or
    /// direction-changing characters (BidiText), then quoted when it must be.
    static QString escaped(const QString &cell);

private:
    QIODevice &m_device;
    bool m_bomWritten = false;
    bool m_ok = true;
};

} // namespace cohort
