#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

namespace cohort {

/// The user guide shipped in the resources (":/guide/<language>/<page>.html"): its pages in
/// reading order, their addresses and titles. Every page exists in every language.
class UserGuide
{
public:
    /// Page names (file names without ".html") in the order of the contents list.
    static QStringList pages();
    /// The guide's language for a UI language code; English when the guide lacks it.
    static QString languageFor(const QString &uiLanguage);
    /// The resource folder of a guide language (":/guide/en").
    static QString folder(const QString &language);
    static QUrl pageUrl(const QString &language, const QString &page);
    /// The page name of a guide URL, or empty when it is not a page of the guide.
    static QString pageOf(const QUrl &url);
    /// The page's <title>, read from the resource.
    static QString title(const QString &language, const QString &page);
    /// The style sheet every page is shown with (it follows the palette: no colours).
    static QString styleSheet();
};

} // namespace cohort
