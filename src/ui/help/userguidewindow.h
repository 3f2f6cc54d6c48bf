#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QListWidget;
class QTextBrowser;
class QToolBar;
class QUrl;

namespace cohort {

class LanguageManager;

/// The user guide, offline from the resources: a contents list beside the page, back and
/// forward, and find in the page (Ctrl+F). It shows the guide in the UI language and switches
/// with it.
class UserGuideWindow final : public QWidget
{
    Q_OBJECT

public:
    /// `languages` may be null: the guide is then in English.
    explicit UserGuideWindow(LanguageManager *languages, QWidget *parent = nullptr);

    /// The guide language shown ("en", "zh_CN").
    QString language() const { return m_language; }
    /// Shows a page of UserGuide::pages(), optionally at an anchor.
    void showPage(const QString &page, const QString &anchor = QString());
    /// The page shown now.
    QString currentPage() const;
    /// Selects the next (or previous) match of `text` in the page, wrapping around.
    bool findInPage(const QString &text, bool backward = false);

    QTextBrowser *browser() const { return m_browser; }
    QListWidget *contents() const { return m_contents; }
    QLineEdit *findEdit() const { return m_findEdit; }

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    /// Reloads the contents and the page shown when the UI language changed.
    void followLanguage();
    void fillContents();
    void onSourceChanged(const QUrl &url);

    LanguageManager *m_languages = nullptr;
    QString m_language;
    QToolBar *m_toolBar = nullptr;
    QAction *m_backAction = nullptr;
    QAction *m_forwardAction = nullptr;
    QAction *m_homeAction = nullptr;
    QAction *m_findAction = nullptr;
    QLineEdit *m_findEdit = nullptr;
    QLabel *m_findStatus = nullptr;
    QListWidget *m_contents = nullptr;
    QTextBrowser *m_browser = nullptr;
};

} // namespace cohort
