#pragma once

#include "storage/backupmanager.h"

#include <QDialog>
#include <QTimeZone>

#include <functional>
#include <memory>

namespace Ui {
class RestoreBackupDialog;
}

namespace cohort {

/// File ▸ Restore from Backup…: lists a workspace's verified copies and restores the chosen one
/// into a new file; the workspace itself is never written.
class RestoreBackupDialog final : public QDialog
{
    Q_OBJECT

public:
    /// Asks for the new file to restore into, given a suggestion; empty means cancelled.
    using FileChooser = std::function<QString(const QString &suggested)>;
    enum class Result { Restored, Cancelled, Failed };

    RestoreBackupDialog(const BackupManager &backups, const QString &workspacePath,
                        FileChooser chooser, QWidget *parent = nullptr);
    ~RestoreBackupDialog() override;

    /// The file the chosen backup was restored into, once the dialog was accepted.
    QString restoredPath() const { return m_restoredPath; }
    /// The copies shown, newest first (the rows of the list).
    QList<BackupManager::Entry> entries() const { return m_entries; }

    /// Shows the backups' times in `zone` (the workspace's, like every other time of it); the
    /// computer's zone until set.
    void setTimeZone(const QTimeZone &zone);

    /// Restores the backup of row `row` into a file asked from the chooser; accepts once it
    /// succeeded.
    void restoreRow(int row);

    /// Restores `backupPath` into the new file `target` on a worker behind a progress dialog
    /// over `parent` and returns; `done` gets the result and the reason of a failure once it has
    /// ended (not when `parent` went first). A cancelled restore leaves no file behind.
    /// `backups` must outlive `parent` or the restore.
    static void restore(QWidget *parent, const BackupManager &backups, const QString &backupPath,
                        const QString &target,
                        std::function<void(Result result, const QString &error)> done);
    /// "<folder of workspace>/<name>-restored-<date>.cohort", numbered when taken.
    static QString suggestedPath(const QString &workspacePath, const QDateTime &backupTime);
    /// "Daily", "Weekly", "Monthly", "Before upgrade" or "Manual": the slot of the rotation
    /// (7 daily, 4 weekly, 6 monthly) each copy of `entries` (newest first) is kept for.
    static QStringList kindLabels(const QList<BackupManager::Entry> &entries);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();
    void retranslate();

    std::unique_ptr<Ui::RestoreBackupDialog> m_ui;
    const BackupManager &m_backups;
    QString m_workspacePath;
    FileChooser m_chooser;
    QList<BackupManager::Entry> m_entries;
    QString m_restoredPath;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
};

} // namespace cohort
