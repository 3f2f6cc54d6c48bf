#include "ui/reports/reportpreviewpanel.h"

#include <QAction>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QSpinBox>
#include <QStyle>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace cohort {

ReportPreviewPanel::ReportPreviewPanel(QWidget *parent)
    : QWidget(parent)
    , m_printer(std::make_unique<QPrinter>(QPrinter::HighResolution))
{
    // A PDF-format printer never asks a print server for margins or paper: the preview shows
    // exactly the pages the exported PDF will have.
    m_printer->setOutputFormat(QPrinter::PdfFormat);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    const auto action = [this](const QString &themeIcon, QStyle::StandardPixmap fallback) {
        auto *a = new QAction(this);
        QIcon icon = QIcon::fromTheme(themeIcon);
        if (icon.isNull() && fallback != QStyle::SP_CustomBase)
            icon = style()->standardIcon(fallback);
        a->setIcon(icon);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a); // the shortcuts work wherever the focus is in the preview
        return a;
    };
    m_fitWidth = action(QStringLiteral("zoom-fit-width"), QStyle::SP_CustomBase);
    m_fitPage = action(QStringLiteral("zoom-fit-best"), QStyle::SP_CustomBase);
    m_zoomOut = action(QStringLiteral("zoom-out"), QStyle::SP_CustomBase);
    m_zoomOut->setShortcut(QKeySequence::ZoomOut);
    m_zoomIn = action(QStringLiteral("zoom-in"), QStyle::SP_CustomBase);
    m_zoomIn->setShortcut(QKeySequence::ZoomIn);
    m_firstPage = action(QStringLiteral("go-first"), QStyle::SP_MediaSkipBackward);
    m_firstPage->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Home));
    m_previousPage = action(QStringLiteral("go-previous"), QStyle::SP_ArrowLeft);
    m_previousPage->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    m_nextPage = action(QStringLiteral("go-next"), QStyle::SP_ArrowRight);
    m_nextPage->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    m_lastPage = action(QStringLiteral("go-last"), QStyle::SP_MediaSkipForward);
    m_lastPage->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_End));

    m_zoomLabel = new QLabel(this);
    m_zoomLabel->setTextFormat(Qt::PlainText);
    m_zoomLabel->setAlignment(Qt::AlignCenter);
    m_zoomLabel->setMinimumWidth(
        m_zoomLabel->fontMetrics().horizontalAdvance(QStringLiteral("0000 %")));
    m_pageLabel = new QLabel(this);
    m_pageLabel->setTextFormat(Qt::PlainText);
    m_pageSpin = new QSpinBox(this);
    m_pageSpin->setRange(1, 1);
    m_pageSpin->setKeyboardTracking(false);
    m_pageLabel->setBuddy(m_pageSpin);
    m_pageTotal = new QLabel(this);
    m_pageTotal->setTextFormat(Qt::PlainText);

    m_preview = new QPrintPreviewWidget(m_printer.get(), this);
    m_preview->setZoomMode(QPrintPreviewWidget::FitToWidth);
    layout->addWidget(m_preview, 1);

    connect(m_preview, &QPrintPreviewWidget::paintRequested, this,
            &ReportPreviewPanel::paintRequested);
    connect(m_preview, &QPrintPreviewWidget::previewChanged, this,
            &ReportPreviewPanel::updateControls);
    connect(m_fitWidth, &QAction::triggered, m_preview, &QPrintPreviewWidget::fitToWidth);
    connect(m_fitPage, &QAction::triggered, m_preview, &QPrintPreviewWidget::fitInView);
    connect(m_zoomIn, &QAction::triggered, this, [this] { m_preview->zoomIn(); });
    connect(m_zoomOut, &QAction::triggered, this, [this] { m_preview->zoomOut(); });
    connect(m_firstPage, &QAction::triggered, this, [this] { setCurrentPage(1); });
    connect(m_previousPage, &QAction::triggered, this,
            [this] { setCurrentPage(currentPage() - 1); });
    connect(m_nextPage, &QAction::triggered, this, [this] { setCurrentPage(currentPage() + 1); });
    connect(m_lastPage, &QAction::triggered, this, [this] { setCurrentPage(pageCount()); });
    connect(m_pageSpin, &QSpinBox::valueChanged, this, [this](int page) {
        if (page != currentPage())
            setCurrentPage(page);
    });
    retranslate();
    updateControls();
}

ReportPreviewPanel::~ReportPreviewPanel()
{
    // The preview widget refers to the printer: it goes first.
    delete m_preview;
}

