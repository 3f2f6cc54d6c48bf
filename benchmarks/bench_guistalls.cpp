// bench_guistalls: walks every pane of Cohort's main window on a workspace the way a user looks
// around (show the pane, let it compute, sort by its first columns, scroll to the end, search)
// with the stall watchdog on, and prints every stretch over 100 ms in which the GUI thread did
// not get back to its event loop, with the event and the statements behind it.
//
//   bench_guistalls --workspace FILE [--threshold MS] [--settle MS]
//
// scripts/bench-stalls makes the workspace (large demo plus a 1e6-message import) and runs it.

#include "storage/database.h"
#include "ui/guardedapplication.h"
#include "ui/languagemanager.h"
#include "ui/mainwindow.h"
#include "ui/stallwatchdog.h"
#include "ui/widgets/tablepane.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>
#include <QTextStream>
#include <QTimer>

#include <algorithm>

using namespace cohort;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

/// Lets the window work as it would in front of a user: the event loop runs (and waits when
/// idle), so background jobs finish and their results are applied.
void settle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

struct Step
{
    QString label;
    StallWatchdog::Finding finding;
};

} // namespace

int main(int argc, char *argv[])
{
    GuardedApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption workspaceOption(QStringLiteral("workspace"),
                                             QStringLiteral("Workspace file to open."),
                                             QStringLiteral("file"));
    const QCommandLineOption thresholdOption(QStringLiteral("threshold"),
                                             QStringLiteral("Stall threshold in ms (100)."),
                                             QStringLiteral("ms"), QStringLiteral("100"));
    const QCommandLineOption settleOption(QStringLiteral("settle"),
                                          QStringLiteral("Time given to each step in ms (3000)."),
                                          QStringLiteral("ms"), QStringLiteral("3000"));
    parser.addOptions({ workspaceOption, thresholdOption, settleOption });
    parser.process(app);
    if (!parser.isSet(workspaceOption)) {
        out() << "bench_guistalls: --workspace FILE is required" << Qt::endl;
        return 2;
    }
    const int settleMs = parser.value(settleOption).toInt();

    LanguageManager languages;
    MainWindow window(&languages);
    window.resize(1366, 768);
    window.show();
    auto *watchdog = new StallWatchdog(parser.value(thresholdOption).toInt(), &app);
    QList<Step> steps;
    QString current = QStringLiteral("open workspace");
    QObject::connect(watchdog, &StallWatchdog::stalled, &app,
                     [&steps, &current](const StallWatchdog::Finding &finding) {
                         steps.append({ current, finding });
                     });
    // Opened from the event loop, as main() does once the window is up.
    bool opened = false;
    QTimer::singleShot(0, &window,
                       [&] { opened = window.openWorkspace(parser.value(workspaceOption)); });
    settle(settleMs);
    if (!opened) {
        out() << "bench_guistalls: could not open " << parser.value(workspaceOption) << Qt::endl;
        return 1;
    }

    for (int index = 0; index < window.paneCount(); ++index) {
        window.showPane(index);
        current = QStringLiteral("pane %1: show").arg(index);
        settle(settleMs);
        TablePane *pane = window.currentPane();
        if (!pane)
            continue;
        const QString name = pane->title();
        current = QStringLiteral("%1: show").arg(name);
        for (Step &step : steps) {
            if (step.label == QStringLiteral("pane %1: show").arg(index))
                step.label = current;
        }
        QTableView *view = pane->view();
        const int columns = std::min(4, view->model() ? view->model()->columnCount() : 0);
        for (int column = 0; column < columns; ++column) {
            if (!view->isSortingEnabled())
                break;
            for (const Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
                current = QStringLiteral("%1: sort by column %2 %3")
                              .arg(name)
                              .arg(column)
                              .arg(QLatin1String(order == Qt::AscendingOrder ? "up" : "down"));
                view->sortByColumn(column, order);
                settle(settleMs / 3);
            }
        }
        current = QStringLiteral("%1: scroll to the end").arg(name);
        view->scrollToBottom();
        settle(settleMs / 2);
        current = QStringLiteral("%1: search \"an\"").arg(name);
        pane->searchEdit()->setText(QStringLiteral("an"));
        settle(settleMs / 2);
        pane->searchEdit()->clear();
        settle(settleMs / 3);
    }

    out() << "bench_guistalls: " << steps.size() << " stalls over " << parser.value(thresholdOption)
          << " ms" << Qt::endl;
    std::sort(steps.begin(), steps.end(),
              [](const Step &a, const Step &b) { return a.finding.ms > b.finding.ms; });
    for (const Step &step : std::as_const(steps))
        out() << "[" << step.label << "] " << step.finding.toString() << Qt::endl;
    return 0;
}
