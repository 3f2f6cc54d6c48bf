#pragma once

#include "import/chatparser.h"

#include <QCoreApplication>

#include <memory>

namespace cohort::import {

/// Reads Telegram Desktop's machine-readable JSON export (result.json), single chat or full
/// account, streaming it through a SAX parser in constant memory.
///
/// A service message can yield several records (create_group: a Rename plus one Join per member;
/// invite_members / remove_members: one per member). They all carry that message's id, so a
/// consumer that deduplicates must key on more than messageId for non-Message records.
class TelegramParser final : public ChatParser
{
    Q_DECLARE_TR_FUNCTIONS(TelegramParser)

public:
    QString formatKey() const override;
    Platform platform() const override;
    int sniff(QByteArrayView head) const override;
    ParseResult parse(QIODevice &input, const ParseOptions &options, RecordSink &sink) override;
};

std::unique_ptr<ChatParser> createTelegramParser();

} // namespace cohort::import
