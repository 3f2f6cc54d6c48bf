#pragma once

#include "app/cli/clicommand.h"

namespace cohort::cli {

/// `cohort-cli report`: the weekly report of an ISO week for a scope, written as PDF and/or
/// HTML in English or Chinese, optionally anonymized; prints the summary when no file is asked.
class ReportCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)

public:
    QString name() const override { return QStringLiteral("report"); }
    QString summary() const override;
    int run(const QStringList &arguments, CliContext &context) override;
};

std::unique_ptr<CliCommand> createReportCommand();

} // namespace cohort::cli
