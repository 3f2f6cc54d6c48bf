#include "ui/reports/reportoptionspanel.h"

#include "reports/weekly/reportlanguage.h"
#include "ui/languagemanager.h"

#include <QButtonGroup>
#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace cohort {

namespace {

QDate mondayOf(const QDate &date)
{
    return date.addDays(1 - date.dayOfWeek());
}

QString isoWeekText(const QDate &monday)
{
    int year = 0;
    const int week = monday.weekNumber(&year);
    return QStringLiteral("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0'));
}

} // namespace

ReportOptionsPanel::ReportOptionsPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    // Week
    m_weekBox = new QGroupBox(this);
    auto *weekLayout = new QVBoxLayout(m_weekBox);
    auto *weekRow = new QHBoxLayout;
    m_previousWeek = new QToolButton(m_weekBox);
    m_previousWeek->setArrowType(Qt::LeftArrow);
    m_previousWeek->setAutoRaise(true);
    m_nextWeek = new QToolButton(m_weekBox);
    m_nextWeek->setArrowType(Qt::RightArrow);
    m_nextWeek->setAutoRaise(true);
    m_weekEdit = new QDateEdit(m_weekBox);
    m_weekEdit->setCalendarPopup(true);
    m_weekEdit->calendarWidget()->setFirstDayOfWeek(Qt::Monday);
    m_weekEdit->calendarWidget()->setVerticalHeaderFormat(QCalendarWidget::ISOWeekNumbers);
    weekRow->addWidget(m_previousWeek);
    weekRow->addWidget(m_weekEdit, 1);
    weekRow->addWidget(m_nextWeek);
    weekLayout->addLayout(weekRow);
    m_weekLabel = new QLabel(m_weekBox);
    m_weekLabel->setTextFormat(Qt::PlainText);
    m_weekLabel->setWordWrap(true);
    weekLayout->addWidget(m_weekLabel);
    m_lastCompleteWeek = new QToolButton(m_weekBox);
    weekLayout->addWidget(m_lastCompleteWeek, 0, Qt::AlignLeft);
    layout->addWidget(m_weekBox);

    connect(m_previousWeek, &QToolButton::clicked, this,
            [this] { setWeek(m_weekStart.addDays(-7)); });
    connect(m_nextWeek, &QToolButton::clicked, this, [this] { setWeek(m_weekStart.addDays(7)); });
    connect(m_lastCompleteWeek, &QToolButton::clicked, this,
            [this] { setWeek(mondayOf(m_today).addDays(-7)); });
    connect(m_weekEdit, &QDateEdit::dateChanged, this, [this](const QDate &date) {
        if (!m_updating)
            setWeek(date);
    });

    // Scope
    m_scopeBox = new QGroupBox(this);
    auto *scopeLayout = new QVBoxLayout(m_scopeBox);
    m_allGroups = new QRadioButton(m_scopeBox);
    m_someGroups = new QRadioButton(m_scopeBox);
    m_scopeButtons = new QButtonGroup(this);
    m_scopeButtons->addButton(m_allGroups);
    m_scopeButtons->addButton(m_someGroups);
    m_allGroups->setChecked(true);
    m_groupFilter = new QLineEdit(m_scopeBox);
    m_groupFilter->setClearButtonEnabled(true);
    m_groupList = new QListWidget(m_scopeBox);
    m_groupList->setUniformItemSizes(true);
    m_scopeHint = new QLabel(m_scopeBox);
    m_scopeHint->setTextFormat(Qt::PlainText);
    m_scopeHint->setWordWrap(true);
    m_scopeHint->setForegroundRole(QPalette::PlaceholderText);
    scopeLayout->addWidget(m_allGroups);
    scopeLayout->addWidget(m_someGroups);
    scopeLayout->addWidget(m_groupFilter);
    scopeLayout->addWidget(m_groupList, 1);
    scopeLayout->addWidget(m_scopeHint);
    layout->addWidget(m_scopeBox, 1);

