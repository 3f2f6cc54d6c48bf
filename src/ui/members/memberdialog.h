#pragma once

#include "domain/group.h"
#include "domain/member.h"

#include <QDialog>
#include <QList>

#include <memory>

namespace Ui {
class MemberDialog;
}

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
    void addMembershipRow(const Membership &membership);
    void retranslateTable();
    void validate();

    std::unique_ptr<Ui::MemberDialog> m_ui;
    Database &m_database;
    QList<Group> m_groups;
    Member m_member;
};

} // namespace cohort
