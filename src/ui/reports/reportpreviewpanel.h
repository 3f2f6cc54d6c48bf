#pragma once

#include <QPageLayout>
#include <QWidget>

#include <memory>

class QAction;
class QLabel;
class QPrinter;
class QPrintPreviewWidget;
class QSpinBox;
class QToolBar;

namespace cohort {

/// The on-screen pages of the report: a QPrintPreviewWidget on a PDF-format printer with the
/// report's page layout, so the pages are the ones the PDF gets, and its zoom (fit width, fit
/// page, in, out) and page navigation controls, which the owner places in its tool bar. The
/// owner paints on paintRequested().
class ReportPreviewPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ReportPreviewPanel(QWidget *parent = nullptr);
    ~ReportPreviewPanel() override;

    void setPageLayout(const QPageLayout &layout);
    /// Paints the pages again (emits paintRequested synchronously).
    void updatePreview();
    int pageCount() const;
    int currentPage() const;
    void setCurrentPage(int page);
    double zoomFactor() const;
    QPrintPreviewWidget *previewWidget() const { return m_preview; }
    QList<QAction *> zoomActions() const;
    /// Adds the zoom and page controls to `bar` (once).
    void addControls(QToolBar *bar);
    /// Disables the controls while no pages are shown.
    void setControlsEnabled(bool enabled);

Q_SIGNALS:
    void paintRequested(QPrinter *printer);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateControls();

    std::unique_ptr<QPrinter> m_printer;
    QPrintPreviewWidget *m_preview = nullptr;
    bool m_controlsEnabled = true;
    QAction *m_fitWidth = nullptr;
    QAction *m_fitPage = nullptr;
    QAction *m_zoomIn = nullptr;
    QAction *m_zoomOut = nullptr;
    QAction *m_firstPage = nullptr;
    QAction *m_previousPage = nullptr;
    QAction *m_nextPage = nullptr;
    QAction *m_lastPage = nullptr;
    QLabel *m_zoomLabel = nullptr;
    QLabel *m_pageLabel = nullptr;
    QSpinBox *m_pageSpin = nullptr;
    QLabel *m_pageTotal = nullptr;
};

} // namespace cohort
