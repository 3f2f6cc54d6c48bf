#pragma once

#include <QFont>
#include <QLocale>
#include <QPageSize>
#include <QStringList>

#include <memory>

class QTranslator;

namespace cohort {

/// The language a report is written in: installs the app's translator for it while alive (when
/// the catalogue exists), and names fonts that can show it (a CJK font for Chinese everywhere).
class ReportLanguage final
{
public:
    explicit ReportLanguage(const QLocale &locale);
    ~ReportLanguage();
    ReportLanguage(const ReportLanguage &) = delete;
    ReportLanguage &operator=(const ReportLanguage &) = delete;

    const QLocale &locale() const { return m_locale; }
    /// True when a Cohort catalogue for the language was found and installed.
    bool hasTranslation() const { return m_translator != nullptr; }

    /// Font families to try in order: Latin faces, then CJK faces (Noto Sans CJK SC on Debian,
    /// Microsoft YaHei on Windows, PingFang SC on macOS), which Qt uses for every Chinese
    /// character, in Chinese reports and for Chinese names in English ones.
    static QStringList fontFamilies();
    static QFont font(double pointSize);
    /// Letter where the locale's territory uses it (US, Canada, Mexico, Philippines ...), else A4.
    static QPageSize::PageSizeId pageSize(const QLocale &locale);

private:
    QLocale m_locale;
    std::unique_ptr<QTranslator> m_translator;
};

} // namespace cohort
