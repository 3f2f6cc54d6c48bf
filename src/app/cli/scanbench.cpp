#include "app/cli/scanbench.h"

#include "app/cli/benchcommand.h"
#include "import/importpipeline.h"
#include "rules/groupscanner.h"
#include "rules/rulesetrepository.h"
#include "storage/database.h"
#include "storage/grouprepository.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>

namespace cohort::cli {

namespace {

/// Every built-in check and `keywords` keyword rules, a few of them with a regular expression:
/// competitor names and contact phrases in Chinese and English, as an operator would list them.
rules::RuleSet benchRules(int keywords)
{
    rules::RuleSet set;
    for (const rules::BuiltinRule rule : rules::allBuiltinRules())
        set.builtins.insert(rule);
    for (int i = 0; i < keywords; ++i) {
        rules::KeywordRule k;
        k.name = QStringLiteral("rule%1").arg(i + 1);
        k.phrases = { QStringLiteral("竞品%1号").arg(i), QStringLiteral("brand%1 shop").arg(i),
                      QStringLiteral("代理%1").arg(i) };
        if (i % 10 == 9)
            k.pattern = QStringLiteral("promo\\s*%1\\d+").arg(i);
        set.keywords << k;
    }
    return set;
}

/// Resets the process's peak resident size (Linux), so the next peak is the next step's own.
void resetPeak()
{
    QFile file(QStringLiteral("/proc/self/clear_refs"));
    if (file.open(QIODevice::WriteOnly))
        file.write("5");
}

} // namespace

int ScanBench::run(const QStringList &arguments, CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"), tr("Force a format."), tr("format"),
                                    QStringLiteral("auto"));
    const QCommandLineOption timezone(QStringLiteral("timezone"),
                                      tr("IANA zone of wall-clock times."), tr("zone"),
                                      QStringLiteral("UTC"));
    const QCommandLineOption keywords(QStringLiteral("keywords"), tr("Keyword rules."), tr("n"),
                                      QStringLiteral("50"));
    const QCommandLineOption runs(QStringLiteral("runs"),
                                  tr("Pairs of imports (medians are reported)."), tr("n"),
                                  QStringLiteral("1"));
    parser.addOptions({ format, timezone, keywords, runs });
    if (!parser.parse(QStringList { QStringLiteral("bench") } + arguments)
        || parser.positionalArguments().size() != 1) {
        context.err << tr("Usage: cohort-cli bench scan FILE [--format FORMAT] [--timezone IANA] "
                          "[--keywords N] [--runs N]")
                    << '\n';
        return UsageError;
    }
    const QString file = parser.positionalArguments().constFirst();
    QTemporaryDir dir;
    if (!dir.isValid()) {
        context.err << tr("cohort-cli: cannot create a temporary folder: %1").arg(dir.errorString())
                    << '\n';
        return UserError;
    }
    const auto fail = [&](const QString &message) {
        context.err << QStringLiteral("cohort-cli: ") << message << '\n';
        return int(UserError);
    };
    const rules::RuleSet ruleSet = benchRules(parser.value(keywords).toInt());
    const int repetitions = std::max(1, parser.value(runs).toInt());
    QList<double> plainSeconds;
    QList<double> scannedSeconds;
    QList<double> ratios;
    qint64 scanPhaseMs = 0;
    qint64 messages = 0;
    qint64 found = 0;
    Database scanned;
    QString scannedPath;
    qint64 plainPeak = -1;
    qint64 scannedPeak = -1;
    qint64 groupId = 0;
    for (int run = 0; run < repetitions; ++run) {
        // Each run imports into new workspaces, in alternating order: a machine that warms up
        // or slows down during the runs favours neither side.
        const QList<bool> order
            = run % 2 == 0 ? QList<bool> { false, true } : QList<bool> { true, false };
        double plainRun = 0;
        double scannedRun = 0;
        for (const bool withRules : order) {
            const QString path = dir.filePath(
                QStringLiteral("%1-%2.cohort")
                    .arg(withRules ? QStringLiteral("rules") : QStringLiteral("plain"))
                    .arg(run));
            Database plain;
            Database &database = withRules ? scanned : plain;
            if (withRules && !scannedPath.isEmpty()) {
                // Only the last run's workspace is re-scanned.
                scanned.close();
                QFile::remove(scannedPath);
            }
            if (withRules)
                scannedPath = path;
            const WorkspaceError error = database.open(path, Database::OpenMode::CreateOrOpen);
            if (error.isError())
                return fail(error.message);
            import::ImportOptions options;
            options.formatKey = parser.value(format);
            options.timeZoneId = parser.value(timezone);
            if (withRules) {
                Group group;
                group.name = QStringLiteral("bench");
                GroupRepository groups(database);
                if (!groups.insert(group))
                    return fail(groups.lastError().message);
                rules::RuleSetRepository repository(database);
                if (!repository.save(group.id, ruleSet))
                    return fail(repository.lastError());
                options.groupId = groupId = group.id;
            }
            resetPeak();
            QElapsedTimer timer;
            timer.start();
            const import::ImportSummary s
                = import::ImportPipeline(database).importFile(file, options);
            const double seconds = double(timer.nsecsElapsed()) / 1e9;
            if (!s.ok())
                return fail(s.errors.value(0).message);
            (withRules ? scannedRun : plainRun) = seconds;
            qint64 &peak = withRules ? scannedPeak : plainPeak;
            peak = std::max(peak, BenchCommand::peakRssKib());
            messages = s.messages + s.systemEvents;
            if (withRules) {
                found = s.violations;
                for (const auto &[name, ms] : s.phases)
                    if (name == QLatin1String("rules"))
                        scanPhaseMs = ms;
            } else {
                plain.close();
                QFile::remove(path);
            }
        }
        plainSeconds << plainRun;
        scannedSeconds << scannedRun;
        ratios << scannedRun / plainRun;
        context.err << tr("Run %1: import alone %2 s, with the scan %3 s")
                           .arg(run + 1)
                           .arg(plainRun, 0, 'f', 2)
                           .arg(scannedRun, 0, 'f', 2)
                    << '\n';
    }
    const double importPlain = BenchCommand::median(plainSeconds);
    const double importScanned = BenchCommand::median(scannedSeconds);
    const double ratio = BenchCommand::median(ratios);

