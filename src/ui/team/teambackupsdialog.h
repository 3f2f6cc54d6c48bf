#pragma once

#include <QDialog>

#include <functional>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace cohort {

class Database;

/// File ▸ Restore from Backup… of a team workspace: its pg_dump backups on this computer
/// (ServerBackup), a new one made on request, and a backup restored into a new, empty database,
/// which then opens. Without pg_dump it says that backups are the server administrator's.
class TeamBackupsDialog final : public QDialog
{
    Q_OBJECT

public:
    /// `address` is the open team workspace's, with its password when it has one.
    TeamBackupsDialog(const Database &database, const QString &address, QWidget *parent = nullptr);

    /// Asks where to restore (a new database); tests answer it. Returns the address with the
    /// password, or empty when cancelled.
    std::function<QString()> askTarget;
    /// Shows a message; a message box unless a test replaces it.
    std::function<void(const QString &message, bool error)> say;

    /// Where the backups are (ServerBackup's root; empty: its default).
    void setBackupRoot(const QString &root);

    /// What the buttons do: back up now; restore the selected backup.
    void backUpNow();
    void restoreSelected();
    int backupCount() const;
    void selectBackup(int row);

Q_SIGNALS:
    /// A backup was restored into `address` (with its password): the caller opens it.
    void restored(const QString &address);
    /// A backup or restore ended (tests wait for it).
    void finished(bool ok);

private:
    void reload();
    /// Runs `work` on a worker thread behind a busy dialog with Cancel; `done` gets its result.
    void runInBackground(const QString &label,
                         std::function<bool(const std::function<bool()> &cancelled)> work,
                         std::function<void(bool ok, bool cancelled)> done);

    const Database &m_database;
    QString m_address;
    QString m_root;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_backUp = nullptr;
    QPushButton *m_restore = nullptr;
    QLabel *m_note = nullptr;
};

} // namespace cohort
