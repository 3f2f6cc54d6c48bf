#pragma once

#include <QApplication>

#include <functional>

namespace cohort {

class QueryError;

/// The GUI's QApplication with a last line of defence: a QueryError that a pane, model or
/// command did not catch is stopped here, before it can unwind through Qt's event loop (which
/// Qt does not support), and reported. Panes catch their reads themselves and show an error
/// banner; this only catches what slipped past them (a dialog reading on a button press).
/// It also feeds the GUI thread's events to the StallWatchdog, when there is one.
class GuardedApplication final : public QApplication
{
    Q_OBJECT

public:
    GuardedApplication(int &argc, char **argv);

    bool notify(QObject *receiver, QEvent *event) override;

    /// Who is told about a stopped error; by default a warning box, shown once the event that
    /// failed has returned. Tests replace it.
    void setReporter(std::function<void(const QueryError &error)> reporter)
    {
        m_reporter = std::move(reporter);
    }

Q_SIGNALS:
    /// macOS asks the running application to open a file (a double-click in Finder, a file
    /// dropped on the Dock icon): the window opens it (MainWindow::openFromDesktop).
    void fileOpenRequested(const QString &path);

protected:
    bool event(QEvent *event) override;

private:
    bool guardedNotify(QObject *receiver, QEvent *event);
    void report(const QueryError &error);

    std::function<void(const QueryError &)> m_reporter;
};

} // namespace cohort
