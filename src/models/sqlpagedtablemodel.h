#pragma once

#include "models/listcellformatter.h"
#include "storage/changeset.h"
#include "storage/listquery.h"

#include <QAbstractTableModel>
#include <QLocale>
#include <QTimeZone>

#include <functional>
#include <memory>
#include <optional>

namespace cohort {

class Database;
class QueryError;

/// A large list as a table: rows are fetched lazily in pages (canFetchMore/fetchMore), sorting
/// and filtering run in SQL, and the model reloads itself when a commit touches its tables.
class SqlPagedTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int PageSize = 256;
    enum Role {
        IdRole = Qt::UserRole, ///< the row's id (qint64)
        RawValueRole, ///< the value as stored (key, minor units, Unix seconds ...)
    };

    SqlPagedTableModel(Database &database, ListQuerySpec spec, QObject *parent = nullptr);
    ~SqlPagedTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    /// Sorts in SQL. Columns that cannot sort fast (isSortable() false) are ignored.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    const ListQuerySpec &spec() const { return m_query.spec(); }
    QString columnKey(int column) const;
    int columnOf(const QString &key) const { return spec().columnIndex(key); }
    bool isSortable(int column) const;
    int sortColumn() const { return m_sort.column; }
    Qt::SortOrder sortOrder() const
    {
        return m_sort.descending ? Qt::DescendingOrder : Qt::AscendingOrder;
    }

    const ListFilter &filter() const { return m_filter; }
    void setFilter(const ListFilter &filter);
    /// The search box: case-insensitive substring over the searchable columns.
    void setTextFilter(const QString &text);
    /// A structured filter of the spec (ListSpecs keys); an invalid QVariant removes it.
    void setFilterValue(const QString &key, const QVariant &value);

    /// Rows matching the filter in the database (not only the loaded ones); -1 when it cannot be
    /// read (the rows report that failure through queryFailed).
    qint64 totalCount() const;
    qint64 idAt(int row) const;
    /// Row of `id` among the loaded rows, or -1.
    int rowOfId(qint64 id) const;
    /// Loads every remaining page (export, select all).
    void fetchAll();
    /// True from a failed read until a read succeeds again (refresh() retries).
    bool hasFailed() const { return m_failed; }

    /// Locale of numbers, dates and money (the application default unless set).
    void setLocale(const QLocale &locale);
    /// The display texts of the cells as of now (locale, workspace zone, language); a CSV
    /// export formats its rows with it on a worker thread.
    std::shared_ptr<const ListCellFormatter> formatter() const;

public Q_SLOTS:
    /// Reloads from the database, keeping as many rows loaded as before.
    void refresh();
    /// Headers and enum names follow a runtime language switch. Called on QEvent::LanguageChange
    /// of the application, which QCoreApplication::installTranslator sends.
    void retranslate();

Q_SIGNALS:
    /// A read failed (the rows shown may be incomplete): `message` is for the user, `details`
    /// names the statement and the driver's message.
    void queryFailed(const QString &message, const QString &details);
    /// A read succeeded after queryFailed.
    void queryRecovered();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    /// Builds the formatter of formatter(); subclasses with derived columns return their own.
    virtual std::shared_ptr<const ListCellFormatter> makeFormatter() const;
    /// The next formatter() is built anew (a setting it depends on changed).
    void resetFormatter();
    /// The loaded row `row` (0 <= row < rowCount()).
    const ListRow &rowAt(int row) const { return m_rows.at(row); }
    QLocale locale() const { return m_locale; }
    QTimeZone timeZone() const { return m_timeZone; }
    /// Marks the model failed and emits queryFailed (subclasses reading more than the rows).
    void reportFailure(const QueryError &error);
    /// Loads every row and orders them by `less` in memory (a column computed outside SQL; for
    /// short lists only). The next reload brings back the SQL order.
    void sortLoadedRows(const std::function<bool(const ListRow &, const ListRow &)> &less);

private:
    void reload(int keepRows);
    void reportSuccess();
    void onChanged(Tables tables);

    Database &m_database;
    ListQuery m_query;
    QList<ListRow> m_rows;
    ListCursor m_cursor;
    bool m_atEnd = false;
    bool m_notifying = false;
    bool m_failed = false;
    ListFilter m_filter;
    ListSort m_sort;
    mutable std::optional<qint64> m_count;
    QLocale m_locale;
    QTimeZone m_timeZone;
    mutable std::shared_ptr<const ListCellFormatter> m_formatter;
};

} // namespace cohort
