#pragma once

#include "analytics/positioningscorecard.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;

namespace cohort {

/// Under the Groups list: the selected group against its targets, or, without positioning, a
/// button to the group dialog's goals.
class GroupTargetsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit GroupTargetsPanel(QWidget *parent = nullptr);

    /// `card` of the selected group (nullopt: none selected or not computed yet); `to` is the
    /// last day of the 30-day window.
    void show(const QString &groupName, const std::optional<GroupScorecard> &card, const QDate &to);
    QLabel *textLabel() const { return m_text; }
    QPushButton *setGoalsButton() const { return m_setGoals; }
    void retranslate();

Q_SIGNALS:
    /// "Set Goals…": open the group dialog on its goals.
    void setGoalsRequested();

private:
    QLabel *m_text = nullptr;
    QPushButton *m_setGoals = nullptr;
};

} // namespace cohort
