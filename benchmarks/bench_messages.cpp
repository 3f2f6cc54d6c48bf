// bench_messages: times what a user of the Messages view waits for on a large workspace (one
// made with ../shared/bench/gen_chat.py and cohort-cli import): the first page of all groups
// and of one group, a filter keystroke (the page the view shows; the view never counts), the
// count that a status line would cost, and scrolling page after page. --explain TEXT prints the
// statements one keystroke runs instead, with their times.
//
//   bench_messages --workspace FILE [--runs N] [--explain TEXT]

#include "models/messagelistmodel.h"
#include "storage/database.h"
#include "storage/messageindexer.h"
#include "storage/querytrace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace cohort;

namespace {

void say(const QString &text)
{
    std::fputs(qPrintable(text + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

struct Timing
{
    double median = 0;
    double worst = 0;
};

Timing measure(int runs, const std::function<void()> &reset, const std::function<void()> &work)
{
    QList<double> ms;
    for (int i = 0; i < runs; ++i) {
        reset();
        QElapsedTimer t;
        t.start();
        work();
        ms << t.nsecsElapsed() / 1e6;
    }
    std::sort(ms.begin(), ms.end());
    return { ms.at(ms.size() / 2), ms.last() };
}

void report(const QString &label, const Timing &t, double target = 0)
{
    QString line = QStringLiteral("%1 median %2 ms, worst %3 ms")
                       .arg(label.leftJustified(58))
                       .arg(t.median, 7, 'f', 1)
                       .arg(t.worst, 7, 'f', 1);
    if (target > 0)
        line += t.worst <= target ? QStringLiteral("  (target %1 ms: ok)").arg(target)
                                  : QStringLiteral("  (target %1 ms: MISSED)").arg(target);
    say(line);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("workspace"), QStringLiteral("Workspace to read."),
                       QStringLiteral("file") });
    parser.addOption({ QStringLiteral("runs"), QStringLiteral("Repetitions per measurement."),
                       QStringLiteral("n"), QStringLiteral("7") });
    parser.addOption({ QStringLiteral("explain"),
                       QStringLiteral("Print the statements one search runs, with their times."),
                       QStringLiteral("text") });
    parser.process(app);
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());

    Database db;
    const WorkspaceError error
        = db.open(parser.value(QStringLiteral("workspace")), Database::OpenMode::ReadOnly);
    if (error.isError()) {
        say(error.message);
        return 1;
    }
    qint64 messages = 0;
    qint64 group = 0;
    {
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT count(*), max(group_id) FROM messages"));
        if (q.next()) {
            messages = q.value(0).toLongLong();
            group = q.value(1).toLongLong();
        }
    }
    say(QStringLiteral("workspace %1: %2 messages").arg(db.filePath()).arg(messages));
    say(QStringLiteral("not yet in the search index: %1 messages")
            .arg(MessageIndexer(db).backlog()));
    if (parser.isSet(QStringLiteral("explain"))) {
        MessageListModel model(db);
        model.fetchMore({});
        QueryTrace::watch(QThread::currentThread());
        const qint64 start = QueryTrace::now();
        model.setTextFilter(parser.value(QStringLiteral("explain")));
        model.fetchMore({});
        for (const QueryTrace::Entry &e : QueryTrace::take(start))
            say(QStringLiteral("%1 ms  %2").arg(e.elapsedNs / 1e6, 8, 'f', 1).arg(e.sql));
        QueryTrace::watch(nullptr);
        return 0;
    }

    report(QStringLiteral("first page, all groups"),
           measure(
               runs, [] {},
               [&] {
                   MessageListModel model(db);
                   model.fetchMore({});
               }),
           200);
    report(QStringLiteral("first page, group %1").arg(group),
           measure(
               runs, [] {},
               [&] {
                   MessageListModel model(db);
                   model.setGroupFilter(group);
                   model.fetchMore({});
               }),
           200);

    // Each keystroke of typing a word: the view re-reads its first page.
    // Common and rare words of gen_chat.py's vocabulary, an absent one, and a name; with the
    // full-text index (migration 0011, `cohort-cli index`) a word of three characters or more is
    // looked up, a shorter one is tested on the rows the page walks.
    const QStringList typed { QStringLiteral("h"),        QStringLiteral("he"),
                              QStringLiteral("hel"),      QStringLiteral("hell"),
                              QStringLiteral("hello"),    QStringLiteral("zzz"),
                              QStringLiteral("王"),       QStringLiteral("Maria"),
                              QStringLiteral("meeting"),  QStringLiteral("birthday party"),
                              QStringLiteral("周末明白"), QStringLiteral("明白"),
                              QStringLiteral("qwertz") };
    for (const bool oneGroup : { false, true }) {
        for (const QString &text : typed) {
            MessageListModel model(db);
            if (oneGroup)
                model.setGroupFilter(group);
            model.fetchMore({});
            int rows = 0;
            const Timing t = measure(
                runs, [&] { model.setTextFilter(QString()); },
                [&] {
                    model.setTextFilter(text);
                    model.fetchMore({});
                    rows = model.rowCount();
                });
            report(QStringLiteral("keystroke \"%1\"%2 -> first page (%3 rows)")
                       .arg(text, oneGroup ? QStringLiteral(" in group") : QString())
                       .arg(rows),
                   t, 30);
        }
    }
    {
        MessageListModel model(db);
        model.setTextFilter(QStringLiteral("hello"));
        report(QStringLiteral("count of \"hello\" (not used by the view)"),
               measure(
                   runs, [&] { model.refresh(); }, [&] { model.totalCount(); }));
    }
    {
        MessageListModel model(db);
        QElapsedTimer total;
        total.start();
        double slowest = 0;
        int pages = 0;
        while (model.canFetchMore({}) && pages < 400) {
            QElapsedTimer page;
            page.start();
            model.fetchMore({});
            slowest = std::max(slowest, page.nsecsElapsed() / 1e6);
            ++pages;
        }
        say(QStringLiteral("%1 %2 ms for %3 pages / %4 rows, slowest page %5 ms")
                .arg(QStringLiteral("scroll 400 pages").leftJustified(58))
                .arg(total.nsecsElapsed() / 1e6, 8, 'f', 1)
                .arg(pages)
                .arg(model.rowCount())
                .arg(slowest, 0, 'f', 1));
    }
    return 0;
}
