#pragma once

#include "domain/enums.h"
#include "domain/money.h"

#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace cohort::import {

/// Reads the values of an order CSV as shop systems and spreadsheets write them: money with or
/// without a currency sign (¥19.90, 19.9元, 1,234.50), dates in the common Chinese, ISO and
/// European forms or as an Excel serial number, quantities with a unit (2件, x2, 两盒) and
/// statuses in English or Chinese. Full-width digits count as digits.
class OrderValueParser final
{
public:
    /// Exact amount in `currency`; nullopt for anything but one amount.
    static std::optional<Money> money(const QString &text, const QString &currency);
    /// A wall-clock date and time in `zone`; a date alone is midnight.
    static std::optional<QDateTime> dateTime(const QString &text, const QTimeZone &zone);
    /// A positive quantity; nullopt when the text is not one quantity.
    static std::optional<int> quantity(const QString &text);
    static std::optional<OrderStatus> status(const QString &text);
    /// Digits only, without the +86 / 0086 country prefix of a Chinese mobile number.
    static QString normalizedPhone(const QString &text);
};

} // namespace cohort::import