void ReportPreviewPanel::setPageLayout(const QPageLayout &layout)
{
    m_printer->setPageLayout(layout);
}

void ReportPreviewPanel::updatePreview()
{
    m_preview->updatePreview();
    updateControls();
}

int ReportPreviewPanel::pageCount() const
{
    return m_preview->pageCount();
}

int ReportPreviewPanel::currentPage() const
{
    return m_preview->currentPage();
}

void ReportPreviewPanel::setCurrentPage(int page)
{
    if (pageCount() == 0)
        return;
    m_preview->setCurrentPage(std::clamp(page, 1, pageCount()));
    updateControls();
}

double ReportPreviewPanel::zoomFactor() const
{
    return m_preview->zoomFactor();
}

QList<QAction *> ReportPreviewPanel::zoomActions() const
{
    return { m_fitWidth, m_fitPage, m_zoomOut, m_zoomIn };
}

void ReportPreviewPanel::addControls(QToolBar *bar)
{
    bar->addAction(m_fitWidth);
    bar->addAction(m_fitPage);
    bar->addAction(m_zoomOut);
    bar->addWidget(m_zoomLabel);
    bar->addAction(m_zoomIn);
    bar->addSeparator();
    bar->addAction(m_firstPage);
    bar->addAction(m_previousPage);
    bar->addWidget(m_pageLabel);
    bar->addWidget(m_pageSpin);
    bar->addWidget(m_pageTotal);
    bar->addAction(m_nextPage);
    bar->addAction(m_lastPage);
    // The zoom and page buttons show only their icons (their names are in tooltips and for
    // screen readers): with their texts the toolbar ran past a 1366 px window and hid them
    // behind its overflow arrow.
    for (QAction *a : { m_fitWidth, m_fitPage, m_zoomOut, m_zoomIn, m_firstPage, m_previousPage,
                        m_nextPage, m_lastPage }) {
        if (auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(a)))
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    }
}

void ReportPreviewPanel::setControlsEnabled(bool enabled)
{
    m_controlsEnabled = enabled;
    updateControls();
}

void ReportPreviewPanel::updateControls()
{
    const int pages = m_controlsEnabled ? pageCount() : 0;
    const int page = currentPage();
    const QSignalBlocker blocker(m_pageSpin);
    m_pageSpin->setRange(1, std::max(pages, 1));
    m_pageSpin->setValue(page);
    m_pageSpin->setEnabled(pages > 1);
    m_pageTotal->setText(tr("of %1").arg(QLocale().toString(pages)));
    m_firstPage->setEnabled(page > 1 && pages > 0);
    m_previousPage->setEnabled(page > 1 && pages > 0);
    m_nextPage->setEnabled(page < pages);
    m_lastPage->setEnabled(page < pages);
    for (QAction *a : zoomActions())
        a->setEnabled(pages > 0);
    m_zoomLabel->setEnabled(pages > 0);
    const QString zoom = QLocale().toString(qRound(m_preview->zoomFactor() * 100));
    m_zoomLabel->setText(pages > 0 ? tr("%1 %").arg(zoom) : QStringLiteral("–"));
}

void ReportPreviewPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ReportPreviewPanel::retranslate()
{
    m_fitWidth->setText(tr("Fit &Width"));
    m_fitPage->setText(tr("Fit Pa&ge"));
    m_zoomOut->setText(tr("Zoom &Out"));
    m_zoomIn->setText(tr("Zoom &In"));
    m_firstPage->setText(tr("First page"));
    m_previousPage->setText(tr("Previous page"));
    m_nextPage->setText(tr("Next page"));
    m_lastPage->setText(tr("Last page"));
    for (QAction *a : { m_fitWidth, m_fitPage, m_zoomOut, m_zoomIn, m_firstPage, m_previousPage,
                        m_nextPage, m_lastPage }) {
        const QString name = QString(a->text()).remove(QLatin1Char('&'));
        a->setToolTip(a->shortcut().isEmpty()
                          ? name
                          : QStringLiteral("%1 (%2)").arg(
                              name, a->shortcut().toString(QKeySequence::NativeText)));
    }
    m_zoomLabel->setAccessibleName(tr("Zoom"));
    m_pageLabel->setText(tr("Pag&e"));
    m_pageSpin->setAccessibleName(tr("Page"));
    m_preview->setAccessibleName(tr("Report preview"));
    updateControls();
}

} // namespace cohort
