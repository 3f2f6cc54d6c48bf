#include "ui/safety/restorebackupdialog.h"

#include "ui/widgets/busytask.h"

#include "ui_restorebackupdialog.h"

#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>

namespace cohort {

namespace {

enum Column { DateColumn, KindColumn, SizeColumn };

} // namespace

RestoreBackupDialog::RestoreBackupDialog(const BackupManager &backups, const QString &workspacePath,
                                         FileChooser chooser, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RestoreBackupDialog>())
    , m_backups(backups)
    , m_workspacePath(workspacePath)
    , m_chooser(std::move(chooser))
{
    m_ui->setupUi(this);
    m_ui->backupList->header()->setSectionResizeMode(DateColumn, QHeaderView::Stretch);
    m_ui->backupList->header()->setSectionResizeMode(KindColumn, QHeaderView::ResizeToContents);
    m_ui->backupList->header()->setSectionResizeMode(SizeColumn, QHeaderView::ResizeToContents);
    m_ui->backupList->header()->setStretchLastSection(false);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->restoreButton, &QPushButton::clicked, this, [this] {
        restoreRow(m_ui->backupList->indexOfTopLevelItem(m_ui->backupList->currentItem()));
    });
    connect(m_ui->backupList, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        restoreRow(m_ui->backupList->indexOfTopLevelItem(item));
    });
    connect(
        m_ui->backupList, &QTreeWidget::currentItemChanged, this,
        [this](QTreeWidgetItem *current) { m_ui->restoreButton->setEnabled(current != nullptr); });
    m_entries = m_backups.list(m_workspacePath);
    fill();
    retranslate();
}

RestoreBackupDialog::~RestoreBackupDialog() = default;

QStringList RestoreBackupDialog::kindLabels(const QList<BackupManager::Entry> &entries)
{
    // The same buckets as BackupManager::rotate(): a copy is "daily" while it is one of the 7
    // newest days, else "weekly" or "monthly" for the slot that keeps it.
    QSet<qint64> days;
    QSet<qint64> weeks;
    QSet<qint64> months;
    QStringList labels;
    for (const BackupManager::Entry &entry : entries) {
        const QDate date = entry.createdAt.toLocalTime().date();
        int weekYear = 0;
        const int week = date.weekNumber(&weekYear);
        const qint64 dayKey = date.toJulianDay();
        const qint64 weekKey = qint64(weekYear) * 100 + week;
        const qint64 monthKey = qint64(date.year()) * 100 + date.month();
        if (entry.reason == BackupManager::Reason::BeforeMigration) {
            labels << tr("Before upgrade");
            continue;
        }
        const bool newDay = !days.contains(dayKey) && days.size() < BackupManager::KeepDaily;
        const bool newWeek = !weeks.contains(weekKey) && weeks.size() < BackupManager::KeepWeekly;
        const bool newMonth
            = !months.contains(monthKey) && months.size() < BackupManager::KeepMonthly;
        if (newDay)
            days.insert(dayKey);
        if (newWeek)
            weeks.insert(weekKey);
        if (newMonth)
            months.insert(monthKey);
        if (entry.reason == BackupManager::Reason::Manual)
            labels << tr("Manual");
        else if (newWeek && !newDay)
            labels << tr("Weekly");
        else if (newMonth && !newDay)
            labels << tr("Monthly");
        else
            labels << tr("Daily"); // also a same-day extra the next rotation removes
    }
    return labels;
}

void RestoreBackupDialog::setTimeZone(const QTimeZone &zone)
{
    if (!zone.isValid())
        return;
    m_zone = zone;
    fill();
}

