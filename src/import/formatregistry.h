#pragma once

#include "import/chatparser.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>
#include <vector>

namespace cohort::import {

/// Knows every chat-export parser and picks the one for a file from its content.
class FormatRegistry final
{
    Q_DECLARE_TR_FUNCTIONS(FormatRegistry)

public:
    using Factory = std::unique_ptr<ChatParser> (*)();

    /// What detect() found: a parser and how sure it is, or a translated reason for the user.
    struct Detection
    {
        std::unique_ptr<ChatParser> parser;
        int confidence = 0; ///< 0-100, as the parser's sniff() said
        QString error;
        bool ok() const { return parser != nullptr; }
    };

    /// Bytes of the file start that sniff() sees, at least...
    static constexpr qsizetype HeadSize = 64 * 1024;
    /// ...and more, up to this, to end the head with a whole line: a first message of 196 KB
    /// (WhatsApp's limit of 65536 characters, in Chinese) must still be seen whole.
    static constexpr qsizetype MaxHeadSize = 1024 * 1024;

    FormatRegistry();

    /// The --format keys, without duplicates: whatsapp, telegram, wechat, qq, discord.
    QStringList formatKeys() const;
    /// Reads the head of `path` and asks every parser (or only those of `forcedKey` when not
    /// empty and not "auto"); the highest confidence wins.
    Detection detect(const QString &path, const QString &forcedKey = QString()) const;
    /// The same on bytes already read; `fileName` only names the file in messages.
    Detection detectHead(QByteArrayView head, const QString &fileName,
                         const QString &forcedKey = QString()) const;

private:
    std::vector<Factory> m_factories;
};

} // namespace cohort::import
