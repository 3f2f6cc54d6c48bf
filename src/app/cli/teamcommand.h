#pragma once

#include "app/cli/clicommand.h"

namespace cohort::cli {

/// `cohort-cli team`: the people of a team workspace and their roles (TeamRoles): list them,
/// give a login the operator or viewer role (creating the login when needed), take it away.
class TeamCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(TeamCommand)

public:
    QString name() const override { return QStringLiteral("team"); }
    QString summary() const override;
    int run(const QStringList &arguments, CliContext &context) override;

private:
    static int backupOrRestore(const QString &action, const QString &address, const QString &dump,
                               const QString &folder, CliContext &context);
};

std::unique_ptr<CliCommand> createTeamCommand();

} // namespace cohort::cli
