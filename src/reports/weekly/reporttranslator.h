#pragma once

#include <QLocale>
#include <QTranslator>

#include <memory>

namespace cohort {

/// Lets one thread write a report in another language than the user interface: a translator
/// installed in front of the UI's that answers only on threads inside a Scope, so a Chinese
/// report built on a worker (or painted on the GUI thread) leaves an English window English.
class ReportTranslator final : public QTranslator
{
    Q_OBJECT

public:
    /// While alive, tr() on the calling thread answers in `locale`'s language: from Cohort's
    /// catalogue for it, or the English source text. Scopes nest; other threads are unaffected.
    class Scope final
    {
    public:
        explicit Scope(const QLocale &locale);
        ~Scope();
        Scope(const Scope &) = delete;
        Scope &operator=(const Scope &) = delete;

    private:
        std::unique_ptr<QTranslator> m_catalogue;
        const Scope *m_outer = nullptr;
        friend class ReportTranslator;
    };

    /// Installs the process-wide instance in front of every other translator, again when a
    /// translator installed later (a UI language switch) would answer report texts first. Call
    /// on the GUI thread before starting a Scope anywhere; cheap when nothing changed.
    static void ensureInstalled();

    /// True: outside a Scope it changes no text, so installing it must not make every widget
    /// retranslate (QCoreApplication installs an empty translator without LanguageChange).
    bool isEmpty() const override { return true; }
    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override;

private:
    ReportTranslator() = default;
};

} // namespace cohort
