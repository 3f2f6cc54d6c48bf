#include "ui/stallwatchdog.h"

#include "storage/querytrace.h"

#include <QAbstractEventDispatcher>
#include <QCoreApplication>
#include <QEvent>
#include <QHash>
#include <QLoggingCategory>
#include <QMetaEnum>
#include <QThread>

#include <algorithm>

namespace cohort {

namespace {

Q_LOGGING_CATEGORY(stalls, "cohort.stall")

StallWatchdog *s_instance = nullptr;
/// Statements longer than this are cut in the report: the start names the query.
constexpr int StatementChars = 160;

} // namespace

QString StallWatchdog::Finding::toString() const
{
    QString text = QStringLiteral("GUI thread stalled %1 ms in %2").arg(ms).arg(event);
    for (const QString &statement : statements)
        text += QStringLiteral("\n    ") + statement;
    return text;
}

StallWatchdog::StallWatchdog(int thresholdMs, QObject *parent)
    : QObject(parent)
    , m_thresholdNs(qint64(thresholdMs) * 1000000)
{
    Q_ASSERT(!s_instance);
    s_instance = this;
    QueryTrace::watch(QThread::currentThread());
    connect(QAbstractEventDispatcher::instance(), &QAbstractEventDispatcher::aboutToBlock, this,
            &StallWatchdog::aboutToBlock, Qt::DirectConnection);
}

StallWatchdog::~StallWatchdog()
{
    QueryTrace::watch(nullptr);
    s_instance = nullptr;
}

bool StallWatchdog::requested()
{
#ifndef NDEBUG
    return qEnvironmentVariable("COHORT_STALL_WATCHDOG") != QLatin1String("0");
#else
    return qEnvironmentVariableIntValue("COHORT_STALL_WATCHDOG") == 1;
#endif
}

StallWatchdog *StallWatchdog::instance()
{
    return s_instance;
}

void StallWatchdog::eventStarted(QObject *receiver, const QEvent *event)
{
    const qint64 now = QueryTrace::now();
    if (m_idle) {
        m_idle = false;
        m_spanStartNs = now;
        m_slowestNs = -1;
    }
    QObject *parent = receiver->parent();
    m_running.append({ receiver->metaObject()->className(),
                       parent ? parent->metaObject()->className() : nullptr, receiver->objectName(),
                       int(event->type()), now });
}

void StallWatchdog::eventFinished()
{
    if (m_running.isEmpty())
        return;
    const Running running = m_running.takeLast();
    // Only the part inside this stretch counts: an event that ran a dialog's loop waited too.
    const qint64 took = QueryTrace::now() - std::max(running.startedNs, m_spanStartNs);
    if (took > m_slowestNs) {
        m_slowestNs = took;
        m_slowest = running;
    }
}

void StallWatchdog::aboutToBlock()
{
    const qint64 now = QueryTrace::now();
    const qint64 span = now - m_spanStartNs;
    const bool wasBusy = !m_idle;
    m_idle = true;
    const QList<QueryTrace::Entry> entries = QueryTrace::take(m_spanStartNs);
    if (!wasBusy || span < m_thresholdNs)
        return;
    Finding finding;
    finding.ms = span / 1000000;
    // An event still running (it opened a nested loop) is the innermost one on the stack.
    finding.event = m_slowestNs >= 0 ? m_slowest.toString()
        : m_running.isEmpty()        ? QStringLiteral("(no event)")
                                     : m_running.constLast().toString();
    struct Total
    {
        qint64 ns = 0;
        int times = 0;
    };
    QHash<QString, Total> totals;
    for (const QueryTrace::Entry &entry : entries) {
        Total &total = totals[entry.sql];
        total.ns += entry.elapsedNs;
        ++total.times;
    }
    QList<std::pair<QString, Total>> sorted;
    for (auto it = totals.cbegin(); it != totals.cend(); ++it)
        sorted.append({ it.key(), it.value() });
    std::sort(sorted.begin(), sorted.end(),
              [](const auto &a, const auto &b) { return a.second.ns > b.second.ns; });
    for (qsizetype i = 0; i < std::min<qsizetype>(3, sorted.size()); ++i) {
        QString sql = sorted.at(i).first.simplified();
        if (sql.size() > StatementChars)
            sql = sql.left(StatementChars) + QStringLiteral("…");
        finding.statements << QStringLiteral("%1 ms ×%2: %3")
                                  .arg(sorted.at(i).second.ns / 1000000)
                                  .arg(sorted.at(i).second.times)
                                  .arg(sql);
    }
    m_findings.append(finding);
    qCWarning(stalls).noquote() << finding.toString();
    Q_EMIT stalled(finding);
}

QString StallWatchdog::Running::toString() const
{
    const QMetaEnum types = QMetaEnum::fromType<QEvent::Type>();
    const char *key = types.valueToKey(type);
    QString text = key ? QString::fromLatin1(key) : QString::number(type);
    text += QStringLiteral(" to ") + QString::fromLatin1(className);
    if (!objectName.isEmpty())
        text += QStringLiteral(" \"%1\"").arg(objectName);
    // A slot run by a queued call or a timer says more through its receiver's parent.
    if (parentClassName)
        text += QStringLiteral(" in ") + QString::fromLatin1(parentClassName);
    return text;
}

} // namespace cohort
