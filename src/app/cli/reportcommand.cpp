#include "app/cli/reportcommand.h"

#include "analytics/periodmath.h"
#include "app/cli/cliworkspace.h"
#include "reports/weekly/reportcoverage.h"
#include "reports/weekly/reporthtmlrenderer.h"
#include "reports/weekly/reportlanguage.h"
#include "reports/weekly/reportpdfrenderer.h"
#include "reports/weekly/reporttext.h"
#include "reports/weekly/weeklyreportbuilder.h"
#include "rules/rulesetrepository.h"
#include "storage/analyticsfactsrepository.h"
#include "storage/database.h"
#include "storage/workspacename.h"
#include "storage/pseudonymkeyrepository.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QGuiApplication>

#include <optional>

namespace cohort::cli {

std::unique_ptr<CliCommand> createReportCommand()
{
    return std::make_unique<ReportCommand>();
}

QString ReportCommand::summary() const
{
    return tr("Write the weekly report of an ISO week as PDF and/or HTML");
}

int ReportCommand::run(const QStringList &arguments, CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption workspace(QStringLiteral("workspace"), tr("Workspace file."),
                                       tr("file"));
    const QCommandLineOption week(QStringLiteral("week"), tr("ISO week, e.g. 2026-W07."),
                                  tr("YYYY-Www"));
    const QCommandLineOption group(QStringLiteral("group"),
                                   tr("Only this group (repeatable; default: all groups)."),
                                   tr("name"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  tr("Language of the report: en or zh_CN."), tr("language"),
                                  QStringLiteral("en"));
    const QCommandLineOption pdf(QStringLiteral("pdf"), tr("Write the report as PDF to this file."),
                                 tr("file"));
    const QCommandLineOption html(QStringLiteral("html"), tr("Write the report as one HTML file."),
                                  tr("file"));
    const QCommandLineOption page(
        QStringLiteral("page"),
        tr("Paper size: a4 or letter (default: from the language's locale)."), tr("size"));
    const QCommandLineOption anonymize(QStringLiteral("anonymize"),
                                       tr("Replace member names by stable pseudonyms."));
    const QCommandLineOption help(QStringList { QStringLiteral("h"), QStringLiteral("help") },
                                  tr("Show this help."));
    parser.addOptions({ workspace, week, group, lang, pdf, html, page, anonymize, help });
    if (!parser.parse(QStringList { QStringLiteral("report") } + arguments)) {
        context.err << QStringLiteral("cohort-cli report: ") << parser.errorText() << '\n';
        return UsageError;
    }
    if (parser.isSet(help)) {
        context.out << parser.helpText();
        return Success;
    }
    if (!parser.positionalArguments().isEmpty()) {
        context.err << tr("cohort-cli report: unexpected argument “%1”.")
                           .arg(parser.positionalArguments().first())
                    << '\n';
        return UsageError;
    }
    if (!parser.isSet(workspace) || !parser.isSet(week)) {
        context.err << tr("cohort-cli report: --workspace and --week are required.") << '\n';
        return UsageError;
    }
    const QString language = parser.value(lang);
    if (language != QLatin1String("en") && language != QLatin1String("zh_CN")) {
        context.err << tr("cohort-cli report: --lang must be en or zh_CN, not “%1”.").arg(language)
                    << '\n';
        return UsageError;
    }
    const QString pageValue = parser.value(page).toLower();
    if (parser.isSet(page) && pageValue != QLatin1String("a4")
        && pageValue != QLatin1String("letter")) {
        context.err << tr("cohort-cli report: --page must be a4 or letter, not “%1”.")
                           .arg(parser.value(page))
                    << '\n';
        return UsageError;
    }
    const auto [monday, sunday] = PeriodMath::parseIsoWeek(parser.value(week));
    if (!monday.isValid()) {
        context.err << tr("cohort-cli report: --week: “%1” is not an ISO week such as 2026-W07.")
                           .arg(parser.value(week))
                    << '\n';
        return UserError;
    }
    // Fonts and QPdfWriter need a QGuiApplication; cohort-cli creates one on the offscreen
    // platform for this command (climain.cpp), so no display is needed.
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        context.err << tr("cohort-cli report: needs a QGuiApplication (run through cohort-cli).")
                    << '\n';
        return UserError;
    }

    Database database;
    if (!CliWorkspace::open(database, parser.value(workspace), false, context))
        return UserError;
    WeeklyReportOptions options;
    const QStringList groupNames = parser.values(group);
    for (const QString &name : groupNames) {
        const std::optional<qint64> id = CliWorkspace::groupId(database, name, context);
        if (!id)
            return UserError;
        if (!options.groupIds.contains(*id))
            options.groupIds << *id;
    }
    if (parser.isSet(anonymize)) {
        PseudonymKeyRepository keys(database);
        options.pseudonymKey = keys.key();
        if (options.pseudonymKey.isEmpty()) {
            context.err << QStringLiteral("cohort-cli: %1: %2")
                               .arg(parser.value(workspace), keys.lastError().message)
                        << '\n';
            return UserError;
        }
        options.anonymize = true;
    }

    AnalyticsFacts facts;
    AnalyticsFactsRepository(database).load(facts); // a failed read ends in CliApplication

    QLocale locale(QLocale::Chinese, QLocale::China);
    if (language == QLatin1String("en"))
        locale = QLocale::system().language() == QLocale::English
            ? QLocale::system()
            : QLocale(QLocale::English, QLocale::UnitedStates);
    // The report's language is installed while the report is built and rendered; what the
    // command itself says afterwards stays in the user's language.
    std::optional<ReportLanguage> reportLanguage(std::in_place, locale);
    options.locale = locale;
    options.workspaceName = workspaceName(database);
    options.weekStart = monday;
    options.printedAt = QDateTime::currentDateTimeUtc();
    options.strikePolicies = rules::RuleSetRepository(database).strikePolicies();
    const WeeklyReport report = WeeklyReportBuilder::build(facts, options);
    int pages = 0;

    if (parser.isSet(pdf)) {
        const QPageSize::PageSizeId size = !parser.isSet(page) ? ReportLanguage::pageSize(locale)
            : pageValue == QLatin1String("letter")             ? QPageSize::Letter
                                                               : QPageSize::A4;
        QString error;
        if (!ReportPdfRenderer(locale, size).writeFile(report, parser.value(pdf), &error, &pages)) {
            context.err << QStringLiteral("cohort-cli: %1: %2").arg(parser.value(pdf), error)
                        << '\n';
            return UserError;
        }
    }
    if (parser.isSet(html)) {
        QString error;
        if (!ReportHtmlRenderer::writeFile(report, locale, parser.value(html), &error)) {
            context.err << QStringLiteral("cohort-cli: %1: %2").arg(parser.value(html), error)
                        << '\n';
            return UserError;
        }
    }
    if (!parser.isSet(pdf) && !parser.isSet(html)) {
        context.out << ReportText::title() << QStringLiteral(" — ") << report.scopeText << '\n'
                    << ReportText::weekRange(report, locale) << '\n'
                    << '\n'
                    << report.summary << '\n'
                    << '\n';
        for (const ReportKpi &kpi : report.kpis) {
            context.out << QStringLiteral("  %1 %2 %3 %4")
                               .arg(kpi.label, -26)
                               .arg(ReportText::value(kpi, false, locale), 14)
                               .arg(ReportText::value(kpi, true, locale), 14)
                               .arg(ReportText::change(kpi, locale), 9)
                        << '\n';
        }
    }
    reportLanguage.reset();
    if (parser.isSet(pdf))
        context.out << tr("Wrote %1 (pages: %2).").arg(parser.value(pdf)).arg(pages) << '\n';
    if (parser.isSet(html))
        context.out << tr("Wrote %1.").arg(parser.value(html)) << '\n';
    if (!ReportCoverage::hasActivity(report)) {
        // Still written (an operator may want the empty page on file), but never silently.
        const QDate latest = ReportCoverage::latestDataWeek(facts, options.groupIds);
        context.err << (latest.isValid()
                            ? tr("cohort-cli report: warning: %1 has no messages, orders, joins or "
                                 "leaves in %2; the newest week with data is %3.")
                                  .arg(parser.value(week), report.scopeText,
                                       ReportCoverage::isoWeekName(latest))
                            : tr("cohort-cli report: warning: %1 has no messages, orders, joins or "
                                 "leaves in %2, nor does any other week.")
                                  .arg(parser.value(week), report.scopeText))
                    << '\n';
    }
    return Success;
}

} // namespace cohort::cli
