#pragma once

#include <QString>

namespace cohort {

class Database;

/// The name a workspace goes by in reports and titles: a file's name without its extension, or
/// a team workspace's database name; empty for an untitled (in-memory) one.
QString workspaceName(const Database &database);

} // namespace cohort
