#include "app/cli/importcommand.h"

#include "app/cli/cliworkspace.h"
#include "app/cli/indexcommand.h"
#include "import/importpipeline.h"
#include "storage/database.h"
#include "storage/workspacelock.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace cohort::cli {

namespace {

QJsonArray issues(const QList<import::ImportIssue> &list)
{
    QJsonArray array;
    for (const import::ImportIssue &issue : list)
        array.append(QJsonObject { { QStringLiteral("line"), issue.line },
                                   { QStringLiteral("message"), issue.message } });
    return array;
}

} // namespace

std::unique_ptr<CliCommand> createImportCommand()
{
    return std::make_unique<ImportCommand>();
}

QString ImportCommand::summary() const
{
    return tr("Import chat exports (WhatsApp, Telegram, WeChat, QQ, Discord)");
}

QJsonObject ImportCommand::toJson(const import::ImportSummary &s)
{
    QJsonObject object;
    object.insert(QStringLiteral("file"), s.filePath);
    object.insert(QStringLiteral("format"), s.format);
    object.insert(QStringLiteral("group"), s.groups.join(QStringLiteral("; ")));
    object.insert(QStringLiteral("messages"), s.messages);
    object.insert(QStringLiteral("system_events"), s.systemEvents);
    object.insert(QStringLiteral("duplicates"), s.duplicates);
    object.insert(QStringLiteral("authors"), s.authors);
    object.insert(QStringLiteral("new_members"), s.newMembers);
    object.insert(QStringLiteral("joins"), s.joins);
    object.insert(QStringLiteral("leaves"), s.leaves);
    object.insert(QStringLiteral("violations"), s.violations);
    object.insert(QStringLiteral("first"), s.hasRange ? QJsonValue(s.first) : QJsonValue());
    object.insert(QStringLiteral("last"), s.hasRange ? QJsonValue(s.last) : QJsonValue());
    object.insert(QStringLiteral("warnings"), issues(s.warnings));
    object.insert(QStringLiteral("errors"), issues(s.errors));
    object.insert(QStringLiteral("notes"), QJsonArray::fromStringList(s.notes));
    if (!s.logOnly.isEmpty())
        object.insert(QStringLiteral("log_only"), s.logOnly);
    return object;
}

