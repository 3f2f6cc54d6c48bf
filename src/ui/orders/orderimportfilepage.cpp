#include "ui/orders/orderimportfilepage.h"

#include "ui/orders/orderimportwizard.h"

#include "ui_orderimportfilepage.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QStandardPaths>

namespace cohort {

OrderImportFilePage::OrderImportFilePage(OrderImportWizard *wizard)
    : QWizardPage(wizard)
    , m_ui(std::make_unique<Ui::OrderImportFilePage>())
    , m_wizard(wizard)
{
    m_ui->setupUi(this);
    m_ui->fileEdit->setAccessibleName(tr("CSV file"));
    connect(m_ui->browseButton, &QPushButton::clicked, this, &OrderImportFilePage::browse);
    connect(m_ui->fileEdit, &QLineEdit::editingFinished, this, &OrderImportFilePage::load);
    connect(m_ui->fileEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        // A typed or pasted path is read as soon as it names a file; Next follows what was read.
        if (QFileInfo(QDir::fromNativeSeparators(text.trimmed())).isFile())
            load();
        Q_EMIT completeChanged();
    });
}

OrderImportFilePage::~OrderImportFilePage() = default;

void OrderImportFilePage::setPath(const QString &path)
{
    m_ui->fileEdit->setText(path);
    load();
}

QString OrderImportFilePage::statusText() const
{
    return m_ui->statusLabel->text();
}

void OrderImportFilePage::browse()
{
    const QString start = m_ui->fileEdit->text().isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
        : m_ui->fileEdit->text();
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Orders"), start,
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        setPath(QDir::toNativeSeparators(path));
}

void OrderImportFilePage::load()
{
    const QString path = QDir::fromNativeSeparators(m_ui->fileEdit->text().trimmed());
    if (path.isEmpty()) {
        m_loadedPath.clear();
        m_ui->statusLabel->clear();
        Q_EMIT completeChanged();
        return;
    }
    if (path == m_loadedPath && m_wizard->hasFile())
        return;
    m_wizard->loadFile(path);
    m_loadedPath = path;
    updateStatus();
    Q_EMIT completeChanged();
}

void OrderImportFilePage::updateStatus()
{
    if (m_loadedPath.isEmpty()) {
        m_ui->statusLabel->clear();
        return;
    }
    const import::OrderCsvFile &file = m_wizard->file();
    if (!m_wizard->hasFile()) {
        m_ui->statusLabel->setText(file.errorString());
        return;
    }
    QString separator;
    if (file.separator() == QLatin1Char(';'))
        separator = tr("semicolon-separated");
    else if (file.separator() == QLatin1Char('\t'))
        separator = tr("tab-separated");
    else
        separator = tr("comma-separated");
    const QLocale locale;
    QString text = tr("%1, %2: %n order row(s) below a header of %3 column(s).", nullptr,
                      int(file.rows().size()))
                       .arg(import::encodingName(file.encoding()), separator)
                       .arg(file.headers().size());
    if (file.replacements().count() > 0)
        text += QLatin1Char('\n') + file.replacements().message(file.encoding()) + QLatin1Char(' ')
            + tr("Check the names on the next pages.");
    m_ui->statusLabel->setText(text);
}

bool OrderImportFilePage::isComplete() const
{
    return m_wizard->hasFile() && !m_loadedPath.isEmpty()
        && QDir::fromNativeSeparators(m_ui->fileEdit->text().trimmed()) == m_loadedPath;
}

bool OrderImportFilePage::validatePage()
{
    m_wizard->loadFile(m_loadedPath);
    updateStatus();
    Q_EMIT completeChanged();
    return m_wizard->hasFile();
}

void OrderImportFilePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_ui->fileEdit->setAccessibleName(tr("CSV file"));
        updateStatus();
    }
    QWizardPage::changeEvent(event);
}

} // namespace cohort
