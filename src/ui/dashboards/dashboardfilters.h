#pragma once

#include "analytics/dataspan.h"
#include "analytics/metricsrequest.h"

#include <QDate>
#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QToolButton;

namespace cohort {

struct AnalyticsFacts;
class Database;

/// The dashboard's filter bar: groups, a range (presets in the workspace time zone or two
/// dates), the series granularity (automatic unless the user picks one), a status text, and a
/// line under it that says when a range holds no data and offers the newest period that does.
class DashboardFilters final : public QWidget
{
    Q_OBJECT

public:
    enum class Preset {
        ThisWeek,
        LastWeek,
        Last30Days,
        ThisMonth,
        Last90Days,
        ThisYear,
        AllTime,
        Custom
    };
    /// Periods an automatic granularity keeps a chart under.
    static constexpr int MaxPeriods = 60;

    explicit DashboardFilters(Database &database, QWidget *parent = nullptr);

    Preset preset() const;
    void setPreset(Preset preset);
    void setRange(const QDate &from, const QDate &to);
    QDate from() const;
    QDate to() const;
    const QList<qint64> &groups() const { return m_groups; }
    void setGroups(const QList<qint64> &groupIds);
    /// Forces a granularity; nullopt = automatic.
    void setGranularity(std::optional<Granularity> granularity);
    /// The granularity of the series: the forced one, or the finest that keeps at most
    /// MaxPeriods periods in the range.
    Granularity granularity() const;
    static Granularity automaticGranularity(const QDate &from, const QDate &to);
    void setStatus(const QString &text);
    /// New facts (after a load or a commit): the groups menu and the data span follow them.
    void setFacts(const std::shared_ptr<const AnalyticsFacts> &facts);
    /// Told after each result whether the range held any data. The range the dashboard opens on
    /// moves to the newest period with data when it is empty; later empty ones offer that period.
    void setRangeHasData(bool hasData);
    QString noticeText() const;
    /// Stores the preset and the granularity for the next run.
    void saveState() const;

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void rebuildGroupsMenu();
    void applyPreset();
    void applyDates();
    void setDates(const QDate &from, const QDate &to);
    void updateAutoText();
    /// The period of the current preset's kind that ends on or holds `day`.
    std::pair<QDate, QDate> periodAround(const QDate &day) const;
    void showNotice(const QString &text, const QString &offer);
    QDate today() const;

    Database &m_database;
    std::shared_ptr<const AnalyticsFacts> m_facts;
    QList<qint64> m_groups;
    DataSpan m_span;
    /// Until the first result or a choice of the user, an empty range moves to the data.
    bool m_mayMove = true;
    std::pair<QDate, QDate> m_offer;
    QDate m_appliedFrom;
    QDate m_appliedTo;

    QLabel *m_groupsLabel = nullptr;
    QToolButton *m_groupsButton = nullptr;
    QLabel *m_rangeLabel = nullptr;
    QComboBox *m_preset = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_granularityLabel = nullptr;
    QComboBox *m_granularity = nullptr;
    QLabel *m_status = nullptr;
    QWidget *m_noticeBar = nullptr;
    QLabel *m_notice = nullptr;
    QPushButton *m_offerButton = nullptr;
};

} // namespace cohort
