#pragma once

#include "import/chatparser.h"

#include <QCoreApplication>

#include <memory>

namespace cohort::import {

/// Reads DiscordChatExporter's JSON export of one channel, streaming it through a SAX parser in
/// constant memory (apart from the set of message ids seen, kept to drop duplicates).
class DiscordParser final : public ChatParser
{
    Q_DECLARE_TR_FUNCTIONS(DiscordParser)

public:
    QString formatKey() const override;
    Platform platform() const override;
    int sniff(QByteArrayView head) const override;
    ParseResult parse(QIODevice &input, const ParseOptions &options, RecordSink &sink) override;
};

std::unique_ptr<ChatParser> createDiscordParser();

} // namespace cohort::import
