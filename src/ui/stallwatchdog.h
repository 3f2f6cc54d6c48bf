#pragma once

#include <QList>
#include <QObject>
#include <QStringList>

class QEvent;

namespace cohort {

/// Debug aid: reports every stretch of more than `threshold` ms in which the GUI thread did not
/// get back to its event loop, naming the event it was handling and the slowest statements it
/// ran meanwhile (QueryTrace). On in Debug builds and with COHORT_STALL_WATCHDOG=1; the GUI's
/// GuardedApplication feeds it the events. A stretch ends when the event loop is about to wait
/// (QAbstractEventDispatcher::aboutToBlock), so a modal dialog's own loop is not a stall.
class StallWatchdog final : public QObject
{
    Q_OBJECT

public:
    struct Finding
    {
        qint64 ms = 0;
        QString event; ///< "MouseButtonRelease to QPushButton \"refresh\"", the slowest
        QStringList statements; ///< "312 ms ×1: SELECT …", slowest first, at most three
        QString toString() const;
    };

    explicit StallWatchdog(int thresholdMs = 100, QObject *parent = nullptr);
    ~StallWatchdog() override;

    /// Whether this run asks for the watchdog (Debug build or COHORT_STALL_WATCHDOG=1).
    static bool requested();
    /// The watchdog of this process, if one was made.
    static StallWatchdog *instance();

    void eventStarted(QObject *receiver, const QEvent *event);
    void eventFinished();

    QList<Finding> findings() const { return m_findings; }
    void clearFindings() { m_findings.clear(); }

Q_SIGNALS:
    void stalled(const cohort::StallWatchdog::Finding &finding);

private:
    /// What an event was, kept cheap: the text is made only for a stall.
    struct Running
    {
        const char *className = nullptr;
        const char *parentClassName = nullptr;
        QString objectName;
        int type = 0;
        qint64 startedNs = 0;
        QString toString() const;
    };

    void aboutToBlock();

    qint64 m_thresholdNs;
    bool m_idle = true;
    qint64 m_spanStartNs = 0;
    QList<Running> m_running;
    Running m_slowest;
    qint64 m_slowestNs = -1;
    QList<Finding> m_findings;
};

} // namespace cohort