int ImportCommand::run(const QStringList &arguments, CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption workspace(QStringLiteral("workspace"),
                                       tr("Workspace file (created when missing)."), tr("file"));
    const QCommandLineOption group(
        QStringLiteral("group"),
        tr("Target group (created when missing); default: the chat's name."), tr("name"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    tr("auto, whatsapp, telegram, wechat, qq or discord."),
                                    tr("format"), QStringLiteral("auto"));
    const QCommandLineOption timezone(
        QStringLiteral("timezone"), tr("IANA zone of wall-clock times (default: the workspace's)."),
        tr("zone"));
    const QCommandLineOption dateOrder(QStringLiteral("date-order"),
                                       tr("Date order of ambiguous dates: dmy, mdy or ymd."),
                                       tr("order"));
    const QCommandLineOption chats(
        QStringLiteral("chats"),
        tr("Chats of a full-account export: groups (groups and channels, the default), all, or "
           "chat ids separated by commas."),
        tr("which"), QStringLiteral("groups"));
    const QCommandLineOption maxUnzipped(
        QStringLiteral("max-unzipped-mb"),
        tr("Largest chat text a zip may expand to, in MB (default: 40 times the archive, at "
           "least 64 MB and at most 1024 MB, or the import/maxUnzippedMB setting)."),
        tr("MB"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  tr("Print a JSON array, one object per file."));
    const QCommandLineOption index(
        QStringLiteral("index"),
        tr("Bring the message search index up to date after the import (as `index` does)."));
    const QCommandLineOption help(QStringList { QStringLiteral("h"), QStringLiteral("help") },
                                  tr("Show the options."));
    parser.addOptions(
        { workspace, group, format, timezone, dateOrder, chats, maxUnzipped, json, index, help });
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("Chat exports to import."),
                                 QStringLiteral("FILE..."));
    if (!parser.parse(QStringList { QStringLiteral("import") } + arguments)) {
        context.err << QStringLiteral("cohort-cli import: ") << parser.errorText() << '\n';
        return UsageError;
    }
    if (parser.isSet(help)) {
        context.out << parser.helpText().replace(QStringLiteral("import [options]"),
                                                 QStringLiteral("cohort-cli import [options]"));
        return Success;
    }
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty() || !parser.isSet(workspace)) {
        context.err << tr("Usage: cohort-cli import --workspace W.cohort [--group NAME] [--format "
                          "auto|whatsapp|telegram|wechat|qq|discord] [--timezone IANA] "
                          "[--date-order dmy|mdy|ymd] [--chats groups|all|ID,ID...] "
                          "[--max-unzipped-mb MB] [--json] [--index] FILE...")
                    << '\n';
        return UsageError;
    }
    import::ImportOptions options;
    options.formatKey = parser.value(format);
    options.groupName = parser.value(group);
    options.timeZoneId = parser.value(timezone);
    if (parser.isSet(dateOrder)) {
        const QString order = parser.value(dateOrder);
        if (order == QLatin1String("dmy"))
            options.dateOrder = import::DateOrder::DayMonthYear;
        else if (order == QLatin1String("mdy"))
            options.dateOrder = import::DateOrder::MonthDayYear;
        else if (order == QLatin1String("ymd"))
            options.dateOrder = import::DateOrder::YearMonthDay;
        else {
            context.err << tr("cohort-cli import: --date-order must be dmy, mdy or ymd.") << '\n';
            return UsageError;
        }
    }
    if (parser.isSet(maxUnzipped)) {
        bool ok = false;
        options.maxUnzippedMegabytes = parser.value(maxUnzipped).toLongLong(&ok);
        if (!ok || options.maxUnzippedMegabytes <= 0
            || options.maxUnzippedMegabytes > (qint64(1) << 30)) {
            context.err << tr("cohort-cli import: --max-unzipped-mb must be a positive number of "
                              "megabytes.")
                        << '\n';
            return UsageError;
        }
    }
    const QString chosen = parser.value(chats).trimmed();
    if (chosen == QLatin1String("all")) {
        options.chats.all = true;
    } else if (chosen != QLatin1String("groups")) {
        for (const QString &id : chosen.split(QLatin1Char(','), Qt::SkipEmptyParts))
            options.chats.ids << id.trimmed();
        if (options.chats.ids.isEmpty()) {
            context.err << tr("cohort-cli import: --chats must be groups, all or chat ids "
                              "separated by commas.")
                        << '\n';
            return UsageError;
        }
    }

    std::unique_ptr<WorkspaceLock> lock; // outlives the database
    Database database;
    if (!CliWorkspace::open(database, parser.value(workspace), true, context, &lock))
        return UserError;
    import::ImportPipeline pipeline(database);
    QJsonArray results;
    int exitCode = Success;
    for (const QString &file : files) {
        const import::ImportSummary s = pipeline.importFile(file, options);
        results.append(toJson(s));
        if (!s.ok()) {
            exitCode = UserError;
            const import::ImportIssue error = s.errors.value(0);
            const QString where
                = error.line > 0 ? QStringLiteral("%1:%2").arg(file).arg(error.line) : file;
            // The registry's messages already start with the file name.
            const QString message = error.message.startsWith(QFileInfo(file).fileName())
                ? error.message
                : QString(where + QStringLiteral(": ") + error.message);
            context.err << QStringLiteral("cohort-cli: ") << message << '\n';
            continue;
        }
        if (parser.isSet(json))
            continue;
        context.out
            << tr("%1: %2 into “%3”: %4 messages (%5 already present), %6 system events, "
                  "%7 authors, %8 new members, %9 joins, %10 leaves, %11 warnings; %12 to %13")
                   .arg(file, s.format, s.groups.join(QStringLiteral(", ")))
                   .arg(s.messages)
                   .arg(s.duplicates)
                   .arg(s.systemEvents)
                   .arg(s.authors)
                   .arg(s.newMembers)
                   .arg(s.joins)
                   .arg(s.leaves)
                   .arg(s.warnings.size())
                   .arg(s.first, s.last)
            << '\n';
        for (const QString &note : s.notes)
            context.out << QStringLiteral("  %1: %2").arg(file, note) << '\n';
        if (!s.logOnly.isEmpty())
            context.err << QStringLiteral("%1: %2").arg(file, s.logOnly) << '\n';
        if (s.violations > 0)
            context.out << tr("  %1 group-rule violations found (cohort-cli scan lists them)")
                               .arg(s.violations)
                        << '\n';
        for (const import::ImportIssue &warning : s.warnings)
            context.out
                << QStringLiteral("  %1:%2: %3").arg(file).arg(warning.line).arg(warning.message)
                << '\n';
    }
    if (parser.isSet(json))
        context.out << QString::fromUtf8(QJsonDocument(results).toJson(QJsonDocument::Indented));
    // After every file committed, outside their transactions; its words stay off a JSON stdout.
    if (parser.isSet(index)) {
        CliContext indexContext { parser.isSet(json) ? context.err : context.out, context.err,
                                  context.verbose };
        if (!IndexCommand::catchUp(database, indexContext))
            exitCode = UserError;
    }
    return exitCode;
}

} // namespace cohort::cli
