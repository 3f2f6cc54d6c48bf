#include "import/discord/discordparser.h"

#include "import/discord/discordjsonhandler.h"
#include "import/jsoninputstream.h"
#include "import/textdecoding.h"

#include <QIODevice>

#include <rapidjson/reader.h>

namespace cohort::import {

QString DiscordParser::formatKey() const
{
    return QStringLiteral("discord");
}

Platform DiscordParser::platform() const
{
    return Platform::Discord;
}

int DiscordParser::sniff(QByteArrayView head) const
{
    if (head.startsWith("\xEF\xBB\xBF"))
        head = head.sliced(3);
    while (!head.isEmpty()
           && (head.front() == ' ' || head.front() == '\n' || head.front() == '\r'
               || head.front() == '\t'))
        head = head.sliced(1);
    if (!head.startsWith('{') || !head.contains("\"guild\"") || !head.contains("\"channel\""))
        return 0;
    if (head.contains("\"messages\"") || head.contains("\"exportedAt\"")
        || head.contains("\"dateRange\"") || head.contains("\"messageCount\""))
        return 95;
    return 60;
}

ParseResult DiscordParser::parse(QIODevice &input, const ParseOptions &options, RecordSink &sink)
{
    Q_UNUSED(options);
    ParseResult result;
    JsonInputStream stream(input);
    const TextEncoding encoding = detectTextEncoding(stream.head());
    if (encoding != TextEncoding::Utf8 && encoding != TextEncoding::Utf8Bom) {
        result.status = ParseResult::Status::Error;
        result.errorLine = 1;
        result.errorMessage = tr("The file is not UTF-8 but %1; DiscordChatExporter writes JSON "
                                 "in UTF-8, so this is not an unmodified Discord export.")
                                  .arg(encodingName(encoding));
        return result;
    }
    stream.skipUtf8Bom();

    DiscordJsonHandler handler(stream, sink);
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
        result.errorLine = stream.line();
        if (handler.hasError()) {
            result.errorLine = handler.errorLine();
            result.errorMessage = handler.errorMessage();
        } else if (stream.readFailed()) {
            result.errorMessage = tr("Reading the Discord export failed at line %1: %2")
                                      .arg(stream.line())
                                      .arg(input.errorString());
        } else {
            result.errorMessage
                = tr("The Discord export is not valid JSON at line %1: %2.")
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
        result.errorMessage = tr("The file is JSON but not a DiscordChatExporter export: it has no "
                                 "\"messages\" list.");
    } else if (handler.recordCount() == 0) {
        result.status = ParseResult::Status::Error;
        result.errorMessage = tr("The Discord export holds no message that could be read.");
    }
    return result;
}

std::unique_ptr<ChatParser> createDiscordParser()
{
    return std::make_unique<DiscordParser>();
}

} // namespace cohort::import
