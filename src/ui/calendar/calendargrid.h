#pragma once

#include "domain/occurrenceexpander.h"

#include <QDate>
#include <QList>
#include <QWidget>

class QGridLayout;
class QLabel;
class QListWidget;
class QListWidgetItem;

namespace cohort {

/// The days of a week (one row) or a month (six rows) with each day's campaign occurrences as
/// coloured, keyboard-selectable entries. A day with more entries than its cell holds shows the
/// first ones and a "+K more" entry (its tooltip names the rest, clicking it lists them all)
/// instead of a scroll bar inside the cell.
class CalendarGrid final : public QWidget
{
    Q_OBJECT

public:
    explicit CalendarGrid(QWidget *parent = nullptr);

    /// Shows `weeks` rows starting on Monday `firstDay`; days outside `month` (when valid) are
    /// dimmed; `today` is highlighted.
    void setDays(const QDate &firstDay, int weeks, const QDate &month, const QDate &today);
    /// The occurrences to show; each lands on its local date if that is on the grid. `merged`
    /// shows one entry per campaign start for all its groups ("· 3 groups"), which keeps the
    /// small cells of a month readable; the entry stands for the first group's occurrence.
    void setOccurrences(const QList<CampaignOccurrence> &occurrences, const QTimeZone &zone,
                        bool merged = false);
    QDate firstDay() const { return m_firstDay; }
    int dayCount() const { return int(m_lists.size()); }
    /// The list of one day (tests, keyboard focus).
    QListWidget *dayList(const QDate &date) const;
    /// Selects the entry of occurrence `index` (into the last setOccurrences list), or none.
    void selectOccurrence(int index);
    /// Puts the keyboard focus on the first day that has entries, else on the first day.
    void focusFirstDay();
    /// Whether `item` of a day list is that day's "+K more" entry rather than an occurrence.
    static bool isMoreItem(const QListWidgetItem *item);

Q_SIGNALS:
    /// The user selected the occurrence at `index` of the list given to setOccurrences.
    void occurrenceSelected(int index);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild();
    void retranslate();
    void currentChanged(QListWidget *list, QListWidgetItem *item);
    /// Hides the entries that do not fit the list's height behind a "+K more" entry.
    void fitEntries(QListWidget *list);
    /// Lists all entries of the day in a menu; choosing one selects it.
    void showAllEntries(QListWidget *list);

    QGridLayout *m_layout = nullptr;
    QList<QLabel *> m_weekdayLabels;
    QList<QLabel *> m_dayLabels;
    QList<QListWidget *> m_lists;
    QDate m_firstDay;
    QDate m_month;
    QDate m_today;
    int m_weeks = 1;
    bool m_selecting = false;
};

} // namespace cohort
