// bench_groupdelete: times deleting the group with most messages of a workspace and undoing it
// (issue 14), on a copy: what the background job does (move into the trash), what undo and redo
// cost on the GUI thread (they are synchronous QUndoCommand steps), what purging a batch costs
// (a command leaving the stack) and, for comparison, the old in-memory snapshot's read.
//
//   bench_groupdelete --workspace FILE [--runs N]

#include "storage/database.h"
#include "storage/grouprepository.h"
#include "storage/grouptrash.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace cohort;

namespace {

void say(const QString &text)
{
    std::fputs(qPrintable(text + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

double since(const QElapsedTimer &timer)
{
    return timer.nsecsElapsed() / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("workspace"), QStringLiteral("Workspace file (copied)."),
                       QStringLiteral("file") });
    parser.addOption(
        { QStringLiteral("runs"), QStringLiteral("Round trips (3)."), QStringLiteral("n") });
    parser.process(app);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.cohort"));
    if (!QFile::copy(parser.value(QStringLiteral("workspace")), path)) {
        say(QStringLiteral("cannot copy the workspace"));
        return 1;
    }
    Database db;
    if (const WorkspaceError error = db.open(path); error.isError()) {
        say(error.message);
        return 1;
    }
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT group_id FROM messages GROUP BY group_id ORDER BY COUNT(*) "
                          "DESC LIMIT 1"));
    if (!q.next()) {
        say(QStringLiteral("no messages"));
        return 1;
    }
    const QList<qint64> ids { q.value(0).toLongLong() };
    q.finish();
    GroupTrash trash(db);
    QElapsedTimer timer;
    timer.start();
    const GroupTrash::Counts counts = trash.count(ids);
    const double counted = since(timer);
    say(QStringLiteral("group %1: %2 messages, %3 memberships, %4 rows in all")
            .arg(ids.first())
            .arg(counts.messages)
            .arg(counts.memberships)
            .arg(counts.rows));
    say(QStringLiteral("counting (the question, on the GUI thread) %1 ms").arg(counted, 8, 'f', 1));

    timer.restart();
    const GroupSnapshot snapshot = GroupRepository(db).snapshot(ids);
    say(QStringLiteral("old snapshot into memory (read only)   %1 ms")
            .arg(since(timer), 8, 'f', 1));

    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    for (int run = 0; run < runs; ++run) {
        timer.restart();
        const qint64 batch = trash.moveToTrash(ids);
        const double deleted = since(timer);
        if (batch == 0) {
            say(trash.lastError().message);
            return 1;
        }
        timer.restart();
        if (!trash.restore(batch)) {
            say(trash.lastError().message);
            return 1;
        }
        const double restored = since(timer);
        const qint64 again = trash.moveToTrash(ids);
        timer.restart();
        trash.purge(again);
        const double purged = since(timer);
        say(QStringLiteral("run %1: delete (job / redo) %2 ms, undo %3 ms, purge %4 ms")
                .arg(run + 1)
                .arg(deleted, 8, 'f', 1)
                .arg(restored, 8, 'f', 1)
                .arg(purged, 8, 'f', 1));
        db.close(); // the purge made the deletion final: start again from the copy
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        QFile::copy(parser.value(QStringLiteral("workspace")), path);
        if (db.open(path).isError())
            return 1;
    }
    return 0;
}
