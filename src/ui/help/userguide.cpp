#include "ui/help/userguide.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace cohort {

QStringList UserGuide::pages()
{
    return { QStringLiteral("index"),       QStringLiteral("getting-started"),
             QStringLiteral("importing"),   QStringLiteral("records"),
             QStringLiteral("orders"),      QStringLiteral("dashboard"),
             QStringLiteral("metrics"),     QStringLiteral("weekly-report"),
             QStringLiteral("calendar"),    QStringLiteral("solitaire"),
             QStringLiteral("ledger"),      QStringLiteral("violations"),
             QStringLiteral("data-safety"), QStringLiteral("shortcuts"),
             QStringLiteral("console") };
}

QString UserGuide::languageFor(const QString &uiLanguage)
{
    const QString zh = QStringLiteral("zh_CN");
    return uiLanguage == zh ? zh : QStringLiteral("en");
}

QString UserGuide::folder(const QString &language)
{
    return QLatin1String(":/guide/") + language;
}

QUrl UserGuide::pageUrl(const QString &language, const QString &page)
{
    return QUrl(QLatin1String("qrc") + folder(language) + QLatin1Char('/') + page
                + QLatin1String(".html"));
}

QString UserGuide::pageOf(const QUrl &url)
{
    if (url.scheme() != QLatin1String("qrc") || !url.path().startsWith(QLatin1String("/guide/")))
        return {};
    const QString page = QFileInfo(url.path()).completeBaseName();
    return pages().contains(page) ? page : QString();
}

QString UserGuide::title(const QString &language, const QString &page)
{
    QFile file(folder(language) + QLatin1Char('/') + page + QLatin1String(".html"));
    if (!file.open(QIODevice::ReadOnly))
        return page;
    static const QRegularExpression titleTag(QStringLiteral("<title>(.*?)</title>"),
                                             QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = titleTag.match(QString::fromUtf8(file.readAll()));
    return match.hasMatch() ? match.captured(1).trimmed() : page;
}

QString UserGuide::styleSheet()
{
    QFile file(QStringLiteral(":/guide/guide.css"));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace cohort
