#include "import/whatsapp/whatsappparser.h"

#include "import/textdecoding.h"
#include "import/whatsapp/whatsappbodytext.h"
#include "import/whatsapp/whatsappchatreader.h"
#include "import/whatsapp/whatsappheader.h"
#include "import/whatsapp/whatsappsource.h"

namespace cohort::import {

namespace {

constexpr int SniffLines = 200;

// Zip local file header: magic, then the name length at offset 26 and the name at 30.
int sniffZip(QByteArrayView head)
{
    if (head.size() < 30)
        return 0;
    const int nameLength = uchar(head[26]) | (uchar(head[27]) << 8);
    const QByteArrayView name = head.sliced(30, qMin<qsizetype>(nameLength, head.size() - 30));
    const qsizetype slash = name.lastIndexOf('/');
    const QByteArrayView base = slash >= 0 ? name.sliced(slash + 1) : name;
    if (base == QByteArrayView("_chat.txt"))
        return 95;
    // Media may come first in the archive; a later entry may still be the chat.
    if (head.indexOf(QByteArrayView("_chat.txt")) >= 0)
        return 90;
    if (base.size() > 4 && base.sliced(base.size() - 4) == QByteArrayView(".txt"))
        return base.indexOf(QByteArrayView("WhatsApp")) >= 0 ? 90 : 50;
    return 0;
}

} // namespace

QString WhatsAppParser::formatKey() const
{
    return QStringLiteral("whatsapp");
}

Platform WhatsAppParser::platform() const
{
    return Platform::WhatsApp;
}

int WhatsAppParser::sniff(QByteArrayView head) const
{
    if (head.startsWith(QByteArrayView("PK\x03\x04", 4)))
        return sniffZip(head);
    const QString text = decodeHead(head);
    QStringView rest(text);
    int lines = 0;
    int nonEmpty = 0;
    int headers = 0;
    int messages = 0;
    bool firstIsHeader = false;
    while (!rest.isEmpty() && lines < SniffLines) {
        const qsizetype nl = rest.indexOf(QLatin1Char('\n'));
        if (nl < 0 && head.size() >= 64 * 1024)
            break; // a line cut off by the end of the head proves nothing
        const QStringView line = nl < 0 ? rest : rest.first(nl);
        rest = nl < 0 ? QStringView() : rest.sliced(nl + 1);
        ++lines;
        if (WhatsAppBodyText::trimmed(line).isEmpty())
            continue;
        WhatsAppHeader header;
        const bool isHeader = WhatsAppHeader::parse(line, header) && header.validTime;
        if (nonEmpty++ == 0)
            firstIsHeader = isHeader;
        if (isHeader) {
            ++headers;
            if (!WhatsAppChatReader::split(line.sliced(header.restOffset)).isSystem)
                ++messages;
        }
    }
    if (headers == 0)
        return 0;
    if (firstIsHeader && headers >= 2 && messages >= 1)
        return 95;
    if (headers * 3 >= nonEmpty)
        return 80;
    return 40;
}

ParseResult WhatsAppParser::parse(QIODevice &input, const ParseOptions &options, RecordSink &sink)
{
    ParseResult result;
    WhatsAppSource source(input, options.maxUnzippedMegabytes);
    if (!source.open(result.errorMessage)) {
        result.status = ParseResult::Status::Error;
        return result;
    }

    // Even with a fixed date order, read the head for the group name ChatInfo carries.
    WhatsAppChatReader reader(sink);
    WhatsAppChatReader::ScanResult scan;
    const bool inferOrder = options.dateOrder == DateOrder::Auto;
    result.status
        = reader.scan(source.device(), inferOrder, scan, result.errorMessage, result.errorLine);
    if (result.status != ParseResult::Status::Ok)
        return result;

    DateOrder order = options.dateOrder;
    if (inferOrder) {
        order = scan.inferredOrder;
        result.dateOrderUsed = order;
        if (order == DateOrder::Auto) {
            result.dateOrderAmbiguous = true;
            // The customary reading of each separator: US phones write 1/5/23, Europe 5.1.23.
            order = scan.dateSeparator == QLatin1Char('/') ? DateOrder::MonthDayYear
                                                           : DateOrder::DayMonthYear;
        }
    } else {
        result.dateOrderUsed = order;
    }

    if (!source.rewind(result.errorMessage)) {
        result.status = ParseResult::Status::Error;
        return result;
    }
    ChatInfo info;
    info.platform = Platform::WhatsApp;
    info.name = scan.groupName;
    sink.beginChat(info);
    if (result.dateOrderAmbiguous) {
        sink.warning(scan.firstHeaderLine,
                     order == DateOrder::MonthDayYear
                         ? tr("The dates in this chat (such as \"%1\") do not show whether the day "
                              "or the month comes first; they were read as month/day/year. Choose "
                              "the date order if that is wrong.")
                               .arg(scan.sampleDate)
                         : tr("The dates in this chat (such as \"%1\") do not show whether the day "
                              "or the month comes first; they were read as day/month/year. Choose "
                              "the date order if that is wrong.")
                               .arg(scan.sampleDate));
    }
    result.status
        = reader.read(source.device(), source.file(), order, result.errorMessage, result.errorLine);
    if (result.status == ParseResult::Status::Ok && !source.verify(result.errorMessage))
        result.status = ParseResult::Status::Error;
    return result;
}

std::unique_ptr<ChatParser> createWhatsAppParser()
{
    return std::make_unique<WhatsAppParser>();
}

} // namespace cohort::import
