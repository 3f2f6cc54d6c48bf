#include "ui/dashboards/dashboardfilters.h"

#include "analytics/periodmath.h"
#include "storage/analyticsfacts.h"
#include "storage/database.h"
#include "storage/workspacezone.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QTimeZone>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace cohort {

namespace {

const QString PresetKey = QStringLiteral("panes/dashboard/preset");
const QString GranularityKey = QStringLiteral("panes/dashboard/bucket");
const QStringList GranularityNames { QStringLiteral("day"), QStringLiteral("week"),
                                     QStringLiteral("month") };
constexpr int Automatic = -1;

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

DashboardFilters::DashboardFilters(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    m_groupsLabel = new QLabel(this);
    m_groupsButton = new QToolButton(this);
    m_groupsButton->setObjectName(QStringLiteral("groupsFilter"));
    m_groupsButton->setPopupMode(QToolButton::InstantPopup);
    m_groupsButton->setMenu(new QMenu(m_groupsButton));
    m_rangeLabel = new QLabel(this);
    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("rangePreset"));
    m_from = new QDateEdit(this);
    m_to = new QDateEdit(this);
    m_from->setObjectName(QStringLiteral("rangeFrom"));
    m_to->setObjectName(QStringLiteral("rangeTo"));
    for (QDateEdit *edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        // The date applies when it is complete (Enter, a pick in the calendar, leaving the field),
        // not at every digit of a year being typed.
        edit->setKeyboardTracking(false);
    }
    m_granularityLabel = new QLabel(this);
    m_granularity = new QComboBox(this);
    m_granularity->setObjectName(QStringLiteral("granularity"));
    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    m_groupsLabel->setBuddy(m_groupsButton);
    m_rangeLabel->setBuddy(m_preset);
    m_granularityLabel->setBuddy(m_granularity);
    bar->addWidget(m_groupsLabel);
    bar->addWidget(m_groupsButton);
    bar->addSpacing(12);
    bar->addWidget(m_rangeLabel);
    bar->addWidget(m_preset);
    bar->addWidget(m_from);
    bar->addWidget(new QLabel(QStringLiteral("–"), this));
    bar->addWidget(m_to);
    bar->addSpacing(12);
    bar->addWidget(m_granularityLabel);
    bar->addWidget(m_granularity);
    bar->addStretch(1);
    bar->addWidget(m_status);
    layout->addLayout(bar);

    m_noticeBar = new QWidget(this);
    auto *notice = new QHBoxLayout(m_noticeBar);
    notice->setContentsMargins(0, 0, 0, 0);
    m_notice = new QLabel(m_noticeBar);
    m_notice->setObjectName(QStringLiteral("rangeNotice"));
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setWordWrap(true);
    m_offerButton = new QPushButton(m_noticeBar);
    m_offerButton->setObjectName(QStringLiteral("newestDataButton"));
    notice->addWidget(m_notice, 1);
    notice->addWidget(m_offerButton);
    m_noticeBar->hide();
    layout->addWidget(m_noticeBar);

    retranslate();
    const QSettings settings;
    const int saved = settings.value(PresetKey, int(Preset::Last30Days)).toInt();
    const int presetIndex = m_preset->findData(
        saved >= 0 && saved < int(Preset::Custom) ? saved : int(Preset::Last30Days));
    m_preset->setCurrentIndex(presetIndex);
    const int granularity
        = int(GranularityNames.indexOf(settings.value(GranularityKey).toString()));
    m_granularity->setCurrentIndex(m_granularity->findData(granularity));
    applyPreset();

    connect(m_preset, &QComboBox::activated, this, [this] {
        m_mayMove = false;
        m_noticeBar->hide();
        applyPreset();
    });
    auto manualDate = [this] {
        if (preset() != Preset::Custom) {
            const QSignalBlocker blocker(m_preset);
            m_preset->setCurrentIndex(m_preset->findData(int(Preset::Custom)));
        }
        m_mayMove = false;
        m_noticeBar->hide();
        applyDates();
    };
    connect(m_from, &QDateEdit::dateChanged, this, manualDate);
    connect(m_to, &QDateEdit::dateChanged, this, manualDate);
    connect(m_granularity, &QComboBox::activated, this, [this] { Q_EMIT changed(); });
    connect(m_offerButton, &QPushButton::clicked, this, [this] {
        m_noticeBar->hide();
        m_preset->setCurrentIndex(m_preset->findData(int(Preset::Custom)));
        setDates(m_offer.first, m_offer.second);
        applyDates();
    });
}

