#include "ui/guardedapplication.h"

#include "storage/queryerror.h"
#include "ui/stallwatchdog.h"

#include <QFileOpenEvent>
#include <QMessageBox>
#include <QPointer>
#include <QScopeGuard>
#include <QThread>
#include <QWidget>

namespace cohort {

GuardedApplication::GuardedApplication(int &argc, char **argv)
    : QApplication(argc, argv)
{
}

bool GuardedApplication::event(QEvent *event)
{
    if (event->type() == QEvent::FileOpen) {
        const QString path = static_cast<QFileOpenEvent *>(event)->file();
        if (!path.isEmpty()) {
            Q_EMIT fileOpenRequested(path);
            return true;
        }
    }
    return QApplication::event(event);
}

bool GuardedApplication::notify(QObject *receiver, QEvent *event)
{
    StallWatchdog *const watchdog = StallWatchdog::instance();
    if (watchdog && receiver && QThread::currentThread() == thread()) {
        watchdog->eventStarted(receiver, event);
        const auto finished = qScopeGuard([] {
            if (StallWatchdog *const still = StallWatchdog::instance())
                still->eventFinished();
        });
        return guardedNotify(receiver, event);
    }
    return guardedNotify(receiver, event);
}

bool GuardedApplication::guardedNotify(QObject *receiver, QEvent *event)
{
    try {
        return QApplication::notify(receiver, event);
    } catch (const QueryError &error) {
        qWarning("Cohort: a read failed outside a pane's guard: %s", error.what());
        report(error);
        return false;
    }
}

void GuardedApplication::report(const QueryError &error)
{
    if (m_reporter) {
        m_reporter(error);
        return;
    }
    // Queued: a modal box opened inside notify() would nest an event loop in a half-handled
    // event.
    const QString message = error.message();
    const QString details = error.details();
    QPointer<QWidget> parent = QApplication::activeWindow();
    QMetaObject::invokeMethod(
        this,
        [parent, message, details] {
            QMessageBox box(QMessageBox::Warning, QApplication::applicationDisplayName(), message,
                            QMessageBox::Ok, parent);
            box.setTextFormat(Qt::PlainText);
            box.setDetailedText(details);
            box.exec();
        },
        Qt::QueuedConnection);
}

} // namespace cohort
