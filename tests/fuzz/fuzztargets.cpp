#include "fuzztargets.h"

#include "domain/recurrencerule.h"
#include "import/chatparser.h"
#include "import/csvreader.h"
#include "import/discord/discordparser.h"
#include "import/orders/ordercolumnmapping.h"
#include "import/orders/ordercsvfile.h"
#include "import/qq/qqparser.h"
#include "import/solitaire/solitaireparser.h"
#include "import/telegram/telegramparser.h"
#include "import/textdecoding.h"
#include "import/textlinereader.h"
#include "import/wechat/wechatcsvparser.h"
#include "import/wechat/wechattextparser.h"
#include "import/whatsapp/whatsappparser.h"

#include <QBuffer>
#include <QDate>
#include <QLocale>
#include <QTime>

#include <cstdlib>
#include <cstring>

namespace cohort::fuzz {

namespace {

using namespace cohort::import;

/// Touches every record so nothing a parser produces goes unread, and checks what every parser
/// promises: lines are 1-based and records arrive with a time.
class CheckingSink final : public RecordSink
{
public:
    void beginChat(const ChatInfo &info) override { m_chars += info.name.size(); }
    void record(ChatRecord &&r) override
    {
        if (r.line < 0)
            std::abort();
        m_chars += r.text.size() + r.author.displayName.size() + r.author.key.size();
    }
    void warning(qint64 line, const QString &message) override
    {
        if (line < 0 || message.isEmpty())
            std::abort();
    }
    qsizetype chars() const { return m_chars; }

private:
    qsizetype m_chars = 0;
};

QByteArray bytesOf(const uint8_t *data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}

int parseWith(ChatParser &parser, const uint8_t *data, size_t size, DateOrder order)
{
    const QByteArray bytes = bytesOf(data, size);
    parser.sniff(QByteArrayView(bytes).first(qMin<qsizetype>(bytes.size(), 64 * 1024)));
    QBuffer buffer;
    buffer.setData(bytes);
    if (!buffer.open(QIODevice::ReadOnly))
        std::abort();
    CheckingSink sink;
    ParseOptions options;
    options.dateOrder = order;
    options.chats.all = true;
    const ParseResult result = parser.parse(buffer, options, sink);
    // A refusal must say why: an error without a message is what users see as a silent failure.
    if (result.status == ParseResult::Status::Error && result.errorMessage.isEmpty())
        std::abort();
    return 0;
}

int whatsappText(const uint8_t *data, size_t size)
{
    WhatsAppParser parser;
    return parseWith(parser, data, size, DateOrder::Auto);
}

int whatsappZip(const uint8_t *data, size_t size)
{
    // The zip path only runs on input starting with a local file header; keep fuzzed archives
    // on it even when the mutator touches the first bytes.
    QByteArray bytes = bytesOf(data, size);
    if (!bytes.startsWith("PK\x03\x04"))
        bytes.prepend("PK\x03\x04");
    WhatsAppParser parser;
    return parseWith(parser, reinterpret_cast<const uint8_t *>(bytes.constData()),
                     size_t(bytes.size()), DateOrder::Auto);
}

int telegramJson(const uint8_t *data, size_t size)
{
    TelegramParser parser;
    return parseWith(parser, data, size, DateOrder::Auto);
}

int discordJson(const uint8_t *data, size_t size)
{
    DiscordParser parser;
    return parseWith(parser, data, size, DateOrder::Auto);
}

int wechatCsv(const uint8_t *data, size_t size)
{
    WeChatCsvParser parser;
    return parseWith(parser, data, size, DateOrder::Auto);
}

int wechatTxt(const uint8_t *data, size_t size)
{
    WeChatTextParser parser;
    return parseWith(parser, data, size, DateOrder::Auto);
}

int qqTxt(const uint8_t *data, size_t size)
{
    QqParser parser;
    return parseWith(parser, data, size, DateOrder::Auto);
}

int orderCsv(const uint8_t *data, size_t size)
{
    QBuffer buffer;
    buffer.setData(bytesOf(data, size));
    buffer.open(QIODevice::ReadOnly);
    OrderCsvFile file;
    if (!file.read(buffer)) {
        if (file.errorString().isEmpty())
            std::abort();
        return 0;
    }
    const OrderColumnMapping mapping = OrderColumnMapping::guess(file.headers());
    Q_UNUSED(mapping);
    return 0;
}

int csvReader(const uint8_t *data, size_t size)
{
    // The first byte picks the separator, as order files use comma, semicolon or tab.
    static constexpr char16_t separators[] = { u',', u';', u'\t' };
    const char16_t separator = size > 0 ? separators[data[0] % 3] : u',';
    QBuffer buffer;
    buffer.setData(bytesOf(data, size));
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer, separator);
    qint64 lastLine = 0;
    for (;;) {
        const CsvReader::Result result = reader.readRow();
        if (result == CsvReader::Result::End)
            break;
        if (result == CsvReader::Result::Error) {
            if (reader.errorString().isEmpty())
                std::abort();
            break;
        }
        // Rows come in file order, each starting after the one before.
        if (reader.rowLine() <= lastLine)
            std::abort();
        lastLine = reader.rowLine();
        for (qsizetype i = 0; i < reader.fieldCount(); ++i)
            Q_UNUSED(reader.field(i).size());
    }
    return 0;
}

int textEncoding(const uint8_t *data, size_t size)
{
    const QByteArray bytes = bytesOf(data, size);
    detectTextEncoding(bytes);
    weighUtf8(bytes);
    decodeHead(bytes);
    for (const auto breaks : { TextLineReader::Breaks::Any, TextLineReader::Breaks::Auto }) {
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        TextLineReader reader(buffer, breaks);
        if (!reader.open())
            return 0;
        qint64 lastLine = 0;
        while (reader.readLine()) {
            if (reader.lineNumber() <= lastLine)
                std::abort();
            lastLine = reader.lineNumber();
        }
        if (reader.replacements().count() > 0)
            reader.replacements().message(reader.encoding());
    }
    return 0;
}

int solitaire(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const bool isList = SolitaireParser::isList(text);
    const std::optional<SolitairePost> post = SolitaireParser::parse(text);
    // isList() is parse() without the entries: the two must agree.
    if (isList != post.has_value())
        std::abort();
    SolitaireParser::threadKey(text);
    return 0;
}

int rrule(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const std::optional<RecurrenceRule> rule = RecurrenceRule::parse(text, &error);
    if (!rule) {
        if (error.isEmpty())
            std::abort();
        return 0;
    }
    // The canonical text is what campaigns store: it must read back as the same rule.
    const std::optional<RecurrenceRule> again = RecurrenceRule::parse(rule->toString());
    if (!again || !(*again == *rule))
        std::abort();
    rule->describe(QLocale::c(), QDate(2024, 2, 29), QTime(20, 0));
    return 0;
}

} // namespace

const Target kTargets[] = {
    { "whatsapp_text", whatsappText },
    { "whatsapp_zip", whatsappZip },
    { "telegram_json", telegramJson },
    { "discord_json", discordJson },
    { "wechat_csv", wechatCsv },
    { "wechat_txt", wechatTxt },
    { "qq_txt", qqTxt },
    { "order_csv", orderCsv },
    { "csv_reader", csvReader },
    { "text_encoding", textEncoding },
    { "solitaire", solitaire },
    { "rrule", rrule },
};
const size_t kTargetCount = sizeof(kTargets) / sizeof(kTargets[0]);

const Target *findTarget(const char *name)
{
    for (size_t i = 0; i < kTargetCount; ++i) {
        if (std::strcmp(kTargets[i].name, name) == 0)
            return &kTargets[i];
    }
    return nullptr;
}

} // namespace cohort::fuzz
