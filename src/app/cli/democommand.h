#pragma once

#include "app/cli/clicommand.h"

namespace cohort::cli {

/// `cohort-cli demo`: fills an empty workspace with deterministic demo data (DemoGenerator).
class DemoCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(DemoCommand)

public:
    QString name() const override { return QStringLiteral("demo"); }
    QString summary() const override;
    int run(const QStringList &arguments, CliContext &context) override;
};

std::unique_ptr<CliCommand> createDemoCommand();

} // namespace cohort::cli
