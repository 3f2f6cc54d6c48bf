#pragma once

#include "domain/campaign.h"
#include "domain/occurrenceexpander.h"
#include "domain/product.h"
#include "storage/changeset.h"

#include <QDate>
#include <QHash>
#include <QTimeZone>
#include <QWidget>

class QAction;
class QButtonGroup;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace cohort {

class CalendarGrid;
class Database;
class ErrorBanner;

/// The Calendar pane, the operator's SOP plan: every campaign occurrence across groups in a
/// week or month grid coloured by campaign type, a "today and the next 7 days" agenda, and the
/// copy-ready announcement of the selected occurrence.
class CalendarPane final : public QWidget
{
    Q_OBJECT

public:
    enum class View { Week, Month };

    explicit CalendarPane(Database &database, QWidget *parent = nullptr);
    ~CalendarPane() override;

    QString title() const;
    View view() const { return m_view; }
    void setView(View view);
    /// The day the agenda starts on and the grid highlights (the clock's today by default).
    void setToday(const QDate &today);
    QDate today() const { return m_today; }
    /// The first day on the grid (a Monday).
    QDate periodStart() const;
    /// A day inside the shown week or month.
    QDate anchor() const { return m_anchor; }
    const QList<CampaignOccurrence> &periodOccurrences() const { return m_period; }
    const QList<CampaignOccurrence> &agendaOccurrences() const { return m_agenda; }
    CalendarGrid *grid() const { return m_grid; }
    QTreeWidget *agenda() const { return m_agendaTree; }
    /// The filled announcement of the selected occurrence ('' when none is selected).
    QString announcementText() const;

public Q_SLOTS:
    void previousPeriod();
    void nextPeriod();
    void goToToday();
    /// Re-reads campaigns, groups and products and expands them again.
    void reload();
    void copyAnnouncement();

protected:
    void changeEvent(QEvent *event) override;

private:
    void createWidgets();
    void retranslate();
    void refreshPeriod();
    void refreshAgenda();
    void showOccurrence(const CampaignOccurrence *occurrence);
    void agendaItemChanged(QTreeWidgetItem *item);
    void databaseChanged(Tables tables);
    QDateTime startOfDay(const QDate &date) const;
    OccurrenceExpander expander() const;

    Database &m_database;
    QTimeZone m_zone;
    View m_view = View::Week;
    QDate m_today;
    QDate m_anchor;
    QList<Campaign> m_campaigns;
    QHash<qint64, QString> m_groupNames;
    QHash<qint64, Product> m_products;
    QList<CampaignOccurrence> m_period;
    QList<CampaignOccurrence> m_agenda;
    std::optional<CampaignOccurrence> m_selected;

    QAction *m_previousAction = nullptr;
    QAction *m_nextAction = nullptr;
    QAction *m_todayAction = nullptr;
    QToolButton *m_previousButton = nullptr;
    QToolButton *m_nextButton = nullptr;
    QToolButton *m_todayButton = nullptr;
    QPushButton *m_weekButton = nullptr;
    QPushButton *m_monthButton = nullptr;
    QButtonGroup *m_viewGroup = nullptr;
    QLabel *m_periodLabel = nullptr;
    QLabel *m_groupLabel = nullptr;
    QComboBox *m_groupCombo = nullptr;
    QList<QLabel *> m_legendLabels;
    ErrorBanner *m_errorBanner = nullptr;
    QWidget *m_content = nullptr; ///< grid and agenda, hidden while the banner shows
    CalendarGrid *m_grid = nullptr;
    QLabel *m_agendaLabel = nullptr;
    QTreeWidget *m_agendaTree = nullptr;
    QLabel *m_detailTitle = nullptr;
    QLabel *m_detailWhen = nullptr;
    QPlainTextEdit *m_announcement = nullptr;
    QLabel *m_announcementNote = nullptr;
    QPushButton *m_copyButton = nullptr;
    QLabel *m_problemsLabel = nullptr;
};

} // namespace cohort
