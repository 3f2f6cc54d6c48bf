#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class WorkspaceSettingsDialog;
}

namespace cohort {

class Database;

/// File ▸ Workspace Settings: what belongs to the workspace rather than to this computer, its
/// time zone above all. OK applies a new zone, re-deriving the local-day data with progress.
class WorkspaceSettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit WorkspaceSettingsDialog(Database &database, QWidget *parent = nullptr);
    ~WorkspaceSettingsDialog() override;

    QString timeZoneId() const;
    /// Picks `ianaId` as if the user chose it.
    void setTimeZoneId(const QString &ianaId);
    /// Applies the choice; stays open when the change was cancelled or failed.
    void accept() override;

Q_SIGNALS:
    /// The workspace zone could not be changed (also lets tests observe it).
    void errorShown(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void validate();

    std::unique_ptr<Ui::WorkspaceSettingsDialog> m_ui;
    Database &m_database;
};

} // namespace cohort
