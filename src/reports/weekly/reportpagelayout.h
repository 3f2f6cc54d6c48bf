#pragma once

#include "reports/weekly/weeklyreport.h"

#include <QCoreApplication>
#include <QFont>
#include <QLocale>
#include <QRectF>

#include <functional>
#include <vector>

class QPainter;
class QPagedPaintDevice;

namespace cohort {

/// Paginates the print version of a report: content is added as atomic blocks (a heading, a
/// paragraph, a chart, one table row), measured on the target device, then placed page by page
/// with keep-with-next for headings, the table header repeated after a break, and a header and
/// footer ("page N of M") drawn on every page. Drawing each page ourselves is what guarantees
/// that no table row is ever split.
class ReportPageLayout final
{
    Q_DECLARE_TR_FUNCTIONS(ReportPageLayout)

public:
    struct Column
    {
        QString title;
        double width = 0; ///< share of the text width
        bool numeric = false; ///< right-aligned
    };
    struct Table
    {
        QList<Column> columns;
        QList<QStringList> rows;
        bool showHeader = true;
        bool firstColumnBold = false;
    };

    ReportPageLayout(QPainter &painter, QPagedPaintDevice &device, const QLocale &locale);

    void addCover(const WeeklyReport &report);
    void addHeading(const QString &text);
    void addSubheading(const QString &text);
    void addParagraph(const QString &text, bool highlighted);
    void addNote(const QString &text);
    void addTable(const Table &table);
    /// A chart `heightPt` points tall across the text width (never taller than a page).
    void addChart(const ReportChart &chart, double heightPt);

    /// Places every block and paints all pages; returns the page count.
    int paintPages(const WeeklyReport &report);

private:
    struct Block
    {
        double height = 0;
        double spaceBefore = 0;
        bool keepWithNext = false;
        int repeatHeader = -1; ///< index in m_tableHeaders, for table rows
        std::function<void(QPainter &, const QRectF &)> paint;
    };

    double pt(double points) const { return points * m_unit; }
    double textHeight(const QFont &font, double width, const QString &text) const;
    Block tableRow(const Table &table, const QStringList &cells, const QFont &font, bool header,
                   bool shaded) const;
    void paintHeaderFooter(const WeeklyReport &report, int page, int pages);

    QPainter &m_painter;
    QPagedPaintDevice &m_device;
    QLocale m_locale;
    double m_unit = 1; ///< device pixels per point
    QRectF m_page; ///< paintable area in device pixels
    double m_headerBand = 0;
    double m_footerBand = 0;
    QFont m_body;
    QFont m_small;
    QFont m_tableFont;
    QFont m_tableBold;
    QFont m_heading;
    QFont m_subheading;
    QFont m_title;
    std::vector<Block> m_blocks;
    std::vector<Block> m_tableHeaders;
};

} // namespace cohort
