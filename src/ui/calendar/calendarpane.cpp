#include "ui/calendar/calendarpane.h"

#include "storage/campaignrepository.h"
#include "storage/database.h"
#include "storage/grouprepository.h"
#include "storage/productrepository.h"
#include "storage/queryerror.h"
#include "storage/workspacezone.h"
#include "ui/calendar/calendargrid.h"
#include "ui/calendar/campaigntypecolors.h"
#include "ui/widgets/errorbanner.h"

#include <QAction>
#include <QButtonGroup>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cohort {

namespace {
constexpr int AgendaIndexRole = Qt::UserRole + 1;
constexpr int AgendaDays = 8; // today and the next 7 days
enum AgendaColumn { TimeColumn, CampaignColumn, GroupColumn, AgendaColumns };

QString timeRange(const QLocale &locale, const QDateTime &start, const QDateTime &end)
{
    const QString from = locale.toString(start.time(), QLocale::ShortFormat);
    if (!end.isValid())
        return from;
    // A session running into another day names that day.
    const QString to = end.date() == start.date()
        ? locale.toString(end.time(), QLocale::ShortFormat)
        : locale.toString(end, QLocale::ShortFormat);
    return CalendarPane::tr("%1–%2", "time range").arg(from, to);
}
} // namespace

CalendarPane::CalendarPane(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_zone(WorkspaceZone::of(database))
{
    setObjectName(QStringLiteral("calendarPane"));
    m_today = QDateTime::currentDateTimeUtc().toTimeZone(m_zone).date();
    m_anchor = m_today;
    createWidgets();
    connect(&m_database, &Database::changed, this, &CalendarPane::databaseChanged);
    retranslate();
    reload();
}

CalendarPane::~CalendarPane() = default;

QString CalendarPane::title() const
{
    return tr("Calendar");
}

void CalendarPane::createWidgets()
{
    auto *layout = new QVBoxLayout(this);

    // Navigation: shortcuts work anywhere in the pane, also while a day's list has the focus.
    auto makeAction = [this](const QList<QKeySequence> &keys, void (CalendarPane::*slot)(),
                             const QString &icon) {
        auto *action = new QAction(QIcon::fromTheme(icon), QString(), this);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    m_previousAction = makeAction(
        { QKeySequence(Qt::ALT | Qt::Key_Left), QKeySequence(Qt::CTRL | Qt::Key_PageUp) },
        &CalendarPane::previousPeriod, QStringLiteral("go-previous"));
    m_nextAction = makeAction(
        { QKeySequence(Qt::ALT | Qt::Key_Right), QKeySequence(Qt::CTRL | Qt::Key_PageDown) },
        &CalendarPane::nextPeriod, QStringLiteral("go-next"));
    m_todayAction = makeAction({ QKeySequence(Qt::ALT | Qt::Key_Home) }, &CalendarPane::goToToday,
                               QStringLiteral("go-jump-today"));

    auto *bar = new QHBoxLayout;
    auto makeButton = [this, bar](QAction *action, const char *name) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setObjectName(QLatin1String(name));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        bar->addWidget(button);
        return button;
    };
    m_previousButton = makeButton(m_previousAction, "previousButton");
    m_todayButton = makeButton(m_todayAction, "todayButton");
    m_nextButton = makeButton(m_nextAction, "nextButton");
    m_periodLabel = new QLabel(this);
    m_periodLabel->setObjectName(QStringLiteral("periodLabel"));
    m_periodLabel->setTextFormat(Qt::PlainText);
    QFont big = m_periodLabel->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_periodLabel->setFont(big);
    bar->addSpacing(8);
    bar->addWidget(m_periodLabel);
    bar->addStretch();
    m_groupLabel = new QLabel(this);
    m_groupCombo = new QComboBox(this);
    m_groupCombo->setObjectName(QStringLiteral("groupFilter"));
    // Long group names must not set the pane's (and so the window's) minimum width.
    m_groupCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_groupCombo->setMinimumContentsLength(18);
    m_groupLabel->setBuddy(m_groupCombo);
    connect(m_groupCombo, &QComboBox::currentIndexChanged, this, [this] {
        refreshPeriod();
        refreshAgenda();
    });
    bar->addWidget(m_groupLabel);
    bar->addWidget(m_groupCombo);
    bar->addSpacing(8);
    m_viewGroup = new QButtonGroup(this);
    m_weekButton = new QPushButton(this);
    m_monthButton = new QPushButton(this);
    m_weekButton->setObjectName(QStringLiteral("weekButton"));
    m_monthButton->setObjectName(QStringLiteral("monthButton"));
    for (QPushButton *button : { m_weekButton, m_monthButton }) {
        button->setCheckable(true);
        // Fusion shades a checked button only slightly, which a dark palette all but hides: the
        // chosen view is also set in bold.
        connect(button, &QAbstractButton::toggled, button, [button](bool checked) {
            QFont font = button->font();
            font.setBold(checked);
            button->setFont(font);
        });
        bar->addWidget(button);
    }
    m_viewGroup->addButton(m_weekButton, int(View::Week));
    m_viewGroup->addButton(m_monthButton, int(View::Month));
    m_weekButton->setChecked(true);
    connect(m_viewGroup, &QButtonGroup::idClicked, this, [this](int id) { setView(View(id)); });
    layout->addLayout(bar);

    // Four types a row: seven in one row made the window at least 1,250 px wide.
    auto *legend = new QGridLayout;
    legend->setHorizontalSpacing(4);
    legend->setVerticalSpacing(2);
    const QList<CampaignType> types = EnumTraits<CampaignType>::all();
    constexpr int PerRow = 4;
    for (int i = 0; i < types.size(); ++i) {
        auto *swatch = new QLabel(this);
        swatch->setPixmap(CampaignTypeColors::icon(types.at(i)).pixmap(12, 12));
        auto *name = new QLabel(this);
        name->setTextFormat(Qt::PlainText);
        legend->addWidget(swatch, i / PerRow, (i % PerRow) * 2);
        legend->addWidget(name, i / PerRow, (i % PerRow) * 2 + 1);
        m_legendLabels << name;
    }
    legend->setColumnStretch(PerRow * 2, 1);
    layout->addLayout(legend);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_grid = new CalendarGrid(splitter);
    m_grid->setObjectName(QStringLiteral("calendarGrid"));
    connect(m_grid, &CalendarGrid::occurrenceSelected, this, [this](int index) {
        if (index < 0 || index >= m_period.size())
            return;
        const CampaignOccurrence occurrence = m_period.at(index);
        showOccurrence(&occurrence);
        // Mirror the choice in the agenda when it lists the same occurrence.
        const int agendaIndex = int(m_agenda.indexOf(occurrence));
        for (int d = 0; d < m_agendaTree->topLevelItemCount(); ++d) {
            QTreeWidgetItem *day = m_agendaTree->topLevelItem(d);
            for (int c = 0; c < day->childCount(); ++c) {
                if (day->child(c)->data(0, AgendaIndexRole).toInt() == agendaIndex) {
                    const QSignalBlocker blocker(m_agendaTree);
                    m_agendaTree->setCurrentItem(day->child(c));
                }
            }
        }
    });
    auto *side = new QWidget(splitter);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    m_agendaLabel = new QLabel(side);
    m_agendaTree = new QTreeWidget(side);
    m_agendaTree->setObjectName(QStringLiteral("agenda"));
    m_agendaTree->setColumnCount(AgendaColumns);
    m_agendaTree->setRootIsDecorated(false);
    m_agendaTree->setItemsExpandable(false);
    m_agendaTree->setUniformRowHeights(true);
    m_agendaTree->header()->setStretchLastSection(false);
    m_agendaTree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_agendaTree->header()->setSectionResizeMode(CampaignColumn, QHeaderView::Stretch);
    m_agendaLabel->setBuddy(m_agendaTree);
    connect(m_agendaTree, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *item) { agendaItemChanged(item); });
    sideLayout->addWidget(m_agendaLabel);
    sideLayout->addWidget(m_agendaTree, 3);
    m_detailTitle = new QLabel(side);
    m_detailTitle->setObjectName(QStringLiteral("detailTitle"));
    m_detailTitle->setTextFormat(Qt::PlainText);
    m_detailTitle->setWordWrap(true);
    QFont bold = m_detailTitle->font();
    bold.setBold(true);
    m_detailTitle->setFont(bold);
    m_detailWhen = new QLabel(side);
    m_detailWhen->setTextFormat(Qt::PlainText);
    m_detailWhen->setWordWrap(true);
    m_announcement = new QPlainTextEdit(side);
    m_announcement->setObjectName(QStringLiteral("announcementText"));
    m_announcement->setReadOnly(true);
    m_announcement->setTabChangesFocus(true);
    m_announcementNote = new QLabel(side);
    m_announcementNote->setTextFormat(Qt::PlainText);
    m_announcementNote->setWordWrap(true);
    m_copyButton = new QPushButton(side);
    m_copyButton->setObjectName(QStringLiteral("copyButton"));
    m_copyButton->setEnabled(false);
    connect(m_copyButton, &QPushButton::clicked, this, &CalendarPane::copyAnnouncement);
    auto *copyRow = new QHBoxLayout;
    copyRow->addWidget(m_announcementNote, 1);
    copyRow->addWidget(m_copyButton);
    sideLayout->addWidget(m_detailTitle);
    sideLayout->addWidget(m_detailWhen);
    sideLayout->addWidget(m_announcement, 2);
    sideLayout->addLayout(copyRow);
    splitter->addWidget(m_grid);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({ 960, 440 }); // the agenda needs room for names; the grid stretches
    m_errorBanner = new ErrorBanner(this);
    connect(m_errorBanner, &ErrorBanner::retryRequested, this, &CalendarPane::reload);
    m_content = splitter;
    layout->addWidget(m_errorBanner);
    layout->addWidget(splitter, 1);

    m_problemsLabel = new QLabel(this);
    m_problemsLabel->setTextFormat(Qt::PlainText);
    m_problemsLabel->setWordWrap(true);
    m_problemsLabel->hide();
    layout->addWidget(m_problemsLabel);
}

