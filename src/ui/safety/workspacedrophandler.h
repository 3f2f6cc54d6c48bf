#pragma once

#include <QObject>
#include <QStringList>

class QMimeData;
class QWidget;

namespace cohort {

/// Lets `.cohort` files dropped on a widget open as the workspace. Drops without one are left
/// alone (not accepted, not consumed), so other handlers, such as the chat import's, can take
/// them: install each as an event filter on the same widget.
class WorkspaceDropHandler final : public QObject
{
    Q_OBJECT

public:
    /// Installs itself on `target` and turns on its drops.
    explicit WorkspaceDropHandler(QWidget *target);

    /// The local `.cohort` files among the dropped URLs, in drop order.
    static QStringList workspaceFiles(const QMimeData *mime);

Q_SIGNALS:
    /// After the drop has completed (never inside the drag-and-drop event itself, which
    /// must not run dialogs): the first dropped workspace file.
    void workspaceDropped(const QString &path);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace cohort