    connect(m_scopeButtons, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *, bool on) {
        if (!on)
            return;
        updateScopeWidgets();
        if (!m_updating)
            Q_EMIT optionsChanged();
    });
    connect(m_groupList, &QListWidget::itemChanged, this, [this] {
        if (m_updating)
            return;
        updateScopeWidgets();
        Q_EMIT optionsChanged();
    });
    connect(m_groupFilter, &QLineEdit::textChanged, this, &ReportOptionsPanel::applyFilter);

    // Presentation
    m_formatBox = new QGroupBox(this);
    auto *form = new QFormLayout(m_formatBox);
    m_languageLabel = new QLabel(m_formatBox);
    m_language = new QComboBox(m_formatBox);
    // Language names are written in their own language, as in Preferences.
    for (const QString &code : LanguageManager::availableLanguages())
        m_language->addItem(LanguageManager::nativeName(code), code);
    m_languageLabel->setBuddy(m_language);
    m_pageLabel = new QLabel(m_formatBox);
    m_page = new QComboBox(m_formatBox);
    m_page->addItem(QString(), int(QPageSize::A4));
    m_page->addItem(QString(), int(QPageSize::Letter));
    m_pageLabel->setBuddy(m_page);
    m_anonymize = new QCheckBox(m_formatBox);
    form->addRow(m_languageLabel, m_language);
    form->addRow(m_pageLabel, m_page);
    form->addRow(m_anonymize);
    layout->addWidget(m_formatBox);

    connect(m_language, &QComboBox::activated, this, [this] {
        m_languageChosen = true;
        followLocale();
        Q_EMIT optionsChanged();
    });
    connect(m_page, &QComboBox::activated, this, [this] {
        m_pageChosen = true;
        Q_EMIT pageSizeChanged();
    });
    connect(m_anonymize, &QCheckBox::toggled, this, [this] {
        if (!m_updating)
            Q_EMIT optionsChanged();
    });

    m_language->setCurrentIndex(m_language->findData(uiLanguage()));
    followLocale();
    // No week until the owner says which day "today" is in the workspace zone (setToday()).
    retranslate();
    updateScopeWidgets();
}

ReportOptionsPanel::~ReportOptionsPanel() = default;

QString ReportOptionsPanel::uiLanguage()
{
    // LanguageManager sets the default locale to the chosen language (or the system's).
    return QLocale().language() == QLocale::Chinese ? QStringLiteral("zh_CN")
                                                    : QStringLiteral("en");
}

void ReportOptionsPanel::setToday(const QDate &today)
{
    if (!today.isValid())
        return;
    const bool wasDefault = !m_weekStart.isValid() || m_weekStart == mondayOf(m_today).addDays(-7);
    m_today = today;
    m_updating = true;
    m_weekEdit->setMaximumDate(mondayOf(today).addDays(6));
    m_updating = false;
    if (wasDefault)
        setWeek(mondayOf(today).addDays(-7));
    else
        updateWeekWidgets();
}

void ReportOptionsPanel::setWeek(const QDate &date)
{
    if (!date.isValid())
        return;
    QDate monday = mondayOf(date);
    if (m_today.isValid() && monday > mondayOf(m_today))
        monday = mondayOf(m_today);
    const bool changed = monday != m_weekStart;
    m_weekStart = monday;
    updateWeekWidgets();
    if (changed)
        Q_EMIT optionsChanged();
}

void ReportOptionsPanel::updateWeekWidgets()
{
    m_updating = true;
    m_weekEdit->setDate(m_weekStart);
    m_updating = false;
    const QLocale locale;
    QString text
        = tr("%1: %2 – %3")
              .arg(isoWeekText(m_weekStart), locale.toString(m_weekStart, QLocale::ShortFormat),
                   locale.toString(m_weekStart.addDays(6), QLocale::ShortFormat));
    const bool current = m_today.isValid() && m_weekStart == mondayOf(m_today);
    if (current)
        text = tr("%1 (in progress)").arg(text);
    m_weekLabel->setText(text);
    m_nextWeek->setEnabled(!current);
    m_lastCompleteWeek->setEnabled(m_weekStart != mondayOf(m_today).addDays(-7));
}

