#include "app/cli/copyworkspacecommand.h"

#include "app/cli/cliworkspace.h"
#include "storage/database.h"
#include "storage/serveraddress.h"
#include "storage/workspacecopier.h"
#include "storage/workspacelock.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace cohort::cli {

std::unique_ptr<CliCommand> createPublishCommand()
{
    return std::make_unique<CopyWorkspaceCommand>(CopyWorkspaceCommand::Direction::Publish);
}

std::unique_ptr<CliCommand> createExportLocalCommand()
{
    return std::make_unique<CopyWorkspaceCommand>(CopyWorkspaceCommand::Direction::ExportLocal);
}

QString CopyWorkspaceCommand::name() const
{
    return m_direction == Direction::Publish ? QStringLiteral("publish")
                                             : QStringLiteral("export-local");
}

QString CopyWorkspaceCommand::summary() const
{
    return m_direction == Direction::Publish
        ? tr("Copy a local workspace onto an empty team server database")
        : tr("Copy a team workspace into a new local workspace file");
}

int CopyWorkspaceCommand::run(const QStringList &arguments, CliContext &context)
{
    const bool publish = m_direction == Direction::Publish;
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption from(QStringLiteral("from"),
                                  publish ? tr("Local workspace file.")
                                          : tr("Team workspace (postgresql://…)."),
                                  publish ? tr("file") : tr("address"));
    const QCommandLineOption to(QStringLiteral("to"),
                                publish ? tr("Empty database on the team server (postgresql://…).")
                                        : tr("New local workspace file."),
                                publish ? tr("address") : tr("file"));
    const QCommandLineOption help(QStringList { QStringLiteral("h"), QStringLiteral("help") },
                                  tr("Show the options."));
    parser.addOptions({ from, to, help });
    const QString prefix = QStringLiteral("cohort-cli ") + name();
    if (!parser.parse(QStringList { name() } + arguments)) {
        context.err << prefix << QStringLiteral(": ") << parser.errorText() << '\n';
        return UsageError;
    }
    if (parser.isSet(help)) {
        context.out << parser.helpText().replace(name() + QStringLiteral(" [options]"),
                                                 prefix + QStringLiteral(" [options]"));
        return Success;
    }
    const QString source = parser.value(from);
    const QString target = parser.value(to);
    const bool shapeOk = parser.positionalArguments().isEmpty() && !source.isEmpty()
        && !target.isEmpty() && ServerAddress::isServerAddress(publish ? target : source)
        && !ServerAddress::isServerAddress(publish ? source : target);
    if (!shapeOk) {
        context.err << (publish ? tr("Usage: cohort-cli publish --from W.cohort --to "
                                     "postgresql://user@host/database")
                                : tr("Usage: cohort-cli export-local --from "
                                     "postgresql://user@host/database --to W.cohort"))
                    << '\n';
        return UsageError;
    }
    if (!publish && QFileInfo::exists(target)) {
        context.err << QStringLiteral("cohort-cli: %1: %2")
                           .arg(target, tr("already exists; export into a new file."))
                    << '\n';
        return UserError;
    }

    // The local file is locked like any workspace a command writes or must see whole.
    std::unique_ptr<WorkspaceLock> lock;
    Database sourceDb;
    if (!CliWorkspace::open(sourceDb, source, false, context, publish ? &lock : nullptr))
        return UserError;
    Database targetDb;
    if (!CliWorkspace::open(targetDb, target, true, context, publish ? nullptr : &lock))
        return UserError;

    const QLocale locale;
    QElapsedTimer timer;
    timer.start();
    int shown = -1;
    WorkspaceCopier copier(sourceDb, targetDb);
    const bool ok = copier.run([&](qint64 done, qint64 total) {
        const int percent = total > 0 ? int(done * 100 / total) : 100;
        if (percent == shown)
            return;
        shown = percent;
        context.err << '\r'
                    << tr("Copying: %1% (%2 of %3 rows)")
                           .arg(percent)
                           .arg(locale.toString(done), locale.toString(total));
        context.err.flush();
    });
    if (shown >= 0)
        context.err << '\n';
    const QString shownTarget = targetDb.filePath();
    if (!ok) {
        targetDb.close();
        if (!publish)
            QFile::remove(target); // created by this command, and left empty
        context.err
            << QStringLiteral("cohort-cli: %1: %2").arg(shownTarget, copier.lastError().message)
            << '\n';
        return UserError;
    }
    context.out << tr("Copied %1 rows into %2 in %3 s.")
                       .arg(locale.toString(copier.rowsCopied()), shownTarget)
                       .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
                << '\n';
    return Success;
}

} // namespace cohort::cli
