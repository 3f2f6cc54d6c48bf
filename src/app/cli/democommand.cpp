#include "app/cli/democommand.h"

#include "app/cli/cliworkspace.h"
#include "demo/demogenerator.h"
#include "storage/database.h"
#include "storage/workspacelock.h"

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
    return tr("Fill an empty workspace with deterministic demo data");
}

int DemoCommand::run(const QStringList &arguments, CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption workspace(QStringLiteral("workspace"),
                                       tr("Workspace file (created when missing)."), tr("file"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  tr("Random seed; the same seed gives the same data."), tr("n"),
                                  QStringLiteral("1"));
    const QCommandLineOption scale(
        QStringLiteral("scale"),
        tr("small (~3,000 members, ~8,000 orders) or large (200,000 members, "
           "500,000 orders)."),
        tr("scale"), QStringLiteral("small"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    const QCommandLineOption progress(QStringLiteral("progress"),
                                      tr("Report each step with its time on stderr."));
    const QCommandLineOption help(QStringList { QStringLiteral("h"), QStringLiteral("help") },
                                  tr("Show this help."));
    parser.addOptions({ workspace, seed, scale, json, progress, help });
    if (!parser.parse(QStringList { QStringLiteral("demo") } + arguments)) {
        context.err << QStringLiteral("cohort-cli demo: ") << parser.errorText() << '\n';
        return UsageError;
    }
    if (parser.isSet(help)) {
        context.out << parser.helpText();
        return Success;
    }
    if (!parser.positionalArguments().isEmpty()) {
        context.err << tr("cohort-cli demo: unexpected argument “%1”.")
                           .arg(parser.positionalArguments().first())
                    << '\n';
        return UsageError;
    }
    bool seedOk = false;
    const quint32 seedValue = parser.value(seed).toUInt(&seedOk);
    if (!seedOk) {
        context.err
            << tr("cohort-cli demo: --seed “%1” is not a whole number from 0 to 4294967295.")
                   .arg(parser.value(seed))
            << '\n';
        return UsageError;
    }
    const std::optional<DemoGenerator::Scale> scaleValue
        = DemoGenerator::scaleFromKey(parser.value(scale));
    if (!scaleValue) {
        context.err << tr("cohort-cli demo: --scale must be small or large, not “%1”.")
                           .arg(parser.value(scale))
                    << '\n';
        return UsageError;
    }

    std::unique_ptr<WorkspaceLock> lock; // outlives the database
    Database database;
    if (!CliWorkspace::open(database, parser.value(workspace), true, context, &lock))
        return UserError;
    DemoGenerator generator(database);
    QElapsedTimer timer;
    timer.start();
    if (parser.isSet(progress)) {
        generator.setProgressCallback([&context, &timer](int percent, const QString &step) {
            context.err << QStringLiteral("%1% %2 (%3 s)")
                               .arg(percent, 3)
                               .arg(step)
                               .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
                        << Qt::endl;
        });
    }
    if (!generator.generate(seedValue, *scaleValue)) {
        context.err << QStringLiteral("cohort-cli: %1: %2")
                           .arg(parser.value(workspace), generator.lastError().message)
                    << '\n';
        return UserError;
    }
    const qint64 elapsed = timer.elapsed();
    const DemoGenerator::Counts &c = generator.counts();
    if (parser.isSet(json)) {
        const QJsonObject object {
            { QStringLiteral("workspace"), parser.value(workspace) },
            { QStringLiteral("seed"), qint64(seedValue) },
            { QStringLiteral("scale"), parser.value(scale) },
            { QStringLiteral("elapsed_ms"), elapsed },
            { QStringLiteral("seconds"), double(elapsed) / 1000.0 },
            { QStringLiteral("groups"), c.groups },
            { QStringLiteral("members"), c.members },
            { QStringLiteral("memberships"), c.memberships },
            { QStringLiteral("identities"), c.identities },
            { QStringLiteral("products"), c.products },
            { QStringLiteral("campaigns"), c.campaigns },
            { QStringLiteral("orders"), c.orders },
            { QStringLiteral("messages"), c.messages },
            { QStringLiteral("membership_events"), c.membershipEvents },
            { QStringLiteral("violations"), c.violations },
        };
        context.out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact))
                    << '\n';
        return Success;
    }
    context.out << tr("Demo data written to %1 in %2 s:")
                       .arg(parser.value(workspace))
                       .arg(double(elapsed) / 1000.0, 0, 'f', 1)
                << '\n'
                << tr("  %1 groups, %2 members (%3 memberships), %4 products, %5 campaigns")
                       .arg(c.groups)
                       .arg(c.members)
                       .arg(c.memberships)
                       .arg(c.products)
                       .arg(c.campaigns)
                << '\n'
                << tr("  %1 orders, %2 messages, %3 membership events, %4 rule violations")
                       .arg(c.orders)
                       .arg(c.messages)
                       .arg(c.membershipEvents)
                       .arg(c.violations)
                << '\n';
    return Success;
}

} // namespace cohort::cli
