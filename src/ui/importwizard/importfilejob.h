#pragma once

#include "import/chatlist.h"
#include "import/importpipeline.h"
#include "import/importpreview.h"

#include <QString>

namespace cohort {

/// One file of an import wizard run: its preview, where it goes and, afterwards, what happened.
struct ImportFileJob
{
    QString path;
    import::ImportPreview preview;
    bool previewed = false;
    qint64 groupId = 0; ///< an existing group; 0 = a new group (or one per chat, see multiChat)
    QString newGroupName; ///< as the user typed it
    QString chatTitle; ///< the name the file gives its chat (or the file's base name)
    /// Why groupId was proposed: the group already holds the file's first messages.
    QString groupNote;
    import::DateOrder dateOrder = import::DateOrder::Auto;
    /// The chats of a full-account export, and the ids of those to import (groups and
    /// channels unless the user changes it).
    import::ChatList chatList;
    QStringList chosenChats;
    import::ImportSummary summary;
    bool finished = false; ///< summary is set

    bool canImport() const { return previewed && preview.ok(); }
    bool multiChat() const { return preview.chatNames.size() > 1 || choosesChats(); }
    bool choosesChats() const { return chatList.accountExport; }
    bool needsDateOrder() const
    {
        return preview.dateOrderAmbiguous && dateOrder == import::DateOrder::Auto;
    }
};

} // namespace cohort
