#pragma once

#include "storage/workspaceerror.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace cohort {

/// Checks that the SQLite inside Qt's SQL driver has what Cohort's schema and queries use, so
/// a Qt built against an old or trimmed SQLite is named in one clear message at start-up
/// instead of failing in a migration with a raw SQL error.
class EngineCheck final
{
    Q_DECLARE_TR_FUNCTIONS(EngineCheck)

public:
    EngineCheck() = delete;

    struct Feature
    {
        QString name; ///< what the user reads: "JSON functions", "FTS5 with trigrams" ...
        QStringList statements; ///< run in order on an in-memory database; any failure = missing
    };

    /// The features Cohort needs, with the statements that prove each.
    static QList<Feature> required();
    /// Names of the `features` this engine lacks (empty when the driver cannot even open).
    static QStringList missing(const QList<Feature> &features);
    /// The error to show for `missing` features (Kind::DriverMissing), naming each of them and
    /// the engine's version.
    static WorkspaceError errorFor(const QStringList &missing, const QString &engineVersion);
    /// required() checked once per process; the result is kept.
    static WorkspaceError verify();
};

} // namespace cohort
