#pragma once

#include <QString>
#include <QStringView>

namespace cohort {

/// The one bound value of a chunked statement: a JSON array of rows, each an array of integers,
/// texts and nulls, that SqlDialect::jsonRowsSelect() expands back into rows. Binding one text
/// per chunk instead of one value per cell skips QtSql's per-value bookkeeping, which dominated
/// bulk imports.
class JsonRows final
{
public:
    JsonRows() { clear(); }

    /// Starts the next row; cells follow with add...().
    void beginRow();
    void addInt(qint64 value);
    /// Text as it is: quotes, backslashes and control characters are escaped.
    void addText(QStringView value);
    void addNull();
    /// NULL for 0 ("no id"), else the id.
    void addId(qint64 id) { id > 0 ? addInt(id) : addNull(); }
    /// NULL for an empty text.
    void addTextOrNull(QStringView value) { value.isEmpty() ? addNull() : addText(value); }

    int rows() const { return m_rows; }
    bool isEmpty() const { return m_rows == 0; }
    /// The JSON text of the rows added since the last clear().
    QString text() const
    {
        return m_rows == 0 ? QStringLiteral("[]") : m_text + QStringLiteral("]]");
    }
    void clear();

private:
    void separate();

    QString m_text;
    int m_rows = 0;
    bool m_rowOpen = false;
    bool m_cellWritten = false;
};

} // namespace cohort
