#pragma once

#include <QObject>
#include <QStringList>

class QMimeData;

namespace cohort {

/// Lets chat-export files (.txt, .zip, .json, .csv) be dropped on a window: installed as an
/// event filter, it accepts such drops and reports the files; every other drop (a .cohort
/// workspace, text) passes through to the window untouched.
class ChatFileDropHandler final : public QObject
{
    Q_OBJECT

public:
    /// Watches `target` (which gets setAcceptDrops(true)).
    explicit ChatFileDropHandler(QWidget *target);

    /// The local chat-export files among the URLs of `mime`.
    static QStringList chatExportFiles(const QMimeData *mime);
    static bool isChatExport(const QString &path);

Q_SIGNALS:
    void filesDropped(const QStringList &paths);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace cohort
