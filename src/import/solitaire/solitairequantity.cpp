#include "import/solitaire/solitairequantity.h"

#include <array>

namespace cohort::import {

namespace {

/// Quantities above this are phone numbers, prices or years, not portions.
constexpr int MaxQuantity = 999;

bool isAsciiLetterOrDigit(QChar c)
{
    return (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
        || (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
        || (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || c == QLatin1Char('_');
}

bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool isAsciiLetter(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
        || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
}

int chineseDigit(QChar c)
{
    static const QString digits = QStringLiteral("零一二三四五六七八九");
    if (c == QChar(0x4E24)) // 两
        return 2;
    return int(digits.indexOf(c));
}

bool isChineseNumeral(QChar c)
{
    return chineseDigit(c) >= 0 || c == QChar(0x5341) /* 十 */ || c == QChar(0x767E) /* 百 */;
}

/// Units written after a number, longest first where one is a prefix of another.
QStringView cjkUnitAt(QStringView text, qsizetype at)
{
    static const std::array<QString, 2> twoChar { QStringLiteral("公斤"), QStringLiteral("千克") };
    for (const QString &unit : twoChar) {
        if (text.mid(at).startsWith(unit))
            return text.mid(at, unit.size());
    }
    static const QString single
        = QStringLiteral("份盒个斤箱袋瓶包件只套支罐桶条杯碗板提串颗块本双对片粒枚根把束组听");
    if (at < text.size() && single.contains(text.at(at)))
        return text.mid(at, 1);
    return {};
}

QStringView latinUnitAt(QStringView text, qsizetype at)
{
    static const std::array<QLatin1String, 34> units {
        QLatin1String("boxes"),    QLatin1String("box"),     QLatin1String("bags"),
        QLatin1String("bag"),      QLatin1String("bottles"), QLatin1String("bottle"),
        QLatin1String("packs"),    QLatin1String("pack"),    QLatin1String("pieces"),
        QLatin1String("piece"),    QLatin1String("pcs"),     QLatin1String("pc"),
        QLatin1String("sets"),     QLatin1String("set"),     QLatin1String("portions"),
        QLatin1String("portion"),  QLatin1String("cups"),    QLatin1String("cup"),
        QLatin1String("kg"),       QLatin1String("jin"),     QLatin1String("bunches"),
        QLatin1String("bunch"),    QLatin1String("cans"),    QLatin1String("can"),
        QLatin1String("jars"),     QLatin1String("jar"),     QLatin1String("items"),
        QLatin1String("item"),     QLatin1String("units"),   QLatin1String("unit"),
        QLatin1String("servings"), QLatin1String("serving"), QLatin1String("trays"),
        QLatin1String("tray")
    };
    const QStringView rest = text.mid(at);
    for (const QLatin1String unit : units) {
        if (rest.startsWith(unit, Qt::CaseInsensitive)
            && (rest.size() == unit.size() || !isAsciiLetter(rest.at(unit.size()))))
            return text.mid(at, unit.size());
    }
    return {};
}

/// A unit directly after `at`, or after one space; returns the unit and where it ends.
QStringView unitAfter(QStringView text, qsizetype at, qsizetype *end)
{
    qsizetype k = at;
    for (int pass = 0; pass < 2; ++pass) {
        QStringView unit = cjkUnitAt(text, k);
        if (unit.isEmpty())
            unit = latinUnitAt(text, k);
        if (!unit.isEmpty()) {
            *end = k + unit.size();
            return unit;
        }
        if (k < text.size() && text.at(k) == QLatin1Char(' '))
            ++k;
        else
            break;
    }
    return {};
}

bool isBoundary(QStringView text, qsizetype at)
{
    if (at >= text.size())
        return true;
    const QChar c = text.at(at);
    return c.isSpace() || c.isPunct() || c.isSymbol();
}

} // namespace

QString SolitaireQuantity::fold(const QString &text)
{
    QString folded = text;
    for (QChar &c : folded) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            c = QChar(char16_t(u - 0xFF01 + 0x21));
        else if (u == 0x3000)
            c = QLatin1Char(' ');
    }
    return folded;
}

std::optional<int> SolitaireQuantity::chineseNumber(QStringView numeral)
{
    const QChar two(0x4E24); // 两
    const QChar hundred(0x767E); // 百
    if (numeral.size() == 1 && numeral.at(0) == two)
        return 2;
    int total = 0;
    int pending = -1; ///< a digit waiting for its multiplier or the ones place
    bool zero = false;
    int lastMultiplier = 0; ///< 0 = none seen yet
    for (qsizetype i = 0; i < numeral.size(); ++i) {
        const QChar c = numeral.at(i);
        const int digit = chineseDigit(c);
        if (digit >= 0) {
            if (pending >= 0)
                return std::nullopt; // two digits in a row, as in 四两
            if (digit == 0) {
                zero = true;
                continue;
            }
            // 两 means 2 alone or before 百; elsewhere (四两) it is a weight, not a count.
            if (c == two && !(i + 1 < numeral.size() && numeral.at(i + 1) == hundred))
                return std::nullopt;
            pending = digit;
            continue;
        }
        const int multiplier = c == hundred ? 100 : 10;
        if (lastMultiplier != 0 && multiplier >= lastMultiplier)
            return std::nullopt;
        if (pending < 0) {
            if (multiplier == 10 && (i == 0 || zero))
                pending = 1; // 十二 = 12, 一百零十 is not written but 一百一十 is
            else
                return std::nullopt;
        }
        total += pending * multiplier;
        pending = -1;
        zero = false;
        lastMultiplier = multiplier;
    }
    if (pending >= 0) {
        // 一百五 is colloquially 150: too ambiguous for an order, so only 一百零五 is accepted.
        if (lastMultiplier == 100 && !zero)
            return std::nullopt;
        total += pending;
    }
    if (total <= 0)
        return std::nullopt;
    return total;
}

std::optional<SolitaireQuantity::Match> SolitaireQuantity::matchAt(QStringView text, qsizetype at)
{
    const QChar c = text.at(at);
    const bool hasPrev = at > 0;
    const QChar prev = hasPrev ? text.at(at - 1) : QChar();

    // Multiplier forms: x3, ×3, *3 (not the x of a word such as "Max3").
    const bool letterX = c == QLatin1Char('x') || c == QLatin1Char('X');
    if ((letterX || c == QChar(0x00D7) || c == QLatin1Char('*'))
        && (!letterX || !hasPrev || !isAsciiLetterOrDigit(prev))) {
        qsizetype k = at + 1;
        while (k < text.size() && text.at(k) == QLatin1Char(' '))
            ++k;
        const qsizetype digitsStart = k;
        while (k < text.size() && isDigit(text.at(k)))
            ++k;
        if (k == digitsStart || k - digitsStart > 3)
            return std::nullopt;
        const int value = text.mid(digitsStart, k - digitsStart).toInt();
        if (value <= 0)
            return std::nullopt;
        qsizetype end = k;
        const QStringView unit = unitAfter(text, k, &end);
        if (unit.isEmpty() && !isBoundary(text, k))
            return std::nullopt;
        return Match { at, end, value, unit.toString() };
    }

    if (isDigit(c)) {
        if (hasPrev
            && (isAsciiLetterOrDigit(prev) || prev == QLatin1Char('.') || prev == QLatin1Char('#')))
            return std::nullopt;
        qsizetype k = at;
        while (k < text.size() && isDigit(text.at(k)))
            ++k;
        if (k - at > 3)
            return std::nullopt;
        // 2.5 kg or 12:30 are not portions.
        if (k + 1 < text.size()
            && (text.at(k) == QLatin1Char('.') || text.at(k) == QLatin1Char(':'))
            && isDigit(text.at(k + 1)))
            return std::nullopt;
        const int value = text.mid(at, k - at).toInt();
        if (value <= 0 || value > MaxQuantity)
            return std::nullopt;
        qsizetype end = k;
        const QStringView unit = unitAfter(text, k, &end);
        if (!unit.isEmpty())
            return Match { at, end, value, unit.toString() };
        // A bare number counts only when it stands alone: "3号楼" is an address.
        if (!isBoundary(text, k))
            return std::nullopt;
        return Match { at, k, value, QString() };
    }

    if (isChineseNumeral(c)) {
        qsizetype k = at;
        while (k < text.size() && isChineseNumeral(text.at(k)))
            ++k;
        // Chinese numerals need a unit: 张三 and 李四 are names, 三盒 is a quantity.
        const QStringView unit = cjkUnitAt(text, k);
        if (unit.isEmpty())
            return std::nullopt;
        const auto value = chineseNumber(text.mid(at, k - at));
        if (!value || *value > MaxQuantity)
            return std::nullopt;
        return Match { at, k + unit.size(), *value, unit.toString() };
    }
    return std::nullopt;
}

std::optional<SolitaireQuantity::Match> SolitaireQuantity::find(QStringView text, qsizetype from)
{
    for (qsizetype i = std::max<qsizetype>(0, from); i < text.size(); ++i) {
        if (auto match = matchAt(text, i))
            return match;
    }
    return std::nullopt;
}

} // namespace cohort::import
