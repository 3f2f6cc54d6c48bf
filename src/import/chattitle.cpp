#include "import/chattitle.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace cohort::import {

QString ChatTitle::fromFileName(const QString &path)
{
    const QString base = QFileInfo(path).completeBaseName().trimmed();
    // The prefixes (and the one suffix form) WhatsApp writes in the languages of our users and
    // their neighbours; the name inside is what the chat is called on the phone.
    static const QRegularExpression patterns[] = {
        QRegularExpression(QStringLiteral("^WhatsApp[ -]Chat (?:with|mit|met|med|z) (.+)$"),
                           QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(QStringLiteral("^WhatsApp[ -]Chat\\s*[-–—:]\\s*(.+)$"),
                           QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(
            QStringLiteral("^Chat (?:de |do )?WhatsApp (?:con|com|dengan|avec) (.+)$"),
            QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(QStringLiteral("^(?:Discussion|Conversa do|Conversa de) WhatsApp "
                                          "(?:avec|com) (.+)$"),
                           QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(QStringLiteral("^Chat WhatsApp s uživatelem (.+)$"),
                           QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(QStringLiteral("^Чат WhatsApp с (.+)$"),
                           QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(QStringLiteral("^与(.+)的\\s*WhatsApp\\s*(?:聊天|对话)(?:记录)?$"),
                           QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(QStringLiteral("^與(.+)的\\s*WhatsApp\\s*(?:聊天|對話)(?:記錄)?$"),
                           QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(QStringLiteral("^(.+) ile WhatsApp Sohbeti$"),
                           QRegularExpression::CaseInsensitiveOption),
    };
    for (const QRegularExpression &pattern : patterns) {
        const QRegularExpressionMatch match = pattern.match(base);
        if (match.hasMatch()) {
            const QString name = match.captured(1).trimmed();
            if (!name.isEmpty())
                return name;
        }
    }
    return base;
}

} // namespace cohort::import
