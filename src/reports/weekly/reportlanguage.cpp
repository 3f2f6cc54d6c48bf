#include "reports/weekly/reportlanguage.h"

#include <QCoreApplication>
#include <QFile>
#include <QTranslator>

namespace cohort {

ReportLanguage::ReportLanguage(const QLocale &locale)
    : m_locale(locale)
{
    // The catalogue is built by the translations target and embedded under :/i18n; without it
    // the report stays in English words with the locale's numbers, dates and fonts.
    const QString path = QStringLiteral(":/i18n/cohort_%1.qm").arg(locale.name());
    if (locale.language() != QLocale::English && QFile::exists(path)) {
        auto translator = std::make_unique<QTranslator>();
        if (translator->load(path) && QCoreApplication::installTranslator(translator.get()))
            m_translator = std::move(translator);
    }
}

ReportLanguage::~ReportLanguage()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
}

QStringList ReportLanguage::fontFamilies()
{
    const QStringList cjk { QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Microsoft YaHei"),
                            QStringLiteral("PingFang SC"), QStringLiteral("Source Han Sans SC"),
                            QStringLiteral("WenQuanYi Micro Hei") };
    const QStringList latin { QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans"),
                              QStringLiteral("Segoe UI"), QStringLiteral("Helvetica Neue"),
                              QStringLiteral("Arial") };
    // Chinese text always comes from the CJK face; Latin letters and digits come from a Latin
    // face first because Qt maps some of Noto Sans CJK's digit glyphs to no Unicode value in
    // the PDF, which makes numbers unsearchable and uncopyable.
    return latin + cjk;
}

QFont ReportLanguage::font(double pointSize)
{
    QFont font;
    font.setFamilies(fontFamilies());
    font.setPointSizeF(pointSize);
    font.setStyleHint(QFont::SansSerif);
    return font;
}

QPageSize::PageSizeId ReportLanguage::pageSize(const QLocale &locale)
{
    switch (locale.territory()) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::Philippines:
    case QLocale::Chile:
    case QLocale::Colombia:
    case QLocale::Venezuela:
    case QLocale::PuertoRico:
        return QPageSize::Letter;
    default:
        return QPageSize::A4;
    }
}

} // namespace cohort
