#include "storage/listquery.h"

#include "storage/checkedquery.h"
#include "storage/database.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace cohort {

ListQuery::ListQuery(const Database &database, ListQuerySpec spec)
    : m_database(database)
    , m_spec(std::move(spec))
{
}

bool ListQuery::testsInline(const ListColumn &column, const QString &text, Plan plan) const
{
    if (plan == Plan::Set || column.searchInline.isEmpty())
        return false;
    return (plan == Plan::Walk && column.searchInlineOnWalk)
        || !m_database.dialect().containsUsesIndex(column.searchTable, column.searchColumns, text);
}

QList<ListQuery::Alternative>
ListQuery::textAlternatives(const QString &text, Plan plan,
                            const QHash<int, QList<qint64>> &resolved) const
{
    const SqlDialect &dialect = m_database.dialect();
    const QString pattern = SqlDialect::likePattern(text);
    QList<Alternative> alternatives;
    for (int index = 0; index < m_spec.columns.size(); ++index) {
        const ListColumn &column = m_spec.columns.at(index);
        if (!column.searchable)
            continue;
        Alternative a;
        const QString walkVia
            = column.searchWalkVia.isEmpty() ? column.searchVia : column.searchWalkVia;
        const QString via = plan == Plan::Set ? column.searchVia : walkVia;
        const auto known = resolved.constFind(index);
        if (known != resolved.cend()) {
            a.condition = via.arg(dialect.idListSet(*known, a.binds));
            if (plan == Plan::Walk)
                a.condition = dialect.withoutIndex(a.condition);
        } else if (!column.searchTable.isEmpty()) {
            if (testsInline(column, text, plan)) {
                QStringList tests;
                for (const QString &expression : column.searchInline) {
                    tests << dialect.containsClause(expression, QStringLiteral("?"));
                    a.binds << pattern;
                }
                a.condition
                    = QLatin1Char('(') + tests.join(QStringLiteral(" OR ")) + QLatin1Char(')');
            } else {
                a.condition = via.arg(
                    dialect.containsIdSet(column.searchTable, column.searchColumns, text, a.binds));
                if (plan == Plan::Walk)
                    a.condition = dialect.withoutIndex(a.condition);
            }
        } else {
            const QString tested
                = column.searchColumn.isEmpty() ? column.expression : column.searchColumn;
            const QString clause = dialect.containsClause(tested, QStringLiteral("?"));
            a.condition = via.isEmpty() ? clause : via.arg(clause);
            if (plan == Plan::Walk && !via.isEmpty())
                a.condition = dialect.withoutIndex(a.condition);
            a.binds << pattern;
        }
        alternatives << a;
    }
    for (const QString &expression : m_spec.extraSearchColumns)
        alternatives << Alternative { dialect.containsClause(expression, QStringLiteral("?")),
                                      { pattern } };
    return alternatives;
}

ListQuery::Where ListQuery::structured(const ListFilter &filter) const
{
    Where w;
    for (const ListFilterDefinition &definition : m_spec.filters) {
        const QVariant value = filter.values.value(definition.key);
        if (!value.isValid() || value.isNull())
            continue;
        w.conditions << QLatin1Char('(') + definition.condition + QLatin1Char(')');
        w.binds << value;
    }
    return w;
}

ListQuery::Where ListQuery::where(const ListFilter &filter, const PagePlan &plan) const
{
    Where w;
    const QString text = filter.text.trimmed();
    if (!text.isEmpty() && plan.rows) {
        w.conditions << m_spec.idExpression + QStringLiteral(" IN (")
                + m_database.dialect().idListSet(*plan.rows, w.binds) + QLatin1Char(')');
    } else if (!text.isEmpty()) {
        const QList<Alternative> alternatives = textAlternatives(text, plan.plan, plan.resolved);
        QStringList conditions;
        for (const Alternative &a : alternatives) {
            conditions << a.condition;
            w.binds << a.binds;
        }
        if (!conditions.isEmpty()) {
            const QString match
                = QLatin1Char('(') + conditions.join(QStringLiteral(" OR ")) + QLatin1Char(')');
            if (m_spec.searchAsIdSet) {
                w.conditions << m_spec.idExpression + QStringLiteral(" IN (SELECT ")
                        + m_spec.idExpression + QStringLiteral(" FROM ") + m_spec.from
                        + QStringLiteral(" WHERE ") + match + QLatin1Char(')');
            } else {
                w.conditions << match;
            }
        }
    }
    const Where s = structured(filter);
    for (const QString &condition : s.conditions) {
        // The few resolved rows drive the page: a filter's index (one group's messages in time
        // order) would walk every row of the group to test each against the list.
        w.conditions << (!text.isEmpty() && plan.rows ? m_database.dialect().withoutIndex(condition)
                                                      : condition);
    }
    w.binds << s.binds;
    return w;
}

