#pragma once

#include "domain/group.h"
#include "domain/member.h"

#include <QDialog>
#include <QList>
#include <QTimeZone>

#include <memory>

namespace Ui {
class MemberDialog;
}

class QLabel;

namespace cohort {

class Database;

/// Edits one member: contact, tags, source, referrer and the groups they belong to.
class MemberDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit MemberDialog(Database &database, QWidget *parent = nullptr);
    ~MemberDialog() override;

    void setMember(const Member &member, const QList<Membership> &memberships);
    Member member() const;
    QList<Membership> memberships() const;
    QStringList problems() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    /// `storedRow` indexes the membership in setMember()'s list, -1 for one added here.
    void addMembershipRow(const Membership &membership, int storedRow);
    void retranslateTable();
    void showStrikes();
    void validate();
    /// The member and a membership row as the form reads now, before the fields the user left
    /// alone are restored from setMember().
    Member formMember() const;
    Membership formMembership(int row) const;

    std::unique_ptr<Ui::MemberDialog> m_ui;
    Database &m_database;
    QTimeZone m_zone;
    QList<Group> m_groups;
    Member m_member;
    Member m_shown; ///< formMember() right after setMember()
    QList<Membership> m_memberships; ///< as given to setMember()
    QLabel *m_strikesLabel = nullptr; ///< the member's strikes per group (docs/rules.md)
    QList<Membership> m_shownMemberships; ///< their rows as read right after setMember()
};

} // namespace cohort
