#include "ui/importwizard/importtargetwizardpage.h"

#include "import/groupoverlapprobe.h"
#include "storage/grouprepository.h"
#include "ui/importwizard/importwizard.h"

#include "ui_importtargetwizardpage.h"

#include <QCompleter>
#include <QDateTime>
#include <QEvent>
#include <QFileInfo>
#include <QLocale>
#include <QTimeZone>
#include <QTreeWidget>

namespace cohort {

using import::DateOrder;

ImportTargetWizardPage::ImportTargetWizardPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_ui(std::make_unique<Ui::ImportTargetWizardPage>())
    , m_wizard(wizard)
{
    m_ui->setupUi(this);
    setCommitPage(true);
    QStringList zones;
    const QList<QByteArray> ids = QTimeZone::availableTimeZoneIds();
    for (const QByteArray &id : ids)
        zones << QString::fromUtf8(id);
    m_ui->timeZoneCombo->addItems(zones);
    m_ui->timeZoneCombo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_ui->timeZoneCombo->completer()->setFilterMode(Qt::MatchContains);
    m_ui->timeZoneCombo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    connect(m_ui->fileList, &QListWidget::currentRowChanged, this,
            &ImportTargetWizardPage::showFile);
    connect(m_ui->groupCombo, &QComboBox::currentIndexChanged, this,
            &ImportTargetWizardPage::storeGroup);
    connect(m_ui->nameEdit, &QLineEdit::textEdited, this, &ImportTargetWizardPage::storeGroup);
    connect(m_ui->dateOrderCombo, &QComboBox::currentIndexChanged, this,
            &ImportTargetWizardPage::storeDateOrder);
    connect(m_ui->timeZoneCombo, &QComboBox::currentTextChanged, this,
            &ImportTargetWizardPage::updateValidation);
    connect(m_ui->chatTree, &QTreeWidget::itemChanged, this, &ImportTargetWizardPage::storeChats);
    fillDateOrders();
}

ImportTargetWizardPage::~ImportTargetWizardPage() = default;

void ImportTargetWizardPage::initializePage()
{
    m_loading = true;
    m_ui->timeZoneCombo->setCurrentText(m_wizard->timeZoneId());
    fillGroups();
    const QList<Group> groups = GroupRepository(m_wizard->database()).all();
    m_rows.clear();
    m_ui->fileList->clear();
    QList<ImportFileJob> &jobs = m_wizard->jobs();
    for (int i = 0; i < jobs.size(); ++i) {
        ImportFileJob &job = jobs[i];
        if (!job.canImport())
            continue;
        m_rows << i;
        m_ui->fileList->addItem(QFileInfo(job.path).fileName());
        if (job.newGroupName.isEmpty() && job.groupId == 0) {
            job.newGroupName = job.chatTitle;
            // A chat imported before lands in its group again by default.
            for (const Group &g : groups) {
                if (!job.multiChat() && g.name == job.chatTitle
                    && g.platform == job.preview.platform)
                    job.groupId = g.id;
            }
            // So does a chat whose messages a group already holds, whatever its file is called.
            if (job.groupId == 0 && !job.multiChat()) {
                const import::GroupOverlapProbe::Result overlap = import::GroupOverlapProbe::probe(
                    m_wizard->database(), job.path, job.preview.formatKey, job.dateOrder);
                if (overlap.found()) {
                    job.groupId = overlap.groupId;
                    job.groupNote = overlap.note();
                }
            }
        }
    }
    m_loading = false;
    m_ui->fileList->setCurrentRow(0);
    updateValidation();
}

void ImportTargetWizardPage::fillGroups()
{
    const QSignalBlocker blocker(m_ui->groupCombo);
    m_ui->groupCombo->clear();
    m_ui->groupCombo->addItem(tr("New group"), qint64(0));
    const QList<Group> groups = GroupRepository(m_wizard->database()).all();
    for (const Group &g : groups)
        m_ui->groupCombo->addItem(g.name, g.id);
}

void ImportTargetWizardPage::fillDateOrders()
{
    const QSignalBlocker blocker(m_ui->dateOrderCombo);
    const int current = m_ui->dateOrderCombo->currentIndex();
    m_ui->dateOrderCombo->clear();
    m_ui->dateOrderCombo->addItem(tr("Choose…"), int(DateOrder::Auto));
    m_ui->dateOrderCombo->addItem(tr("Day/month/year (31/12/2024)"), int(DateOrder::DayMonthYear));
    m_ui->dateOrderCombo->addItem(tr("Month/day/year (12/31/2024)"), int(DateOrder::MonthDayYear));
    m_ui->dateOrderCombo->addItem(tr("Year/month/day (2024/12/31)"), int(DateOrder::YearMonthDay));
    m_ui->dateOrderCombo->setCurrentIndex(qMax(0, current));
}

int ImportTargetWizardPage::currentJob() const
{
    const int row = m_ui->fileList->currentRow();
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : -1;
}

void ImportTargetWizardPage::showFile(int row)
{
    const bool valid = row >= 0 && row < m_rows.size();
    m_ui->fileBox->setEnabled(valid);
    if (!valid)
        return;
    const ImportFileJob &job = m_wizard->jobs().at(m_rows.at(row));
    m_loading = true;
    m_ui->groupCombo->setItemText(
        0, job.multiChat() ? tr("A new group per chat of the file") : tr("New group"));
    m_ui->groupCombo->setCurrentIndex(qMax(0, m_ui->groupCombo->findData(job.groupId)));
    m_ui->nameEdit->setText(job.multiChat() ? QString() : job.newGroupName);
    m_ui->nameEdit->setEnabled(job.groupId == 0 && !job.multiChat());
    m_ui->nameLabel->setEnabled(m_ui->nameEdit->isEnabled());
    const bool ambiguous = job.preview.dateOrderAmbiguous;
    m_ui->dateOrderCombo->setEnabled(ambiguous);
    m_ui->dateOrderLabel->setEnabled(ambiguous);
    m_ui->dateOrderCombo->setCurrentIndex(
        ambiguous ? qMax(0, m_ui->dateOrderCombo->findData(int(job.dateOrder))) : 0);
    m_ui->dateOrderCombo->setItemText(0, ambiguous ? tr("Choose…") : tr("As in the file"));
    m_ui->dateOrderNote->setText(
        ambiguous ? tr("The dates in this file do not show whether the day or the month comes "
                       "first. Choose the order your phone uses.")
                  : QString());
    m_ui->groupNote->setText(job.groupId > 0 ? job.groupNote : QString());
    showChats(job);
    m_loading = false;
}

void ImportTargetWizardPage::showChats(const ImportFileJob &job)
{
    const bool choose = job.choosesChats();
    m_ui->chatsLabel->setVisible(choose);
    m_ui->chatTree->setVisible(choose);
    m_ui->chatsHint->setVisible(choose);
    const QSignalBlocker blocker(m_ui->chatTree);
    m_ui->chatTree->clear();
    if (!choose)
        return;
    const QLocale locale;
    const auto when = [&locale](qint64 seconds) {
        return locale.toString(QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC),
                               QLocale::ShortFormat);
    };
    bool anyGroup = false;
    for (const import::ChatList::Entry &entry : job.chatList.entries) {
        auto *item = new QTreeWidgetItem(m_ui->chatTree);
        item->setText(0, entry.name.isEmpty() ? entry.kindText() : entry.name);
        item->setText(1, entry.kindText());
        item->setText(2, locale.toString(entry.messages));
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(3, entry.hasRange ? when(entry.firstWall) : QString());
        item->setText(4, entry.hasRange ? when(entry.lastWall) : QString());
        item->setData(0, Qt::UserRole, entry.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(0, job.chosenChats.contains(entry.id) ? Qt::Checked : Qt::Unchecked);
        anyGroup = anyGroup || entry.isGroup();
    }
    for (int column = 1; column < m_ui->chatTree->columnCount(); ++column)
        m_ui->chatTree->resizeColumnToContents(column);
    m_ui->chatsHint->setText(
        anyGroup ? QString()
                 : tr("This export holds no group or channel, only personal chats. Check the "
                      "ones to import; each goes into a group of its own."));
}

void ImportTargetWizardPage::storeChats()
{
    const int index = currentJob();
    if (m_loading || index < 0)
        return;
    ImportFileJob &job = m_wizard->jobs()[index];
    job.chosenChats.clear();
    for (int row = 0; row < m_ui->chatTree->topLevelItemCount(); ++row) {
        const QTreeWidgetItem *item = m_ui->chatTree->topLevelItem(row);
        if (item->checkState(0) == Qt::Checked)
            job.chosenChats << item->data(0, Qt::UserRole).toString();
    }
    updateValidation();
}

void ImportTargetWizardPage::storeGroup()
{
    const int index = currentJob();
    if (m_loading || index < 0)
        return;
    ImportFileJob &job = m_wizard->jobs()[index];
    job.groupId = m_ui->groupCombo->currentData().toLongLong();
    if (!job.multiChat())
        job.newGroupName = m_ui->nameEdit->text();
    m_ui->nameEdit->setEnabled(job.groupId == 0 && !job.multiChat());
    m_ui->nameLabel->setEnabled(m_ui->nameEdit->isEnabled());
    updateValidation();
}

void ImportTargetWizardPage::storeDateOrder()
{
    const int index = currentJob();
    if (m_loading || index < 0)
        return;
    ImportFileJob &job = m_wizard->jobs()[index];
    if (job.preview.dateOrderAmbiguous)
        job.dateOrder = DateOrder(m_ui->dateOrderCombo->currentData().toInt());
    updateValidation();
}

QString ImportTargetWizardPage::validationText() const
{
    QStringList problems;
    const QString zone = m_ui->timeZoneCombo->currentText().trimmed();
    if (zone.isEmpty() || !QTimeZone(zone.toUtf8()).isValid())
        problems << tr("“%1” is not a time zone; choose one from the list.").arg(zone);
    const QList<ImportFileJob> &jobs = m_wizard->jobs();
    for (const int index : m_rows) {
        const ImportFileJob &job = jobs.at(index);
        const QString name = QFileInfo(job.path).fileName();
        if (job.needsDateOrder())
            problems << tr("Choose the date order of %1.").arg(name);
        if (job.groupId == 0 && !job.multiChat() && job.newGroupName.trimmed().isEmpty())
            problems << tr("Name the new group of %1.").arg(name);
        if (job.choosesChats() && job.chosenChats.isEmpty())
            problems << tr("Check at least one chat of %1.").arg(name);
    }
    return problems.join(QLatin1Char('\n'));
}

void ImportTargetWizardPage::updateValidation()
{
    m_ui->validationLabel->setText(validationText());
    for (int row = 0; row < m_rows.size(); ++row) {
        const ImportFileJob &job = m_wizard->jobs().at(m_rows.at(row));
        QListWidgetItem *item = m_ui->fileList->item(row);
        const QString name = QFileInfo(job.path).fileName();
        item->setText(job.needsDateOrder() ? tr("%1 (choose the date order)").arg(name) : name);
    }
    Q_EMIT completeChanged();
}

bool ImportTargetWizardPage::isComplete() const
{
    return !m_rows.isEmpty() && validationText().isEmpty();
}

bool ImportTargetWizardPage::validatePage()
{
    m_wizard->setTimeZoneId(m_ui->timeZoneCombo->currentText().trimmed());
    return isComplete();
}

QListWidget *ImportTargetWizardPage::fileList() const
{
    return m_ui->fileList;
}

QComboBox *ImportTargetWizardPage::groupCombo() const
{
    return m_ui->groupCombo;
}

QLineEdit *ImportTargetWizardPage::nameEdit() const
{
    return m_ui->nameEdit;
}

QComboBox *ImportTargetWizardPage::dateOrderCombo() const
{
    return m_ui->dateOrderCombo;
}

QLabel *ImportTargetWizardPage::groupNote() const
{
    return m_ui->groupNote;
}

QTreeWidget *ImportTargetWizardPage::chatTree() const
{
    return m_ui->chatTree;
}

QLabel *ImportTargetWizardPage::chatsHint() const
{
    return m_ui->chatsHint;
}

QComboBox *ImportTargetWizardPage::timeZoneCombo() const
{
    return m_ui->timeZoneCombo;
}

void ImportTargetWizardPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillDateOrders();
        if (isVisible()) {
            const int row = m_ui->fileList->currentRow();
            const qint64 group = m_ui->groupCombo->currentData().toLongLong();
            fillGroups();
            m_ui->groupCombo->setCurrentIndex(qMax(0, m_ui->groupCombo->findData(group)));
            showFile(row);
            updateValidation();
        }
    }
    QWizardPage::changeEvent(event);
}

} // namespace cohort
