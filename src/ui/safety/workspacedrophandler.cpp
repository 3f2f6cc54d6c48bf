#include "ui/safety/workspacedrophandler.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QMimeData>
#include <QTimer>
#include <QUrl>
#include <QWidget>

namespace cohort {

WorkspaceDropHandler::WorkspaceDropHandler(QWidget *target)
    : QObject(target)
{
    target->setAcceptDrops(true);
    target->installEventFilter(this);
}

QStringList WorkspaceDropHandler::workspaceFiles(const QMimeData *mime)
{
    QStringList files;
    if (!mime || !mime->hasUrls())
        return files;
    const QList<QUrl> urls = mime->urls();
    for (const QUrl &url : urls) {
        if (!url.isLocalFile())
            continue;
        const QFileInfo info(url.toLocalFile());
        if (info.suffix().compare(QLatin1String("cohort"), Qt::CaseInsensitive) == 0
            && info.isFile())
            files << info.absoluteFilePath();
    }
    return files;
}

bool WorkspaceDropHandler::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        if (workspaceFiles(drag->mimeData()).isEmpty())
            break; // someone else's drop, or none
        drag->acceptProposedAction();
        return true;
    }
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        const QStringList files = workspaceFiles(drop->mimeData());
        if (files.isEmpty())
            break;
        drop->acceptProposedAction();
        // Opening may ask questions (read-only, damaged file): not inside the drag's own loop.
        QTimer::singleShot(0, this,
                           [this, path = files.constFirst()] { Q_EMIT workspaceDropped(path); });
        return true;
    }
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace cohort
