#include "ui/groups/positioningloader.h"

#include "analytics/dataspan.h"
#include "storage/analyticsfactsrepository.h"
#include "storage/database.h"
#include "storage/grouprepository.h"
#include "storage/jobrunner.h"
#include "storage/queryerror.h"

#include <QCoreApplication>
#include <QFutureWatcher>

namespace cohort {

namespace {
struct Outcome
{
    QList<GroupScorecard> cards;
    QList<QuietGroup> quiet;
    QDate to;
    QString error;
    QString details;
};
} // namespace

PositioningLoader::PositioningLoader(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(300);
    connect(&m_debounce, &QTimer::timeout, this, &PositioningLoader::run);
    connect(&m_database, &Database::changedRows, this, [this](const ChangeSet &change) {
        const Tables relevant
            = Table::Groups | Table::Members | Table::Memberships | Table::Orders | Table::Messages;
        if (!(change.tables & relevant))
            return;
        if (m_active)
            m_debounce.start();
        else
            m_dirty = true;
    });
}

PositioningLoader::~PositioningLoader()
{
    for (QFuture<void> &future : m_running)
        future.cancel();
}

void PositioningLoader::setActive(bool active)
{
    m_active = active;
    if (m_active && m_dirty)
        run();
}

void PositioningLoader::waitForIdle()
{
    for (QFuture<void> &future : m_running)
        future.waitForFinished();
    m_running.clear();
    // The watchers are children: their finished calls are posted to them, not to this.
    QCoreApplication::sendPostedEvents();
}

void PositioningLoader::run()
{
    m_dirty = false;
    const quint64 generation = ++m_generation;
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (watcher->isCanceled() || watcher->future().resultCount() == 0
            || generation != m_generation)
            return;
        const Outcome outcome = watcher->result();
        if (!outcome.error.isEmpty()) {
            Q_EMIT failed(outcome.error, outcome.details);
            return;
        }
        m_cards = outcome.cards;
        m_quiet = outcome.quiet;
        m_to = outcome.to;
        Q_EMIT ready();
    });
    QFuture<Outcome> future = m_database.jobs().run([](JobContext &job) {
        Outcome outcome;
        try {
            AnalyticsFacts facts;
            AnalyticsFactsRepository(job.database()).load(facts);
            const QList<Group> groups = GroupRepository(job.database()).all();
            // The newest data, not today: an archive imported months later still has a window.
            const DataSpan span = DataSpan::of(facts, {});
            outcome.to = span.isEmpty() ? QDate::currentDate() : span.last;
            outcome.cards = PositioningScorecard::compute(facts, groups, outcome.to);
            outcome.quiet = ActivationFinder::find(facts, outcome.to);
        } catch (const QueryError &error) {
            outcome.error = error.message();
            outcome.details = error.details();
        }
        return outcome;
    });
    watcher->setFuture(future);
    m_running.erase(std::remove_if(m_running.begin(), m_running.end(),
                                   [](const QFuture<void> &f) { return f.isFinished(); }),
                    m_running.end());
    m_running.append(QFuture<void>(future));
}

} // namespace cohort
