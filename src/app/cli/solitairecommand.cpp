#include "app/cli/solitairecommand.h"

#include "app/cli/cliworkspace.h"
#include "import/solitaire/solitairedetector.h"
#include "storage/database.h"
#include "storage/grouprepository.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <algorithm>

namespace cohort::cli {

namespace {

/// Local wall-clock time in the workspace zone, as `import --json` prints it.
QString localTime(const QDateTime &utc, const QTimeZone &zone)
{
    return utc.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

QJsonObject toJson(const import::SolitaireBook &book, const QString &group, const QTimeZone &zone)
{
    QJsonArray entries;
    for (const import::SolitaireBookLine &line : book.lines) {
        QJsonObject entry;
        entry.insert(QStringLiteral("position"), line.entry.position);
        entry.insert(QStringLiteral("name"), line.entry.name);
        entry.insert(QStringLiteral("member_id"),
                     line.match.status == import::SolitaireMemberMatch::Status::Matched
                         ? QJsonValue(line.match.memberId)
                         : QJsonValue());
        entry.insert(QStringLiteral("quantity"), line.entry.quantity);
        entry.insert(QStringLiteral("unit"), line.entry.unit);
        entry.insert(QStringLiteral("note"), line.entry.note);
        entries.append(entry);
    }
    QJsonObject thread;
    thread.insert(QStringLiteral("title"), book.thread.title);
    thread.insert(QStringLiteral("group"), group);
    thread.insert(QStringLiteral("started"), localTime(book.thread.started, zone));
    thread.insert(QStringLiteral("updated"), localTime(book.thread.updated, zone));
    thread.insert(QStringLiteral("entries"), entries);
    return thread;
}

} // namespace

std::unique_ptr<CliCommand> createSolitaireCommand()
{
    return std::make_unique<SolitaireCommand>();
}

QString SolitaireCommand::summary() const
{
    return tr("List the solitaire (接龙) order books found in the imported messages");
}

int SolitaireCommand::run(const QStringList &arguments, CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption workspace(QStringLiteral("workspace"), tr("Workspace file."),
                                       tr("file"));
    const QCommandLineOption group(QStringLiteral("group"), tr("Only this group."), tr("name"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print a JSON array of threads."));
    const QCommandLineOption help(QStringList { QStringLiteral("h"), QStringLiteral("help") },
                                  tr("Show the options."));
    parser.addOptions({ workspace, group, json, help });
    if (!parser.parse(QStringList { QStringLiteral("solitaire") } + arguments)) {
        context.err << QStringLiteral("cohort-cli solitaire: ") << parser.errorText() << '\n';
        return UsageError;
    }
    if (parser.isSet(help)) {
        context.out << parser.helpText().replace(QStringLiteral("solitaire [options]"),
                                                 QStringLiteral("cohort-cli solitaire [options]"));
        return Success;
    }
    if (!parser.positionalArguments().isEmpty() || !parser.isSet(workspace)) {
        context.err << tr(
            "Usage: cohort-cli solitaire --workspace W.cohort [--group NAME] [--json]")
                    << '\n';
        return UsageError;
    }

    Database database;
    if (!CliWorkspace::open(database, parser.value(workspace), false, context))
        return UserError;
    QList<Group> groups;
    if (parser.isSet(group)) {
        const std::optional<qint64> id
            = CliWorkspace::groupId(database, parser.value(group), context);
        if (!id)
            return UserError;
        groups << *GroupRepository(database).find(*id);
    } else {
        groups = GroupRepository(database).all();
        std::sort(groups.begin(), groups.end(), [](const Group &a, const Group &b) {
            return a.name.localeAwareCompare(b.name) < 0 || (a.name == b.name && a.id < b.id);
        });
    }

    const QTimeZone zone(database.timeZoneId().toUtf8());
    QJsonArray threads;
    bool first = true;
    for (const Group &g : std::as_const(groups)) {
        const QList<import::SolitaireBook> books
            = import::SolitaireDetector::detect(database, g.id);
        for (const import::SolitaireBook &book : books) {
            if (parser.isSet(json)) {
                threads.append(toJson(book, g.name, zone));
                continue;
            }
            if (!first)
                context.out << '\n';
            first = false;
            context.out << tr("%1 — %2").arg(g.name, book.thread.title) << '\n'
                        << tr("  started %1, updated %2, entries: %3, total quantity: %4")
                               .arg(localTime(book.thread.started, zone)
                                        .replace(QLatin1Char('T'), QLatin1Char(' ')),
                                    localTime(book.thread.updated, zone)
                                        .replace(QLatin1Char('T'), QLatin1Char(' ')))
                               .arg(book.lines.size())
                               .arg(book.totalQuantity())
                        << '\n';
            for (const import::SolitaireBookLine &line : book.lines) {
                QString quantity = QString::number(line.entry.quantity);
                if (!line.entry.unit.isEmpty())
                    quantity += QLatin1Char(' ') + line.entry.unit;
                QString member;
                switch (line.match.status) {
                case import::SolitaireMemberMatch::Status::Matched:
                    member = tr("member %1 (#%2)").arg(line.memberName).arg(line.match.memberId);
                    break;
                case import::SolitaireMemberMatch::Status::Ambiguous:
                    member = tr("ambiguous: several members go by this name");
                    break;
                case import::SolitaireMemberMatch::Status::Unknown:
                    member = tr("unmatched");
                    break;
                }
                context.out << QStringLiteral("  %1. %2  ×%3")
                                   .arg(line.entry.position, 3)
                                   .arg(line.entry.name, quantity);
                if (!line.entry.note.isEmpty())
                    context.out << QStringLiteral("  ") << line.entry.note;
                context.out << QStringLiteral("  [") << member << QStringLiteral("]\n");
            }
        }
    }
    if (parser.isSet(json)) {
        context.out << QString::fromUtf8(QJsonDocument(threads).toJson(QJsonDocument::Indented));
    } else if (first) {
        context.out << tr("No solitaire lists found.") << '\n';
    }
    return Success;
}

} // namespace cohort::cli