    resetPeak();
    QElapsedTimer timer;
    timer.start();
    const rules::ScanOutcome outcome
        = rules::GroupScanner(scanned, rules::PhraseLists::load(scanned)).rescan(groupId, {});
    const double rescanSeconds = double(timer.nsecsElapsed()) / 1e9;
    if (!outcome.ok)
        return fail(outcome.error);
    const qint64 peak = BenchCommand::peakRssKib();

    const auto peakText = [](qint64 kib) {
        return kib < 0 ? tr("n/a") : tr("%1 MB").arg(double(kib) / 1024.0, 0, 'f', 1);
    };
    context.out
        << tr("File: %1 (%2 records)").arg(file).arg(messages) << '\n'
        << tr("Rules: 5 built-in checks, %1 keyword rules").arg(ruleSet.keywords.size()) << '\n'
        << tr("Import alone: %1 s (median of %2)").arg(importPlain, 0, 'f', 2).arg(repetitions)
        << '\n'
        << tr("Import with the scan: %1 s (+%2 %, the median of the runs' own ratios; "
              "the scan step %3 s, %4 violations)")
               .arg(importScanned, 0, 'f', 2)
               .arg((ratio - 1.0) * 100.0, 0, 'f', 1)
               .arg(double(scanPhaseMs) / 1000.0, 0, 'f', 2)
               .arg(found)
        << '\n'
        << tr("Peak RSS of the imports: %1 alone, %2 with the scan")
               .arg(peakText(plainPeak), peakText(scannedPeak))
        << '\n'
        << tr("Re-scan of the whole history: %1 s (%2 messages, %3 violations; %4 of "
              "the import alone)")
               .arg(rescanSeconds, 0, 'f', 2)
               .arg(outcome.messages)
               .arg(outcome.violations)
               .arg(importPlain > 0 ? rescanSeconds / importPlain : 0.0, 0, 'f', 2)
        << '\n'
        << tr("Peak RSS of the re-scan: %1").arg(peakText(peak)) << '\n';
    return Success;
}

} // namespace cohort::cli
