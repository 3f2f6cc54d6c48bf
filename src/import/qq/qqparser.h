#pragma once

#include "import/chatparser.h"

#include <QCoreApplication>

namespace cohort::import {

/// Reads the classic QQ/TIM 消息管理器 text export (`.txt`), including "全部消息记录" files that
/// hold several conversations.
class QqParser final : public ChatParser
{
    Q_DECLARE_TR_FUNCTIONS(QqParser)

public:
    QString formatKey() const override;
    Platform platform() const override;
    int sniff(QByteArrayView head) const override;
    ParseResult parse(QIODevice &input, const ParseOptions &options, RecordSink &sink) override;
};

std::unique_ptr<ChatParser> createQqParser();

} // namespace cohort::import
