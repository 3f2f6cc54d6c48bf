#include "app/cli/importorderscommand.h"

#include "app/cli/cliworkspace.h"
#include "import/orders/ordercolumnmapping.h"
#include "import/orders/ordercsvfile.h"
#include "import/orders/orderimporter.h"
#include "storage/database.h"
#include "storage/orderimportprofilerepository.h"
#include "storage/workspacelock.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cohort::cli {

namespace {

QJsonArray issues(const QList<import::OrderImportIssue> &list)
{
    QJsonArray array;
    for (const import::OrderImportIssue &issue : list)
        array.append(QJsonObject { { QStringLiteral("line"), issue.line },
                                   { QStringLiteral("message"), issue.message } });
    return array;
}

} // namespace

std::unique_ptr<CliCommand> createImportOrdersCommand()
{
    return std::make_unique<ImportOrdersCommand>();
}

QString ImportOrdersCommand::summary() const
{
    return tr("Import orders from a CSV file with a column mapping");
}

int ImportOrdersCommand::run(const QStringList &arguments, CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption workspace(QStringLiteral("workspace"), tr("Workspace file."),
                                       tr("file"));
    const QCommandLineOption profile(QStringLiteral("profile"),
                                     tr("Mapping profile saved in the workspace."), tr("name"));
    const QCommandLineOption map(QStringLiteral("map"),
                                 tr("Column mapping: COLUMN=FIELD,... (fields: member, phone, "
                                    "wechat_id, sku, product, quantity, unit_price, total, "
                                    "ordered_at, status, group, notes)."),
                                 tr("mapping"));
    const QCommandLineOption saveProfile(QStringLiteral("save-profile"),
                                         tr("Also save the --map mapping as this profile."),
                                         tr("name"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the result as JSON."));
    const QCommandLineOption help(QStringList { QStringLiteral("h"), QStringLiteral("help") },
                                  tr("Show the options."));
    parser.addOptions({ workspace, profile, map, saveProfile, json, help });
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("Order CSV to import."));
    if (!parser.parse(QStringList { QStringLiteral("import-orders") } + arguments)) {
        context.err << QStringLiteral("cohort-cli import-orders: ") << parser.errorText() << '\n';
        return UsageError;
    }
    if (parser.isSet(help)) {
        context.out << parser.helpText().replace(
            QStringLiteral("import-orders [options]"),
            QStringLiteral("cohort-cli import-orders [options]"));
        return Success;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1 || !parser.isSet(workspace) || parser.isSet(profile) == parser.isSet(map)
        || (parser.isSet(saveProfile) && !parser.isSet(map))) {
        context.err << tr("Usage: cohort-cli import-orders --workspace W.cohort "
                          "(--profile NAME | --map COLUMN=FIELD,... [--save-profile NAME]) "
                          "[--json] FILE")
                    << '\n';
        return UsageError;
    }
    const QString file = files.first();

    std::unique_ptr<WorkspaceLock> lock; // outlives the database
    Database database;
    if (!CliWorkspace::open(database, parser.value(workspace), false, context, &lock))
        return UserError;

    OrderImportProfileRepository profiles(database);
    import::OrderColumnMapping mapping;
    if (parser.isSet(map)) {
        QString error;
        const std::optional<import::OrderColumnMapping> parsed
            = import::OrderColumnMapping::parseSpec(parser.value(map), &error);
        if (!parsed) {
            context.err << QStringLiteral("cohort-cli import-orders: --map: ") << error << '\n';
            return UsageError;
        }
        mapping = *parsed;
    } else {
        const std::optional<QString> stored = profiles.mapping(parser.value(profile));
        const std::optional<import::OrderColumnMapping> parsed
            = stored ? import::OrderColumnMapping::fromJson(*stored) : std::nullopt;
        if (!parsed) {
            context.err << tr("cohort-cli: no mapping profile named “%1” in this workspace.")
                               .arg(parser.value(profile))
                        << '\n';
            return UserError;
        }
        mapping = *parsed;
    }

    import::OrderCsvFile csv;
    if (!csv.read(file)) {
        context.err << QStringLiteral("cohort-cli: ") << csv.errorString() << '\n';
        return UserError;
    }
    import::OrderImporter importer(database);
    import::OrderImportPlan plan = importer.prepare(csv, mapping);
    // Without a person to ask, an ambiguous member is an error of its first line.
    for (const import::AmbiguousMember &a : std::as_const(plan.ambiguous)) {
        plan.errors.append(
            { a.lines.value(0),
              tr("“%1” matches %n members; add a phone or WeChat ID column, or import in the "
                 "app to choose.",
                 nullptr, int(a.candidates.size()))
                  .arg(a.name) });
    }
    // Importing the same export again is not an error: its orders are already there.
    const bool nothingNew
        = plan.errors.isEmpty() && !plan.rows.isEmpty() && plan.importCount() == 0;
    bool ok = nothingNew || (plan.errors.isEmpty() && importer.commit(plan));
    if (!ok && plan.errors.isEmpty())
        plan.errors.append({ importer.errorLine(), importer.errorString() });
    if (ok && parser.isSet(saveProfile)
        && !profiles.save(parser.value(saveProfile), mapping.toJson())) {
        context.err << QStringLiteral("cohort-cli: ") << profiles.lastError().message << '\n';
        return UserError;
    }

    if (parser.isSet(json)) {
        const QJsonObject result {
            { QStringLiteral("file"), file },
            { QStringLiteral("encoding"), import::encodingName(csv.encoding()) },
            { QStringLiteral("rows"), qint64(csv.rows().size()) },
            { QStringLiteral("orders"), ok ? qint64(importer.committedOrders()) : 0 },
            { QStringLiteral("new_members"), ok ? qint64(importer.committedMembers()) : 0 },
            { QStringLiteral("duplicates"), plan.duplicateCount() },
            { QStringLiteral("warnings"), issues(plan.warnings) },
            { QStringLiteral("errors"), issues(plan.errors) },
        };
        context.out << QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Indented));
    }
    if (!ok) {
        const import::OrderImportIssue &first = plan.errors.first();
        const QString where
            = first.line > 0 ? QStringLiteral("%1:%2").arg(file).arg(first.line) : file;
        context.err << QStringLiteral("cohort-cli: %1: %2").arg(where, first.message);
        if (plan.errors.size() > 1)
            context.err << ' '
                        << tr("(%n more error(s); nothing was imported)", nullptr,
                              int(plan.errors.size() - 1));
        context.err << '\n';
        return UserError;
    }
    if (!parser.isSet(json)) {
        context.out << tr("%1: %2 orders imported, %3 new members, %4 already present (%5)")
                           .arg(file)
                           .arg(importer.committedOrders())
                           .arg(importer.committedMembers())
                           .arg(plan.duplicateCount())
                           .arg(import::encodingName(csv.encoding()))
                    << '\n';
        for (const import::OrderImportIssue &warning : std::as_const(plan.warnings))
            context.out
                << QStringLiteral("  %1:%2: %3").arg(file).arg(warning.line).arg(warning.message)
                << '\n';
    }
    return Success;
}

} // namespace cohort::cli