void DashboardFilters::retranslate()
{
    m_groupsLabel->setText(tr("&Groups:"));
    m_rangeLabel->setText(tr("&Range:"));
    m_granularityLabel->setText(tr("&By:"));
    const QVariant preset = m_preset->currentData();
    const QSignalBlocker presetBlocker(m_preset);
    m_preset->clear();
    m_preset->addItem(tr("This week"), int(Preset::ThisWeek));
    m_preset->addItem(tr("Last week"), int(Preset::LastWeek));
    m_preset->addItem(tr("Last 30 days"), int(Preset::Last30Days));
    m_preset->addItem(tr("This month"), int(Preset::ThisMonth));
    m_preset->addItem(tr("Last 90 days"), int(Preset::Last90Days));
    m_preset->addItem(tr("This year"), int(Preset::ThisYear));
    m_preset->addItem(tr("All time"), int(Preset::AllTime));
    m_preset->addItem(tr("Custom"), int(Preset::Custom));
    m_preset->setCurrentIndex(std::max(0, m_preset->findData(preset)));
    const QVariant granularity = m_granularity->currentData();
    const QSignalBlocker granularityBlocker(m_granularity);
    m_granularity->clear();
    m_granularity->addItem(QString(), Automatic);
    m_granularity->addItem(tr("Day"), int(Granularity::Day));
    m_granularity->addItem(tr("Week"), int(Granularity::Week));
    m_granularity->addItem(tr("Month"), int(Granularity::Month));
    m_granularity->setCurrentIndex(std::max(0, m_granularity->findData(granularity)));
    m_granularity->setToolTip(
        tr("Auto shows days, weeks or months, whichever keeps a chart under %1 periods.")
            .arg(MaxPeriods));
    m_from->setAccessibleName(tr("From"));
    m_to->setAccessibleName(tr("To"));
    m_groupsButton->setText(m_groups.isEmpty() ? tr("All groups")
                                               : tr("%n group(s)", nullptr, int(m_groups.size())));
    updateAutoText();
    rebuildGroupsMenu();
    m_noticeBar->hide(); // its sentence was in the old language
}

void DashboardFilters::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

DashboardFilters::Preset DashboardFilters::preset() const
{
    return Preset(m_preset->currentData().toInt());
}

void DashboardFilters::setPreset(Preset preset)
{
    m_mayMove = false;
    m_noticeBar->hide();
    m_preset->setCurrentIndex(m_preset->findData(int(preset)));
    applyPreset();
}

void DashboardFilters::setRange(const QDate &from, const QDate &to)
{
    m_mayMove = false;
    m_noticeBar->hide();
    m_preset->setCurrentIndex(m_preset->findData(int(Preset::Custom)));
    setDates(from, to);
    applyDates();
}

QDate DashboardFilters::from() const
{
    return std::min(m_from->date(), m_to->date());
}

QDate DashboardFilters::to() const
{
    return std::max(m_from->date(), m_to->date());
}

void DashboardFilters::setGroups(const QList<qint64> &groupIds)
{
    m_groups = groupIds;
    m_groupsButton->setText(groupIds.isEmpty() ? tr("All groups")
                                               : tr("%n group(s)", nullptr, int(groupIds.size())));
    m_noticeBar->hide();
    if (m_facts)
        m_span = DataSpan::of(*m_facts, m_groups);
    rebuildGroupsMenu();
    if (preset() == Preset::AllTime)
        applyPreset();
    Q_EMIT changed();
}

void DashboardFilters::setGranularity(std::optional<Granularity> granularity)
{
    m_granularity->setCurrentIndex(
        m_granularity->findData(granularity ? int(*granularity) : Automatic));
    Q_EMIT changed();
}

Granularity DashboardFilters::granularity() const
{
    const int chosen = m_granularity->currentData().toInt();
    return chosen == Automatic ? automaticGranularity(from(), to()) : Granularity(chosen);
}

Granularity DashboardFilters::automaticGranularity(const QDate &from, const QDate &to)
{
    const qint64 first = PeriodMath::dayNumber(from);
    const qint64 last = PeriodMath::dayNumber(to);
    for (const Granularity g : { Granularity::Day, Granularity::Week })
        if (PeriodMath::buckets(first, last, g).size() <= MaxPeriods)
            return g;
    return Granularity::Month;
}

void DashboardFilters::updateAutoText()
{
    const QStringList names { tr("Day"), tr("Week"), tr("Month") };
    m_granularity->setItemText(
        0, tr("Auto (%1)").arg(names.at(int(automaticGranularity(from(), to())))));
}

void DashboardFilters::setStatus(const QString &text)
{
    m_status->setText(text);
}

void DashboardFilters::setFacts(const std::shared_ptr<const AnalyticsFacts> &facts)
{
    if (!facts || facts == m_facts)
        return;
    m_facts = facts;
    // Groups deleted since the last snapshot leave the selection.
    QList<qint64> kept;
    for (const qint64 id : std::as_const(m_groups))
        if (facts->groups.contains(id))
            kept << id;
    m_span = DataSpan::of(*facts, kept);
    if (kept != m_groups) {
        setGroups(kept);
        return;
    }
    rebuildGroupsMenu();
    if (preset() == Preset::AllTime)
        applyPreset();
}

