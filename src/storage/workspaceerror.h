#pragma once

#include <QString>

namespace cohort {

/// Why a workspace could not be opened or written, with a translated message for the user.
struct WorkspaceError
{
    enum class Kind {
        None,
        NotFound,
        NotAWorkspace, ///< not SQLite, or SQLite without Cohort's marks; never modified
        Corrupt, ///< quick_check failed or the header is unreadable; never modified
        TooNew, ///< written by a newer, incompatible Cohort
        ReadOnly, ///< the file or its folder cannot be written
        Locked, ///< another process holds it
        DriverMissing, ///< the Qt SQL driver is not installed
        Io, ///< disk full, I/O error, or any other failure of the database engine
        Invalid, ///< the change breaks a rule of the domain (self-referral, unknown product ...)
        Denied, ///< the team server refused it: the user's role does not allow it
        Disconnected, ///< the connection to the team server was lost or could not be made
    };
    Kind kind = Kind::None;
    QString message; ///< one line: the file and what is wrong
    QString details; ///< the raw findings behind it (e.g. every quick_check line), may be empty
    bool isError() const { return kind != Kind::None; }
};

} // namespace cohort
