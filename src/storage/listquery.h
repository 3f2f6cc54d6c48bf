#pragma once

#include "storage/listqueryspec.h"

#include <QHash>

#include <optional>

namespace cohort {

class Database;

/// Runs the count and page queries of one list spec: text and structured filters, ORDER BY a
/// column with the id as tie-breaker, and seek-based paging. All values are bound parameters.
/// Every query throws QueryError when the workspace cannot be read.
class ListQuery final
{
public:
    ListQuery(const Database &database, ListQuerySpec spec);

    const ListQuerySpec &spec() const { return m_spec; }
    /// Rows matching `filter`.
    qint64 count(const ListFilter &filter) const;
    /// Rows [offset, offset + limit) in `sort` order. For scrolling use pageAfter(): an OFFSET
    /// makes the database read every skipped row.
    ListPage page(const ListFilter &filter, const ListSort &sort, int offset, int limit) const;
    /// The `limit` rows that follow `after` (the `last` of the previous page; an invalid cursor
    /// means the first page).
    ListPage pageAfter(const ListFilter &filter, const ListSort &sort, const ListCursor &after,
                       int limit) const;

private:
    struct Where
    {
        QStringList conditions;
        QVariantList binds;
    };
    /// How a page with a text filter finds its rows. Set: the matching ids are collected first
    /// (through the search index) and sorted, cheap when few rows match. Walk: the sort index is
    /// walked and every row tested, cheap when many match (a page fills after a few hundred
    /// rows) but a pass over the whole table when none do. Count: each test in the form that
    /// counts fastest (driven from its id set, or inline where the set would scan anyway).
    enum class Plan { Set, Walk, Count };
    /// Rows matched through a set below this use the set plan.
    static constexpr int SetPlanRows = 2000;
    /// The same for ListQuerySpec::searchResolvesRows, over all alternatives together. Reading
    /// a row by id costs a few microseconds, testing a row on a walk under one: at 1e6 messages
    /// the set of 6,000 rows and the walk to the 256th of 6,000 cost about the same.
    static constexpr int ResolvedRows = 6000;
    /// One way of matching the text: a condition on the listed row and its binds.
    struct Alternative
    {
        QString condition;
        QVariantList binds;
    };
    /// The plan of one page, with the id sets the probe already read in full (by column index),
    /// so the page does not search for them a second time.
    struct PagePlan
    {
        Plan plan = Plan::Set;
        QHash<int, QList<qint64>> resolved;
        /// ListQuerySpec::searchResolvesRows: the listed rows every alternative selects, when
        /// the set plan was chosen.
        std::optional<QList<qint64>> rows;
    };
    QList<Alternative> textAlternatives(const QString &text, Plan plan,
                                        const QHash<int, QList<qint64>> &resolved = {}) const;
    /// The text alternatives (ORed) and the structured filters, in the plan's forms.
    Where where(const ListFilter &filter, const PagePlan &plan) const;
    Where structured(const ListFilter &filter) const;
    PagePlan pagePlan(const ListFilter &filter) const;
    /// pagePlan() for ListQuerySpec::searchResolvesRows.
    PagePlan resolvedPlan(const QString &text) const;
    /// Whether `plan` tests the column's searchInline expressions on each listed row.
    bool testsInline(const ListColumn &column, const QString &text, Plan plan) const;
    qint64 countOf(const QString &sql, const QVariantList &binds) const;

    QString sortExpression(const ListSort &sort) const;
    bool sortDescending(const ListSort &sort) const;
    QString selectList(const QString &sortExpr) const;
    void run(const QString &sql, const QVariantList &binds, ListPage &page) const;

    const Database &m_database;
    ListQuerySpec m_spec;
};

} // namespace cohort
