#include "ui/team/teambackupsdialog.h"

#include "storage/database.h"
#include "storage/serverbackup.h"
#include "ui/team/serverconnectdialog.h"

#include <QDialogButtonBox>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QTimeZone>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <memory>

namespace cohort {

TeamBackupsDialog::TeamBackupsDialog(const Database &database, const QString &address,
                                     QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_address(address)
{
    setObjectName(QStringLiteral("teamBackupsDialog"));
    setWindowTitle(tr("Backups of “%1”").arg(database.filePath()));
    askTarget = [this] {
        ServerConnectDialog dialog(this);
        dialog.setRestoring();
        return dialog.exec() == QDialog::Accepted ? dialog.addressWithPassword() : QString();
    };
    say = [this](const QString &message, bool error) {
        QMessageBox box(error ? QMessageBox::Warning : QMessageBox::Information, windowTitle(),
                        message, QMessageBox::Ok, this);
        box.setTextFormat(Qt::PlainText);
        box.exec();
    };

    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("backups"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({ tr("Made"), tr("Size") });
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_backUp = new QPushButton(tr("&Back Up Now"), this);
    m_restore = new QPushButton(tr("&Restore into a New Database…"), this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *row = new QHBoxLayout;
    row->addWidget(m_backUp);
    row->addStretch();
    row->addWidget(m_restore);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addWidget(m_list);
    layout->addLayout(row);
    layout->addWidget(buttons);
    resize(520, 360);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_backUp, &QPushButton::clicked, this, &TeamBackupsDialog::backUpNow);
    connect(m_restore, &QPushButton::clicked, this, &TeamBackupsDialog::restoreSelected);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, [this] {
        m_restore->setEnabled(ServerBackup::isAvailable() && !m_list->selectedItems().isEmpty());
    });
    reload();
}

void TeamBackupsDialog::reload()
{
    const bool available = ServerBackup::isAvailable();
    const ServerBackup backups(m_root);
    m_note->setText(
        available
            ? tr("Cohort backs up this team workspace with pg_dump once a day when it opens, into "
                 "%1. A backup is restored into a new, empty database, never over a workspace.")
                  .arg(backups.folderFor(m_address))
            : tr("pg_dump is not installed on this computer, so backups of this team workspace "
                 "are its server administrator's. Install PostgreSQL's client programs to keep "
                 "backups here too."));
    m_list->clear();
    const QTimeZone zone(m_database.timeZoneId().toUtf8());
    const QLocale locale;
    const QList<ServerBackup::Entry> entries = backups.backups(m_address);
    for (const ServerBackup::Entry &entry : entries) {
        auto *item = new QTreeWidgetItem(
            m_list,
            { locale.toString(entry.createdAt.toTimeZone(zone.isValid() ? zone : QTimeZone::utc()),
                              QLocale::ShortFormat),
              locale.formattedDataSize(entry.size) });
        item->setData(0, Qt::UserRole, entry.path);
    }
    m_backUp->setEnabled(available);
    m_restore->setEnabled(available && !m_list->selectedItems().isEmpty());
}

void TeamBackupsDialog::setBackupRoot(const QString &root)
{
    m_root = root;
    reload();
}

int TeamBackupsDialog::backupCount() const
{
    return m_list->topLevelItemCount();
}

void TeamBackupsDialog::selectBackup(int row)
{
    m_list->setCurrentItem(m_list->topLevelItem(row));
}

void TeamBackupsDialog::runInBackground(
    const QString &label, std::function<bool(const std::function<bool()> &cancelled)> work,
    std::function<void(bool ok, bool cancelled)> done)
{
    auto cancel = std::make_shared<std::atomic_bool>(false);
    auto *progress = new QProgressDialog(label, tr("Cancel"), 0, 0, this);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    connect(progress, &QProgressDialog::canceled, this, [cancel] { cancel->store(true); });
    auto *watcher = new QFutureWatcher<bool>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, progress, watcher, cancel, done] {
        progress->deleteLater();
        watcher->deleteLater();
        setEnabled(true);
        const bool ok = watcher->result();
        done(ok, !ok && cancel->load());
        Q_EMIT finished(ok);
    });
    // One thing at a time: the list and buttons wait for the tool.
    setEnabled(false);
    watcher->setFuture(QtConcurrent::run(
        [work = std::move(work), cancel] { return work([cancel] { return cancel->load(); }); }));
}

void TeamBackupsDialog::backUpNow()
{
    auto backups = std::make_shared<ServerBackup>(m_root);
    const QString address = m_address;
    runInBackground(
        tr("Backing up with pg_dump…"),
        [backups, address](const std::function<bool()> &cancelled) {
            return !backups->backUp(address, cancelled).isEmpty();
        },
        [this, backups](bool ok, bool cancelled) {
            reload();
            if (!ok && !cancelled)
                say(backups->lastError().message, true);
        });
}

void TeamBackupsDialog::restoreSelected()
{
    const QList<QTreeWidgetItem *> items = m_list->selectedItems();
    if (items.isEmpty())
        return;
    const QString dump = items.first()->data(0, Qt::UserRole).toString();
    const QString target = askTarget();
    if (target.isEmpty())
        return;
    auto backups = std::make_shared<ServerBackup>(m_root);
    runInBackground(
        tr("Restoring with pg_restore…"),
        [backups, dump, target](const std::function<bool()> &cancelled) {
            return backups->restore(dump, target, cancelled);
        },
        [this, backups, target](bool ok, bool cancelled) {
            if (ok)
                Q_EMIT restored(target);
            else if (!cancelled)
                say(backups->lastError().message, true);
        });
}

} // namespace cohort