void CalendarPane::retranslate()
{
    m_previousAction->setText(tr("&Previous"));
    m_previousAction->setToolTip(tr("Previous week or month (Alt+Left)"));
    m_nextAction->setText(tr("&Next"));
    m_nextAction->setToolTip(tr("Next week or month (Alt+Right)"));
    m_todayAction->setText(tr("&Today"));
    m_todayAction->setToolTip(tr("Back to today (Alt+Home)"));
    m_weekButton->setText(tr("&Week"));
    m_monthButton->setText(tr("&Month"));
    m_groupLabel->setText(tr("&Group:"));
    if (m_groupCombo->count() > 0)
        m_groupCombo->setItemText(0, tr("All groups"));
    const QList<CampaignType> types = EnumTraits<CampaignType>::all();
    for (int i = 0; i < types.size() && i < m_legendLabels.size(); ++i)
        m_legendLabels.at(i)->setText(enumDisplayName(types.at(i)));
    m_agendaLabel->setText(tr("&Agenda: today and the next 7 days"));
    m_agendaTree->setHeaderLabels({ tr("Time"), tr("Campaign"), tr("Group") });
    m_copyButton->setText(tr("&Copy Announcement"));
    m_copyButton->setToolTip(tr("Puts the announcement on the clipboard to paste into the group; "
                                "Cohort never posts anything itself."));
    m_announcement->setAccessibleName(tr("Announcement"));
    refreshPeriod();
    refreshAgenda();
}

void CalendarPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CalendarPane::databaseChanged(Tables tables)
{
    if (tables & (Table::Campaigns | Table::Groups | Table::Products))
        reload();
}

void CalendarPane::reload()
{
    // Days and "today" are the workspace zone's, which may have changed; the anchor stays on the
    // day it showed.
    m_zone = WorkspaceZone::of(m_database);
    m_today = QDateTime::currentDateTimeUtc().toTimeZone(m_zone).date();
    QList<Group> groups;
    QList<Product> products;
    try {
        m_campaigns = CampaignRepository(m_database).all();
        groups = GroupRepository(m_database).all();
        products = ProductRepository(m_database).all();
    } catch (const QueryError &error) {
        // An empty calendar would say "no campaigns"; the banner says they could not be read.
        m_errorBanner->showError(error.message(), error.details());
        m_content->setVisible(false);
        return;
    }
    m_errorBanner->setVisible(false);
    m_content->setVisible(true);
    m_groupNames.clear();
    const qint64 chosen = m_groupCombo->currentData().toLongLong();
    {
        const QSignalBlocker blocker(m_groupCombo);
        m_groupCombo->clear();
        m_groupCombo->addItem(tr("All groups"), qint64(0));
        for (const Group &g : groups) {
            m_groupNames.insert(g.id, g.name);
            m_groupCombo->addItem(g.name, g.id);
        }
        m_groupCombo->setCurrentIndex(qMax(0, m_groupCombo->findData(chosen)));
    }
    m_products.clear();
    for (const Product &p : products)
        m_products.insert(p.id, p);
    refreshPeriod();
    refreshAgenda();
}

