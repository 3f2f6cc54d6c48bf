#include "import/formatregistry.h"

#include "import/discord/discordparser.h"
#include "import/qq/qqparser.h"
#include "import/telegram/telegramparser.h"
#include "import/wechat/wechatcsvparser.h"
#include "import/wechat/wechattextparser.h"
#include "import/whatsapp/whatsappparser.h"

#include <QFile>
#include <QFileInfo>

namespace cohort::import {

FormatRegistry::FormatRegistry()
    : m_factories { &createWhatsAppParser, &createTelegramParser,  &createDiscordParser,
                    &createQqParser,       &createWeChatCsvParser, &createWeChatTextParser }
{
}

QStringList FormatRegistry::formatKeys() const
{
    QStringList keys;
    for (const Factory factory : m_factories) {
        const QString key = factory()->formatKey();
        if (!keys.contains(key))
            keys << key;
    }
    return keys;
}

FormatRegistry::Detection FormatRegistry::detect(const QString &path,
                                                 const QString &forcedKey) const
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly)) {
        Detection failed;
        failed.error = tr("%1: cannot be read: %2").arg(name, file.errorString());
        return failed;
    }
    QByteArray head = file.read(HeadSize);
    // Sniffers ignore a line cut off by the end of the head; read on until the line that
    // straddles HeadSize ends, so that detection judges whole lines however long.
    qsizetype searched = HeadSize - 1;
    while (head.size() >= HeadSize && head.size() < MaxHeadSize
           && head.indexOf('\n', searched) < 0) {
        searched = head.size();
        const QByteArray more = file.read(qMin(HeadSize, MaxHeadSize - head.size()));
        if (more.isEmpty())
            break;
        head += more;
    }
    return detectHead(head, name, forcedKey);
}

FormatRegistry::Detection FormatRegistry::detectHead(QByteArrayView head, const QString &fileName,
                                                     const QString &forcedKey) const
{
    const bool forced = !forcedKey.isEmpty() && forcedKey != QLatin1String("auto");
    Detection best;
    bool knownKey = !forced;
    for (const Factory factory : m_factories) {
        std::unique_ptr<ChatParser> parser = factory();
        if (forced && parser->formatKey() != forcedKey)
            continue;
        knownKey = true;
        const int confidence = parser->sniff(head);
        // A forced format takes its best parser even at confidence 0: the user said so, and the
        // parse then reports the line where the file stops making sense.
        if (!best.parser || confidence > best.confidence) {
            best.parser = std::move(parser);
            best.confidence = confidence;
        }
    }
    if (!knownKey) {
        best.error = tr("Unknown format “%1” (use auto, %2).")
                         .arg(forcedKey, formatKeys().join(QStringLiteral(", ")));
        return best;
    }
    if (!forced && best.confidence <= 0) {
        best.parser.reset();
        best.error = tr("%1 is not a chat export Cohort can read (WhatsApp .txt/.zip, Telegram "
                        "result.json, WeChat CSV/TXT, QQ .txt, Discord JSON).")
                         .arg(fileName);
    }
    return best;
}

} // namespace cohort::import
