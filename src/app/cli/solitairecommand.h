#pragma once

#include "app/cli/clicommand.h"

namespace cohort::cli {

/// `cohort-cli solitaire`: the solitaire (接龙) threads found in the stored messages and their
/// order books, with each entry's member, as text or JSON.
class SolitaireCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(SolitaireCommand)

public:
    QString name() const override { return QStringLiteral("solitaire"); }
    QString summary() const override;
    int run(const QStringList &arguments, CliContext &context) override;
};

std::unique_ptr<CliCommand> createSolitaireCommand();

} // namespace cohort::cli
