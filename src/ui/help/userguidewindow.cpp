#include "ui/help/userguidewindow.h"

#include "ui/help/userguide.h"
#include "ui/languagemanager.h"

#include <QAction>
#include <QEvent>
#include <QIcon>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSplitter>
#include <QTextBrowser>
#include <QToolBar>
#include <QVBoxLayout>

namespace cohort {

namespace {
constexpr int PageRole = Qt::UserRole;
} // namespace

UserGuideWindow::UserGuideWindow(LanguageManager *languages, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_languages(languages)
    , m_language(UserGuide::languageFor(languages ? languages->currentLanguage() : QString()))
{
    setObjectName(QStringLiteral("UserGuideWindow"));
    resize(980, 700);

    m_toolBar = new QToolBar(this);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_backAction = m_toolBar->addAction(QIcon::fromTheme(QStringLiteral("go-previous")), QString());
    m_backAction->setShortcut(QKeySequence::Back);
    m_backAction->setEnabled(false);
    m_forwardAction = m_toolBar->addAction(QIcon::fromTheme(QStringLiteral("go-next")), QString());
    m_forwardAction->setShortcut(QKeySequence::Forward);
    m_forwardAction->setEnabled(false);
    m_homeAction = m_toolBar->addAction(QIcon::fromTheme(QStringLiteral("go-home")), QString());
    m_toolBar->addSeparator();
    m_findEdit = new QLineEdit(m_toolBar);
    m_findEdit->setObjectName(QStringLiteral("findEdit"));
    m_findEdit->setClearButtonEnabled(true);
    m_findEdit->setMaximumWidth(260);
    m_findEdit->installEventFilter(this);
    m_toolBar->addWidget(m_findEdit);
    m_findStatus = new QLabel(m_toolBar);
    m_findStatus->setContentsMargins(6, 0, 6, 0);
    m_toolBar->addWidget(m_findStatus);
    m_findAction = new QAction(this);
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setShortcutContext(Qt::WindowShortcut);
    addAction(m_findAction);

    auto *splitter = new QSplitter(this);
    m_contents = new QListWidget(splitter);
    m_contents->setObjectName(QStringLiteral("guideContents"));
    m_contents->setStyleSheet(QStringLiteral("QListWidget::item { padding: 4px 8px; }"));
    // Long titles wrap instead of hiding behind a horizontal scroll bar.
    m_contents->setWordWrap(true);
    m_contents->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_contents->setResizeMode(QListView::Adjust);
    m_browser = new QTextBrowser(splitter);
    m_browser->setObjectName(QStringLiteral("guideBrowser"));
    // Only the guide's own pages open inside; it has no links out, and nothing is fetched.
    m_browser->setOpenExternalLinks(false);
    m_browser->document()->setDefaultStyleSheet(UserGuide::styleSheet());
    splitter->addWidget(m_contents);
    splitter->addWidget(m_browser);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({ 260, 720 });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(splitter, 1);

    connect(m_backAction, &QAction::triggered, m_browser, &QTextBrowser::backward);
    connect(m_forwardAction, &QAction::triggered, m_browser, &QTextBrowser::forward);
    connect(m_homeAction, &QAction::triggered, this,
            [this] { showPage(UserGuide::pages().first()); });
    connect(m_browser, &QTextBrowser::backwardAvailable, m_backAction, &QAction::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, m_forwardAction, &QAction::setEnabled);
    connect(m_browser, &QTextBrowser::sourceChanged, this, &UserGuideWindow::onSourceChanged);
    // Styles that activate on a single click emit both signals: the page is entered once.
    const auto openItem = [this](QListWidgetItem *item) {
        const QUrl target = UserGuide::pageUrl(m_language, item->data(PageRole).toString());
        if (m_browser->source() != target)
            m_browser->setSource(target);
    };
    connect(m_contents, &QListWidget::itemActivated, this, openItem);
    connect(m_contents, &QListWidget::itemClicked, this, openItem);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_findEdit->setFocus(Qt::ShortcutFocusReason);
        m_findEdit->selectAll();
    });
    connect(m_findEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        // Typing searches from the top of the current match, so the selection grows in place.
        QTextCursor cursor = m_browser->textCursor();
        cursor.setPosition(cursor.selectionStart());
        m_browser->setTextCursor(cursor);
        findInPage(text);
    });
    connect(m_findEdit, &QLineEdit::returnPressed, this,
            [this] { findInPage(m_findEdit->text()); });

    fillContents();
    retranslateUi();
    showPage(UserGuide::pages().first());
}

