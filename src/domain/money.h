#pragma once

#include <QMetaType>
#include <QString>

#include <compare>
#include <optional>

class QLocale;

namespace cohort {

/// An exact amount of money: integer minor units (fen, cents) and an ISO 4217 currency code.
/// Floating point never touches money; arithmetic across currencies is a programming error.
class Money final
{
public:
    Money() = default;
    Money(qint64 minorUnits, const QString &currency);

    static Money fromMajor(qint64 majorUnits, const QString &currency);
    /// Parses user input such as "12", "12.5", "-3.05", "1,234.50" (C locale digits) exactly.
    static std::optional<Money> parse(const QString &text, const QString &currency);

    qint64 minorUnits() const { return m_minor; }
    const QString &currency() const { return m_currency; }
    bool isZero() const { return m_minor == 0; }
    bool isNegative() const { return m_minor < 0; }

    Money operator+(const Money &other) const;
    Money operator-(const Money &other) const;
    Money operator-() const { return Money(-m_minor, m_currency); }
    Money &operator+=(const Money &other);
    Money &operator-=(const Money &other);
    Money times(qint64 quantity) const;
    /// Share in basis points (1/100 of a percent), rounded half away from zero to the minor unit.
    Money percentBasisPoints(qint64 basisPoints) const;

    bool operator==(const Money &other) const = default;
    /// Orders amounts of the same currency; comparing different currencies asserts.
    std::strong_ordering operator<=>(const Money &other) const;

    /// "12.50" with exactly two decimals, C locale: for storage, CSV and tests.
    QString toPlainString() const;
    /// Locale-aware display with the currency symbol, e.g. "¥12.50" or "$1,234.00".
    QString toDisplayString(const QLocale &locale) const;

    static constexpr int MinorDigits = 2;
    static QString defaultCurrency();

private:
    qint64 m_minor = 0;
    QString m_currency;
};

} // namespace cohort

Q_DECLARE_METATYPE(cohort::Money)
