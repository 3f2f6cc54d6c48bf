#include "import/orders/ordervalueparser.h"

#include "import/solitaire/solitairequantity.h"

#include <QStringList>

namespace cohort::import {

namespace {

QString folded(const QString &text)
{
    return SolitaireQuantity::fold(text).trimmed();
}

} // namespace

std::optional<Money> OrderValueParser::money(const QString &text, const QString &currency)
{
    QString t = folded(text);
    // Currency words and signs around the amount; the currency itself is the product's.
    static const char *const Marks[]
        = { "RMB", "CNY", "USD", "EUR", "HKD", "元", "¥", "￥", "$", "€", "£" };
    for (const char *mark : Marks)
        t.remove(QString::fromUtf8(mark), Qt::CaseInsensitive);
    t = t.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    return Money::parse(t, currency);
}

std::optional<QDateTime> OrderValueParser::dateTime(const QString &text, const QTimeZone &zone)
{
    const QString t = folded(text).simplified();
    if (t.isEmpty())
        return std::nullopt;
    static const char *const DateTimeFormats[] = {
        "yyyy-MM-dd HH:mm:ss",   "yyyy-MM-dd H:mm:ss",   "yyyy-MM-dd HH:mm",   "yyyy-MM-dd H:mm",
        "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm",   "yyyy/M/d HH:mm:ss",  "yyyy/M/d H:mm:ss",
        "yyyy/M/d HH:mm",        "yyyy/M/d H:mm",        "yyyy.M.d HH:mm",     "yyyy.M.d H:mm",
        "yyyy年M月d日 HH:mm:ss", "yyyy年M月d日 H:mm:ss", "yyyy年M月d日 HH:mm", "yyyy年M月d日 H:mm",
        "d.M.yyyy HH:mm",        "d.M.yyyy H:mm",
    };
    for (const char *format : DateTimeFormats) {
        const QDateTime local = QDateTime::fromString(t, QString::fromUtf8(format));
        if (local.isValid())
            return QDateTime(local.date(), local.time(), zone);
    }
    static const char *const DateFormats[] = { "yyyy-MM-dd",   "yyyy-M-d", "yyyy/M/d", "yyyy.M.d",
                                               "yyyy年M月d日", "yyyyMMdd", "d.M.yyyy" };
    for (const char *format : DateFormats) {
        const QDate date = QDate::fromString(t, QString::fromUtf8(format));
        if (date.isValid())
            return QDateTime(date, QTime(0, 0), zone);
    }
    // Excel writes unformatted dates as days since 1899-12-30, the fraction being the time.
    bool ok = false;
    const double serial = t.toDouble(&ok);
    if (ok && serial >= 20000 && serial < 80000) {
        const qint64 days = qint64(serial);
        const int seconds = int((serial - double(days)) * 86400.0 + 0.5);
        const QDate date = QDate(1899, 12, 30).addDays(days);
        return QDateTime(date, QTime(0, 0).addSecs(qMin(seconds, 86399)), zone);
    }
    return std::nullopt;
}

std::optional<int> OrderValueParser::quantity(const QString &text)
{
    const QString t = folded(text);
    if (t.isEmpty())
        return std::nullopt;
    bool ok = false;
    const int plain = t.toInt(&ok);
    if (ok)
        return plain > 0 ? std::optional<int>(plain) : std::nullopt;
    const std::optional<SolitaireQuantity::Match> match = SolitaireQuantity::find(t);
    // The whole cell must be the quantity: "2 boxes" is, "order 2 of 3" is not.
    if (!match || match->start != 0 || match->end != t.size() || match->quantity <= 0)
        return std::nullopt;
    return match->quantity;
}

std::optional<OrderStatus> OrderValueParser::status(const QString &text)
{
    const QString t = folded(text).toLower();
    if (t.isEmpty())
        return std::nullopt;
    struct Word
    {
        const char *words;
        OrderStatus status;
    };
    static const Word Words[] = {
        { "placed|ordered|new|pending|unpaid|open|已下单|下单|待付款|未付款|待支付",
          OrderStatus::Placed },
        { "paid|payed|已付款|已支付|付款|待发货|已付", OrderStatus::Paid },
        { "delivered|shipped|completed|complete|done|已发货|已送达|已收货|已完成|完成|已签收|"
          "交易成功",
          OrderStatus::Delivered },
        { "refunded|refund|returned|已退款|退款|退货|已退货|退款成功", OrderStatus::Refunded },
    };
    for (const Word &word : Words) {
        if (QString::fromUtf8(word.words).split(QLatin1Char('|')).contains(t))
            return word.status;
    }
    return std::nullopt;
}

QString OrderValueParser::normalizedPhone(const QString &text)
{
    const QString t = SolitaireQuantity::fold(text);
    QString digits;
    for (const QChar c : t) {
        if (c.isDigit())
            digits.append(c);
    }
    if (digits.size() == 15 && digits.startsWith(QLatin1String("0086")))
        digits.remove(0, 4);
    else if (digits.size() == 13 && digits.startsWith(QLatin1String("86")))
        digits.remove(0, 2);
    return digits;
}

} // namespace cohort::import
