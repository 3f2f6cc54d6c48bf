#include "import/telegram/telegramparser.h"

#include "import/jsoninputstream.h"
#include "import/telegram/telegramjsonhandler.h"
#include "import/textdecoding.h"

#include <QIODevice>

#include <rapidjson/reader.h>

namespace cohort::import {

namespace {

QByteArrayView skipBomAndSpace(QByteArrayView head)
{
    if (head.startsWith("\xEF\xBB\xBF"))
        head = head.sliced(3);
    while (!head.isEmpty()
           && (head.front() == ' ' || head.front() == '\n' || head.front() == '\r'
               || head.front() == '\t'))
        head = head.sliced(1);
    return head;
}

} // namespace

QString TelegramParser::formatKey() const
{
    return QStringLiteral("telegram");
}

Platform TelegramParser::platform() const
{
    return Platform::Telegram;
}

int TelegramParser::sniff(QByteArrayView head) const
{
    head = skipBomAndSpace(head);
    if (!head.startsWith('{'))
        return 0;
    // DiscordChatExporter JSON also has a "messages" list; its guild/channel header comes first.
    if (head.contains("\"guild\"") && head.contains("\"channel\""))
        return 0;
    if (head.contains("\"personal_information\"")
        || (head.contains("\"chats\"") && head.contains("\"list\"") && head.contains("\"about\"")))
        return 90;
    if (!head.contains("\"messages\""))
        return 0;
    if (head.contains("\"date_unixtime\"") || head.contains("\"from_id\"")
        || head.contains("\"text_entities\"") || head.contains("\"actor_id\""))
        return 95;
    static const char *const chatTypes[]
        = { "\"personal_chat\"",      "\"bot_chat\"",          "\"private_group\"",
            "\"private_supergroup\"", "\"public_supergroup\"", "\"private_channel\"",
            "\"public_channel\"",     "\"saved_messages\"" };
    for (const char *type : chatTypes) {
        if (head.contains(type))
            return 80;
    }
    return 0;
}

ParseResult TelegramParser::parse(QIODevice &input, const ParseOptions &options, RecordSink &sink)
{
    ParseResult result;
    JsonInputStream stream(input);
    const TextEncoding encoding = detectTextEncoding(stream.head());
    if (encoding != TextEncoding::Utf8 && encoding != TextEncoding::Utf8Bom) {
        result.status = ParseResult::Status::Error;
        result.errorLine = 1;
        result.errorMessage = tr("The file is not UTF-8 but %1; Telegram Desktop writes its JSON "
                                 "export in UTF-8, so this is not an unmodified Telegram export.")
                                  .arg(encodingName(encoding));
        return result;
    }
    stream.skipUtf8Bom();
    if (skipBomAndSpace(stream.head()).startsWith('<')) {
        result.status = ParseResult::Status::Error;
        result.errorLine = 1;
        result.errorMessage = tr("The file is HTML, not JSON: Telegram's \"Human-readable HTML\" "
                                 "export cannot be imported. Export the chat again and choose "
                                 "\"Machine-readable JSON\" as the format.");
        return result;
    }

    TelegramJsonHandler handler(stream, sink, options.chats);
    rapidjson::Reader reader;
    constexpr unsigned flags
        = rapidjson::kParseNumbersAsStringsFlag | rapidjson::kParseStopWhenDoneFlag;
    const rapidjson::ParseResult parsed = reader.Parse<flags>(stream, handler);
    if (parsed.IsError()) {
        if (handler.cancelled()) {
            result.status = ParseResult::Status::Cancelled;
            return result;
        }
        result.status = ParseResult::Status::Error;
        if (handler.hasError()) {
            result.errorLine = handler.errorLine();
            result.errorMessage = handler.errorMessage();
        } else if (stream.readFailed()) {
            result.errorLine = stream.line();
            result.errorMessage = tr("Reading the Telegram export failed at line %1: %2")
                                      .arg(stream.line())
                                      .arg(input.errorString());
        } else {
            result.errorLine = stream.line();
            result.errorMessage
                = tr("The Telegram export is not valid JSON at line %1: %2.")
                      .arg(stream.line())
                      .arg(JsonInputStream::describeError(parsed.Code(), stream.atEnd()));
        }
        return result;
    }
    // kParseStopWhenDoneFlag stops after the root object; anything after it is reported, not lost.
    if (!stream.skipTrailingWhitespace())
        sink.warning(stream.line(),
                     tr("Unexpected data after the end of the JSON document at line "
                        "%1 was ignored.")
                         .arg(stream.line()));
    handler.finish();
    if (!handler.sawMessageList()) {
        result.status = ParseResult::Status::Error;
        result.errorMessage = tr("The file is JSON but not a Telegram Desktop export: it has no "
                                 "\"messages\" list.");
        return result;
    }
    if (handler.recordCount() == 0) {
        result.status = ParseResult::Status::Error;
        result.errorMessage = handler.skippedChatCount() > 0
            ? tr("None of the chosen chats of this Telegram export holds messages (%n chat(s) "
                 "not chosen: by default personal, bot and saved-messages chats). Choose the "
                 "chats to import (in the console: --chats all).",
                 nullptr, handler.skippedChatCount())
            : tr("The Telegram export holds no message that could be read.");
        return result;
    }
    return result;
}

std::unique_ptr<ChatParser> createTelegramParser()
{
    return std::make_unique<TelegramParser>();
}

} // namespace cohort::import
