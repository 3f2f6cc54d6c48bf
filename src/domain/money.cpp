#include "domain/money.h"

#include <QLocale>

#include <cstdlib>
#include <limits>

namespace cohort {

namespace {

/// a × b, or the nearest value a qint64 holds when the product does not fit. Amounts that large
/// are beyond any real price, but a dialog may hold one and must not run into undefined
/// behaviour.
qint64 saturatingProduct(qint64 a, qint64 b)
{
    qint64 product = 0;
#if defined(__GNUC__) || defined(__clang__)
    if (!__builtin_mul_overflow(a, b, &product))
        return product;
#else
    const qint64 limit = std::numeric_limits<qint64>::max();
    if (a == 0 || b == 0)
        return 0;
    if (a != std::numeric_limits<qint64>::min() && b != std::numeric_limits<qint64>::min()
        && std::llabs(a) <= limit / std::llabs(b))
        return a * b;
#endif
    return (a < 0) != (b < 0) ? std::numeric_limits<qint64>::min()
                              : std::numeric_limits<qint64>::max();
}

} // namespace

Money::Money(qint64 minorUnits, const QString &currency)
    : m_minor(minorUnits)
    , m_currency(currency)
{
}

Money Money::fromMajor(qint64 majorUnits, const QString &currency)
{
    return Money(majorUnits * 100, currency);
}

QString Money::defaultCurrency()
{
    return QStringLiteral("CNY");
}

std::optional<Money> Money::parse(const QString &input, const QString &currency)
{
    QString text = input.trimmed();
    text.remove(QLatin1Char(','));
    text.remove(QLatin1Char(' '));
    if (text.isEmpty())
        return std::nullopt;
    bool negative = false;
    if (text.startsWith(QLatin1Char('-')) || text.startsWith(QLatin1Char('+'))) {
        negative = text.startsWith(QLatin1Char('-'));
        text.remove(0, 1);
    }
    const qsizetype dot = text.indexOf(QLatin1Char('.'));
    const QString whole = dot < 0 ? text : text.left(dot);
    QString fraction = dot < 0 ? QString() : text.mid(dot + 1);
    if (whole.isEmpty() && fraction.isEmpty())
        return std::nullopt;
    if (fraction.size() > MinorDigits)
        return std::nullopt;
    for (const QChar c : QString(whole + fraction)) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
    }
    if (whole.size() > 15)
        return std::nullopt;
    while (fraction.size() < MinorDigits)
        fraction.append(QLatin1Char('0'));
    const qint64 minor = (whole.isEmpty() ? 0 : whole.toLongLong()) * 100 + fraction.toLongLong();
    return Money(negative ? -minor : minor, currency);
}

Money Money::operator+(const Money &other) const
{
    Money result = *this;
    result += other;
    return result;
}

Money Money::operator-(const Money &other) const
{
    Money result = *this;
    result -= other;
    return result;
}

Money &Money::operator+=(const Money &other)
{
    if (m_currency.isEmpty())
        m_currency = other.m_currency;
    Q_ASSERT(other.m_currency.isEmpty() || m_currency == other.m_currency);
    m_minor += other.m_minor;
    return *this;
}

Money &Money::operator-=(const Money &other)
{
    return *this += -other;
}

Money Money::times(qint64 quantity) const
{
    return Money(saturatingProduct(m_minor, quantity), m_currency);
}

Money Money::percentBasisPoints(qint64 basisPoints) const
{
    const qint64 product = saturatingProduct(m_minor, basisPoints);
    const qint64 quotient = product / 10000;
    const qint64 remainder = product % 10000;
    qint64 rounded = quotient;
    if (std::llabs(remainder) * 2 >= 10000)
        rounded += product < 0 ? -1 : 1;
    return Money(rounded, m_currency);
}

std::strong_ordering Money::operator<=>(const Money &other) const
{
    Q_ASSERT(m_currency == other.m_currency || m_minor == 0 || other.m_minor == 0);
    return m_minor <=> other.m_minor;
}

QString Money::toPlainString() const
{
    const qint64 absolute = std::llabs(m_minor);
    return (m_minor < 0 ? QStringLiteral("-") : QString()) + QString::number(absolute / 100)
        + QLatin1Char('.') + QStringLiteral("%1").arg(absolute % 100, 2, 10, QLatin1Char('0'));
}

QString Money::toDisplayString(const QLocale &locale) const
{
    // QLocale::toCurrencyString takes a double; going through the integer parts keeps it exact.
    const qint64 absolute = std::llabs(m_minor);
    const QString whole = locale.toString(absolute / 100);
    const QString number = whole + locale.decimalPoint()
        + QStringLiteral("%1").arg(absolute % 100, 2, 10, QLatin1Char('0'));
    QString symbol;
    if (m_currency == QLatin1String("CNY"))
        symbol = QStringLiteral("¥");
    else if (m_currency == QLatin1String("USD"))
        symbol = QStringLiteral("$");
    else if (m_currency == QLatin1String("EUR"))
        symbol = QStringLiteral("€");
    else
        symbol = m_currency + QLatin1Char(' ');
    return (m_minor < 0 ? locale.negativeSign() : QString()) + symbol + number;
}

} // namespace cohort