qint64 ListQuery::countOf(const QString &sql, const QVariantList &binds) const
{
    CheckedQuery q(m_database, sql);
    for (const QVariant &value : binds)
        q.bind(value);
    return q.scalar().toLongLong();
}

ListQuery::PagePlan ListQuery::pagePlan(const ListFilter &filter) const
{
    // Only searches through id sets choose; the others keep the single form they always had.
    PagePlan result;
    const QString text = filter.text.trimmed();
    if (text.isEmpty())
        return result;
    const SqlDialect &dialect = m_database.dialect();
    if (m_spec.searchResolvesRows)
        return resolvedPlan(text);
    for (int index = 0; index < m_spec.columns.size(); ++index) {
        const ListColumn &column = m_spec.columns.at(index);
        if (!column.searchable || column.searchTable.isEmpty())
            continue;
        // First the id set itself, read up to SetPlanRows ids: a common text stops early, a
        // rare one yields its whole set, which the page then uses instead of searching again
        // (a short text scans the table). Then, since one product can have 100,000 orders, the
        // listed rows that set selects. Each alternative is probed alone: an OR of several
        // lets the planner fall back to scanning the table.
        QVariantList binds;
        const QString set
            = dialect.containsIdSet(column.searchTable, column.searchColumns, text, binds);
        CheckedQuery q(m_database,
                       QStringLiteral("SELECT * FROM (") + set + QStringLiteral(") probe LIMIT ?"));
        for (const QVariant &value : std::as_const(binds))
            q.bind(value);
        q.bind(SetPlanRows).exec();
        QList<qint64> ids;
        while (q.next())
            ids << q.value(0).toLongLong();
        if (ids.size() >= SetPlanRows) {
            result.plan = Plan::Walk;
            continue;
        }
        const QString via
            = column.searchWalkVia.isEmpty() ? column.searchVia : column.searchWalkVia;
        QVariantList rowBinds;
        const QString condition = via.arg(dialect.idListSet(ids, rowBinds));
        rowBinds << SetPlanRows;
        const qint64 rows = countOf(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM ")
                                        + m_spec.from + QStringLiteral(" WHERE ") + condition
                                        + QStringLiteral(" LIMIT ?) probe"),
                                    rowBinds);
        if (rows >= SetPlanRows)
            result.plan = Plan::Walk;
        // Small tables (products, tags) are searched again instead: the planner knows their
        // size, not that of a bound list, and drove member_tags from the wrong side.
        if (SqlDialect::hasSearchIndex(column.searchTable))
            result.resolved.insert(index, ids);
    }
    return result;
}

