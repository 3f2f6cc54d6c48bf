#include "models/listcellformatter.h"

#include "domain/biditext.h"
#include "domain/money.h"
#include "models/enumvocabulary.h"

#include <QCollator>
#include <QDateTime>

#include <algorithm>

namespace cohort {

ListCellFormatter::ListCellFormatter(QList<ListColumn> columns, const QLocale &locale,
                                     const QTimeZone &zone)
    : m_columns(std::move(columns))
    , m_locale(locale)
    , m_zone(zone)
{
}

ListCellFormatter::~ListCellFormatter() = default;

QString ListCellFormatter::display(const ListRow &row, int column) const
{
    return displayValue(column, row.values.at(column));
}

QString ListCellFormatter::formatDateTime(const QVariant &seconds) const
{
    if (seconds.isNull() || !seconds.isValid())
        return {};
    const QDateTime utc = QDateTime::fromSecsSinceEpoch(seconds.toLongLong(), Qt::UTC);
    return m_locale.toString(utc.toTimeZone(m_zone), QLocale::ShortFormat);
}

QString ListCellFormatter::joinList(QStringList items) const
{
    QCollator collator(m_locale);
    std::sort(items.begin(), items.end(), collator);
    // One right-to-left name must not reorder the names after it.
    for (QString &item : items)
        item = BidiText::isolated(item);
    //: Separator between items of a list in one table cell
    return items.join(tr(", "));
}

QString ListCellFormatter::displayValue(int column, const QVariant &value) const
{
    const ListColumn &c = m_columns.at(column);
    switch (c.kind) {
    case ListColumn::Kind::Text:
        // User text: a right-to-left override in a name stays inside its own cell text.
        return BidiText::isolated(value.toString());
    case ListColumn::Kind::Integer:
        return value.isNull() ? QString() : m_locale.toString(value.toLongLong());
    case ListColumn::Kind::Money: {
        const QVariantList parts = value.toList();
        if (parts.size() < 2 || parts.at(0).isNull())
            return {};
        const QString currency = parts.at(1).toString();
        return Money(parts.at(0).toLongLong(),
                     currency.isEmpty() ? Money::defaultCurrency() : currency)
            .toDisplayString(m_locale);
    }
    case ListColumn::Kind::DateTime:
        return formatDateTime(value);
    case ListColumn::Kind::Bool:
        return value.toBool() ? tr("Yes") : tr("No");
    case ListColumn::Kind::Enum:
        return EnumVocabulary::displayName(c.vocabulary, value.toString());
    case ListColumn::Kind::EnumList: {
        QStringList names;
        const QStringList keys = value.toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString &key : keys)
            names << EnumVocabulary::displayName(c.vocabulary, key);
        return joinList(names);
    }
    case ListColumn::Kind::TextList:
        return joinList(value.toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts));
    case ListColumn::Kind::BasisPoints:
        if (value.isNull())
            return {};
        return m_locale.toString(value.toLongLong() / 100.0, 'f', 1) + m_locale.percent();
    case ListColumn::Kind::Schedule: {
        const QVariantList parts = value.toList();
        if (parts.size() < 3)
            return {};
        QString text = formatDateTime(parts.at(0));
        const QString end = formatDateTime(parts.at(1));
        if (!end.isEmpty())
            text = tr("%1 – %2").arg(text, end);
        const QString rule = parts.at(2).toString();
        if (rule.contains(QLatin1String("FREQ=WEEKLY")))
            text = tr("%1 (weekly)").arg(text);
        else if (rule.contains(QLatin1String("FREQ=MONTHLY")))
            text = tr("%1 (monthly)").arg(text);
        else if (rule.contains(QLatin1String("FREQ=DAILY")))
            text = tr("%1 (daily)").arg(text);
        return text;
    }
    case ListColumn::Kind::PriceTiers: {
        struct Tier
        {
            int min;
            QString price;
        };
        QList<Tier> tiers;
        const QStringList lines = value.toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString &line : lines) {
            const QStringList f = line.split(QLatin1Char('|'));
            if (f.size() == 3)
                tiers.append({ f.at(0).toInt(),
                               Money(f.at(1).toLongLong(), f.at(2)).toDisplayString(m_locale) });
        }
        std::sort(tiers.begin(), tiers.end(),
                  [](const Tier &a, const Tier &b) { return a.min < b.min; });
        QStringList texts;
        for (const Tier &tier : tiers)
            //: Price tier: %1 = minimum number of buyers, %2 = unit price
            texts << tr("%1+: %2").arg(m_locale.toString(tier.min), tier.price);
        return texts.join(tr(", "));
    }
    }
    return value.toString();
}

} // namespace cohort
