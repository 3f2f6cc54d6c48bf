#pragma once

#include "app/cli/clicommand.h"

namespace cohort::cli {

/// `cohort-cli import-orders`: imports an order CSV with a saved mapping profile or an inline
/// column mapping, all orders in one transaction (the wizard's core, without the questions).
class ImportOrdersCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportOrdersCommand)

public:
    QString name() const override { return QStringLiteral("import-orders"); }
    QString summary() const override;
    int run(const QStringList &arguments, CliContext &context) override;
};

std::unique_ptr<CliCommand> createImportOrdersCommand();

} // namespace cohort::cli
