#pragma once

#include <QDateTime>
#include <QStringList>
#include <QVariant>

namespace cohort::sql {

// Conversions between domain values and the column types of the schema (see 0001_initial.sql).

/// Ids bound in one `IN (...)` at most: below SQLite's limit on bound values, with room to spare.
constexpr qsizetype MaxIdsPerStatement = 500;

/// `count` placeholders for an `IN (...)` list: "?,?,?".
inline QString placeholders(qsizetype count)
{
    return QStringList(count, QStringLiteral("?")).join(QLatin1Char(','));
}

/// Text for a NOT NULL column: Qt binds a null QString as SQL NULL, so map it to ''.
inline QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(value);
}

/// Unix seconds, or NULL for an invalid date-time.
inline QVariant fromDateTime(const QDateTime &value)
{
    return value.isValid() ? QVariant(value.toSecsSinceEpoch())
                           : QVariant(QMetaType(QMetaType::LongLong));
}

inline QDateTime toDateTime(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

/// An id column: NULL for 0 ("none").
inline QVariant fromId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

/// Lists are stored as text, one item per line (items never contain newlines).
inline QString fromList(const QStringList &items)
{
    QStringList cleaned;
    for (const QString &item : items) {
        const QString simplified = item.simplified();
        if (!simplified.isEmpty())
            cleaned << simplified;
    }
    return cleaned.join(QLatin1Char('\n'));
}

inline QStringList toList(const QVariant &value)
{
    return value.toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace cohort::sql
