#include "app/cli/importbench.h"

#include "app/cli/benchcommand.h"
#include "import/importpipeline.h"
#include "import/sha256.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

namespace cohort::cli {

namespace {

/// User plus system CPU time of the process so far, in seconds (-1 where unknown).
double cpuSeconds()
{
#ifdef Q_OS_UNIX
    rusage usage {};
    if (getrusage(RUSAGE_SELF, &usage) != 0)
        return -1;
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
#else
    return -1;
#endif
}

/// "read 2.31 s, memberships 0.02 s, ..."
QString phaseList(const QList<QPair<QString, qint64>> &phases)
{
    QStringList parts;
    for (const auto &[name, ms] : phases)
        parts << ImportBench::tr("%1 %2 s").arg(name).arg(double(ms) / 1000.0, 0, 'f', 2);
    return parts.join(QStringLiteral(", "));
}

} // namespace

int ImportBench::run(const QStringList &arguments, CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"), tr("Force a format."), tr("format"),
                                    QStringLiteral("auto"));
    const QCommandLineOption timezone(QStringLiteral("timezone"),
                                      tr("IANA zone of wall-clock times."), tr("zone"),
                                      QStringLiteral("UTC"));
    parser.addOptions({ format, timezone });
    if (!parser.parse(QStringList { QStringLiteral("bench") } + arguments)
        || parser.positionalArguments().size() != 1) {
        context.err << tr("Usage: cohort-cli bench import FILE [--format FORMAT] [--timezone IANA]")
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
    Database database;
    const WorkspaceError error = database.open(dir.filePath(QStringLiteral("bench.cohort")),
                                               Database::OpenMode::CreateOrOpen);
    if (error.isError()) {
        context.err << QStringLiteral("cohort-cli: ") << error.message << '\n';
        return UserError;
    }
    import::ImportOptions options;
    options.formatKey = parser.value(format);
    options.timeZoneId = parser.value(timezone);
    // The whole import as a user waits for it: detection, checksum and everything the pipeline
    // does up to the commit. CPU time is printed too: on a shared machine it varies less.
    QElapsedTimer timer;
    timer.start();
    const double cpuBefore = cpuSeconds();
    const import::ImportSummary s = import::ImportPipeline(database).importFile(file, options);
    const double cpu = cpuSeconds() - cpuBefore;
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (!s.ok()) {
        const import::ImportIssue issue = s.errors.value(0);
        context.err
            << QStringLiteral("cohort-cli: %1:%2: %3").arg(file).arg(issue.line).arg(issue.message)
            << '\n';
        return UserError;
    }
    const qint64 peak = BenchCommand::peakRssKib();
    const qint64 size = QFileInfo(file).size();
    context.out
        << tr("File: %1 (%2, %3 MB)").arg(file, s.format).arg(double(size) / 1e6, 0, 'f', 1) << '\n'
        << tr("Messages: %1 (%2 system events, %3 authors)")
               .arg(s.messages)
               .arg(s.systemEvents)
               .arg(s.authors)
        << '\n'
        << tr("Total: %1 s (checksum, parse, identities, dedup, insert, indexes, "
              "roll-ups, commit)")
               .arg(seconds, 0, 'f', 2)
        << '\n'
        << tr("Steps: %1").arg(phaseList(s.phases)) << '\n'
        << tr("Checksum: SHA-256 by %1").arg(QString::fromLatin1(import::Sha256::backend()))
        << '\n'
        << tr("CPU time: %1").arg(cpuBefore < 0 ? tr("n/a") : tr("%1 s").arg(cpu, 0, 'f', 2))
        << '\n'
        << tr("Throughput: %1 messages/s")
               .arg(seconds > 0 ? double(s.messages) / seconds : 0.0, 0, 'f', 0)
        << '\n'
        << tr("Peak RSS: %1")
               .arg(peak < 0 ? tr("n/a") : tr("%1 MB").arg(double(peak) / 1024.0, 0, 'f', 1))
        << '\n';
    return Success;
}

} // namespace cohort::cli