void UserGuideWindow::showPage(const QString &page, const QString &anchor)
{
    QUrl url = UserGuide::pageUrl(m_language, page);
    if (!anchor.isEmpty())
        url.setFragment(anchor);
    m_browser->setSource(url);
}

QString UserGuideWindow::currentPage() const
{
    return UserGuide::pageOf(m_browser->source());
}

bool UserGuideWindow::findInPage(const QString &text, bool backward)
{
    if (text.isEmpty()) {
        m_findStatus->clear();
        return false;
    }
    const QTextDocument::FindFlags flags
        = backward ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    bool found = m_browser->find(text, flags);
    if (!found) {
        // Wrap around: start again from the other end of the page.
        QTextCursor cursor = m_browser->textCursor();
        cursor.movePosition(backward ? QTextCursor::End : QTextCursor::Start);
        m_browser->setTextCursor(cursor);
        found = m_browser->find(text, flags);
    }
    m_findStatus->setText(found ? QString() : tr("Not found"));
    return found;
}

bool UserGuideWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_findEdit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && key->modifiers().testFlag(Qt::ShiftModifier)) {
            findInPage(m_findEdit->text(), true);
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            m_findEdit->clear();
            m_findStatus->clear();
            m_browser->setFocus();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void UserGuideWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        followLanguage();
    }
    QWidget::changeEvent(event);
}

void UserGuideWindow::retranslateUi()
{
    setWindowTitle(tr("Cohort User Guide"));
    m_toolBar->setWindowTitle(tr("Navigation"));
    m_backAction->setText(tr("Back"));
    m_backAction->setToolTip(
        tr("Back (%1)").arg(m_backAction->shortcut().toString(QKeySequence::NativeText)));
    m_forwardAction->setText(tr("Forward"));
    m_forwardAction->setToolTip(
        tr("Forward (%1)").arg(m_forwardAction->shortcut().toString(QKeySequence::NativeText)));
    m_homeAction->setText(tr("Contents"));
    m_homeAction->setToolTip(tr("The first page of the guide"));
    m_findEdit->setPlaceholderText(
        tr("Find in page (%1)").arg(m_findAction->shortcut().toString(QKeySequence::NativeText)));
    m_findEdit->setToolTip(tr("Enter finds the next match, Shift+Enter the previous one"));
    m_findEdit->setAccessibleName(tr("Find in page"));
    m_contents->setAccessibleName(tr("Contents"));
    m_browser->setAccessibleName(tr("Guide page"));
}

void UserGuideWindow::followLanguage()
{
    const QString language
        = UserGuide::languageFor(m_languages ? m_languages->currentLanguage() : QString());
    if (language == m_language)
        return;
    const QString page = currentPage();
    const QString anchor = m_browser->source().fragment();
    m_language = language;
    fillContents();
    showPage(page.isEmpty() ? UserGuide::pages().first() : page, anchor);
    // History entries point at the other language's pages: start afresh on the same page.
    m_browser->clearHistory();
}

void UserGuideWindow::fillContents()
{
    const QSignalBlocker blocker(m_contents);
    m_contents->clear();
    const QStringList pages = UserGuide::pages();
    for (const QString &page : pages) {
        auto *item = new QListWidgetItem(UserGuide::title(m_language, page), m_contents);
        item->setData(PageRole, page);
    }
}

void UserGuideWindow::onSourceChanged(const QUrl &url)
{
    const QString page = UserGuide::pageOf(url);
    const int row = int(UserGuide::pages().indexOf(page));
    const QSignalBlocker blocker(m_contents);
    m_contents->setCurrentRow(row);
    m_findStatus->clear();
}

} // namespace cohort
