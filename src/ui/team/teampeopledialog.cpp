#include "ui/team/teampeopledialog.h"

#include "storage/database.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cohort {

namespace {

constexpr int LoginRole = Qt::UserRole;
constexpr int RoleRole = Qt::UserRole + 1;

void addRoles(QComboBox *combo)
{
    for (const TeamRoles::Role role : { TeamRoles::Role::Operator, TeamRoles::Role::Viewer })
        combo->addItem(TeamPeopleDialog::roleText(role), int(role));
}

} // namespace

TeamPeopleDialog::TeamPeopleDialog(Database &database, QWidget *parent)
    : QDialog(parent)
    , m_team(database)
{
    setObjectName(QStringLiteral("teamPeopleDialog"));
    setWindowTitle(tr("People of “%1”").arg(database.filePath()));
    showError = [this](const QString &message) {
        QMessageBox box(QMessageBox::Warning, windowTitle(), message, QMessageBox::Ok, this);
        box.setTextFormat(Qt::PlainText);
        box.exec();
    };

    auto *intro = new QLabel(tr("An operator edits groups, members, campaigns and orders, and "
                                "imports. A viewer reads and prints reports. The owner does "
                                "everything and decides who is on the team. The server enforces "
                                "the roles."),
                             this);
    intro->setWordWrap(true);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("people"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({ tr("Login"), tr("Role") });
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("role"));
    addRoles(m_role);
    auto *roleLabel = new QLabel(tr("&Role:"), this);
    roleLabel->setBuddy(m_role);
    m_add = new QPushButton(tr("&Add…"), this);
    m_add->setObjectName(QStringLiteral("add"));
    m_remove = new QPushButton(tr("Re&move"), this);
    m_remove->setObjectName(QStringLiteral("remove"));
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);

    auto *row = new QHBoxLayout;
    row->addWidget(roleLabel);
    row->addWidget(m_role);
    row->addStretch();
    row->addWidget(m_add);
    row->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list);
    layout->addLayout(row);
    layout->addWidget(m_note);
    layout->addWidget(buttons);
    resize(480, 360);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &TeamPeopleDialog::updateButtons);
    connect(m_role, &QComboBox::activated, this, &TeamPeopleDialog::applyChosenRole);
    connect(m_add, &QPushButton::clicked, this, &TeamPeopleDialog::askToAdd);
    connect(m_remove, &QPushButton::clicked, this, &TeamPeopleDialog::removeSelected);

    const std::optional<TeamRoles::Role> own = m_team.currentRole();
    m_isOwner = own == TeamRoles::Role::Owner;
    if (!own && m_team.lastError().isError())
        m_note->setText(m_team.lastError().message);
    else if (!m_isOwner)
        m_note->setText(tr("Only the owner can change who is on the team."));
    reload();
}

QString TeamPeopleDialog::roleText(TeamRoles::Role role)
{
    switch (role) {
    case TeamRoles::Role::Owner:
        return tr("Owner");
    case TeamRoles::Role::Operator:
        return tr("Operator");
    case TeamRoles::Role::Viewer:
        break;
    }
    return tr("Viewer");
}

void TeamPeopleDialog::reload()
{
    const QString selected = selectedLogin();
    m_list->clear();
    const std::optional<QList<TeamRoles::Person>> people = m_team.people();
    if (!people) {
        // A read error is said as one, never as an empty team.
        m_note->setText(
            tr("The list of people could not be read: %1").arg(m_team.lastError().message));
        updateButtons();
        return;
    }
    for (const TeamRoles::Person &person : *people) {
        auto *item = new QTreeWidgetItem(m_list, { person.login, roleText(person.role) });
        item->setData(0, LoginRole, person.login);
        item->setData(0, RoleRole, int(person.role));
        if (person.login == selected)
            m_list->setCurrentItem(item);
    }
    updateButtons();
}

QString TeamPeopleDialog::selectedLogin() const
{
    const QList<QTreeWidgetItem *> items = m_list->selectedItems();
    return items.isEmpty() ? QString() : items.first()->data(0, LoginRole).toString();
}

void TeamPeopleDialog::updateButtons()
{
    const QList<QTreeWidgetItem *> items = m_list->selectedItems();
    const auto role = items.isEmpty() ? TeamRoles::Role::Owner
                                      : TeamRoles::Role(items.first()->data(0, RoleRole).toInt());
    // The owner's own role is the ownership of the tables, not a role to hand out.
    const bool editable = m_isOwner && role != TeamRoles::Role::Owner;
    m_add->setEnabled(m_isOwner);
    m_remove->setEnabled(editable);
    m_role->setEnabled(editable);
    if (editable)
        m_role->setCurrentIndex(m_role->findData(int(role)));
}

bool TeamPeopleDialog::finish(bool ok)
{
    if (!ok)
        showError(m_team.lastError().message);
    reload();
    return ok;
}

bool TeamPeopleDialog::addPerson(const QString &login, TeamRoles::Role role,
                                 const QString &password)
{
    const bool ok = m_team.setRole(login, role, password);
    if (ok) {
        // Selected afterwards, so the role can be changed or the person removed at once.
        m_list->clearSelection();
    }
    const bool done = finish(ok);
    for (int i = 0; done && i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->data(0, LoginRole).toString() == login)
            m_list->setCurrentItem(m_list->topLevelItem(i));
    }
    return done;
}

bool TeamPeopleDialog::setRole(const QString &login, TeamRoles::Role role)
{
    return finish(m_team.setRole(login, role));
}

bool TeamPeopleDialog::removePerson(const QString &login)
{
    return finish(m_team.remove(login));
}

QStringList TeamPeopleDialog::listed() const
{
    QStringList rows;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_list->topLevelItem(i);
        rows << item->text(0) + QStringLiteral(": ") + item->text(1);
    }
    return rows;
}

void TeamPeopleDialog::applyChosenRole()
{
    const QString login = selectedLogin();
    if (login.isEmpty())
        return;
    setRole(login, TeamRoles::Role(m_role->currentData().toInt()));
}

void TeamPeopleDialog::removeSelected()
{
    const QString login = selectedLogin();
    if (login.isEmpty())
        return;
    QMessageBox box(QMessageBox::Question, windowTitle(),
                    tr("Take “%1” off the team? Their login stays on the server; they can no "
                       "longer open this workspace.")
                        .arg(login),
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setTextFormat(Qt::PlainText);
    box.setDefaultButton(QMessageBox::Cancel);
    if (box.exec() == QMessageBox::Yes)
        removePerson(login);
}

void TeamPeopleDialog::askToAdd()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add a Person"));
    auto *login = new QLineEdit(&dialog);
    auto *role = new QComboBox(&dialog);
    addRoles(role);
    auto *password = new QLineEdit(&dialog);
    password->setEchoMode(QLineEdit::Password);
    password->setPlaceholderText(tr("for a new login; empty keeps an existing one's"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&Login:"), login);
    form->addRow(tr("&Role:"), role);
    form->addRow(tr("&Password:"), password);
    form->addRow(buttons);
    connect(login, &QLineEdit::textChanged, &dialog, [buttons](const QString &text) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
    });
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() == QDialog::Accepted)
        addPerson(login->text().trimmed(), TeamRoles::Role(role->currentData().toInt()),
                  password->text());
}

} // namespace cohort
