#include "ui/importwizard/chatfiledrophandler.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QMimeData>
#include <QUrl>
#include <QWidget>

namespace cohort {

ChatFileDropHandler::ChatFileDropHandler(QWidget *target)
    : QObject(target)
{
    target->setAcceptDrops(true);
    target->installEventFilter(this);
}

bool ChatFileDropHandler::isChatExport(const QString &path)
{
    // The format itself is detected from the content later; the suffix only decides whether a
    // drop is meant for the import at all.
    static const QStringList suffixes { QStringLiteral("txt"), QStringLiteral("zip"),
                                        QStringLiteral("json"), QStringLiteral("csv") };
    const QFileInfo info(path);
    return info.isFile() && suffixes.contains(info.suffix().toLower());
}

QStringList ChatFileDropHandler::chatExportFiles(const QMimeData *mime)
{
    QStringList files;
    if (!mime || !mime->hasUrls())
        return files;
    const QList<QUrl> urls = mime->urls();
    for (const QUrl &url : urls) {
        if (!url.isLocalFile())
            continue;
        const QString path = url.toLocalFile();
        if (isChatExport(path))
            files << path;
    }
    return files;
}

bool ChatFileDropHandler::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        if (chatExportFiles(drag->mimeData()).isEmpty())
            break;
        drag->acceptProposedAction();
        return true;
    }
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        const QStringList files = chatExportFiles(drop->mimeData());
        if (files.isEmpty())
            break;
        drop->acceptProposedAction();
        Q_EMIT filesDropped(files);
        return true;
    }
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace cohort
