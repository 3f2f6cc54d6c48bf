#include "ui/dashboards/positioningsection.h"

#include "domain/biditext.h"
#include "domain/enums.h"
#include "models/statuscolors.h"
#include "reports/scorecardtext.h"
#include "storage/analyticsfacts.h"
#include "storage/database.h"
#include "storage/grouprepository.h"
#include "storage/jobrunner.h"
#include "storage/queryerror.h"
#include "ui/dashboards/chartpanel.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cohort {

namespace {

struct Outcome
{
    QList<GroupScorecard> cards;
    QList<QuietGroup> quiet;
};

/// Sorts by a number kept in UserRole instead of by its text.
class RankedItem final : public QTableWidgetItem
{
public:
    RankedItem(const QString &text, double rank)
        : QTableWidgetItem(text)
    {
        setData(Qt::UserRole, rank);
    }
    bool operator<(const QTableWidgetItem &other) const override
    {
        return data(Qt::UserRole).toDouble() < other.data(Qt::UserRole).toDouble();
    }
};

QTableWidget *makeTable(const QString &name, QWidget *parent)
{
    auto *table = new QTableWidget(parent);
    table->setObjectName(name);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->setMinimumHeight(200);
    table->setWordWrap(false);
    return table;
}

QString percent(double ratio, const QLocale &locale)
{
    return locale.toString(ratio * 100, 'f', 1) + locale.percent();
}

} // namespace

PositioningSection::PositioningSection(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
{
    setObjectName(QStringLiteral("positioningSection"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_targets = makeTable(QStringLiteral("targetsTable"), this);
    m_quiet = makeTable(QStringLiteral("quietGroupsTable"), this);
    m_targetsPanel = new ChartPanel(m_targets, this);
    m_quietPanel = new ChartPanel(m_quiet, this);
    layout->addWidget(m_targetsPanel);
    layout->addWidget(m_quietPanel);
    connect(m_targets, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        const QTableWidgetItem *item = m_targets->item(row, 0);
        if (item && item->data(Qt::UserRole + 1).toBool())
            Q_EMIT groupGoalsRequested(item->data(Qt::UserRole + 2).toLongLong());
    });
    retranslate();
}

PositioningSection::~PositioningSection()
{
    for (QFuture<void> &future : m_running)
        future.cancel();
}

void PositioningSection::retranslate()
{
    m_targetsPanel->setTitle(tr("Groups against their targets"));
    m_targetsPanel->setHelp(
        tr("Each group is judged by the numbers of its goals over the 30 days ending on the "
           "range's last day: met at or above the target, near from 80% of it, missed below. "
           "A group is as good as its worst number. Targets are set in the group dialog; "
           "double-click a group without positioning to give it goals."));
    m_quietPanel->setTitle(tr("Groups gone quiet"));
    m_quietPanel->setHelp(
        tr("Groups whose active ratio or messages per day over the 4 weeks ending on the range's "
           "last day fell by more than half against the 4 weeks before, with the members who "
           "wrote most before and nothing since: the people to win back first."));
    render();
}

void PositioningSection::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PositioningSection::waitForIdle()
{
    for (QFuture<void> &future : m_running)
        future.waitForFinished();
    m_running.clear();
    // The watchers are children: their finished calls are posted to them, not to this.
    QCoreApplication::sendPostedEvents();
}

void PositioningSection::update(std::shared_ptr<const AnalyticsFacts> facts,
                                const QList<qint64> &groupIds, const QDate &to)
{
    if (!facts || !to.isValid())
        return;
    const quint64 generation = ++m_generation;
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, generation, to] {
        watcher->deleteLater();
        if (watcher->isCanceled() || watcher->future().resultCount() == 0
            || generation != m_generation)
            return;
        const Outcome outcome = watcher->result();
        m_cards = outcome.cards;
        m_quietGroups = outcome.quiet;
        m_to = to;
        render();
    });
    QFuture<Outcome> future = m_database.jobs().run([facts, groupIds, to](JobContext &job) {
        Outcome outcome;
        QList<Group> groups;
        try {
            groups = GroupRepository(job.database()).all();
        } catch (const QueryError &) {
            // The dashboard's own numbers report a workspace that cannot be read.
            return outcome;
        }
        if (!groupIds.isEmpty())
            groups.removeIf([&groupIds](const Group &g) { return !groupIds.contains(g.id); });
        outcome.cards = PositioningScorecard::compute(*facts, groups, to);
        PositioningScorecard::sortWorstFirst(outcome.cards);
        outcome.quiet = ActivationFinder::find(*facts, to, groupIds);
        return outcome;
    });
    watcher->setFuture(future);
    m_running.erase(std::remove_if(m_running.begin(), m_running.end(),
                                   [](const QFuture<void> &f) { return f.isFinished(); }),
                    m_running.end());
    m_running.append(QFuture<void>(future));
}

