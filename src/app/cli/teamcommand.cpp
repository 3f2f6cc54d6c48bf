#include "app/cli/teamcommand.h"

#include "app/cli/cliworkspace.h"
#include "storage/database.h"
#include "storage/serveraddress.h"
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
    return tr("List the people of a team workspace, set their roles, remove them");
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
    parser.addOptions({ workspace, json, passwordStdin, help });
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
            || (action == QLatin1String("remove") && words.size() == 2));
    if (!shapeOk) {
        context.err << tr("Usage: cohort-cli team list --workspace postgresql://… [--json]\n"
                          "       cohort-cli team set --workspace postgresql://… LOGIN "
                          "operator|viewer [--password-stdin]\n"
                          "       cohort-cli team remove --workspace postgresql://… LOGIN")
                    << '\n';
        return UsageError;
    }
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
