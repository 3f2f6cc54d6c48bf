#pragma once

#include "analytics/metricsrequest.h"
#include "storage/analyticsfacts.h"

namespace cohort::test {

/// A small random workspace snapshot for property tests: a few groups, members who join, leave
/// and come back (sometimes with no known join time), write, buy in or outside the groups, refer
/// each other and break rules, in one of three time zones (one with DST). The same seed gives
/// the same facts.
AnalyticsFacts randomFacts(quint32 seed);

/// A random request over `facts`: a range around the data (sometimes past its end or empty), a
/// scope of every group, one group or a few, and a granularity.
MetricsRequest randomRequest(const AnalyticsFacts &facts, quint32 seed);

} // namespace cohort::test
