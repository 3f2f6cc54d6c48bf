#include "app/cli/cliapplication.h"

#include "app/cli/commandregistry.h"
#include "storage/queryerror.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

namespace cohort::cli {

CliApplication::CliApplication()
{
    for (const CliCommandFactory factory : registeredCommands())
        m_commands.push_back(factory());
}

QString CliApplication::versionText()
{
    // The SQLite version is the one inside Qt's driver, the only copy in the process.
    QString sqliteVersion = tr("unknown");
    {
        const QString name = QStringLiteral("cohort-version-") + QUuid::createUuid().toString();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(QStringLiteral(":memory:"));
            if (db.open()) {
                QSqlQuery query(db);
                if (query.exec(QStringLiteral("SELECT sqlite_version()")) && query.next())
                    sqliteVersion = query.value(0).toString();
            }
        }
        QSqlDatabase::removeDatabase(name);
    }
    return tr("Cohort %1 (Qt %2, SQLite %3). Licence: GPL-3.0-or-later.")
        .arg(QStringLiteral(COHORT_VERSION), QString::fromLatin1(qVersion()), sqliteVersion);
}

void CliApplication::printHelp(QTextStream &stream) const
{
    stream << tr("Usage: cohort-cli <command> [options]") << '\n'
           << '\n'
           << tr("Commands:") << '\n';
    for (const auto &command : m_commands)
        stream << QStringLiteral("  %1  %2").arg(command->name(), -10).arg(command->summary())
               << '\n';
    stream << '\n'
           << tr("Options for every command:") << '\n'
           << QStringLiteral("  %1  %2")
                  .arg(QStringLiteral("--verbose"), -10)
                  .arg(tr("print the details behind an error (e.g. every finding of a damaged "
                          "workspace's check)"))
           << '\n'
           << '\n'
           << tr("Run “cohort-cli <command> --help” for the options of a command.") << '\n'
           << tr("Exit status: 0 success, 1 user error, 2 usage error.") << '\n';
}

int CliApplication::run(const QStringList &arguments, CliContext &context)
{
    QStringList args = arguments.mid(1);
    // A global option: accepted before or after the command name.
    context.verbose = args.removeAll(QStringLiteral("--verbose")) > 0;
    if (args.isEmpty()) {
        printHelp(context.err);
        return UsageError;
    }
    const QString first = args.first();
    if (first == QLatin1String("--version") || first == QLatin1String("-v")
        || first == QLatin1String("version")) {
        context.out << versionText() << '\n';
        return Success;
    }
    if (first == QLatin1String("--help") || first == QLatin1String("-h")
        || first == QLatin1String("help")) {
        printHelp(context.out);
        return Success;
    }
    for (const auto &command : m_commands) {
        if (command->name() != first)
            continue;
        // The one boundary of the CLI: a read that failed in any command is an error on one
        // line of stderr and exit code 1, never an empty result.
        try {
            return command->run(args.mid(1), context);
        } catch (const QueryError &error) {
            context.err << tr("cohort-cli %1: %2").arg(first, error.oneLine()) << '\n';
            return UserError;
        }
    }
    context.err << tr("cohort-cli: unknown command “%1”.").arg(first) << '\n';
    printHelp(context.err);
    return UsageError;
}

} // namespace cohort::cli
