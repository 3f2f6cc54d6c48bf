#pragma once

#include "domain/campaign.h"
#include "domain/product.h"

#include <QDialog>
#include <QHash>
#include <QTimeZone>

#include <memory>

class QCheckBox;

namespace Ui {
class CampaignDialog;
}

namespace cohort {

class Database;
class RecurrenceRule;

/// Edits one campaign: type and its own fields, schedule with a preview of the next
/// occurrences, target groups, products, price tiers and the announcement template.
class CampaignDialog final : public QDialog
{
    Q_OBJECT

public:
    /// How the Repeat combo reads the recurrence rule.
    enum class Repeat { Once, Daily, Weekly, MonthlyDay, MonthlyWeekday, Custom };

    explicit CampaignDialog(Database &database, QWidget *parent = nullptr);
    ~CampaignDialog() override;

    void setCampaign(const Campaign &campaign);
    Campaign campaign() const;
    QStringList problems() const;
    /// The plain-language schedule and the next occurrences, as shown on the Schedule tab.
    QString previewText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillCombos();
    void addTierRow(const PriceTier &tier);
    void validate();
    void updateScheduleRows();
    void updatePreview();
    void showRule(const QString &text);
    Repeat repeat() const;
    QString ruleText() const;
    QTimeZone zone() const;
    QDateTime utcOf(const QDateTime &wallClock) const;
    QDateTime wallClockOf(const QDateTime &utc) const;
    QList<qint64> checkedProducts() const;
    QStringList typeProblems(CampaignType type) const;
    /// The campaign as the form reads now (in the zone shown), before the fields the user left
    /// alone are restored from setCampaign().
    Campaign formCampaign() const;

    std::unique_ptr<Ui::CampaignDialog> m_ui;
    Campaign m_campaign;
    Campaign m_shown; ///< formCampaign() right after setCampaign()
    QString m_workspaceZone;
    QHash<qint64, Product> m_products;
    QList<QCheckBox *> m_weekdays; ///< Monday … Sunday
};

} // namespace cohort
