#pragma once

#include "import/chatparser.h"

#include <QCoreApplication>

#include <memory>

namespace cohort::import {

/// Parses WhatsApp "Export chat" files (.txt, or the .zip holding _chat.txt) from Android and
/// iOS in any locale we know, inferring the file's date order.
class WhatsAppParser final : public ChatParser
{
    Q_DECLARE_TR_FUNCTIONS(WhatsAppParser)

public:
    QString formatKey() const override;
    Platform platform() const override;
    int sniff(QByteArrayView head) const override;
    ParseResult parse(QIODevice &input, const ParseOptions &options, RecordSink &sink) override;
};

std::unique_ptr<ChatParser> createWhatsAppParser();

} // namespace cohort::import
