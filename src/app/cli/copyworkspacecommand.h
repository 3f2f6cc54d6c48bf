#pragma once

#include "app/cli/clicommand.h"

namespace cohort::cli {

/// `cohort-cli publish` (a local workspace onto an empty team server database) and
/// `cohort-cli export-local` (a team workspace into a new local file, so a team can leave): one
/// copy (WorkspaceCopier), ids kept, in one transaction, with a progress line.
class CopyWorkspaceCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CopyWorkspaceCommand)

public:
    enum class Direction { Publish, ExportLocal };

    explicit CopyWorkspaceCommand(Direction direction)
        : m_direction(direction)
    {
    }

    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments, CliContext &context) override;

private:
    Direction m_direction;
};

std::unique_ptr<CliCommand> createPublishCommand();
std::unique_ptr<CliCommand> createExportLocalCommand();

} // namespace cohort::cli
