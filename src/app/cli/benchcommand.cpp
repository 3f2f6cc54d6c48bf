#include "app/cli/benchcommand.h"

#include "analytics/metricsengine.h"
#include "analytics/periodmath.h"
#include "app/cli/cliworkspace.h"
#include "app/cli/importbench.h"
#include "app/cli/scanbench.h"
#include "reports/weekly/reporthtmlrenderer.h"
#include "reports/weekly/reportpdfrenderer.h"
#include "reports/weekly/weeklyreportbuilder.h"
#include "storage/analyticsfactsrepository.h"
#include "storage/database.h"
#include "storage/workspacename.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTimeZone>

#include <algorithm>

namespace cohort::cli {

namespace {

template<typename F> double timeMs(F &&work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

std::unique_ptr<CliCommand> createBenchCommand()
{
    return std::make_unique<BenchCommand>();
}

QString BenchCommand::summary() const
{
    return tr("Measure speed and peak memory (bench stats|import|report|scan ...)");
}

double BenchCommand::median(QList<double> samples)
{
    std::sort(samples.begin(), samples.end());
    const qsizetype n = samples.size();
    return n == 0 ? 0.0 : n % 2 ? samples[n / 2] : (samples[n / 2 - 1] + samples[n / 2]) / 2.0;
}

qint64 BenchCommand::peakRssKib()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

int BenchCommand::run(const QStringList &arguments, CliContext &context)
{
    const QString what = arguments.value(0);
    if (what == QLatin1String("stats"))
        return benchStats(arguments.mid(1), context);
    if (what == QLatin1String("import"))
        return ImportBench::run(arguments.mid(1), context);
    if (what == QLatin1String("report"))
        return benchReport(arguments.mid(1), context);
    if (what == QLatin1String("scan"))
        return ScanBench::run(arguments.mid(1), context);
    context.err << tr("Usage: cohort-cli bench stats --workspace W [--group NAME] [--runs N]")
                << '\n'
                << tr("       cohort-cli bench import FILE [--format FORMAT] [--timezone IANA]")
                << '\n'
                << tr("       cohort-cli bench report --workspace W --week YYYY-Www [--lang "
                      "en|zh_CN] [--runs N]")
                << '\n'
                << tr("       cohort-cli bench scan FILE [--format FORMAT] [--timezone IANA] "
                      "[--keywords N]")
                << '\n';
    return UsageError;
}

int BenchCommand::benchStats(const QStringList &arguments, CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption workspace(QStringLiteral("workspace"), tr("Workspace file."),
                                       tr("file"));
    const QCommandLineOption group(QStringLiteral("group"),
                                   tr("Group for the one-group timing (default: the largest)."),
                                   tr("name"));
    const QCommandLineOption runs(QStringLiteral("runs"), tr("Repetitions (median is reported)."),
                                  tr("n"), QStringLiteral("5"));
    const QCommandLineOption to(
        QStringLiteral("to"),
        tr("Last day of the one-year range (default: the latest order or message)."), tr("date"));
    parser.addOptions({ workspace, group, runs, to });
    if (!parser.parse(QStringList { QStringLiteral("bench") } + arguments)) {
        context.err << QStringLiteral("cohort-cli bench stats: ") << parser.errorText() << '\n';
        return UsageError;
    }
    Database database;
    if (!CliWorkspace::open(database, parser.value(workspace), false, context))
        return UserError;
    const int repetitions = std::max(1, parser.value(runs).toInt());

    AnalyticsFacts facts;
    AnalyticsFactsRepository repository(database);
    QList<double> loadSamples;
    for (int i = 0; i < repetitions; ++i)
        loadSamples << timeMs([&] { repository.load(facts); });

    MetricsRequest request;
    if (parser.isSet(to)) {
        const std::optional<QDate> d
            = CliWorkspace::date(parser.value(to), QStringLiteral("--to"), context);
        if (!d)
            return UserError;
        request.to = *d;
    } else {
        qint64 latest = facts.orders.empty() ? 0 : facts.orders.back().orderedAt;
        const qint64 lastDay = facts.dayActivity.empty() ? 0 : facts.dayActivity.back().day;
        QDate last = QDateTime::fromSecsSinceEpoch(latest, Qt::UTC)
                         .toTimeZone(QTimeZone(facts.timeZoneId.toUtf8()))
                         .date();
        last = std::max(last, QDate(1970, 1, 1).addDays(lastDay));
        request.to = last;
    }
    request.from = request.to.addYears(-1).addDays(1);
    request.granularity = Granularity::Week;

    QList<double> allSamples;
    DashboardMetrics all;
    for (int i = 0; i < repetitions; ++i)
        allSamples << timeMs([&] { all = MetricsEngine::compute(facts, request); });

    MetricsRequest one = request;
    if (parser.isSet(group)) {
        const std::optional<qint64> id
            = CliWorkspace::groupId(database, parser.value(group), context);
        if (!id)
            return UserError;
        one.groupIds = { *id };
    } else if (!all.portfolio.isEmpty()) {
        const auto largest = std::max_element(
            all.portfolio.cbegin(), all.portfolio.cend(),
            [](const PortfolioRow &a, const PortfolioRow &b) { return a.messages < b.messages; });
        one.groupIds = { largest->groupId };
    }
    QList<double> oneSamples;
    for (int i = 0; i < repetitions; ++i)
        oneSamples << timeMs([&] { MetricsEngine::compute(facts, one); });

    // What the dashboard does after an edit: re-read the parts the touched tables feed (the
    // tables an order edit and an import into an existing group announce), then recompute.
    const auto afterChange = [&](Tables touched, const QSet<qint64> &orderIds) {
        QList<double> samples;
        for (int i = 0; i < repetitions; ++i) {
            samples << timeMs([&] {
                AnalyticsFacts updated;
                repository.reload(updated, facts, touched, orderIds);
                MetricsEngine::compute(updated, request);
            });
        }
        return median(samples);
    };
    // An order edit announces the order it wrote (ChangeSet), its ledger and points.
    const double afterOrderEdit = afterChange(
        Table::Orders | Table::Ledger | Table::Points,
        facts.orders.empty() ? QSet<qint64>() : QSet<qint64> { facts.orders.back().id });
    const double afterImport = afterChange(Table::Messages | Table::Memberships | Table::Members
                                               | Table::ImportBatches | Table::Identities,
                                           {});

    context.out
        << tr("Workspace: %1").arg(database.filePath()) << '\n'
        << tr("Facts: %1 day-activity rows, %2 members, %3 memberships, %4 orders, %5 groups")
               .arg(facts.dayActivity.size())
               .arg(facts.members.size())
               .arg(facts.memberships.size())
               .arg(facts.orders.size())
               .arg(facts.groups.size())
        << '\n'
        << tr("Range: %1 to %2 (weekly series)")
               .arg(request.from.toString(Qt::ISODate), request.to.toString(Qt::ISODate))
        << '\n'
        << tr("Load facts from the workspace:    %1 ms (median of %2)")
               .arg(median(loadSamples), 0, 'f', 1)
               .arg(repetitions)
        << '\n'
        << tr("Full dashboard, all groups:       %1 ms").arg(median(allSamples), 0, 'f', 1) << '\n'
        << tr("Full dashboard, one group:        %1 ms").arg(median(oneSamples), 0, 'f', 1) << '\n'
        << tr("After an order edit (re-read, recompute): %1 ms").arg(afterOrderEdit, 0, 'f', 1)
        << '\n'
        << tr("After an import (re-read, recompute):     %1 ms").arg(afterImport, 0, 'f', 1) << '\n'
        << tr("Messages in range: %1; orders in range: %2")
               .arg(all.activity.messages)
               .arg(all.revenue.orders)
        << '\n'
        << tr("Peak RSS: %1 MiB")
               .arg(peakRssKib() < 0 ? tr("n/a")
                                     : QString::number(double(peakRssKib()) / 1024.0, 'f', 1))
        << '\n';
    return Success;
}

int BenchCommand::benchReport(const QStringList &arguments, CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption workspace(QStringLiteral("workspace"), tr("Workspace file."),
                                       tr("file"));
    const QCommandLineOption week(QStringLiteral("week"), tr("ISO week, e.g. 2026-W10."),
                                  tr("YYYY-Www"));
    const QCommandLineOption lang(QStringLiteral("lang"), tr("en or zh_CN."), tr("language"),
                                  QStringLiteral("en"));
    const QCommandLineOption runs(QStringLiteral("runs"), tr("Repetitions (median is reported)."),
                                  tr("n"), QStringLiteral("5"));
    const QCommandLineOption keep(QStringLiteral("keep"),
                                  tr("Keep the last PDF and HTML in this folder."), tr("dir"));
    parser.addOptions({ workspace, week, lang, runs, keep });
    if (!parser.parse(QStringList { QStringLiteral("bench") } + arguments) || !parser.isSet(week)) {
        context.err << QStringLiteral("cohort-cli bench report: ")
                    << (parser.errorText().isEmpty() ? tr("--week is required.")
                                                     : parser.errorText())
                    << '\n';
        return UsageError;
    }
    const auto [monday, sunday] = PeriodMath::parseIsoWeek(parser.value(week));
    if (!monday.isValid()) {
        context.err << tr("cohort-cli bench report: --week: “%1” is not an ISO week.")
                           .arg(parser.value(week))
                    << '\n';
        return UserError;
    }
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        context.err << tr(
            "cohort-cli bench report: needs a QGuiApplication (run through cohort-cli).")
                    << '\n';
        return UserError;
    }
    Database database;
    if (!CliWorkspace::open(database, parser.value(workspace), false, context))
        return UserError;
    const int repetitions = std::max(1, parser.value(runs).toInt());
    const QLocale locale = parser.value(lang) == QLatin1String("zh_CN")
        ? QLocale(QLocale::Chinese, QLocale::China)
        : QLocale(QLocale::English, QLocale::UnitedStates);
    QTemporaryDir scratch;
    const QString folder = parser.isSet(keep) ? parser.value(keep) : scratch.path();
    const QString pdfPath = QDir(folder).filePath(QStringLiteral("bench-report.pdf"));
    const QString htmlPath = QDir(folder).filePath(QStringLiteral("bench-report.html"));

    AnalyticsFacts facts;
    AnalyticsFactsRepository repository(database);
    WeeklyReportOptions options;
    options.workspaceName = workspaceName(database);
    options.weekStart = monday;
    options.locale = locale;
    options.printedAt = QDateTime::currentDateTimeUtc();
    WeeklyReport report;
    int pages = 0;
    QList<double> loadSamples, buildSamples, pdfSamples, htmlSamples, totalSamples;
    for (int i = 0; i < repetitions; ++i) {
        bool ok = true;
        QString error;
        const double load = timeMs([&] { repository.load(facts); });
        const double build = timeMs([&] { report = WeeklyReportBuilder::build(facts, options); });
        const ReportPdfRenderer renderer(locale);
        const double pdf
            = timeMs([&] { ok = renderer.writeFile(report, pdfPath, &error, &pages); });
        const double html = timeMs(
            [&] { ok = ok && ReportHtmlRenderer::writeFile(report, locale, htmlPath, &error); });
        if (!ok) {
            context.err << QStringLiteral("cohort-cli: ") << error << '\n';
            return UserError;
        }
        loadSamples << load;
        buildSamples << build;
        pdfSamples << pdf;
        htmlSamples << html;
        totalSamples << load + build + pdf;
    }
    context.out
        << tr("Workspace: %1").arg(database.filePath()) << '\n'
        << tr("Facts: %1 day-activity rows, %2 members, %3 orders, %4 groups")
               .arg(facts.dayActivity.size())
               .arg(facts.members.size())
               .arg(facts.orders.size())
               .arg(facts.groups.size())
        << '\n'
        << tr("Week %1, %2 groups in the report, %3 pages, PDF %4 KiB, HTML %5 KiB")
               .arg(report.weekText)
               .arg(report.groups.size())
               .arg(pages)
               .arg(QFileInfo(pdfPath).size() / 1024)
               .arg(QFileInfo(htmlPath).size() / 1024)
        << '\n'
        << tr("Load facts:         %1 ms (median of %2)")
               .arg(median(loadSamples), 0, 'f', 1)
               .arg(repetitions)
        << '\n'
        << tr("Build report:       %1 ms").arg(median(buildSamples), 0, 'f', 1) << '\n'
        << tr("Render PDF:         %1 ms").arg(median(pdfSamples), 0, 'f', 1) << '\n'
        << tr("Load+build+PDF:     %1 ms (target ≤ 2000 ms)").arg(median(totalSamples), 0, 'f', 1)
        << '\n'
        << tr("Render HTML:        %1 ms").arg(median(htmlSamples), 0, 'f', 1) << '\n'
        << tr("Peak RSS: %1 MiB")
               .arg(peakRssKib() < 0 ? tr("n/a")
                                     : QString::number(double(peakRssKib()) / 1024.0, 'f', 1))
        << '\n';
    return Success;
}

} // namespace cohort::cli