void PositioningSection::render()
{
    const QLocale locale = this->locale();
    const QList<GoalKpi> kpis = GoalKpis::all();
    QStringList headers { tr("Group"), tr("Goals"), tr("Targets") };
    for (const GoalKpi kpi : kpis)
        headers << GoalKpis::displayName(kpi);
    m_targets->setSortingEnabled(false);
    m_targets->clear();
    m_targets->setColumnCount(int(headers.size()));
    m_targets->setHorizontalHeaderLabels(headers);
    m_targets->setRowCount(int(m_cards.size()));
    QList<QStringList> csv { headers };
    for (int r = 0; r < m_cards.size(); ++r) {
        const GroupScorecard &card = m_cards.at(r);
        const bool unpositioned = card.attainment == Attainment::NoPositioning;
        auto *name = new QTableWidgetItem(card.name);
        name->setData(Qt::UserRole + 1, unpositioned);
        name->setData(Qt::UserRole + 2, card.groupId);
        m_targets->setItem(r, 0, name);
        QStringList goals;
        for (const GroupGoal goal : card.goals)
            goals << enumDisplayName(goal);
        //: Separator between items of a list in one table cell
        const QString separator = tr(", ");
        m_targets->setItem(r, 1, new QTableWidgetItem(goals.join(separator)));
        // Ranked as sortWorstFirst ranks: by attainment, then by how far the worst number is.
        auto *status
            = new RankedItem(ScorecardText::attainmentName(card.attainment),
                             int(card.attainment) * 1000.0 + std::min(card.worstShare, 999.0));
        status->setToolTip(unpositioned ? tr("No goals yet: double-click to open the group dialog.")
                                        : ScorecardText::details(card, locale));
        if (card.attainment == Attainment::Missed)
            status->setForeground(StatusColors::bad(m_targets->palette()));
        else if (card.attainment == Attainment::Met)
            status->setForeground(StatusColors::good(m_targets->palette()));
        m_targets->setItem(r, 2, status);
        QStringList row { card.name, goals.join(separator),
                          ScorecardText::attainmentName(card.attainment) };
        for (int k = 0; k < kpis.size(); ++k) {
            auto it = std::find_if(card.kpis.cbegin(), card.kpis.cend(),
                                   [&](const KpiScore &s) { return s.kpi == kpis.at(k); });
            if (it == card.kpis.cend()) {
                m_targets->setItem(r, 3 + k, new RankedItem(QString(), -1));
                row << QString();
                continue;
            }
            //: a KPI's value and its target, e.g. "12.5% / 20.0%"
            const QString text
                = tr("%1 / %2").arg(ScorecardText::value(it->kpi, it->value, locale),
                                    ScorecardText::value(it->kpi, it->target, locale));
            auto *item = new RankedItem(text, it->target > 0 ? it->value / it->target : 1.0);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            item->setToolTip(ScorecardText::line(*it, locale));
            if (it->attainment == Attainment::Missed)
                item->setForeground(StatusColors::bad(m_targets->palette()));
            m_targets->setItem(r, 3 + k, item);
            row << text;
        }
        csv << row;
    }
    // Worst first until the user picks another column (the header keeps their choice).
    if (!m_sortChosen && m_targets->columnCount() > 2) {
        m_targets->horizontalHeader()->setSortIndicator(2, Qt::AscendingOrder);
        m_sortChosen = true;
    }
    m_targets->setSortingEnabled(true);
    m_targets->resizeColumnsToContents();
    m_targetsPanel->setCsvData(csv);

    const QStringList quietHeaders { tr("Group"), tr("Active ratio before → now"),
                                     tr("Messages per day before → now"),
                                     tr("Who carried it (messages before)") };
    m_quiet->clear();
    m_quiet->clearSpans();
    m_quiet->setColumnCount(int(quietHeaders.size()));
    m_quiet->setHorizontalHeaderLabels(quietHeaders);
    m_quiet->setRowCount(int(m_quietGroups.size()));
    QList<QStringList> quietCsv { quietHeaders };
    for (int r = 0; r < m_quietGroups.size(); ++r) {
        const QuietGroup &q = m_quietGroups.at(r);
        QStringList carriers;
        for (const Contributor &c : q.silentCarriers)
            //: a member who went silent and the messages they wrote before, e.g. "Li Na (42)"
            carriers << tr("%1 (%2)").arg(BidiText::isolated(c.member.name),
                                          locale.toString(c.messages));
        const QStringList row {
            q.name,
            tr("%1 → %2").arg(percent(q.earlierActiveRatio, locale),
                              percent(q.recentActiveRatio, locale)),
            tr("%1 → %2").arg(locale.toString(q.earlierMessagesPerDay, 'f', 1),
                              locale.toString(q.recentMessagesPerDay, 'f', 1)),
            carriers.isEmpty() ? tr("nobody: its writers still write or have left")
                               : carriers.join(tr(", ")),
        };
        for (int c = 0; c < row.size(); ++c)
            m_quiet->setItem(r, c, new QTableWidgetItem(row.at(c)));
        quietCsv << row;
    }
    if (m_quietGroups.isEmpty() && m_to.isValid()) {
        m_quiet->setRowCount(1);
        m_quiet->setSpan(0, 0, 1, m_quiet->columnCount());
        m_quiet->setItem(
            0, 0,
            new QTableWidgetItem(
                tr("No group went quiet in the 4 weeks to %1.").arg(m_to.toString(Qt::ISODate))));
    }
    m_quiet->resizeColumnsToContents();
    m_quietPanel->setCsvData(quietCsv);
}

} // namespace cohort
