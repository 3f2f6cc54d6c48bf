#pragma once

#include "storage/teamroles.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace cohort {

class Database;

/// Team ▸ People…: who may open the team workspace and what each may do (TeamRoles). The owner
/// adds people (creating a login with a password when it is new), changes their role and
/// removes them; each change is made on the server at once, which enforces it. Everyone else
/// sees the list only.
class TeamPeopleDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit TeamPeopleDialog(Database &database, QWidget *parent = nullptr);

    static QString roleText(TeamRoles::Role role);

    /// What the buttons do, for tests too: true when the server did it; a refusal is shown with
    /// showError and the list is read again.
    bool addPerson(const QString &login, TeamRoles::Role role, const QString &password);
    bool setRole(const QString &login, TeamRoles::Role role);
    bool removePerson(const QString &login);
    /// The people as listed: login and role text, one "login: role" per row.
    QStringList listed() const;
    bool canManage() const { return m_isOwner; }

    /// Shows a refusal; a warning box unless a test replaces it.
    std::function<void(const QString &message)> showError;

private:
    void reload();
    void updateButtons();
    void askToAdd();
    void removeSelected();
    void applyChosenRole();
    QString selectedLogin() const;
    bool finish(bool ok);

    TeamRoles m_team;
    bool m_isOwner = false;
    QTreeWidget *m_list = nullptr;
    QComboBox *m_role = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_note = nullptr;
};

} // namespace cohort