OccurrenceExpander CalendarPane::expander() const
{
    OccurrenceExpander e(m_groupNames, m_zone);
    e.setGroupFilter(m_groupCombo->currentData().toLongLong());
    return e;
}

QDateTime CalendarPane::startOfDay(const QDate &date) const
{
    return date.startOfDay(m_zone).toUTC();
}

void CalendarPane::setView(View view)
{
    m_view = view;
    if (QAbstractButton *button = m_viewGroup->button(int(view)))
        button->setChecked(true);
    refreshPeriod();
}

void CalendarPane::setToday(const QDate &today)
{
    m_today = today;
    m_anchor = today;
    refreshPeriod();
    refreshAgenda();
}

QDate CalendarPane::periodStart() const
{
    const QDate first
        = m_view == View::Week ? m_anchor : QDate(m_anchor.year(), m_anchor.month(), 1);
    return first.addDays(1 - first.dayOfWeek()); // weeks start on Monday, as ISO weeks do
}

void CalendarPane::previousPeriod()
{
    m_anchor = m_view == View::Week ? m_anchor.addDays(-7) : m_anchor.addMonths(-1);
    refreshPeriod();
}

void CalendarPane::nextPeriod()
{
    m_anchor = m_view == View::Week ? m_anchor.addDays(7) : m_anchor.addMonths(1);
    refreshPeriod();
}

void CalendarPane::goToToday()
{
    m_anchor = m_today;
    refreshPeriod();
    m_grid->focusFirstDay();
}

void CalendarPane::refreshPeriod()
{
    if (!m_grid)
        return;
    const int weeks = m_view == View::Week ? 1 : 6;
    const QDate first = periodStart();
    const QDate last = first.addDays(7 * weeks - 1);
    const QLocale locale;
    if (m_view == View::Week) {
        m_periodLabel->setText(tr("Week %1: %2 – %3")
                                   .arg(first.weekNumber())
                                   .arg(locale.toString(first, QLocale::ShortFormat),
                                        locale.toString(last, QLocale::ShortFormat)));
    } else {
        m_periodLabel->setText(
            locale.toString(m_anchor, tr("MMMM yyyy", "date format of the month view's title")));
    }
    m_grid->setDays(first, weeks, m_view == View::Month ? m_anchor : QDate(), m_today);
    QStringList problems;
    m_period
        = expander().expand(m_campaigns, startOfDay(first), startOfDay(last.addDays(1)), &problems);
    m_grid->setOccurrences(m_period, m_zone, m_view == View::Month);
    if (m_selected) {
        const int index = int(m_period.indexOf(*m_selected));
        if (index >= 0)
            m_grid->selectOccurrence(index);
    }
    m_problemsLabel->setText(problems.isEmpty() ? QString()
                                                : tr("Not shown, their schedule cannot be read: %1")
                                                      .arg(problems.join(QStringLiteral("; "))));
    m_problemsLabel->setVisible(!problems.isEmpty());
}

