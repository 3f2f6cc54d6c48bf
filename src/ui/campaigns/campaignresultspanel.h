#pragma once

#include "storage/changeset.h"

#include <QGroupBox>

class QLabel;
class QProgressBar;

namespace cohort {

class Database;

/// Below the Campaigns table: what the selected campaign achieved (orders, participants,
/// revenue, tier reached, new members) against its goal.
class CampaignResultsPanel final : public QGroupBox
{
    Q_OBJECT

public:
    explicit CampaignResultsPanel(Database &database, QWidget *parent = nullptr);

    /// Shows the results of campaign `id` (0 = none selected).
    void setCampaign(qint64 id);
    qint64 campaignId() const { return m_campaignId; }
    /// The figures as shown, one "label: value" line each (tests, accessibility).
    QString summary() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void databaseChanged(Tables tables);

    Database &m_database;
    qint64 m_campaignId = 0;
    QList<QLabel *> m_names;
    QList<QLabel *> m_values;
    QProgressBar *m_goalBar = nullptr;
    QLabel *m_hint = nullptr;
};

} // namespace cohort
