#pragma once

#include "domain/commissioncalculator.h"

#include <QDialog>
#include <QHash>

#include <memory>

namespace Ui {
class PartnerDialog;
}

namespace cohort {

class Database;

/// Edits one partner's (团长) terms: the member, their commission on paid orders in their
/// groups, and the partner who recruited them with that recruiter's share (two levels at most).
class PartnerDialog final : public QDialog
{
    Q_OBJECT

public:
    /// `terms.memberId == 0` adds a partner; otherwise edits that partner (the member is fixed).
    PartnerDialog(Database &database, const PartnerTerms &terms, const QString &memberName,
                  QWidget *parent = nullptr);
    ~PartnerDialog() override;

    PartnerTerms terms() const;
    QStringList problems() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillRecruiters(qint64 selected);
    void updateState();
    /// The terms as the form reads now, before the fields the user left alone are restored.
    PartnerTerms formTerms() const;

    std::unique_ptr<Ui::PartnerDialog> m_ui;
    Database &m_database;
    PartnerTerms m_stored; ///< as given to the constructor
    PartnerTerms m_shown; ///< formTerms() right after loading
    QList<PartnerTerms> m_others; ///< every other partner, for the recruiter list and validation
    QHash<qint64, QString> m_names;
    bool m_editing = false;
};

} // namespace cohort
