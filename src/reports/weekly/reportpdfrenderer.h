#pragma once

#include "reports/weekly/weeklyreport.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>

class QIODevice;
class QPagedPaintDevice;
class QPdfWriter;

namespace cohort {

/// Renders a WeeklyReport for print: lays the content out page by page itself (so a table row
/// never splits and the header row repeats), draws header and footer with "page N of M" on every
/// page and the charts as vectors with ReportChartPainter. Works on a QPdfWriter or a QPrinter.
class ReportPdfRenderer final
{
    Q_DECLARE_TR_FUNCTIONS(ReportPdfRenderer)

public:
    explicit ReportPdfRenderer(const QLocale &locale);
    ReportPdfRenderer(const QLocale &locale, QPageSize::PageSizeId pageSize);

    QPageSize::PageSizeId pageSize() const { return m_pageSize; }
    bool writeFile(const WeeklyReport &report, const QString &path, QString *error,
                   int *pageCount = nullptr) const;
    /// Writes the PDF to an open `device` (e.g. a QSaveFile, so a failed export never leaves a
    /// truncated file behind).
    bool write(const WeeklyReport &report, QIODevice &device, QString *error,
               int *pageCount = nullptr) const;
    /// Paper and margins of the PDF. The on-screen preview uses the same layout, so it shows
    /// the pages the PDF will have; printing keeps the printer's paper and these margins.
    QPageLayout pageLayout() const;
    static QMarginsF margins() { return QMarginsF(16, 14, 16, 14); } ///< millimetres
    /// Paints the report on `device`, whose page size and margins are already set. Returns the
    /// number of pages, or 0 when painting could not start.
    int paint(const WeeklyReport &report, QPagedPaintDevice &device) const;

private:
    int writePdf(const WeeklyReport &report, QPdfWriter &writer) const;

    QLocale m_locale;
    QPageSize::PageSizeId m_pageSize;
};

} // namespace cohort
