#include "ui/help/userguideaction.h"

#include "ui/help/userguidewindow.h"

#include <QEvent>
#include <QIcon>
#include <QWidget>

namespace cohort {

UserGuideAction::UserGuideAction(LanguageManager *languages, QWidget *window)
    : QAction(window)
    , m_languages(languages)
    , m_window(window)
{
    setObjectName(QStringLiteral("userGuideAction"));
    setIcon(QIcon::fromTheme(QStringLiteral("help-contents")));
    setShortcut(QKeySequence::HelpContents);
    // The window's LanguageChange is the one moment the new translators are all in place.
    window->installEventFilter(this);
    connect(this, &QAction::triggered, this, &UserGuideAction::showGuide);
    retranslate();
}

bool UserGuideAction::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QAction::eventFilter(watched, event);
}

void UserGuideAction::retranslate()
{
    setText(tr("&User Guide"));
    setToolTip(tr("Open the user guide (%1)").arg(shortcut().toString(QKeySequence::NativeText)));
}

void UserGuideAction::showGuide()
{
    if (!m_guide)
        m_guide = new UserGuideWindow(m_languages, m_window);
    m_guide->show();
    m_guide->raise();
    m_guide->activateWindow();
}

} // namespace cohort
