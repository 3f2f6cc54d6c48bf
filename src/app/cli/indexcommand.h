#pragma once

#include "app/cli/clicommand.h"

namespace cohort {
class Database;
}

namespace cohort::cli {

/// `cohort-cli index`: brings a workspace's full-text index of message bodies up to date (the
/// import leaves it to this command or to the GUI, so that its own time does not grow).
class IndexCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(IndexCommand)

public:
    QString name() const override { return QStringLiteral("index"); }
    QString summary() const override;
    int run(const QStringList &arguments, CliContext &context) override;

    /// Indexes every message not indexed yet, with a progress line on `context.err` and a
    /// summary on `context.out`; false (with a one-line error) when a chunk could not be written.
    static bool catchUp(Database &database, CliContext &context);
};

std::unique_ptr<CliCommand> createIndexCommand();

} // namespace cohort::cli