void DashboardFilters::rebuildGroupsMenu()
{
    QMenu *menu = m_groupsButton->menu();
    menu->clear();
    QAction *all = menu->addAction(tr("All groups"));
    connect(all, &QAction::triggered, this, [this] { setGroups({}); });
    menu->addSeparator();
    if (!m_facts)
        return;
    QList<std::pair<QString, qint64>> groups;
    for (auto it = m_facts->groups.cbegin(); it != m_facts->groups.cend(); ++it)
        groups.append({ it->name, it.key() });
    std::sort(groups.begin(), groups.end(),
              [](const auto &a, const auto &b) { return a.first.localeAwareCompare(b.first) < 0; });
    for (const auto &[name, id] : groups) {
        QString text = name;
        QAction *action = menu->addAction(text.replace(QLatin1Char('&'), QStringLiteral("&&")));
        action->setCheckable(true);
        action->setChecked(m_groups.contains(id));
        connect(action, &QAction::toggled, this, [this, id = id](bool on) {
            QList<qint64> selection = m_groups;
            if (on && !selection.contains(id))
                selection << id;
            if (!on)
                selection.removeAll(id);
            setGroups(selection);
        });
    }
}

QDate DashboardFilters::today() const
{
    return QDateTime::currentDateTimeUtc().toTimeZone(WorkspaceZone::of(m_database)).date();
}

void DashboardFilters::applyPreset()
{
    const QDate day = today();
    QDate from = m_from->date();
    QDate to = m_to->date();
    switch (preset()) {
    case Preset::ThisWeek:
    case Preset::ThisMonth:
    case Preset::ThisYear:
        std::tie(from, to) = periodAround(day);
        break;
    case Preset::LastWeek:
        std::tie(from, to) = periodAround(day.addDays(-7));
        break;
    case Preset::Last30Days:
        from = day.addDays(-29);
        to = day;
        break;
    case Preset::Last90Days:
        from = day.addDays(-89);
        to = day;
        break;
    case Preset::AllTime:
        from = m_span.isEmpty() ? day : m_span.first;
        to = m_span.isEmpty() ? day : m_span.last;
        break;
    case Preset::Custom:
        return;
    }
    setDates(from, to);
    applyDates();
}

std::pair<QDate, QDate> DashboardFilters::periodAround(const QDate &day) const
{
    switch (preset()) {
    case Preset::ThisWeek:
    case Preset::LastWeek: {
        const QDate monday = day.addDays(1 - day.dayOfWeek());
        return { monday, monday.addDays(6) };
    }
    case Preset::ThisMonth: {
        const QDate first(day.year(), day.month(), 1);
        return { first, first.addMonths(1).addDays(-1) };
    }
    case Preset::ThisYear:
        return { QDate(day.year(), 1, 1), QDate(day.year(), 12, 31) };
    case Preset::Last30Days:
    case Preset::Last90Days:
    case Preset::AllTime:
    case Preset::Custom:
        break;
    }
    return { day.addDays(-from().daysTo(to())), day };
}

void DashboardFilters::setDates(const QDate &from, const QDate &to)
{
    const QSignalBlocker fromBlocker(m_from);
    const QSignalBlocker toBlocker(m_to);
    m_from->setDate(from);
    m_to->setDate(to);
}

void DashboardFilters::applyDates()
{
    if (from() == m_appliedFrom && to() == m_appliedTo)
        return;
    m_appliedFrom = from();
    m_appliedTo = to();
    updateAutoText();
    Q_EMIT changed();
}

void DashboardFilters::setRangeHasData(bool hasData)
{
    const bool first = m_mayMove;
    m_mayMove = false;
    if (hasData || m_span.isEmpty())
        return;
    const auto [from, to] = periodAround(m_span.last);
    if (from == this->from() && to == this->to())
        return;
    const QString empty
        = tr("Nothing happened between %1 and %2; the newest data is from %3.")
              .arg(isoDate(this->from()), isoDate(this->to()), isoDate(m_span.last));
    if (first) {
        // Opening on a range after the data ends would show only zeros: open on the newest
        // period of the same kind instead, and say so.
        m_preset->setCurrentIndex(m_preset->findData(int(Preset::Custom)));
        setDates(from, to);
        showNotice(tr("%1 Showing %2 – %3.").arg(empty, isoDate(from), isoDate(to)), QString());
        applyDates();
        return;
    }
    m_offer = { from, to };
    showNotice(empty, tr("Show %1 – %2").arg(isoDate(from), isoDate(to)));
}

void DashboardFilters::showNotice(const QString &text, const QString &offer)
{
    m_notice->setText(text);
    m_offerButton->setText(offer);
    m_offerButton->setVisible(!offer.isEmpty());
    m_noticeBar->show();
}

QString DashboardFilters::noticeText() const
{
    return m_noticeBar->isHidden() ? QString() : m_notice->text();
}

void DashboardFilters::saveState() const
{
    QSettings settings;
    // A custom range is about the day it was picked; the presets mean the same next time.
    if (preset() != Preset::Custom)
        settings.setValue(PresetKey, int(preset()));
    const int granularity = m_granularity->currentData().toInt();
    settings.setValue(GranularityKey,
                      granularity == Automatic ? QStringLiteral("auto")
                                               : GranularityNames.value(granularity));
}

} // namespace cohort
