#pragma once

#include "import/chatparser.h"

#include <QCoreApplication>

namespace cohort::import {

/// Reads WeChat chat histories saved as plain text: WeChatMsg v2 and v3 TXT exports
/// (`time name` headlines) and text copied from the PC client (`name YYYY/MM/DD h:mm PM`).
class WeChatTextParser final : public ChatParser
{
    Q_DECLARE_TR_FUNCTIONS(WeChatTextParser)

public:
    QString formatKey() const override;
    Platform platform() const override;
    int sniff(QByteArrayView head) const override;
    ParseResult parse(QIODevice &input, const ParseOptions &options, RecordSink &sink) override;
};

std::unique_ptr<ChatParser> createWeChatTextParser();

} // namespace cohort::import
