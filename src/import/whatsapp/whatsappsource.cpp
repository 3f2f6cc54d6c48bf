#include "import/whatsapp/whatsappsource.h"

#include "import/importlimits.h"

#include <QIODevice>
#include <QTemporaryFile>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>

namespace cohort::import {

WhatsAppSource::WhatsAppSource(QIODevice &input, qint64 maxUnzippedMegabytes)
    : m_input(input)
    , m_maxUnzippedMegabytes(maxUnzippedMegabytes)
{
}

WhatsAppSource::~WhatsAppSource()
{
    if (m_entry && m_entry->isOpen())
        m_entry->close();
    if (m_zip)
        m_zip->close();
}

bool WhatsAppSource::open(QString &error)
{
    m_base = &m_input;
    if (m_input.isSequential()) {
        // Two passes (date-order inference) and zip both need random access; copy once in
        // chunks so memory stays flat.
        m_spool = std::make_unique<QTemporaryFile>();
        if (!m_spool->open()) {
            error = tr("Could not create a temporary file to read the chat: %1")
                        .arg(m_spool->errorString());
            return false;
        }
        QByteArray chunk;
        for (;;) {
            chunk = m_input.read(1 << 20);
            if (chunk.isEmpty()) {
                // A pipe may simply have nothing yet; devices that cannot wait return false.
                if (m_input.waitForReadyRead(30000))
                    continue;
                break;
            }
            if (m_spool->write(chunk) != chunk.size()) {
                error = tr("Could not write the temporary copy of the chat: %1")
                            .arg(m_spool->errorString());
                return false;
            }
        }
        m_spool->seek(0);
        m_base = m_spool.get();
    }
    m_start = m_base->pos();
    const QByteArray magic = m_base->peek(4);
    if (magic != QByteArray("PK\x03\x04", 4)) {
        m_text = m_base;
        return true;
    }

    m_limit = ImportLimits::unzippedLimit(m_base->size() - m_start, m_maxUnzippedMegabytes);
    m_zip = std::make_unique<QuaZip>(m_base);
    m_zip->setAutoClose(false);
    if (!m_zip->open(QuaZip::mdUnzip)) {
        error = tr("The zip archive could not be opened (error %1); it may be damaged or "
                   "incomplete.")
                    .arg(m_zip->getZipError());
        return false;
    }
    const QStringList names = m_zip->getFileNameList();
    QStringList texts;
    for (const QString &name : names) {
        const QString base = name.section(QLatin1Char('/'), -1);
        if (base == QLatin1String("_chat.txt")) {
            m_entryName = name;
            break;
        }
        if (base.endsWith(QLatin1String(".txt"), Qt::CaseInsensitive))
            texts.append(name);
    }
    if (m_entryName.isEmpty()) {
        if (texts.size() != 1) {
            error = texts.isEmpty()
                ? tr("The zip archive holds no chat text: expected _chat.txt or one .txt file.")
                : tr("The zip archive holds %n text files but no _chat.txt; extract the chat "
                     "file and import it directly.",
                     nullptr, int(texts.size()));
            return false;
        }
        m_entryName = texts.constFirst();
    }
    m_entry = std::make_unique<QuaZipFile>(m_zip.get());
    return openEntry(error);
}

bool WhatsAppSource::openEntry(QString &error)
{
    if (!m_zip->setCurrentFile(m_entryName) || !m_entry->open(QIODevice::ReadOnly)) {
        error = tr("The file %1 inside the zip archive could not be read (error %2).")
                    .arg(m_entryName)
                    .arg(m_zip->getZipError());
        return false;
    }
    QuaZipFileInfo64 info;
    if (!m_zip->getCurrentFileInfo(&info)) {
        error = tr("The file %1 inside the zip archive could not be read (error %2).")
                    .arg(m_entryName)
                    .arg(m_zip->getZipError());
        return false;
    }
    if (info.uncompressedSize > quint64(m_limit)) {
        error = ImportLimits::unzippedTooLargeMessage(m_entryName, qint64(info.uncompressedSize),
                                                      m_base->size() - m_start, m_limit);
        return false;
    }
    m_text = m_entry.get();
    return true;
}

bool WhatsAppSource::verify(QString &error)
{
    if (!m_entry)
        return true;
    m_entry->close();
    if (m_entry->getZipError() == UNZ_OK)
        return true;
    error = tr("The file %1 inside the zip archive is damaged: its content does not match its "
               "checksum or size (error %2). Nothing was imported.")
                .arg(m_entryName)
                .arg(m_entry->getZipError());
    return false;
}

bool WhatsAppSource::rewind(QString &error)
{
    if (m_entry)
        return verify(error) && openEntry(error);
    if (!m_base->seek(m_start)) {
        error = tr("The chat file could not be read a second time: %1").arg(m_base->errorString());
        return false;
    }
    return true;
}

} // namespace cohort::import
