#pragma once

#include "import/textdecoding.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

class QIODevice;

namespace cohort::import {

/// An order CSV read into memory: the header row, the data rows with their line numbers, the
/// detected encoding (UTF-8 with or without BOM, UTF-16, GB18030 from Excel in China) and the
/// separator (comma, semicolon or tab, from the header line). Order files are small next to chat
/// exports, so the wizard can preview and re-map them without reading twice.
class OrderCsvFile final
{
    Q_DECLARE_TR_FUNCTIONS(OrderCsvFile)

public:
    struct Row
    {
        qint64 line = 0;
        QStringList fields;
    };

    /// Reads `path`; on failure errorString() names the file (and the line when there is one).
    bool read(const QString &path);
    bool read(QIODevice &device);

    QString path() const { return m_path; }
    const QStringList &headers() const { return m_headers; }
    const QList<Row> &rows() const { return m_rows; }
    TextEncoding encoding() const { return m_encoding; }
    QChar separator() const { return m_separator; }
    /// Bytes invalid in the detected encoding that were replaced (shown as a warning).
    const ReplacementTracker &replacements() const { return m_replacements; }
    QString errorString() const { return m_error; }
    qint64 errorLine() const { return m_errorLine; }

private:
    QString m_path;
    QStringList m_headers;
    QList<Row> m_rows;
    TextEncoding m_encoding = TextEncoding::Utf8;
    QChar m_separator = QLatin1Char(',');
    ReplacementTracker m_replacements;
    QString m_error;
    qint64 m_errorLine = 0;
};

} // namespace cohort::import
