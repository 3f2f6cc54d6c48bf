#include "storage/listquery.h"

#include "storage/database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace cohort {

ListQuery::ListQuery(const Database &database, ListQuerySpec spec)
    : m_database(database)
    , m_spec(std::move(spec))
{
}

bool ListQuery::inlineOnWalk(const ListColumn &column, const QString &text) const
{
    return !column.searchInline.isEmpty()
        && !m_database.dialect().containsUsesIndex(column.searchTable, column.searchColumns, text);
}

ListQuery::Where ListQuery::where(const ListFilter &filter, Plan plan) const
{
    Where w;
    const SqlDialect &dialect = m_database.dialect();
    const QString text = filter.text.trimmed();
    if (!text.isEmpty()) {
        const QString pattern = SqlDialect::likePattern(text);
        const bool walk = plan == Plan::Walk;
        QStringList alternatives;
        for (const ListColumn &column : m_spec.columns) {
            if (!column.searchable)
                continue;
            const QString via = walk && !column.searchWalkVia.isEmpty() ? column.searchWalkVia
                                                                        : column.searchVia;
            if (!column.searchTable.isEmpty()) {
                if (walk && inlineOnWalk(column, text)) {
                    QStringList tests;
                    for (const QString &expression : column.searchInline) {
                        tests << dialect.containsClause(expression, QStringLiteral("?"));
                        w.binds << pattern;
                    }
                    alternatives << tests.join(QStringLiteral(" OR "));
                    continue;
                }
                const QString set = dialect.containsIdSet(column.searchTable, column.searchColumns,
                                                          text, w.binds);
                const QString alternative = via.arg(set);
                alternatives << (walk ? dialect.withoutIndex(alternative) : alternative);
                continue;
            }
            const QString tested
                = column.searchColumn.isEmpty() ? column.expression : column.searchColumn;
            const QString clause = dialect.containsClause(tested, QStringLiteral("?"));
            if (via.isEmpty())
                alternatives << clause;
            else
                alternatives << (walk ? dialect.withoutIndex(via.arg(clause)) : via.arg(clause));
            w.binds << pattern;
        }
        for (const QString &expression : m_spec.extraSearchColumns) {
            alternatives << dialect.containsClause(expression, QStringLiteral("?"));
            w.binds << pattern;
        }
        if (!alternatives.isEmpty()) {
            const QString match
                = QLatin1Char('(') + alternatives.join(QStringLiteral(" OR ")) + QLatin1Char(')');
            if (m_spec.searchAsIdSet) {
                w.conditions << m_spec.idExpression + QStringLiteral(" IN (SELECT ")
                        + m_spec.idExpression + QStringLiteral(" FROM ") + m_spec.from
                        + QStringLiteral(" WHERE ") + match + QLatin1Char(')');
            } else {
                w.conditions << match;
            }
        }
    }
    for (const ListFilterDefinition &definition : m_spec.filters) {
        const QVariant value = filter.values.value(definition.key);
        if (!value.isValid() || value.isNull())
            continue;
        w.conditions << QLatin1Char('(') + definition.condition + QLatin1Char(')');
        w.binds << value;
    }
    return w;
}

ListQuery::Plan ListQuery::pagePlan(const ListFilter &filter) const
{
    // Only searches through id sets choose; the others keep the single form they always had.
    const QString text = filter.text.trimmed();
    QList<const ListColumn *> searched;
    for (const ListColumn &column : m_spec.columns) {
        if (column.searchable && !column.searchTable.isEmpty())
            searched << &column;
    }
    if (text.isEmpty() || searched.isEmpty())
        return Plan::Set;
    // Each alternative is probed alone, in its walk form driven from its id set: an OR of
    // several lets the planner fall back to scanning the table. The probe stops at
    // SetPlanRows, so a text matching half the table costs what a sparse one does.
    const SqlDialect &dialect = m_database.dialect();
    for (const ListColumn *column : std::as_const(searched)) {
        if (inlineOnWalk(*column, text))
            return Plan::Walk; // the walk tests the row itself: at most one pass, no set built
        QVariantList binds;
        const QString via
            = column->searchWalkVia.isEmpty() ? column->searchVia : column->searchWalkVia;
        const QString condition
            = via.arg(dialect.containsIdSet(column->searchTable, column->searchColumns, text, binds));
        QSqlQuery q(m_database.connection());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM ") + m_spec.from
                  + QStringLiteral(" WHERE ") + condition + QStringLiteral(" LIMIT ?) probe"));
        for (const QVariant &value : std::as_const(binds))
            q.addBindValue(value);
        q.addBindValue(SetPlanRows);
        if (!q.exec() || !q.next())
            return Plan::Set; // the page query itself reports the error
        if (q.value(0).toInt() >= SetPlanRows)
            return Plan::Walk;
    }
    return Plan::Set;
}

QString ListQuery::sortExpression(const ListSort &sort) const
{
    int column = sort.column;
    if (column < 0 || column >= m_spec.columns.size() || !m_spec.columns.at(column).sortable)
        column = m_spec.columnIndex(m_spec.defaultSortKey);
    return column < 0 ? m_spec.idExpression : m_spec.columns.at(column).expression;
}

bool ListQuery::sortDescending(const ListSort &sort) const
{
    const bool valid = sort.column >= 0 && sort.column < m_spec.columns.size()
        && m_spec.columns.at(sort.column).sortable;
    return valid ? sort.descending : m_spec.defaultDescending;
}