void ReportOptionsPanel::setGroups(const QList<std::pair<qint64, QString>> &groups)
{
    const QList<qint64> checked = selectedGroups();
    m_groupsKnown = true;
    m_updating = true;
    m_groupList->clear();
    for (const auto &[id, name] : groups) {
        // QListWidgetItem shows its text as plain text: a name cannot carry markup.
        auto *item = new QListWidgetItem(name, m_groupList);
        item->setData(Qt::UserRole, id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(checked.contains(id) ? Qt::Checked : Qt::Unchecked);
    }
    m_updating = false;
    applyFilter();
    updateScopeWidgets();
    if (!allGroups() && selectedGroups() != checked)
        Q_EMIT optionsChanged(); // a checked group was deleted
}

bool ReportOptionsPanel::allGroups() const
{
    return m_allGroups->isChecked();
}

QList<qint64> ReportOptionsPanel::selectedGroups() const
{
    QList<qint64> ids;
    for (int row = 0; row < m_groupList->count(); ++row) {
        const QListWidgetItem *item = m_groupList->item(row);
        if (item->checkState() == Qt::Checked)
            ids << item->data(Qt::UserRole).toLongLong();
    }
    return ids;
}

void ReportOptionsPanel::setScope(const QList<qint64> &groupIds)
{
    m_updating = true;
    (groupIds.isEmpty() ? m_allGroups : m_someGroups)->setChecked(true);
    for (int row = 0; row < m_groupList->count(); ++row) {
        QListWidgetItem *item = m_groupList->item(row);
        item->setCheckState(
            groupIds.contains(item->data(Qt::UserRole).toLongLong()) ? Qt::Checked : Qt::Unchecked);
    }
    m_updating = false;
    updateScopeWidgets();
    Q_EMIT optionsChanged();
}

void ReportOptionsPanel::updateScopeWidgets()
{
    const bool some = !allGroups();
    m_groupFilter->setEnabled(some);
    m_groupList->setEnabled(some);
    const qsizetype checked = selectedGroups().size();
    if (!m_groupsKnown)
        m_scopeHint->setText(tr("Reading the groups…"));
    else if (!some)
        m_scopeHint->setText(
            tr("Groups in the workspace: %1").arg(QLocale().toString(m_groupList->count())));
    else if (checked == 0)
        m_scopeHint->setText(tr("Check the groups the report covers."));
    else
        m_scopeHint->setText(tr("Groups checked: %1").arg(QLocale().toString(checked)));
}

void ReportOptionsPanel::applyFilter()
{
    const QString filter = m_groupFilter->text().trimmed();
    for (int row = 0; row < m_groupList->count(); ++row) {
        QListWidgetItem *item = m_groupList->item(row);
        item->setHidden(!filter.isEmpty() && !item->text().contains(filter, Qt::CaseInsensitive));
    }
}

QString ReportOptionsPanel::language() const
{
    return m_language->currentData().toString();
}

void ReportOptionsPanel::setLanguage(const QString &code)
{
    const int index = m_language->findData(code);
    if (index < 0)
        return;
    m_languageChosen = true;
    const bool changed = index != m_language->currentIndex();
    m_language->setCurrentIndex(index);
    followLocale();
    if (changed)
        Q_EMIT optionsChanged();
}

void ReportOptionsPanel::followLocale()
{
    // Until the user picks a paper, it is the report language's usual one, as in cohort-cli.
    if (m_pageChosen)
        return;
    const QPageSize::PageSizeId size
        = ReportLanguage::pageSize(ReportController::localeFor(language()));
    const int index = m_page->findData(int(size));
    if (index >= 0 && index != m_page->currentIndex()) {
        m_page->setCurrentIndex(index);
        Q_EMIT pageSizeChanged();
    }
}

bool ReportOptionsPanel::anonymize() const
{
    return m_anonymize->isChecked();
}

void ReportOptionsPanel::setAnonymize(bool on)
{
    m_anonymize->setChecked(on);
}

QPageSize::PageSizeId ReportOptionsPanel::pageSize() const
{
    return QPageSize::PageSizeId(m_page->currentData().toInt());
}

void ReportOptionsPanel::setPageSize(QPageSize::PageSizeId size)
{
    const int index = m_page->findData(int(size));
    if (index < 0)
        return;
    m_pageChosen = true;
    if (index == m_page->currentIndex())
        return;
    m_page->setCurrentIndex(index);
    Q_EMIT pageSizeChanged();
}

ReportRequest ReportOptionsPanel::request() const
{
    ReportRequest request;
    request.weekStart = m_weekStart;
    if (!allGroups())
        request.groupIds = selectedGroups();
    request.language = language();
    request.anonymize = anonymize();
    return request;
}

bool ReportOptionsPanel::isComplete() const
{
    return allGroups() || !selectedGroups().isEmpty();
}

void ReportOptionsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // A report language nobody chose follows the UI's.
        if (!m_languageChosen && language() != uiLanguage()) {
            m_language->setCurrentIndex(m_language->findData(uiLanguage()));
            followLocale();
            Q_EMIT optionsChanged();
        }
    }
    QWidget::changeEvent(event);
}

void ReportOptionsPanel::retranslate()
{
    m_weekBox->setTitle(tr("Week"));
    m_previousWeek->setToolTip(tr("Previous week"));
    m_previousWeek->setAccessibleName(tr("Previous week"));
    m_nextWeek->setToolTip(tr("Next week"));
    m_nextWeek->setAccessibleName(tr("Next week"));
    m_weekEdit->setAccessibleName(tr("Week"));
    // The date follows the UI's language, which may have changed since the widget was made.
    m_updating = true;
    m_weekEdit->setLocale(QLocale());
    m_weekEdit->calendarWidget()->setLocale(QLocale());
    m_weekEdit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_updating = false;
    m_weekEdit->setToolTip(tr("Pick any day of the week to report on"));
    m_lastCompleteWeek->setText(tr("&Last complete week"));
    m_scopeBox->setTitle(tr("Groups"));
    m_allGroups->setText(tr("&All groups"));
    m_someGroups->setText(tr("&Selected groups:"));
    m_groupFilter->setPlaceholderText(tr("Filter groups"));
    m_groupFilter->setAccessibleName(tr("Filter groups"));
    m_groupList->setAccessibleName(tr("Groups in the report"));
    m_formatBox->setTitle(tr("Report"));
    m_languageLabel->setText(tr("La&nguage:"));
    m_pageLabel->setText(tr("Pape&r:"));
    m_page->setItemText(0, tr("A4 (210 × 297 mm)"));
    m_page->setItemText(1, tr("Letter (8.5 × 11 in)"));
    m_anonymize->setText(tr("Anon&ymize member names"));
    m_anonymize->setToolTip(tr("Replace every member name by a stable pseudonym"));
    updateWeekWidgets();
    updateScopeWidgets();
}

} // namespace cohort
