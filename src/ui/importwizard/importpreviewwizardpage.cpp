#include "ui/importwizard/importpreviewwizardpage.h"

#include "import/chattitle.h"
#include "ui/importwizard/importwizard.h"

#include "ui_importpreviewwizardpage.h"

#include <QApplication>
#include <QDateTime>
#include <QEvent>
#include <QFileInfo>
#include <QHeaderView>

namespace cohort {

namespace {

QTableWidgetItem *textItem(const QString &text)
{
    auto *item = new QTableWidgetItem;
    // Multi-line messages stay on one row here; the tooltip shows them whole, escaped.
    QString line = text;
    line.replace(QLatin1Char('\n'), QStringLiteral(" ↵ "));
    item->setText(line);
    if (line != text || text.size() > 60)
        item->setToolTip(QString(QStringLiteral("<p style='white-space:pre-wrap'>")
                                 + text.toHtmlEscaped() + QStringLiteral("</p>")));
    return item;
}

QTableWidgetItem *numberItem(qint64 value)
{
    auto *item = new QTableWidgetItem(QLocale().toString(value));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

ImportPreviewWizardPage::ImportPreviewWizardPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_ui(std::make_unique<Ui::ImportPreviewWizardPage>())
    , m_wizard(wizard)
{
    m_ui->setupUi(this);
    for (QTableWidget *table : { m_ui->messageTable, m_ui->peopleTable }) {
        table->verticalHeader()->hide();
        table->horizontalHeader()->setHighlightSections(false);
        table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    }
    m_ui->messageTable->setColumnCount(4);
    m_ui->messageTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->peopleTable->setColumnCount(2);
    m_ui->peopleTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->peopleTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 1);
    connect(m_ui->fileCombo, &QComboBox::currentIndexChanged, this,
            &ImportPreviewWizardPage::showFile);
    retranslate();
}

ImportPreviewWizardPage::~ImportPreviewWizardPage() = default;

void ImportPreviewWizardPage::initializePage()
{
    QList<ImportFileJob> &jobs = m_wizard->jobs();
    bool busy = false;
    for (ImportFileJob &job : jobs) {
        if (job.previewed)
            continue;
        if (!busy) {
            QApplication::setOverrideCursor(Qt::WaitCursor);
            busy = true;
        }
        import::ImportPreviewReader reader;
        reader.timeZoneId = m_wizard->timeZoneId();
        job.preview = reader.read(job.path);
        job.previewed = true;
        const QString title
            = job.preview.chatNames.isEmpty() ? QString() : job.preview.chatNames.first();
        job.chatTitle = title.isEmpty() ? import::ChatTitle::fromFileName(job.path) : title;
        if (job.preview.ok() && job.preview.accountExport) {
            job.chatList = import::ChatList::read(job.path, job.preview.formatKey);
            job.chosenChats.clear();
            for (const import::ChatList::Entry &entry : std::as_const(job.chatList.entries)) {
                if (entry.isGroup())
                    job.chosenChats << entry.id;
            }
        }
    }
    if (busy)
        QApplication::restoreOverrideCursor();
    const QSignalBlocker blocker(m_ui->fileCombo);
    m_ui->fileCombo->clear();
    for (const ImportFileJob &job : std::as_const(jobs))
        m_ui->fileCombo->addItem(QFileInfo(job.path).fileName(), job.path);
    m_ui->fileCombo->setCurrentIndex(0);
    showFile(0);
    Q_EMIT completeChanged();
}

bool ImportPreviewWizardPage::isComplete() const
{
    const QList<ImportFileJob> &jobs = m_wizard->jobs();
    return std::any_of(jobs.cbegin(), jobs.cend(),
                       [](const ImportFileJob &job) { return job.canImport(); });
}

void ImportPreviewWizardPage::showFile(int index)
{
    m_ui->messageTable->setRowCount(0);
    m_ui->peopleTable->setRowCount(0);
    const QList<ImportFileJob> &jobs = m_wizard->jobs();
    if (index < 0 || index >= jobs.size()) {
        m_ui->formatValue->clear();
        m_ui->noteLabel->clear();
        return;
    }
    const import::ImportPreview &p = jobs.at(index).preview;
    if (!p.ok()) {
        m_ui->formatValue->setText(tr("Not recognised"));
        m_ui->noteLabel->setText(tr("%1 This file will be skipped.").arg(p.error));
        m_ui->noteLabel->setVisible(true);
        return;
    }
    m_ui->formatValue->setText(
        tr("%1 (confidence %2%)").arg(enumDisplayName(p.platform)).arg(p.confidence));
    QStringList notes;
    if (p.dateOrderAmbiguous)
        notes << tr("The dates do not show whether the day or the month comes first: you will "
                    "choose the date order on the next page.");
    if (!p.complete)
        notes << tr("People and counts cover the first %n record(s) of a large file.", nullptr,
                    int(p.recordsRead));
    if (p.chatNames.size() > 1)
        notes << tr("The file holds %n chat(s).", nullptr, int(p.chatNames.size()));
    if (p.messages.isEmpty())
        notes << tr("No messages were found in this file.");
    m_ui->noteLabel->setText(notes.join(QLatin1Char(' ')));
    m_ui->noteLabel->setVisible(!notes.isEmpty());

    const QLocale locale;
    m_ui->messageTable->setRowCount(int(p.messages.size()));
    for (int row = 0; row < p.messages.size(); ++row) {
        const import::ImportPreview::Message &m = p.messages.at(row);
        const QDateTime wall = QDateTime::fromSecsSinceEpoch(m.wallSeconds, Qt::UTC);
        m_ui->messageTable->setItem(
            row, 0,
            new QTableWidgetItem(locale.toString(wall.date(), QLocale::ShortFormat)
                                 + QLatin1Char(' ')
                                 + locale.toString(wall.time(), QLocale::ShortFormat)));
        m_ui->messageTable->setItem(row, 1, textItem(m.author));
        m_ui->messageTable->setItem(row, 2, new QTableWidgetItem(enumDisplayName(m.kind)));
        m_ui->messageTable->setItem(row, 3, textItem(m.text));
    }
    m_ui->messageTable->resizeColumnsToContents();
    m_ui->messageTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->peopleTable->setRowCount(int(p.people.size()));
    for (int row = 0; row < p.people.size(); ++row) {
        m_ui->peopleTable->setItem(row, 0, textItem(p.people.at(row).name));
        m_ui->peopleTable->setItem(row, 1, numberItem(p.people.at(row).messages));
    }
}

QTableWidget *ImportPreviewWizardPage::messageTable() const
{
    return m_ui->messageTable;
}

QTableWidget *ImportPreviewWizardPage::peopleTable() const
{
    return m_ui->peopleTable;
}

QString ImportPreviewWizardPage::formatText() const
{
    return m_ui->formatValue->text();
}

QString ImportPreviewWizardPage::noteText() const
{
    return m_ui->noteLabel->text();
}

void ImportPreviewWizardPage::retranslate()
{
    m_ui->messageTable->setHorizontalHeaderLabels(
        { tr("Time"), tr("Author"), tr("Kind"), tr("Text") });
    m_ui->peopleTable->setHorizontalHeaderLabels({ tr("Name"), tr("Messages") });
    m_ui->messageTable->setAccessibleName(tr("First messages"));
    m_ui->peopleTable->setAccessibleName(tr("People"));
}

void ImportPreviewWizardPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        if (isVisible())
            showFile(m_ui->fileCombo->currentIndex());
    }
    QWizardPage::changeEvent(event);
}

} // namespace cohort