QString ListQuery::selectList(const QString &sortExpr) const
{
    QStringList items { m_spec.idExpression, sortExpr };
    for (const ListColumn &column : m_spec.columns) {
        items << column.expression;
        items << column.extras;
    }
    return items.join(QStringLiteral(", "));
}

bool ListQuery::run(const QString &sql, const QVariantList &binds, ListPage &page) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        m_error = Database::errorFromSql(q.lastError());
        page.ok = false;
        return false;
    }
    for (const QVariant &value : binds)
        q.addBindValue(value);
    if (!q.exec()) {
        m_error = Database::errorFromSql(q.lastError());
        page.ok = false;
        return false;
    }
    while (q.next()) {
        ListRow row;
        row.id = q.value(0).toLongLong();
        int c = 2;
        row.values.reserve(m_spec.columns.size());
        for (const ListColumn &column : m_spec.columns) {
            if (column.extras.isEmpty()) {
                row.values << q.value(c++);
            } else {
                QVariantList parts;
                for (int i = 0; i <= column.extras.size(); ++i)
                    parts << q.value(c++);
                row.values << QVariant(parts);
            }
        }
        page.last = { true, q.value(1), row.id };
        page.rows << row;
    }
    m_error = {};
    return true;
}

std::optional<qint64> ListQuery::count(const ListFilter &filter) const
{
    const Where w = where(filter);
    QString sql = QStringLiteral("SELECT count(*) FROM ") + m_spec.from;
    if (!w.conditions.isEmpty())
        sql += QStringLiteral(" WHERE ") + w.conditions.join(QStringLiteral(" AND "));
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &value : w.binds)
        q.addBindValue(value);
    if (!q.exec() || !q.next()) {
        m_error = Database::errorFromSql(q.lastError());
        return std::nullopt;
    }
    m_error = {};
    return q.value(0).toLongLong();
}

ListPage ListQuery::page(const ListFilter &filter, const ListSort &sort, int offset,
                         int limit) const
{
    const Where w = where(filter, pagePlan(filter));
    const QString sortExpr = sortExpression(sort);
    const bool desc = sortDescending(sort);
    const SqlDialect &dialect = m_database.dialect();
    QString sql
        = QStringLiteral("SELECT ") + selectList(sortExpr) + QStringLiteral(" FROM ") + m_spec.from;
    if (!w.conditions.isEmpty())
        sql += QStringLiteral(" WHERE ") + w.conditions.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY ") + dialect.orderTerm(sortExpr, desc) + QStringLiteral(", ")
        + dialect.orderTerm(m_spec.idExpression, desc) + QStringLiteral(" LIMIT ? OFFSET ?");
    QVariantList binds = w.binds;
    binds << limit << offset;
    ListPage result;
    run(sql, binds, result);
    return result;
}

ListPage ListQuery::pageAfter(const ListFilter &filter, const ListSort &sort,
                              const ListCursor &after, int limit) const
{
    if (!after.valid)
        return page(filter, sort, 0, limit);

    // NULL sorts lowest. A page is read from at most two segments, each a plain index range:
    // ascending, the NULL rows come first (by id), then the others by (value, id); descending,
    // the reverse. A single "(v, id) > (?, ?) OR v IS NULL" condition would defeat the index.
    const Where w = where(filter, pagePlan(filter));
    const QString sortExpr = sortExpression(sort);
    const bool desc = sortDescending(sort);
    const SqlDialect &dialect = m_database.dialect();
    const QString id = m_spec.idExpression;
    const bool byId = sortExpr == id;
    const QString cmp = desc ? QStringLiteral(" < ") : QStringLiteral(" > ");
    const QString head = QStringLiteral("SELECT ") + selectList(sortExpr) + QStringLiteral(" FROM ")
        + m_spec.from + QStringLiteral(" WHERE ");
    const QString tail = QStringLiteral(" ORDER BY ") + dialect.orderTerm(sortExpr, desc)
        + QStringLiteral(", ") + dialect.orderTerm(id, desc) + QStringLiteral(" LIMIT ?");
    const QString filterSql = w.conditions.isEmpty()
        ? QString()
        : QStringLiteral(" AND ") + w.conditions.join(QStringLiteral(" AND "));

    ListPage result;
    const bool cursorNull = after.sortValue.isNull() && !byId;
    QString condition;
    QVariantList binds;
    if (byId) {
        condition = id + cmp + QStringLiteral("?");
        binds << after.id;
    } else if (cursorNull) {
        condition = sortExpr + QStringLiteral(" IS NULL AND ") + id + cmp + QStringLiteral("?");
        binds << after.id;
    } else {
        condition = QLatin1Char('(') + sortExpr + QStringLiteral(", ") + id + QLatin1Char(')') + cmp
            + QStringLiteral("(?, ?)");
        binds << after.sortValue << after.id;
    }
    binds << w.binds << limit;
    if (!run(head + condition + filterSql + tail, binds, result))
        return result;

    // Crossing into the next segment: ascending from NULLs to values, descending from values to
    // NULLs.
    const bool nextSegment = !byId && (desc ? !cursorNull : cursorNull);
    const int missing = limit - int(result.rows.size());
    if (nextSegment && missing > 0) {
        const ListCursor keep = result.last;
        const QString segment
            = sortExpr + (desc ? QStringLiteral(" IS NULL") : QStringLiteral(" IS NOT NULL"));
        QVariantList segmentBinds = w.binds;
        segmentBinds << missing;
        const qsizetype before = result.rows.size();
        if (!run(head + segment + filterSql + tail, segmentBinds, result))
            return result;
        if (result.rows.size() == before)
            result.last = keep;
    }
    return result;
}

} // namespace cohort
