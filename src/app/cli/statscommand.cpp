#include "app/cli/statscommand.h"

#include "analytics/metricsengine.h"
#include "analytics/metricsjson.h"
#include "analytics/positioningjson.h"
#include "app/cli/cliworkspace.h"
#include "reports/scorecardtext.h"
#include "storage/analyticsfactsrepository.h"
#include "storage/database.h"
#include "storage/grouprepository.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QLocale>
#include <QTimeZone>

namespace cohort::cli {

std::unique_ptr<CliCommand> createStatsCommand()
{
    return std::make_unique<StatsCommand>();
}

QString StatsCommand::summary() const
{
    return tr("Print activity, conversion, repurchase, fission and revenue metrics");
}

int StatsCommand::run(const QStringList &arguments, CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption workspace(QStringLiteral("workspace"), tr("Workspace file."), tr("file"));
    const QCommandLineOption group(QStringLiteral("group"), tr("Only this group (repeatable)."), tr("name"));
    const QCommandLineOption from(QStringLiteral("from"), tr("First day (YYYY-MM-DD); default 29 days before --to."), tr("date"));
    const QCommandLineOption to(QStringLiteral("to"), tr("Last day (YYYY-MM-DD); default today."), tr("date"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    parser.addOptions({workspace, group, from, to, json, help});
    if (!parser.parse(QStringList{QStringLiteral("stats")} + arguments)) {
        context.err << QStringLiteral("cohort-cli stats: ") << parser.errorText() << '\n';
        return UsageError;
    }
    if (parser.isSet(help)) {
        context.out << parser.helpText();
        return Success;
    }
    if (!parser.positionalArguments().isEmpty()) {
        context.err << tr("cohort-cli stats: unexpected argument “%1”.").arg(parser.positionalArguments().first()) << '\n';
        return UsageError;
    }

    Database database;
    if (!CliWorkspace::open(database, parser.value(workspace), false, context))
        return UserError;
    MetricsRequest request;
    const QStringList groupNames = parser.values(group);
    for (const QString &name : groupNames) {
        const std::optional<qint64> id = CliWorkspace::groupId(database, name, context);
        if (!id)
            return UserError;
        request.groupIds << *id;
    }
    const QTimeZone zone(database.timeZoneId().toUtf8());
    request.to = QDateTime::currentDateTimeUtc().toTimeZone(zone).date();
    if (parser.isSet(to)) {
        const std::optional<QDate> d = CliWorkspace::date(parser.value(to), QStringLiteral("--to"), context);
        if (!d)
            return UserError;
        request.to = *d;
    }
    request.from = request.to.addDays(-29);
    if (parser.isSet(from)) {
        const std::optional<QDate> d = CliWorkspace::date(parser.value(from), QStringLiteral("--from"), context);
        if (!d)
            return UserError;
        request.from = *d;
    }
    if (request.from > request.to) {
        context.err << tr("cohort-cli stats: --from is after --to.") << '\n';
        return UserError;
    }
    const qint64 days = request.from.daysTo(request.to) + 1;
    request.granularity = days > 120 ? Granularity::Month : days > 31 ? Granularity::Week : Granularity::Day;

    AnalyticsFacts facts;
    AnalyticsFactsRepository(database).load(facts); // a failed read ends in CliApplication
    const DashboardMetrics metrics = MetricsEngine::compute(facts, request);
    // Positioning and activation judge fixed windows ending on --to (docs/metrics.md).
    QList<Group> groups = GroupRepository(database).all();
    if (!request.groupIds.isEmpty())
        groups.removeIf([&request](const Group &g) { return !request.groupIds.contains(g.id); });
    QList<GroupScorecard> cards = PositioningScorecard::compute(facts, groups, request.to);
    PositioningScorecard::sortWorstFirst(cards);
    const QList<QuietGroup> quiet = ActivationFinder::find(facts, request.to, request.groupIds);
    if (parser.isSet(json)) {
        QJsonObject object = MetricsJson::toJson(metrics);
        object.insert(QStringLiteral("positioning"), PositioningJson::toJson(cards));
        object.insert(QStringLiteral("quiet_groups"), PositioningJson::toJson(quiet));
        context.out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
        return Success;
    }
    const QLocale locale;
    const auto &k = metrics.current;
    context.out << tr("Metrics from %1 to %2").arg(request.from.toString(Qt::ISODate), request.to.toString(Qt::ISODate)) << '\n'
                << tr("  Messages:          %1").arg(k.messages) << '\n'
                << tr("  Active members:    %1 of %2 (%3%)")
                       .arg(k.activeMembers)
                       .arg(metrics.activity.members)
                       .arg(locale.toString(k.activeRatio * 100, 'f', 1))
                << '\n'
                << tr("  Joins / leaves:    %1 / %2").arg(k.joins).arg(k.leaves) << '\n'
                << tr("  Buyers / orders:   %1 / %2").arg(k.buyers).arg(k.orders) << '\n'
                << tr("  Revenue:           %1").arg(k.revenue.toDisplayString(locale)) << '\n'
                << tr("  Conversion:        %1%").arg(locale.toString(k.conversionRate * 100, 'f', 1)) << '\n'
                << tr("  Repurchase rate:   %1%").arg(locale.toString(k.repurchaseRate * 100, 'f', 1)) << '\n'
                << tr("  New by referral:   %1").arg(k.newByReferral) << '\n';
    if (!metrics.portfolio.isEmpty()) {
        context.out << tr("Groups by health (lowest first):") << '\n';
        for (const PortfolioRow &row : metrics.portfolio)
            context.out << QStringLiteral("  %1  %2").arg(row.health.score, 3).arg(row.name) << '\n';
    }
    if (!cards.isEmpty()) {
        context.out << tr("Groups against their targets, 30 days to %1 (missed first):")
                           .arg(request.to.toString(Qt::ISODate))
                    << '\n';
        for (const GroupScorecard &card : std::as_const(cards)) {
            context.out << QStringLiteral("  %1: %2")
                               .arg(card.name, ScorecardText::attainmentName(card.attainment))
                        << '\n';
            for (const KpiScore &score : card.kpis)
                context.out << QStringLiteral("    ") << ScorecardText::line(score, locale) << '\n';
        }
    }
    if (!quiet.isEmpty()) {
        context.out << tr("Groups gone quiet (4 weeks to %1 against the 4 before):")
                           .arg(request.to.toString(Qt::ISODate))
                    << '\n';
        for (const QuietGroup &group : quiet) {
            QStringList carriers;
            for (const Contributor &c : group.silentCarriers)
                carriers << tr("%1 (%2)").arg(c.member.name).arg(c.messages);
            context.out << tr("  %1: %2 → %3 messages a day; silent carriers: %4")
                               .arg(group.name,
                                    locale.toString(group.earlierMessagesPerDay, 'f', 1),
                                    locale.toString(group.recentMessagesPerDay, 'f', 1),
                                    carriers.isEmpty() ? tr("none")
                                                       : carriers.join(QStringLiteral(", ")))
                        << '\n';
        }
    }
    return Success;
}

} // namespace cohort::cli
