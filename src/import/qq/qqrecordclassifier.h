#pragma once

#include "import/chatrecord.h"

#include <QCoreApplication>
#include <QStringView>

namespace cohort::import {

class RecordSink;

/// Decides what a finished QQ record is: a user message of some kind, or a system notice that
/// becomes Join/Leave/Removed/System records.
class QqRecordClassifier final
{
    Q_DECLARE_TR_FUNCTIONS(QqRecordClassifier)

public:
    QqRecordClassifier() = delete;

    /// Kind of a user message from its body: placeholders → Media, `#接龙` lists → Solitaire.
    static MessageKind messageKind(QStringView body);
    /// Emits the records a notice of `系统消息(10000)`/`(1000000)` stands for. `base` carries
    /// line, time and text; an invite of several people yields one Join per invitee.
    /// Returns the number of records emitted.
    static int emitSystem(ChatRecord &&base, RecordSink &sink);
};

} // namespace cohort::import
