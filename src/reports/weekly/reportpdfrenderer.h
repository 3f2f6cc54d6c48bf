#pragma once

#include "reports/weekly/weeklyreport.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPageSize>

class QPagedPaintDevice;

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
    /// Paints the report on `device`, whose page size and margins are already set. Returns the
    /// number of pages, or 0 when painting could not start.
    int paint(const WeeklyReport &report, QPagedPaintDevice &device) const;

private:
    QLocale m_locale;
    QPageSize::PageSizeId m_pageSize;
};

} // namespace cohort
