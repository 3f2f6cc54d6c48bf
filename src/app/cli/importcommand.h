#pragma once

#include "app/cli/clicommand.h"

#include <QJsonObject>

namespace cohort::import {
struct ImportSummary;
}

namespace cohort::cli {

/// `cohort-cli import`: imports chat exports into a workspace, one transaction per file.
class ImportCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override;
    int run(const QStringList &arguments, CliContext &context) override;

    /// The JSON object `import --json` prints for one file.
    static QJsonObject toJson(const import::ImportSummary &summary);
};

std::unique_ptr<CliCommand> createImportCommand();

} // namespace cohort::cli
