#include "reports/weekly/reporttranslator.h"

#include "reports/weekly/reporttext.h"

#include <QCoreApplication>
#include <QFile>
#include <QPointer>
#include <QThread>

namespace cohort {

namespace {

thread_local const ReportTranslator::Scope *t_scope = nullptr;
/// Set only on the GUI thread while ensureInstalled() asks who answers first.
thread_local bool t_probing = false;

const QString &probeAnswer()
{
    static const QString answer = QStringLiteral("\x01cohort-report-translator-probe");
    return answer;
}

} // namespace

ReportTranslator::Scope::Scope(const QLocale &locale)
    : m_outer(t_scope)
{
    // English is the source language: the scope then answers with the source text, which
    // hides a Chinese UI catalogue from the report.
    if (locale.language() != QLocale::English) {
        const QString path = QStringLiteral(":/i18n/cohort_%1.qm").arg(locale.name());
        auto catalogue = std::make_unique<QTranslator>();
        if (QFile::exists(path) && catalogue->load(path))
            m_catalogue = std::move(catalogue);
    }
    t_scope = this;
}

ReportTranslator::Scope::~Scope()
{
    t_scope = m_outer;
}

QString ReportTranslator::translate(const char *context, const char *sourceText,
                                    const char *disambiguation, int n) const
{
    if (t_probing)
        return probeAnswer();
    const Scope *scope = t_scope;
    if (!scope)
        return {}; // not a report thread: the UI's translators answer
    if (scope->m_catalogue) {
        const QString translated
            = scope->m_catalogue->translate(context, sourceText, disambiguation, n);
        if (!translated.isNull())
            return translated;
    }
    return QString::fromUtf8(sourceText);
}

void ReportTranslator::ensureInstalled()
{
    QCoreApplication *app = QCoreApplication::instance();
    if (!app || QThread::currentThread() != app->thread())
        return;
    // Owned by the application object, which outlives every report.
    static QPointer<ReportTranslator> translator;
    if (translator) {
        // Translators answer in reverse order of installation. If one installed after ours
        // answers a report text, a UI language switch happened: move ours to the front again.
        t_probing = true;
        const QString answer = ReportText::title();
        t_probing = false;
        if (answer == probeAnswer())
            return;
        QCoreApplication::removeTranslator(translator);
    } else {
        translator = new ReportTranslator;
        translator->setParent(app);
    }
    QCoreApplication::installTranslator(translator);
}

} // namespace cohort
