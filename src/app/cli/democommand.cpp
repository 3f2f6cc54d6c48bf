#include "app/cli/democommand.h"

#include "app/cli/cliworkspace.h"
#include "storage/database.h"
#include "storage/demogenerator.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

namespace cohort::cli {

std::unique_ptr<CliCommand> createDemoCommand()
{
    return std::make_unique<DemoCommand>();
}

QString DemoCommand::summary() const
{
    return tr("Fill an empty workspace with realistic demo data");
}

int DemoCommand::run(const QStringList &arguments, CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption workspace(QStringLiteral("workspace"), tr("Workspace file (created when missing)."), tr("file"));
    const QCommandLineOption seed(QStringLiteral("seed"), tr("Random seed: the same seed gives the same data."), tr("n"),
                                  QStringLiteral("1"));
    const QCommandLineOption scale(QStringLiteral("scale"), tr("small (default) or large (200,000 members, 500,000 orders)."),
                                   tr("scale"), QStringLiteral("small"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    parser.addOptions({workspace, seed, scale, json, help});
    if (!parser.parse(QStringList{QStringLiteral("demo")} + arguments)) {
        context.err << QStringLiteral("cohort-cli demo: ") << parser.errorText() << '\n';
        return UsageError;
    }
    if (parser.isSet(help)) {
        context.out << parser.helpText();
        return Success;
    }
    bool seedOk = false;
    const uint seedValue = parser.value(seed).toUInt(&seedOk);
    const std::optional<DemoGenerator::Scale> scaleValue = DemoGenerator::scaleFromKey(parser.value(scale));
    if (!seedOk || !scaleValue) {
        context.err << tr("cohort-cli demo: --seed takes a whole number and --scale small or large.") << '\n';
        return UsageError;
    }
    Database database;
    if (!CliWorkspace::open(database, parser.value(workspace), true, context))
        return UserError;
    DemoGenerator generator(database);
    QElapsedTimer timer;
    timer.start();
    if (!generator.generate(seedValue, *scaleValue)) {
        context.err << QStringLiteral("cohort-cli: %1: %2").arg(parser.value(workspace), generator.lastError().message) << '\n';
        return UserError;
    }
    const double seconds = double(timer.elapsed()) / 1000.0;
    const DemoGenerator::Counts &c = generator.counts();
    if (parser.isSet(json)) {
        const QJsonObject out{{QStringLiteral("groups"), QJsonValue(c.groups)},
                              {QStringLiteral("members"), QJsonValue(c.members)},
                              {QStringLiteral("products"), QJsonValue(c.products)},
                              {QStringLiteral("campaigns"), QJsonValue(c.campaigns)},
                              {QStringLiteral("orders"), QJsonValue(c.orders)},
                              {QStringLiteral("messages"), QJsonValue(c.messages)},
                              {QStringLiteral("seconds"), seconds}};
        context.out << QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact)) << '\n';
        return Success;
    }
    context.out << tr("Demo data written to %1 in %2 s: %3 groups, %4 members, %5 products, %6 campaigns, %7 orders, "
                      "%8 messages.")
                       .arg(database.filePath())
                       .arg(seconds, 0, 'f', 1)
                       .arg(c.groups)
                       .arg(c.members)
                       .arg(c.products)
                       .arg(c.campaigns)
                       .arg(c.orders)
                       .arg(c.messages)
                << '\n';
    return Success;
}

} // namespace cohort::cli
