#include "app/gui/startuptimer.h"

#include "ui/mainwindow.h"
#include "ui/widgets/tablepane.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QEvent>
#include <QTableView>
#include <QTextStream>
#include <QTimer>

namespace cohort {

bool StartupTimer::requested()
{
    return qEnvironmentVariableIntValue("COHORT_STARTUP_TIMING") == 1;
}

StartupTimer::StartupTimer(const QElapsedTimer &started, MainWindow &window)
    : QObject(&window)
    , m_started(started)
    , m_window(window)
{
    // The panes are made when the workspace opens: the filter goes on the pane shown then.
    connect(&window, &MainWindow::workspaceChanged, this, [this] {
        if (TablePane *pane = m_window.currentPane())
            pane->view()->viewport()->installEventFilter(this);
    });
}

bool StartupTimer::eventFilter(QObject *watched, QEvent *event)
{
    TablePane *pane = m_window.currentPane();
    if (event->type() == QEvent::Paint && pane && watched == pane->view()->viewport()
        && pane->view()->model() && pane->view()->model()->rowCount() > 0) {
        QTextStream(stderr) << "startup: first paint of " << pane->title() << " with "
                            << pane->view()->model()->rowCount() << " rows after "
                            << m_started.elapsed() << " ms" << Qt::endl;
        watched->removeEventFilter(this);
        QTimer::singleShot(0, qApp, &QCoreApplication::quit);
    }
    return QObject::eventFilter(watched, event);
}

} // namespace cohort
