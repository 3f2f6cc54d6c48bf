#include "app/cli/scancommand.h"

#include "app/cli/cliworkspace.h"
#include "rules/groupscanner.h"
#include "rules/violationrepository.h"
#include "storage/database.h"
#include "storage/workspacelock.h"
#include "storage/grouprepository.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <algorithm>

namespace cohort::cli {

std::unique_ptr<CliCommand> createScanCommand()
{
    return std::make_unique<ScanCommand>();
}

QString ScanCommand::summary() const
{
    return tr("List the group-rule violations found in the imported messages (--rescan checks "
              "the history again)");
}

int ScanCommand::run(const QStringList &arguments, CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption workspace(QStringLiteral("workspace"), tr("Workspace file."),
                                       tr("file"));
    const QCommandLineOption group(
        QStringLiteral("group"), tr("Only this group (may be given more than once)."), tr("name"));
    const QCommandLineOption rulesOption(
        QStringLiteral("rules"),
        tr("Only these rules, comma-separated (no_links, no_cards, no_ads, "
           "no_private_soliciting, no_flooding, keyword:NAME); with --rescan they replace the "
           "groups' own built-in checks for this run, without saving them."),
        tr("list"));
    const QCommandLineOption rescan(QStringLiteral("rescan"),
                                    tr("Check the groups' whole history again first."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  tr("Print a JSON object with violations and counts."));
    const QCommandLineOption help(QStringList { QStringLiteral("h"), QStringLiteral("help") },
                                  tr("Show the options."));
    parser.addOptions({ workspace, group, rulesOption, rescan, json, help });
    if (!parser.parse(QStringList { QStringLiteral("scan") } + arguments)) {
        context.err << QStringLiteral("cohort-cli scan: ") << parser.errorText() << '\n';
        return UsageError;
    }
    if (parser.isSet(help)) {
        context.out << parser.helpText().replace(QStringLiteral("scan [options]"),
                                                 QStringLiteral("cohort-cli scan [options]"));
        return Success;
    }
    if (!parser.positionalArguments().isEmpty() || !parser.isSet(workspace)) {
        context.err << tr("Usage: cohort-cli scan --workspace W.cohort [--group NAME]... "
                          "[--rules no_links,no_flooding,...] [--rescan] [--json]")
                    << '\n';
        return UsageError;
    }
    QStringList ruleKeys;
    QSet<rules::BuiltinRule> builtins;
    if (parser.isSet(rulesOption)) {
        for (const QString &raw : parser.value(rulesOption).split(QLatin1Char(','))) {
            const QString key = raw.trimmed();
            if (key.isEmpty())
                continue;
            if (const auto rule = rules::builtinRule(key)) {
                builtins.insert(*rule);
            } else if (!key.startsWith(QLatin1String("keyword:")) || key.size() <= 8) {
                context.err << tr("cohort-cli scan: “%1” is not a rule (use no_links, no_cards, "
                                  "no_ads, no_private_soliciting, no_flooding or keyword:NAME).")
                                   .arg(key)
                            << '\n';
                return UsageError;
            }
            ruleKeys << key;
        }
    }

    std::unique_ptr<WorkspaceLock> lock; // outlives the database; only --rescan writes
    Database database;
    if (!CliWorkspace::open(database, parser.value(workspace), false, context,
                            parser.isSet(rescan) ? &lock : nullptr))
        return UserError;
    QList<qint64> groupIds;
    for (const QString &name : parser.values(group)) {
        const std::optional<qint64> id = CliWorkspace::groupId(database, name, context);
        if (!id)
            return UserError;
        groupIds << *id;
    }
    if (parser.isSet(rescan)) {
        QList<qint64> targets = groupIds;
        if (targets.isEmpty())
            for (const Group &g : GroupRepository(database).all())
                targets << g.id;
        std::sort(targets.begin(), targets.end());
        rules::GroupScanner scanner(database, rules::PhraseLists::load(database));
        rules::GroupScanner::Options options;
        if (parser.isSet(rulesOption))
            options.builtins = builtins;
        for (const qint64 id : std::as_const(targets)) {
            const rules::ScanOutcome outcome = scanner.rescan(id, options);
            if (!outcome.ok) {
                context.err << QStringLiteral("cohort-cli: ") << outcome.error << '\n';
                return UserError;
            }
        }
    }

    rules::ViolationFilter filter;
    filter.groupIds = groupIds;
    filter.rules = ruleKeys;
    const rules::ViolationRepository repository(database);
    const QList<rules::Violation> violations = repository.list(filter);
    const QMap<QString, qint64> counts = repository.countsByRule(filter);
    const QTimeZone zone(database.timeZoneId().toUtf8());
    const auto local = [&](qint64 at) {
        return QDateTime::fromSecsSinceEpoch(at, QTimeZone::utc())
            .toTimeZone(zone)
            .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    };
    if (parser.isSet(json)) {
        QJsonArray rows;
        for (const rules::Violation &v : violations) {
            QJsonObject row;
            row.insert(QStringLiteral("group"), v.groupName);
            row.insert(QStringLiteral("member"),
                       v.memberId > 0 ? QJsonValue(v.memberName) : QJsonValue());
            row.insert(QStringLiteral("rule"), v.rule);
            row.insert(QStringLiteral("at"), local(v.at));
            row.insert(QStringLiteral("message_id"), v.messageId);
            row.insert(QStringLiteral("matched"), v.matched);
            rows.append(row);
        }
        QJsonObject countObject;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            countObject.insert(it.key(), it.value());
        const QJsonObject root { { QStringLiteral("violations"), rows },
                                 { QStringLiteral("counts"), countObject } };
        context.out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        return Success;
    }
    for (const rules::Violation &v : violations)
        context.out << tr("%1  %2  %3  %4  “%5”  (message %6)")
                           .arg(local(v.at).replace(QLatin1Char('T'), QLatin1Char(' ')),
                                v.groupName, v.memberId > 0 ? v.memberName : tr("(unknown)"),
                                v.rule, v.matched)
                           .arg(v.messageId)
                    << '\n';
    if (violations.isEmpty()) {
        context.out << tr("No violations found.") << '\n';
    } else {
        QStringList parts;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            parts << QStringLiteral("%1: %2").arg(it.key()).arg(it.value());
        context.out
            << tr("%1 violations (%2)").arg(violations.size()).arg(parts.join(QStringLiteral(", ")))
            << '\n';
    }
    return Success;
}

} // namespace cohort::cli
