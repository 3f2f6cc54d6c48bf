#include "app/cli/indexcommand.h"

#include "app/cli/cliworkspace.h"
#include "storage/database.h"
#include "storage/messageindexer.h"
#include "storage/workspacelock.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLocale>

namespace cohort::cli {

namespace {

/// Larger than the GUI's chunks: nobody edits meanwhile, and fewer commits mean fewer index
/// segments to merge. Still short enough that an interrupted run loses little.
constexpr int ConsoleChunk = 20000;

} // namespace

std::unique_ptr<CliCommand> createIndexCommand()
{
    return std::make_unique<IndexCommand>();
}

QString IndexCommand::summary() const
{
    return tr("Bring the search index of the messages up to date");
}

bool IndexCommand::catchUp(Database &database, CliContext &context)
{
    MessageIndexer indexer(database);
    if (!indexer.isSupported()) {
        context.out << tr("This workspace's database searches messages without an index.") << '\n';
        return true;
    }
    const QLocale locale;
    QElapsedTimer timer;
    timer.start();
    qint64 indexed = 0;
    int shown = -1;
    const bool ok = indexer.catchUp(ConsoleChunk, {}, [&](qint64 done, qint64 total) {
        indexed = done;
        const int percent = total > 0 ? int(done * 100 / total) : 100;
        if (percent == shown)
            return;
        shown = percent;
        // One line rewritten in place: "\r" returns to its start.
        context.err << '\r'
                    << tr("Indexing messages: %1% (%2 of %3)")
                           .arg(percent)
                           .arg(locale.toString(done), locale.toString(total));
        context.err.flush();
    });
    if (shown >= 0)
        context.err << '\n';
    if (!ok) {
        context.err << tr("cohort-cli: the search index was not brought up to date: %1")
                           .arg(indexer.lastError().message)
                    << '\n';
        return false;
    }
    context.out << tr("Indexed %1 messages in %2 s; the search index is up to date.")
                       .arg(locale.toString(indexed))
                       .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
                << '\n';
    return true;
}

int IndexCommand::run(const QStringList &arguments, CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption workspace(QStringLiteral("workspace"), tr("Workspace file."),
                                       tr("file"));
    const QCommandLineOption help(QStringList { QStringLiteral("h"), QStringLiteral("help") },
                                  tr("Show the options."));
    parser.addOptions({ workspace, help });
    if (!parser.parse(QStringList { QStringLiteral("index") } + arguments)) {
        context.err << QStringLiteral("cohort-cli index: ") << parser.errorText() << '\n';
        return UsageError;
    }
    if (parser.isSet(help)) {
        context.out << parser.helpText().replace(QStringLiteral("index [options]"),
                                                 QStringLiteral("cohort-cli index [options]"));
        return Success;
    }
    if (!parser.positionalArguments().isEmpty() || !parser.isSet(workspace)) {
        context.err << tr("Usage: cohort-cli index --workspace W.cohort") << '\n';
        return UsageError;
    }
    std::unique_ptr<WorkspaceLock> lock; // outlives the database (a window indexes on its own)
    Database database;
    if (!CliWorkspace::open(database, parser.value(workspace), false, context, &lock))
        return UserError;
    return catchUp(database, context) ? Success : UserError;
}

} // namespace cohort::cli