ListQuery::PagePlan ListQuery::resolvedPlan(const QString &text) const
{
    PagePlan walk;
    walk.plan = Plan::Walk;
    const SqlDialect &dialect = m_database.dialect();
    // Without a set to read (no index, or a text too short for one) the walk tests the rows it
    // visits, as it always did: reading the set would scan the whole table. Decided before any
    // other alternative is probed.
    for (const ListColumn &column : m_spec.columns) {
        if (column.searchable
            && (column.searchTable.isEmpty()
                || (column.searchInlineOnWalk
                    && !dialect.containsUsesIndex(column.searchTable, column.searchColumns, text))))
            return walk;
    }
    if (!m_spec.extraSearchColumns.isEmpty())
        return walk;
    QList<qint64> rows;
    for (int index = 0; index < m_spec.columns.size(); ++index) {
        const ListColumn &column = m_spec.columns.at(index);
        if (!column.searchable)
            continue;
        // The listed rows this alternative selects, up to what is left of ResolvedRows: a
        // common text stops early and walks, a rare one yields every row. Each alternative is
        // probed alone (an OR of several lets the planner scan the table).
        QVariantList binds;
        const QString set
            = dialect.containsIdSet(column.searchTable, column.searchColumns, text, binds);
        // A set of the listed rows' own ids is read as it comes: as the operand of IN it would
        // be read whole before the LIMIT applies.
        const bool ownIds = column.searchVia == m_spec.idExpression + QStringLiteral(" IN (%1)");
        const QString probe = ownIds
            ? QString(QStringLiteral("SELECT * FROM (") + set + QStringLiteral(") probe"))
            : QString(QStringLiteral("SELECT ") + m_spec.idExpression + QStringLiteral(" FROM ")
                      + m_spec.from + QStringLiteral(" WHERE ") + column.searchVia.arg(set));
        const qsizetype budget = ResolvedRows - rows.size();
        CheckedQuery q(m_database, probe + QStringLiteral(" LIMIT ?"));
        for (const QVariant &value : std::as_const(binds))
            q.bind(value);
        q.bind(budget).exec();
        qsizetype found = 0;
        while (q.next()) {
            rows << q.value(0).toLongLong();
            ++found;
        }
        if (found >= budget)
            return walk;
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    PagePlan set;
    set.rows = rows;
    return set;
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

void ListQuery::run(const QString &sql, const QVariantList &binds, ListPage &page) const
{
    CheckedQuery q(m_database, sql);
    for (const QVariant &value : binds)
        q.bind(value);
    q.exec();
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
}

qint64 ListQuery::count(const ListFilter &filter) const
{
    const QString head = QStringLiteral("SELECT count(*) FROM ") + m_spec.from;
    const QString text = filter.text.trimmed();
    const Where s = structured(filter);
    const QList<Alternative> alternatives
        = text.isEmpty() ? QList<Alternative>() : textAlternatives(text, Plan::Count);
    if (alternatives.size() < 2 || m_spec.searchAsIdSet) {
        const Where w = where(filter, { Plan::Count, {} });
        QString sql = head;
        if (!w.conditions.isEmpty())
            sql += QStringLiteral(" WHERE ") + w.conditions.join(QStringLiteral(" AND "));
        return countOf(sql, w.binds);
    }
    // An OR of tests driven from different indexes makes the planner scan the whole table. The
    // rows matching A or B or C are those matching A, plus those matching B but not A, plus ...:
    // each part is driven from its own id set. The "not" side tests the listed id against the
    // set form, so the driving index stays covering (a test on another column made SQLite scan
    // a wider index instead); CASE keeps a NULL test on that side.
    const QList<Alternative> sets = textAlternatives(text, Plan::Set);
    QStringList parts;
    QVariantList binds;
    for (qsizetype i = 0; i < alternatives.size(); ++i) {
        QStringList conditions { alternatives.at(i).condition };
        binds << alternatives.at(i).binds;
        for (qsizetype j = 0; j < i; ++j) {
            conditions << QStringLiteral("(CASE WHEN ") + sets.at(j).condition
                    + QStringLiteral(" THEN 1 ELSE 0 END) = 0");
            binds << sets.at(j).binds;
        }
        conditions << s.conditions;
        binds << s.binds;
        parts << QStringLiteral("(") + head + QStringLiteral(" WHERE ")
                + conditions.join(QStringLiteral(" AND ")) + QLatin1Char(')');
    }
    return countOf(QStringLiteral("SELECT ") + parts.join(QStringLiteral(" + ")), binds);
}

ListPage ListQuery::page(const ListFilter &filter, const ListSort &sort, int offset,
                         int limit) const
{
    const Where w = where(filter, pagePlan(filter));
    const QString sortExpr = sortExpression(sort);
    const QString direction = m_database.dialect().orderDirection(sortDescending(sort));
    QString sql
        = QStringLiteral("SELECT ") + selectList(sortExpr) + QStringLiteral(" FROM ") + m_spec.from;
    if (!w.conditions.isEmpty())
        sql += QStringLiteral(" WHERE ") + w.conditions.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY ") + sortExpr + direction + QStringLiteral(", ")
        + m_spec.idExpression + direction + QStringLiteral(" LIMIT ? OFFSET ?");
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
    const QString id = m_spec.idExpression;
    const bool byId = sortExpr == id;
    const QString cmp = desc ? QStringLiteral(" < ") : QStringLiteral(" > ");
    const QString head = QStringLiteral("SELECT ") + selectList(sortExpr) + QStringLiteral(" FROM ")
        + m_spec.from + QStringLiteral(" WHERE ");
    const QString direction = m_database.dialect().orderDirection(desc);
    const QString tail = QStringLiteral(" ORDER BY ") + sortExpr + direction + QStringLiteral(", ")
        + id + direction + QStringLiteral(" LIMIT ?");
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
    run(head + condition + filterSql + tail, binds, result);

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
        run(head + segment + filterSql + tail, segmentBinds, result);
        if (result.rows.size() == before)
            result.last = keep;
    }
    return result;
}

} // namespace cohort