void CalendarPane::refreshAgenda()
{
    if (!m_agendaTree)
        return;
    m_agenda = expander().expand(m_campaigns, startOfDay(m_today),
                                 startOfDay(m_today.addDays(AgendaDays)));
    const QSignalBlocker blocker(m_agendaTree);
    m_agendaTree->clear();
    const QLocale locale;
    QList<QTreeWidgetItem *> days;
    for (int d = 0; d < AgendaDays; ++d) {
        const QDate date = m_today.addDays(d);
        QString label = locale.toString(date, QLocale::LongFormat);
        if (d == 0)
            label = tr("Today, %1").arg(label);
        else if (d == 1)
            label = tr("Tomorrow, %1").arg(label);
        auto *day = new QTreeWidgetItem(m_agendaTree, { label });
        day->setFirstColumnSpanned(true);
        day->setFlags(Qt::ItemIsEnabled);
        QFont font = day->font(0);
        font.setBold(true);
        day->setFont(0, font);
        days << day;
    }
    for (int i = 0; i < m_agenda.size(); ++i) {
        const CampaignOccurrence &o = m_agenda.at(i);
        const qint64 offset = m_today.daysTo(o.localDate);
        if (offset < 0 || offset >= days.size())
            continue; // started before today and still running: it is in yesterday's plan
        // The start only: the end and the type (the icon's colour) are in the detail below.
        auto *item = new QTreeWidgetItem(
            days.at(offset),
            { locale.toString(o.startUtc.toTimeZone(m_zone).time(), QLocale::ShortFormat),
              o.campaignName, o.groupName });
        item->setData(0, AgendaIndexRole, i);
        item->setToolTip(CampaignColumn, enumDisplayName(o.type).toHtmlEscaped());
        item->setIcon(0, CampaignTypeColors::icon(o.type));
    }
    for (QTreeWidgetItem *day : std::as_const(days)) {
        if (day->childCount() == 0) {
            auto *none = new QTreeWidgetItem(day, { tr("Nothing planned") });
            none->setFlags(Qt::NoItemFlags);
            none->setFirstColumnSpanned(true);
        }
    }
    m_agendaTree->expandAll();
    if (m_selected) {
        const int index = int(m_agenda.indexOf(*m_selected));
        for (QTreeWidgetItem *day : std::as_const(days)) {
            for (int c = 0; c < day->childCount(); ++c) {
                if (index >= 0 && day->child(c)->data(0, AgendaIndexRole).toInt() == index
                    && day->child(c)->flags() != Qt::NoItemFlags)
                    m_agendaTree->setCurrentItem(day->child(c));
            }
        }
    }
    showOccurrence(m_selected ? &*m_selected : nullptr);
}

void CalendarPane::agendaItemChanged(QTreeWidgetItem *item)
{
    if (!item || !item->parent() || item->flags() == Qt::NoItemFlags)
        return;
    const int index = item->data(0, AgendaIndexRole).toInt();
    if (index < 0 || index >= m_agenda.size())
        return;
    const CampaignOccurrence occurrence = m_agenda.at(index);
    showOccurrence(&occurrence);
    m_grid->selectOccurrence(int(m_period.indexOf(occurrence)));
}

void CalendarPane::showOccurrence(const CampaignOccurrence *occurrence)
{
    const Campaign *campaign = nullptr;
    if (occurrence) {
        for (const Campaign &c : std::as_const(m_campaigns)) {
            if (c.id == occurrence->campaignId)
                campaign = &c;
        }
    }
    if (!occurrence || !campaign) {
        m_selected.reset();
        m_detailTitle->setText(tr("Select an occurrence to see its announcement."));
        m_detailWhen->clear();
        m_announcement->clear();
        m_announcementNote->clear();
        m_copyButton->setEnabled(false);
        return;
    }
    m_selected = *occurrence;
    const QLocale locale;
    const QDateTime start = occurrence->startUtc.toTimeZone(m_zone);
    m_detailTitle->setText(tr("%1 · %2").arg(occurrence->campaignName, occurrence->groupName));
    m_detailWhen->setText(tr("%1, %2 (%3) · %4")
                              .arg(locale.toString(start.date(), QLocale::LongFormat),
                                   timeRange(locale, start, occurrence->endUtc.toTimeZone(m_zone)),
                                   QString::fromUtf8(m_zone.id()),
                                   enumDisplayName(occurrence->type)));
    const AnnouncementTemplate::Result result
        = AnnouncementTemplate(campaign->announcementTemplate)
              .render(expander().announcementValues(*campaign, *occurrence, m_products), locale);
    m_announcement->setPlainText(result.text);
    if (campaign->announcementTemplate.trimmed().isEmpty())
        m_announcementNote->setText(
            tr("This campaign has no announcement yet: write one on the Announcement tab of "
               "the campaign (Campaigns pane)."));
    else if (!result.unknownPlaceholders.isEmpty())
        m_announcementNote->setText(tr("Unknown placeholders left as they are: %1")
                                        .arg(result.unknownPlaceholders.join(tr(", "))));
    else
        m_announcementNote->clear();
    m_copyButton->setEnabled(!result.text.trimmed().isEmpty());
}

QString CalendarPane::announcementText() const
{
    return m_selected ? m_announcement->toPlainText() : QString();
}

void CalendarPane::copyAnnouncement()
{
    const QString text = announcementText();
    if (text.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(text);
    m_announcementNote->setText(tr("Copied: paste it into the group."));
}

} // namespace cohort
