#pragma once

#include "ui/help/userguidewindow.h"

#include <QAction>
#include <QPointer>

namespace cohort {

class LanguageManager;

/// Help ▸ User Guide (F1): opens the guide window beside `window`, or raises it when open. It
/// translates itself, so the main window only adds it to its Help menu.
class UserGuideAction final : public QAction
{
    Q_OBJECT

public:
    UserGuideAction(LanguageManager *languages, QWidget *window);

    /// The guide window, once opened.
    UserGuideWindow *guideWindow() const { return m_guide; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void showGuide();

    LanguageManager *m_languages = nullptr;
    QWidget *m_window = nullptr;
    QPointer<UserGuideWindow> m_guide;
};

} // namespace cohort
