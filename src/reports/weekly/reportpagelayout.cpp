#include "reports/weekly/reportpagelayout.h"

#include "domain/biditext.h"

#include "reports/weekly/reportchartpainter.h"
#include "reports/weekly/reportlanguage.h"
#include "reports/weekly/reporttext.h"

#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>

namespace cohort {

namespace {

const QColor Accent(0x2F, 0x6D, 0xB5);
const QColor Ink(0x22, 0x22, 0x22);
const QColor Muted(0x66, 0x66, 0x66);
const QColor Rule(0xDD, 0xDD, 0xDD);

QFont withPointSize(QFont font, double size, bool bold = false)
{
    font.setPointSizeF(size);
    font.setBold(bold);
    return font;
}

} // namespace

ReportPageLayout::ReportPageLayout(QPainter &painter, QPagedPaintDevice &device,
                                   const QLocale &locale)
    : m_painter(painter)
    , m_device(device)
    , m_locale(locale)
{
    m_unit = device.logicalDpiY() / 72.0;
    m_page = QRectF(0, 0, device.width(), device.height());
    const QFont base = ReportLanguage::font(9.5);
    m_body = base;
    m_small = withPointSize(base, 7.5);
    m_tableFont = withPointSize(base, 8.5);
    m_tableBold = withPointSize(base, 8.5, true);
    m_heading = withPointSize(base, 13, true);
    m_subheading = withPointSize(base, 10.5, true);
    m_title = withPointSize(base, 22, true);
    m_headerBand = QFontMetricsF(m_small, &device).height() + pt(12);
    m_footerBand = QFontMetricsF(m_small, &device).height() + pt(10);
}

double ReportPageLayout::textHeight(const QFont &font, double width, const QString &text) const
{
    m_painter.setFont(font);
    return m_painter.boundingRect(QRectF(0, 0, width, 1e9), Qt::TextWordWrap, text).height();
}

void ReportPageLayout::addCover(const WeeklyReport &report)
{
    const double width = m_page.width();
    const QString title = ReportText::title();
    const QString line1 = QString(BidiText::isolated(report.workspaceName) + QStringLiteral(" · ")
                                  + report.scopeText);
    const QString line2 = ReportText::weekRange(report, m_locale);
    const QString line3 = ReportText::printedOn(report, m_locale);
    const QString anon = report.anonymized ? ReportText::anonymizedNote() : QString();
    const QFont lead = withPointSize(m_body, 11.5, true);
    const double h0 = textHeight(m_title, width, title);
    const double h1 = textHeight(lead, width, line1);
    const double h2 = textHeight(m_body, width, line2);
    const double h3 = textHeight(m_body, width, line3);
    const double h4 = anon.isEmpty() ? 0 : textHeight(m_body, width, anon);
    Block block;
    block.height = h0 + pt(4) + h1 + pt(2) + h2 + h3 + h4 + pt(10);
    const QFont title_ = m_title;
    const QFont body = m_body;
    const double gap4 = pt(4), gap2 = pt(2), bar = pt(2.5);
    block.paint = [=](QPainter &p, const QRectF &r) {
        double y = r.top();
        p.setPen(Accent);
        p.setFont(title_);
        p.drawText(QRectF(r.left(), y, r.width(), h0), Qt::TextWordWrap, title);
        y += h0 + gap4;
        p.setPen(Ink);
        p.setFont(lead);
        p.drawText(QRectF(r.left(), y, r.width(), h1), Qt::TextWordWrap, line1);
        y += h1 + gap2;
        p.setFont(body);
        p.setPen(Muted);
        p.drawText(QRectF(r.left(), y, r.width(), h2), Qt::TextWordWrap, line2);
        y += h2;
        p.drawText(QRectF(r.left(), y, r.width(), h3), Qt::TextWordWrap, line3);
        y += h3;
        if (!anon.isEmpty()) {
            p.setPen(QColor(0x9A, 0x5B, 0xB5));
            p.drawText(QRectF(r.left(), y, r.width(), h4), Qt::TextWordWrap, anon);
        }
        p.fillRect(QRectF(r.left(), r.bottom() - bar, r.width(), bar), Accent);
    };
    m_blocks.push_back(std::move(block));
}

void ReportPageLayout::addHeading(const QString &text)
{
    Block block;
    const double h = textHeight(m_heading, m_page.width(), text);
    block.height = h + pt(5);
    block.spaceBefore = pt(14);
    block.keepWithNext = true;
    const QFont font = m_heading;
    const double line = pt(0.6);
    block.paint = [=](QPainter &p, const QRectF &r) {
        p.setFont(font);
        p.setPen(Accent);
        p.drawText(QRectF(r.left(), r.top(), r.width(), h), Qt::TextWordWrap, text);
        p.fillRect(QRectF(r.left(), r.top() + h + line, r.width(), line), QColor(0xCC, 0xCC, 0xDD));
    };
    m_blocks.push_back(std::move(block));
}

void ReportPageLayout::addSubheading(const QString &text)
{
    Block block;
    const double h = textHeight(m_subheading, m_page.width(), text);
    block.height = h + pt(3);
    block.spaceBefore = pt(8);
    block.keepWithNext = true;
    const QFont font = m_subheading;
    block.paint = [=](QPainter &p, const QRectF &r) {
        p.setFont(font);
        p.setPen(Ink);
        p.drawText(QRectF(r.left(), r.top(), r.width(), h), Qt::TextWordWrap, text);
    };
    m_blocks.push_back(std::move(block));
}

void ReportPageLayout::addParagraph(const QString &text, bool highlighted)
{
    const double pad = highlighted ? pt(7) : 0;
    const double bar = highlighted ? pt(3) : 0;
    const double width = m_page.width() - 2 * pad - bar;
    const QFont font = withPointSize(m_body, highlighted ? 10.5 : 9.5);
    const double h = textHeight(font, width, text);
    Block block;
    block.height = h + 2 * pad;
    block.spaceBefore = pt(4);
    block.paint = [=](QPainter &p, const QRectF &r) {
        if (highlighted) {
            p.fillRect(r, QColor(0xF3, 0xF6, 0xFB));
            p.fillRect(QRectF(r.left(), r.top(), bar, r.height()), Accent);
        }
        p.setFont(font);
        p.setPen(Ink);
        p.drawText(QRectF(r.left() + bar + pad, r.top() + pad, width, h), Qt::TextWordWrap, text);
    };
    m_blocks.push_back(std::move(block));
}

void ReportPageLayout::addNote(const QString &text)
{
    QFont font = m_body;
    font.setItalic(true);
    const double h = textHeight(font, m_page.width(), text);
    Block block;
    block.height = h;
    block.spaceBefore = pt(2);
    block.paint = [=](QPainter &p, const QRectF &r) {
        p.setFont(font);
        p.setPen(Muted);
        p.drawText(r, Qt::TextWordWrap, text);
    };
    m_blocks.push_back(std::move(block));
}

ReportPageLayout::Block ReportPageLayout::tableRow(const Table &table, const QStringList &cells,
                                                   const QFont &font, bool header,
                                                   bool shaded) const
{
    const double padX = pt(3.5);
    const double padY = pt(2.8);
    const double width = m_page.width();
    QList<double> widths;
    double height = 0;
    for (qsizetype c = 0; c < table.columns.size(); ++c) {
        const QFont cellFont = (c == 0 && table.firstColumnBold) ? m_tableBold : font;
        const double w = table.columns.at(c).width * width;
        widths << w;
        height = std::max(height, textHeight(cellFont, w - 2 * padX, cells.value(c)));
    }
    Block block;
    block.height = height + 2 * padY;
    const QList<Column> columns = table.columns;
    const bool firstBold = table.firstColumnBold;
    const QFont bold = m_tableBold;
    const double line = pt(0.5);
    block.paint = [=](QPainter &p, const QRectF &r) {
        if (header)
            p.fillRect(r, QColor(0xE8, 0xEE, 0xF6));
        else if (shaded)
            p.fillRect(r, QColor(0xF8, 0xF9, 0xFB));
        double x = r.left();
        p.setPen(Ink);
        for (qsizetype c = 0; c < columns.size(); ++c) {
            p.setFont((c == 0 && firstBold) ? bold : font);
            const int align = (columns.at(c).numeric ? Qt::AlignRight : Qt::AlignLeft)
                | Qt::AlignTop | Qt::TextWordWrap;
            p.drawText(
                QRectF(x + padX, r.top() + padY, widths.at(c) - 2 * padX, r.height() - 2 * padY),
                align, cells.value(c));
            x += widths.at(c);
        }
        p.fillRect(QRectF(r.left(), r.bottom() - line, r.width(), line),
                   header ? QColor(0xB8, 0xC4, 0xD6) : Rule);
    };
    return block;
}

void ReportPageLayout::addTable(const Table &table)
{
    int headerIndex = -1;
    if (table.showHeader) {
        QStringList titles;
        for (const Column &column : table.columns)
            titles << column.title;
        Block header = tableRow(table, titles, m_tableBold, true, false);
        m_tableHeaders.push_back(header);
        headerIndex = int(m_tableHeaders.size() - 1);
        header.keepWithNext = true;
        header.spaceBefore = pt(3);
        m_blocks.push_back(std::move(header));
    }
    for (qsizetype i = 0; i < table.rows.size(); ++i) {
        Block row = tableRow(table, table.rows.at(i), m_tableFont, false, i % 2 == 1);
        row.repeatHeader = headerIndex;
        if (i == 0 && !table.showHeader)
            row.spaceBefore = pt(3);
        m_blocks.push_back(std::move(row));
    }
}

void ReportPageLayout::addChart(const ReportChart &chart, double heightPt)
{
    Block block;
    block.height = std::min(pt(heightPt), m_page.height() - m_headerBand - m_footerBand);
    block.spaceBefore = pt(8);
    const ReportChartPainter chartPainter(withPointSize(m_body, 8), m_locale);
    block.paint = [=](QPainter &p, const QRectF &r) { chartPainter.paint(p, r, chart); };
    m_blocks.push_back(std::move(block));
}

void ReportPageLayout::paintHeaderFooter(const WeeklyReport &report, int page, int pages)
{
    QPainter &p = m_painter;
    const QFontMetricsF metrics(m_small, &m_device);
    const double w = m_page.width();
    p.setFont(m_small);
    p.setPen(Muted);
    const QString left = QString(ReportText::title() + QStringLiteral(" · ")
                                 + BidiText::isolated(report.workspaceName));
    const QString right = QString(report.weekText + QStringLiteral(" · ") + report.scopeText);
    const double half = w / 2 - pt(6);
    p.drawText(QRectF(0, 0, half, metrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
               metrics.elidedText(left, Qt::ElideRight, half));
    p.drawText(QRectF(w - half, 0, half, metrics.height()), Qt::AlignRight | Qt::AlignVCenter,
               metrics.elidedText(right, Qt::ElideRight, half));
    p.fillRect(QRectF(0, metrics.height() + pt(3), w, pt(0.5)), Rule);

    const double footerTop = m_page.height() - metrics.height();
    p.fillRect(QRectF(0, footerTop - pt(4), w, pt(0.5)), Rule);
    p.drawText(QRectF(0, footerTop, w / 3, metrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
               ReportText::printedOn(report, m_locale));
    if (report.anonymized) {
        p.drawText(QRectF(w / 3, footerTop, w / 3, metrics.height()),
                   Qt::AlignHCenter | Qt::AlignVCenter, tr("Anonymized"));
    }
    p.drawText(QRectF(2 * w / 3, footerTop, w / 3, metrics.height()),
               Qt::AlignRight | Qt::AlignVCenter,
               tr("Page %1 of %2").arg(m_locale.toString(page), m_locale.toString(pages)));
}

int ReportPageLayout::paintPages(const WeeklyReport &report)
{
    struct Placed
    {
        const Block *block;
        double y;
    };
    const double top = m_headerBand;
    const double bottom = m_page.height() - m_footerBand;
    std::vector<std::vector<Placed>> pages(1);
    double y = top;
    bool atTop = true;
    for (size_t i = 0; i < m_blocks.size(); ++i) {
        const Block &block = m_blocks[i];
        // A heading (and a table header) must not end a page: keep the chain up to the first
        // block that does not ask to stay with its successor.
        double need = (atTop ? 0 : block.spaceBefore) + block.height;
        for (size_t j = i; j + 1 < m_blocks.size() && m_blocks[j].keepWithNext; ++j)
            need += m_blocks[j + 1].spaceBefore + m_blocks[j + 1].height;
        if (!atTop && y + need > bottom) {
            pages.emplace_back();
            y = top;
            atTop = true;
            if (block.repeatHeader >= 0) {
                const Block &header = m_tableHeaders[size_t(block.repeatHeader)];
                pages.back().push_back({ &header, y });
                y += header.height;
                atTop = false;
            }
        }
        if (!atTop)
            y += block.spaceBefore;
        pages.back().push_back({ &block, y });
        y += block.height;
        atTop = false;
    }

    const int count = int(pages.size());
    for (int page = 0; page < count; ++page) {
        if (page > 0)
            m_device.newPage();
        paintHeaderFooter(report, page + 1, count);
        for (const Placed &placed : pages[size_t(page)]) {
            m_painter.save();
            placed.block->paint(m_painter,
                                QRectF(0, placed.y, m_page.width(), placed.block->height));
            m_painter.restore();
        }
    }
    return count;
}

} // namespace cohort
