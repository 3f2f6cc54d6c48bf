#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

class QIODevice;
class QTemporaryFile;
class QuaZip;
class QuaZipFile;

namespace cohort::import {

/// The chat text of a WhatsApp export, whether the input is the .txt itself or a .zip holding
/// `_chat.txt`; can be rewound for a second pass (spooling sequential input to a temporary file).
class WhatsAppSource final
{
    Q_DECLARE_TR_FUNCTIONS(WhatsAppSource)

public:
    /// `maxUnzippedMegabytes`: the user's cap on the chat text of a zip (0: setting or default;
    /// see ImportLimits::unzippedLimit()).
    explicit WhatsAppSource(QIODevice &input, qint64 maxUnzippedMegabytes = 0);
    ~WhatsAppSource();
    WhatsAppSource(const WhatsAppSource &) = delete;
    WhatsAppSource &operator=(const WhatsAppSource &) = delete;

    /// Opens the text; false with `error` set when the zip holds no chat or cannot be read.
    bool open(QString &error);
    /// The chat text, positioned at its start.
    QIODevice &device() const { return *m_text; }
    /// Puts device() back at the start of the chat text.
    bool rewind(QString &error);
    /// The file actually read (the archive for a zip, the temporary copy of a stream), whose
    /// position measures progress.
    const QIODevice &file() const { return *m_base; }
    /// Closes the zip entry (rewind() does too): false with `error` set when the text read to
    /// its end was not what the headers promised (a CRC or size mismatch: a damaged or doctored
    /// archive).
    /// minizip never reads past the size the central directory declares, so that size, checked
    /// against the limit when the entry is opened, is what caps a zip bomb.
    bool verify(QString &error);

private:
    bool openEntry(QString &error);

    QIODevice &m_input;
    QIODevice *m_base = nullptr;
    QIODevice *m_text = nullptr;
    qint64 m_start = 0;
    std::unique_ptr<QTemporaryFile> m_spool;
    std::unique_ptr<QuaZip> m_zip;
    std::unique_ptr<QuaZipFile> m_entry;
    QString m_entryName;
    qint64 m_maxUnzippedMegabytes = 0;
    qint64 m_limit = 0;
};

} // namespace cohort::import
