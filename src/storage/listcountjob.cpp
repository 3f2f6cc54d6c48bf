#include "storage/listcountjob.h"

#include "storage/database.h"
#include "storage/jobrunner.h"
#include "storage/listquery.h"
#include "storage/queryerror.h"

namespace cohort {

QFuture<qint64> ListCountJob::start(Database &database, ListQuerySpec spec, ListFilter filter)
{
    return database.jobs().run(
        [spec = std::move(spec), filter = std::move(filter)](JobContext &job) -> qint64 {
            try {
                return ListQuery(job.database(), spec).count(filter);
            } catch (const QueryError &) {
                return -1;
            }
        });
}

} // namespace cohort
