#pragma once

#include "app/cli/clicommand.h"

namespace cohort::cli {

/// `cohort-cli scan`: the group-rule violations of a workspace (docs/rules.md), re-checked first
/// with --rescan, as text or JSON.
class ScanCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ScanCommand)

public:
    QString name() const override { return QStringLiteral("scan"); }
    QString summary() const override;
    int run(const QStringList &arguments, CliContext &context) override;
};

std::unique_ptr<CliCommand> createScanCommand();

} // namespace cohort::cli