void RestoreBackupDialog::fill()
{
    m_ui->backupList->clear();
    const QStringList kinds = kindLabels(m_entries);
    const QLocale locale;
    for (int i = 0; i < m_entries.size(); ++i) {
        const BackupManager::Entry &entry = m_entries.at(i);
        auto *item = new QTreeWidgetItem(m_ui->backupList);
        // The long date (weekday included) and the time to the minute: the zone and the
        // seconds of a long date-time only crowd the list.
        const QDateTime local = entry.createdAt.toTimeZone(m_zone);
        item->setText(DateColumn,
                      locale.toString(local.date(), QLocale::LongFormat) + QLatin1Char(' ')
                          + locale.toString(local.time(), QLocale::ShortFormat));
        item->setText(KindColumn, kinds.value(i));
        item->setText(SizeColumn, locale.formattedDataSize(entry.size));
        item->setTextAlignment(SizeColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(DateColumn, QDir::toNativeSeparators(entry.path).toHtmlEscaped());
    }
    if (m_ui->backupList->topLevelItemCount() > 0)
        m_ui->backupList->setCurrentItem(m_ui->backupList->topLevelItem(0));
    m_ui->restoreButton->setEnabled(m_ui->backupList->currentItem() != nullptr);
}

void RestoreBackupDialog::retranslate()
{
    const QString name = QFileInfo(m_workspacePath).fileName();
    m_ui->introLabel->setText(
        m_entries.isEmpty()
            ? tr("There are no backups of “%1” yet. Cohort makes one when you open a workspace "
                 "after a day with changes, and one before every upgrade of its format.")
                  .arg(name)
            : tr("Verified copies of “%1”, newest first. The copy you choose is restored into a "
                 "new file; the workspace that is open now is not changed.")
                  .arg(name));
    m_ui->folderLabel->setText(
        tr("Backups are kept in %1")
            .arg(QDir::toNativeSeparators(m_backups.folderFor(m_workspacePath))));
}

void RestoreBackupDialog::restoreRow(int row)
{
    if (row < 0 || row >= m_entries.size())
        return;
    const BackupManager::Entry entry = m_entries.at(row);
    const QString target
        = m_chooser ? m_chooser(suggestedPath(m_workspacePath, entry.createdAt)) : QString();
    if (target.isEmpty())
        return;
    restore(this, m_backups, entry.path, target,
            [this, target](Result result, const QString &error) {
                switch (result) {
                case Result::Restored:
                    m_restoredPath = target;
                    accept();
                    return;
                case Result::Cancelled:
                    return;
                case Result::Failed: {
                    QMessageBox box(QMessageBox::Warning, tr("Restore from Backup"), error,
                                    QMessageBox::Ok, this);
                    box.setTextFormat(Qt::PlainText);
                    box.exec();
                    return;
                }
                }
            });
}

void RestoreBackupDialog::restore(QWidget *parent, const BackupManager &backups,
                                  const QString &backupPath, const QString &target,
                                  std::function<void(Result, const QString &)> done)
{
    auto result = std::make_shared<WorkspaceError>();
    auto *task = new BusyTask(
        parent, tr("Restore from Backup"),
        tr("Checking and copying the backup into “%1”…").arg(QFileInfo(target).fileName()));
    QObject::connect(task, &BusyTask::finished, parent, [result, target, done](bool completed) {
        if (!completed) {
            if (!result->isError())
                QFile::remove(target); // it was ours: restoreTo never replaces a file
            done(Result::Cancelled, {});
        } else if (result->isError()) {
            done(Result::Failed, result->message);
        } else {
            done(Result::Restored, {});
        }
    });
    task->start([result, &backups, backupPath, target] {
        *result = backups.restoreTo(backupPath, target);
    });
}

QString RestoreBackupDialog::suggestedPath(const QString &workspacePath,
                                           const QDateTime &backupTime)
{
    const QFileInfo info(workspacePath);
    const QString stem = info.absolutePath() + QLatin1Char('/') + info.completeBaseName()
        + QLatin1Char('-') + tr("restored") + QLatin1Char('-')
        + backupTime.toLocalTime().date().toString(Qt::ISODate);
    QString path = stem + QStringLiteral(".cohort");
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = stem + QLatin1Char('-') + QString::number(n) + QStringLiteral(".cohort");
    return path;
}

void RestoreBackupDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fill();
        retranslate();
    }
    QDialog::changeEvent(event);
}

} // namespace cohort
