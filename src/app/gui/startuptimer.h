#pragma once

#include <QElapsedTimer>
#include <QObject>

namespace cohort {

class MainWindow;

/// The start-up benchmark: with COHORT_STARTUP_TIMING=1 in the environment, Cohort prints the
/// time from the start of main() to the first paint of the shown table pane with rows in it
/// (what the user waits for after starting Cohort), then quits.
class StartupTimer final : public QObject
{
    Q_OBJECT

public:
    /// Whether COHORT_STARTUP_TIMING asks for the measurement.
    static bool requested();

    /// `started` runs since the start of main().
    StartupTimer(const QElapsedTimer &started, MainWindow &window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QElapsedTimer m_started;
    MainWindow &m_window;
};

} // namespace cohort
