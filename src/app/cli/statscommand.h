#pragma once

#include "app/cli/clicommand.h"

namespace cohort::cli {

/// `cohort-cli stats`: every dashboard metric for a scope and date range, as text or JSON.
class StatsCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(StatsCommand)

public:
    QString name() const override { return QStringLiteral("stats"); }
    QString summary() const override;
    int run(const QStringList &arguments, CliContext &context) override;
};

std::unique_ptr<CliCommand> createStatsCommand();

} // namespace cohort::cli
