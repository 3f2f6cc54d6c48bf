#pragma once

#include "storage/changeset.h"
#include "storage/workspaceerror.h"

#include <QList>
#include <QString>
#include <QVariantList>

#include <functional>

class QSqlQuery;

namespace cohort {

class Database;

/// Runs one prepared statement once per id inside one transaction (a savepoint when one is
/// open) and marks `tables` changed; `bind` adds the values for one id. On failure nothing is
/// written and `*error` says why.
bool writeEach(const Database &database, const QString &sql, const QList<qint64> &ids,
               Tables tables, const std::function<void(QSqlQuery &, qint64)> &bind,
               WorkspaceError *error);

/// Prepares `sql` on `query`, binds `values` in order and runs it once; on failure `*error`
/// says why (the caller's transaction rolls back).
bool execBound(QSqlQuery &query, const QString &sql, const QVariantList &values,
               WorkspaceError *error);

} // namespace cohort
