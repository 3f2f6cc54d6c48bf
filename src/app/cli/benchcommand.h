#pragma once

#include "app/cli/clicommand.h"

#include <QList>

namespace cohort::cli {

/// `cohort-cli bench <what>`: timings and peak memory for the targets quoted in the issues.
class BenchCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(BenchCommand)

public:
    QString name() const override { return QStringLiteral("bench"); }
    QString summary() const override;
    int run(const QStringList &arguments, CliContext &context) override;

    /// Median of `samples` (the mean of the middle two for an even count); 0 for none.
    static double median(QList<double> samples);
    /// Peak resident set size of this process in KiB (VmHWM), or -1 where unknown.
    static qint64 peakRssKib();

private:
    int benchStats(const QStringList &arguments, CliContext &context);
    int benchReport(const QStringList &arguments, CliContext &context);
};

std::unique_ptr<CliCommand> createBenchCommand();

} // namespace cohort::cli
