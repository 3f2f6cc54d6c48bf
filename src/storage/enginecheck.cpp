#include "storage/enginecheck.h"

#include "storage/database.h"
#include "storage/sqldialect.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

#include <sqlite3.h>

namespace cohort {

QList<EngineCheck::Feature> EngineCheck::required()
{
    // RowScan and MessageGrams call the SQLite C API on the driver's connections, with the
    // SQLite Cohort links. Qt's own Windows and macOS builds carry a private copy inside the
    // driver, and using one copy's connection from another is undefined (a crash at best): a
    // driver whose SQLite is not this one is refused here. json('') fails, so the statement does.
    QString sourceId = QString::fromLatin1(sqlite3_sourceid());
    sourceId.replace(QLatin1Char('\''), QStringLiteral("''"));
    return {
        { tr("the SQLite Cohort was built with (%1) inside Qt's SQL driver, not a copy of its own")
              .arg(QString::fromLatin1(sqlite3_libversion())),
          { QStringLiteral("SELECT json(CASE sqlite_source_id() WHEN '%1' THEN '1' ELSE '' END)")
                .arg(sourceId) } },
        { tr("SQLite 3.35 or later"),
          { QStringLiteral("CREATE TEMP TABLE cohort_probe (a INTEGER)"),
            // RETURNING came with 3.35, as did MATERIALIZED below.
            QStringLiteral("INSERT INTO cohort_probe (a) VALUES (1) RETURNING a") } },
        { tr("JSON functions"),
          { QStringLiteral("SELECT json_extract(json_object('a', 1), '$.a')"),
            QStringLiteral("SELECT value FROM json_each('[1,2]')") } },
        { tr("MATERIALIZED common table expressions"),
          { QStringLiteral("WITH t AS MATERIALIZED (SELECT 1 AS x) SELECT x FROM t") } },
        { tr("FTS5 full-text search with the trigram tokenizer"),
          { QStringLiteral("CREATE VIRTUAL TABLE temp.cohort_fts USING fts5(body, "
                           "tokenize = 'trigram', content = '')"),
            // The tokenizer options of messages_grams (migration 0014).
            QStringLiteral("CREATE VIRTUAL TABLE temp.cohort_grams USING fts5(grams, content = '', "
                           "detail = 'none', tokenize = \"unicode61 remove_diacritics 0 "
                           "categories 'L* M* N* P* S* Z* C*' separators ' '\")") } },
    };
}

QStringList EngineCheck::missing(const QList<Feature> &features)
{
    QStringList absent;
    const QString name = QStringLiteral("cohort-engine-check-") + QUuid::createUuid().toString();
    {
        const SqlDialect dialect;
        QSqlDatabase db = QSqlDatabase::addDatabase(dialect.driverName(), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (db.open()) {
            for (const Feature &feature : features) {
                for (const QString &statement : feature.statements) {
                    QSqlQuery query(db);
                    if (!query.exec(statement)) {
                        absent << feature.name;
                        break;
                    }
                }
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return absent;
}

WorkspaceError EngineCheck::errorFor(const QStringList &missing, const QString &engineVersion)
{
    if (missing.isEmpty())
        return {};
    WorkspaceError error;
    error.kind = WorkspaceError::Kind::DriverMissing;
    //: %1 = version of the SQLite library, %2 = list of missing features
    error.message = tr("The SQLite %1 inside this Qt's SQL driver lacks what Cohort needs: %2. "
                       "Install Cohort with the Qt it was built for, or a Qt whose SQLite is "
                       "3.35 or later with JSON and FTS5.")
                        .arg(engineVersion.isEmpty() ? tr("(unknown version)") : engineVersion,
                             missing.join(tr("; ")));
    return error;
}

WorkspaceError EngineCheck::verify()
{
    // Static local: checked once, thread-safe, and only when a workspace is first opened.
    static const WorkspaceError result = [] {
        const QStringList absent = missing(required());
        if (absent.isEmpty())
            return WorkspaceError();
        return errorFor(absent, Database::driverEngineVersion());
    }();
    return result;
}

} // namespace cohort
