#pragma once

#include <QWidget>

#include <functional>

class QLabel;
class QTableWidget;

namespace cohort {

class Database;
class MemberPicker;

/// The ledger's Points tab: one member's points ledger (newest first), balance and tier.
class LedgerPointsView final : public QWidget
{
    Q_OBJECT

public:
    explicit LedgerPointsView(Database &database, QWidget *parent = nullptr);

    QTableWidget *pointsTable() const { return m_pointsTable; }
    QLabel *pointsSummary() const { return m_pointsSummary; }
    /// Shows this member's points (0: none chosen).
    void showPointsOf(qint64 memberId);
    /// Reads the member shown again.
    void reload() { showPointsOf(m_member); }
    static QString pointsReasonName(const QString &reason);

Q_SIGNALS:
    void loadFailed(const QString &message, const QString &details);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    Database &m_database;
    qint64 m_member = 0;
    QLabel *m_memberLabel = nullptr;
    MemberPicker *m_picker = nullptr;
    QLabel *m_pointsSummary = nullptr;
    QTableWidget *m_pointsTable = nullptr;
};

} // namespace cohort
