#include "storage/messagegrams.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QStringList>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>

namespace cohort {

namespace {

/// One UTF-8 sequence starting at `at` (`size` bytes left): its length, or 0 when it is not a
/// valid sequence (then one byte stands for U+FFFD).
int sequenceLength(const unsigned char *at, qsizetype size)
{
    const unsigned char lead = at[0];
    int length = 0;
    if (lead >= 0xC2 && lead <= 0xDF)
        length = 2;
    else if (lead >= 0xE0 && lead <= 0xEF)
        length = 3;
    else if (lead >= 0xF0 && lead <= 0xF4)
        length = 4;
    if (length == 0 || length > size)
        return 0;
    for (int i = 1; i < length; ++i) {
        if ((at[i] & 0xC0) != 0x80)
            return 0;
    }
    // Overlong forms, surrogates and code points above U+10FFFF.
    if ((lead == 0xE0 && at[1] < 0xA0) || (lead == 0xED && at[1] > 0x9F)
        || (lead == 0xF0 && at[1] < 0x90) || (lead == 0xF4 && at[1] > 0x8F))
        return 0;
    return length;
}

void gramsFunction(sqlite3_context *context, int, sqlite3_value **values)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(values[0]));
    if (!text) {
        sqlite3_result_text(context, "", 0, SQLITE_STATIC);
        return;
    }
    const QByteArray grams = MessageGrams::of(text, sqlite3_value_bytes(values[0]));
    sqlite3_result_text(context, grams.constData(), int(grams.size()), SQLITE_TRANSIENT);
}

} // namespace

QByteArray MessageGrams::of(const char *utf8, qsizetype size)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(utf8);
    const auto *firstWide
        = std::find_if(bytes, bytes + size, [](unsigned char b) { return b >= 0x80; });
    if (firstWide == bytes + size)
        return {};
    // Chat messages are short: a linear look-up in what was found so far beats a hash.
    QByteArray grams;
    for (const unsigned char *at = firstWide; at < bytes + size;) {
        if (*at < 0x80) {
            ++at;
            continue;
        }
        const int length = sequenceLength(at, bytes + size - at);
        const QByteArray token = length == 0
            ? QByteArrayLiteral("\xEF\xBF\xBD ")
            : QByteArray(reinterpret_cast<const char *>(at), length) + ' ';
        at += length == 0 ? 1 : length;
        bool seen = false;
        for (qsizetype i = 0; i < grams.size() && !seen;) {
            const qsizetype end = grams.indexOf(' ', i);
            seen = end - i + 1 == token.size()
                && std::equal(token.cbegin(), token.cend(), grams.cbegin() + i);
            i = end + 1;
        }
        if (!seen)
            grams += token;
    }
    return grams;
}

bool MessageGrams::answers(const QString &text)
{
    const QList<uint> codePoints = text.trimmed().toUcs4();
    return !codePoints.isEmpty() && codePoints.size() < 3
        && std::any_of(codePoints.cbegin(), codePoints.cend(), [](uint c) { return c >= 0x80; });
}

QString MessageGrams::query(const QString &text)
{
    // Each token quoted: no FTS5 syntax can reach the query, and a non-ASCII character never
    // is a quote.
    QStringList tokens;
    for (const uint c : text.trimmed().toUcs4()) {
        if (c < 0x80)
            continue;
        const char32_t codePoint = c;
        const QString token
            = QLatin1Char('"') + QString::fromUcs4(&codePoint, 1) + QLatin1Char('"');
        if (!tokens.contains(token))
            tokens << token;
    }
    return tokens.join(QStringLiteral(" AND "));
}

bool MessageGrams::install(const QSqlDatabase &connection)
{
    const QVariant handle = connection.driver() ? connection.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return false;
    sqlite3 *db = *static_cast<sqlite3 *const *>(handle.constData());
    // Innocuous: the deletion trigger of the schema calls it, which a connection that does not
    // trust its schema allows only for innocuous functions.
    return db
        && sqlite3_create_function_v2(db, "cohort_grams", 1,
                                      SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                      nullptr, gramsFunction, nullptr, nullptr, nullptr)
        == SQLITE_OK;
}

} // namespace cohort
