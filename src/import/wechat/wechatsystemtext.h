#pragma once

#include "import/chatrecord.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

namespace cohort::import {

/// Reads WeChat system notices (Type 10000 rows): unwraps their XML and recognises joins,
/// invitations, QR-code joins, removals, leaves, recalls and group renames.
class WeChatSystemText final
{
public:
    /// The plain notice text of `raw`: CDATA, `<revokemsg>`, `<sysmsg>` wrappers, the
    /// "re-edit" link and other tags removed; `$name$` template variables of a
    /// `sysmsgtemplate` replaced by the member names. Members' wxids land in `keysByName`.
    static QString clean(QStringView raw, QHash<QString, QString> *keysByName = nullptr);

    /// Appends to `out` the records `raw` stands for (time and line left for the caller):
    /// Join/Removed/Leave/Rename records, a Deleted message for a recall, else one System record.
    /// `self` stands for "你" (the exporting user). Returns false when the text matched no
    /// known notice; `out` then holds a System record with the cleaned text.
    static bool interpret(QStringView raw, const AuthorRef &self, QList<ChatRecord> &out);
};

} // namespace cohort::import
