#include "app/cli/teamcommand.h"

#include "app/cli/cliworkspace.h"
#include "storage/database.h"
#include "storage/serveraddress.h"
#include "storage/serverbackup.h"
#include "storage/teamroles.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace cohort::cli {

std::unique_ptr<CliCommand> createTeamCommand()
{
    return std::make_unique<TeamCommand>();
}

QString TeamCommand::summary() const
{
    return tr("List the people of a team workspace, set their roles, remove them; back it up "
              "with pg_dump and restore a backup into a new database");
}

int TeamCommand::backupOrRestore(const QString &action, const QString &address, const QString &dump,
                                 const QString &folder, CliContext &context)
{
    ServerBackup backups(folder);
    const QString shown = ServerAddress::parse(address).toDisplayString();
    if (action == QLatin1String("backup")) {
        const QString path = backups.backUp(address);
        if (path.isEmpty()) {
            context.err
                << QStringLiteral("cohort-cli: %1: %2").arg(shown, backups.lastError().message)
                << '\n';
            return UserError;
        }
        context.out << tr("Backed up %1 to %2").arg(shown, path) << '\n';
        return Success;
    }
    if (!backups.restore(dump, address)) {
        context.err << QStringLiteral("cohort-cli: %1: %2").arg(shown, backups.lastError().message)
                    << '\n';
        return UserError;
    }
    // Opened once, so a dump of an older Cohort is upgraded now and a wrong file is said.
    Database restored;
    if (!CliWorkspace::open(restored, address, false, context))
        return UserError;
    context.out << tr("Restored %1 into %2. Its people need their roles again (cohort-cli team "
                      "set).")
                       .arg(dump, shown)
                << '\n';
    return Success;
}

int TeamCommand::run(const QStringList &arguments, CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption workspace(QStringLiteral("workspace"),
                                       tr("Team workspace (postgresql://…)."), tr("address"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    const QCommandLineOption passwordStdin(
        QStringLiteral("password-stdin"),
        tr("Read the password of a new login from the first line of standard input."));
    const QCommandLineOption help(QStringList { QStringLiteral("h"), QStringLiteral("help") },
                                  tr("Show the options."));
    const QCommandLineOption backupFolder(
        QStringLiteral("backup-folder"),
        tr("Folder of the team backups (default: %1).").arg(ServerBackup::defaultRoot()),
        tr("folder"));
    parser.addOptions({ workspace, json, passwordStdin, backupFolder, help });
    if (!parser.parse(QStringList { name() } + arguments)) {
        context.err << QStringLiteral("cohort-cli team: ") << parser.errorText() << '\n';
        return UsageError;
    }
    if (parser.isSet(help)) {
        context.out << parser.helpText().replace(QStringLiteral("team [options]"),
                                                 QStringLiteral("cohort-cli team [options]"));
        return Success;
    }
    const QStringList words = parser.positionalArguments();
    const QString action = words.value(0);
    TeamRoles::Role role = TeamRoles::Role::Viewer;
    const bool shapeOk = parser.isSet(workspace)
        && ServerAddress::isServerAddress(parser.value(workspace))
        && ((action == QLatin1String("list") && words.size() == 1)
            || (action == QLatin1String("set") && words.size() == 3
                && TeamRoles::roleFromKey(words.at(2), &role) && role != TeamRoles::Role::Owner)
            || (action == QLatin1String("remove") && words.size() == 2)
            || (action == QLatin1String("backup") && words.size() == 1)
            || (action == QLatin1String("restore") && words.size() == 2));
    if (!shapeOk) {
        context.err << tr("Usage: cohort-cli team list --workspace postgresql://… [--json]\n"
                          "       cohort-cli team set --workspace postgresql://… LOGIN "
                          "operator|viewer [--password-stdin]\n"
                          "       cohort-cli team remove --workspace postgresql://… LOGIN\n"
                          "       cohort-cli team backup --workspace postgresql://… "
                          "[--backup-folder FOLDER]\n"
                          "       cohort-cli team restore --workspace postgresql://…new-database "
                          "FILE.dump")
                    << '\n';
        return UsageError;
    }
    if (action == QLatin1String("backup") || action == QLatin1String("restore"))
        return backupOrRestore(action, parser.value(workspace), words.value(1),
                               parser.value(backupFolder), context);
    Database database;
    if (!CliWorkspace::open(database, parser.value(workspace), false, context))
        return UserError;
    TeamRoles team(database);
    const auto failed = [&] {
        context.err << QStringLiteral("cohort-cli: %1: %2")
                           .arg(database.filePath(), team.lastError().message)
                    << '\n';
        return UserError;
    };
    if (action == QLatin1String("list")) {
        const std::optional<QList<TeamRoles::Person>> people = team.people();
        if (!people)
            return failed();
        if (parser.isSet(json)) {
            QJsonArray array;
            for (const TeamRoles::Person &person : *people)
                array.append(
                    QJsonObject { { QStringLiteral("login"), person.login },
                                  { QStringLiteral("role"), TeamRoles::roleKey(person.role) } });
            context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        } else {
            for (const TeamRoles::Person &person : *people)
                context.out << person.login << '\t' << TeamRoles::roleKey(person.role) << '\n';
        }
        return Success;
    }
    const QString login = words.at(1);
    if (action == QLatin1String("remove")) {
        if (!team.remove(login))
            return failed();
        context.out << tr("%1 no longer belongs to this workspace.").arg(login) << '\n';
        return Success;
    }
    QString password;
    if (parser.isSet(passwordStdin)) {
        // Never on the command line, where other users' ps would see it.
        char line[1024] = {};
        if (std::fgets(line, sizeof line, stdin))
            password = QString::fromUtf8(line).trimmed();
    }
    if (!team.setRole(login, role, password))
        return failed();
    context.out << tr("%1 is now %2 of this workspace.").arg(login, TeamRoles::roleKey(role))
                << '\n';
    return Success;
}

} // namespace cohort::cli
