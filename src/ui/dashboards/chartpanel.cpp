#include "ui/dashboards/chartpanel.h"

#include "reports/csvwriter.h"

#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QSaveFile>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

namespace cohort {

ChartPanel::ChartPanel(QWidget *content, QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_pngButton(new QToolButton(this))
    , m_csvButton(new QToolButton(this))
    , m_content(content)
{
    setFrameShape(QFrame::StyledPanel);
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_pngButton->setAutoRaise(true);
    m_csvButton->setAutoRaise(true);
    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_pngButton);
    header->addWidget(m_csvButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 8);
    layout->addLayout(header);
    layout->addWidget(content, 1);
    connect(m_pngButton, &QToolButton::clicked, this, &ChartPanel::choosePng);
    connect(m_csvButton, &QToolButton::clicked, this, &ChartPanel::chooseCsv);
    retranslate();
}

void ChartPanel::setTitle(const QString &title)
{
    m_title->setText(title);
    m_content->setAccessibleName(title);
}

QString ChartPanel::title() const
{
    return m_title->text();
}

void ChartPanel::setHelp(const QString &help)
{
    m_title->setToolTip(help.toHtmlEscaped());
    m_content->setToolTip(help.toHtmlEscaped());
}

void ChartPanel::retranslate()
{
    m_pngButton->setText(tr("PNG…"));
    m_pngButton->setToolTip(tr("Save this chart as a PNG image"));
    m_csvButton->setText(tr("CSV…"));
    m_csvButton->setToolTip(tr("Save the numbers behind this chart as CSV"));
}

void ChartPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

bool ChartPanel::exportPng(const QString &path) const
{
    return m_content->grab().save(path, "PNG");
}

bool ChartPanel::exportCsv(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    CsvWriter writer(file);
    for (const QStringList &row : m_csv)
        writer.writeRow(row);
    return writer.ok() && file.commit();
}

void ChartPanel::choosePng()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Chart"), dir + QLatin1Char('/') + title() + QStringLiteral(".png"),
                                                      tr("PNG images (*.png)"));
    if (!path.isEmpty() && !exportPng(path))
        QMessageBox::warning(this, tr("Export Chart"), tr("“%1” could not be written.").arg(path));
}

void ChartPanel::chooseCsv()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Data"), dir + QLatin1Char('/') + title() + QStringLiteral(".csv"),
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty() && !exportCsv(path))
        QMessageBox::warning(this, tr("Export Data"), tr("“%1” could not be written.").arg(path));
}

} // namespace cohort
