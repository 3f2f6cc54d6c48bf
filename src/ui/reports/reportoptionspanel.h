#pragma once

#include "ui/reports/reportcontroller.h"

#include <QPageSize>
#include <QWidget>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QRadioButton;
class QToolButton;

namespace cohort {

/// The Reports pane's choices: ISO week (previous/next and a calendar), scope (all groups or a
/// checked selection), report language, anonymization and paper size. Emits optionsChanged()
/// whenever the report to build changes; the language and paper follow the UI until chosen.
class ReportOptionsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ReportOptionsPanel(QWidget *parent = nullptr);
    ~ReportOptionsPanel() override;

    /// Monday of the chosen week.
    QDate weekStart() const { return m_weekStart; }
    /// Snaps `date` to the Monday of its ISO week; never later than the current week.
    void setWeek(const QDate &date);
    /// The newest week offered (the one holding `today`, the workspace zone's); the default is
    /// the week before it. Until it is called no week is chosen.
    void setToday(const QDate &today);
    QDate today() const { return m_today; }

    /// Groups to offer, as (id, name); the checked selection keeps the ids still present.
    void setGroups(const QList<std::pair<qint64, QString>> &groups);
    bool allGroups() const;
    /// Checked group ids in list order (meaningful when !allGroups()).
    QList<qint64> selectedGroups() const;
    /// Switches to "all groups" (empty list) or to exactly these groups.
    void setScope(const QList<qint64> &groupIds);

    /// "en" or "zh_CN".
    QString language() const;
    void setLanguage(const QString &code);
    bool anonymize() const;
    void setAnonymize(bool on);
    QPageSize::PageSizeId pageSize() const;
    void setPageSize(QPageSize::PageSizeId size);

    /// The report these choices describe (scope empty for all groups).
    ReportRequest request() const;
    /// False when "selected groups" is chosen with none checked.
    bool isComplete() const;

    /// The UI's language among the report languages.
    static QString uiLanguage();

Q_SIGNALS:
    void optionsChanged();
    /// Only the paper changed: the report need not be rebuilt, only laid out again.
    void pageSizeChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateWeekWidgets();
    void updateScopeWidgets();
    void applyFilter();
    void followLocale();

    QDate m_weekStart;
    QDate m_today;
    bool m_languageChosen = false;
    bool m_pageChosen = false;
    bool m_updating = false;
    bool m_groupsKnown = false; ///< setGroups() was called (the first build reads them)

    QGroupBox *m_weekBox = nullptr;
    QToolButton *m_previousWeek = nullptr;
    QToolButton *m_nextWeek = nullptr;
    QDateEdit *m_weekEdit = nullptr;
    QLabel *m_weekLabel = nullptr;
    QToolButton *m_lastCompleteWeek = nullptr;

    QGroupBox *m_scopeBox = nullptr;
    QButtonGroup *m_scopeButtons = nullptr;
    QRadioButton *m_allGroups = nullptr;
    QRadioButton *m_someGroups = nullptr;
    QLineEdit *m_groupFilter = nullptr;
    QListWidget *m_groupList = nullptr;
    QLabel *m_scopeHint = nullptr;

    QGroupBox *m_formatBox = nullptr;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_pageLabel = nullptr;
    QComboBox *m_page = nullptr;
    QCheckBox *m_anonymize = nullptr;
};

} // namespace cohort
