#pragma once

#include "import/chatrecord.h"

#include <QCoreApplication>
#include <QStringView>

namespace cohort::import {

class RecordSink;

/// Decides what a WeChat TXT record is: the kind of a user message from its placeholders, or the
/// Join/Removed/Rename/System records a grey system notice stands for.
class WeChatTextClassifier final
{
    Q_DECLARE_TR_FUNCTIONS(WeChatTextClassifier)

public:
    WeChatTextClassifier() = delete;

    /// `[图片]` (v2) and `【图片】` (v3) placeholders → Media, `【分享链接】`/`[链接]` →
    /// LinkOrCard,
    /// `#接龙` lists → Solitaire.
    static MessageKind messageKind(QStringView body);
    /// Emits the records for the system text in `base.text` (one Join per invitee). Returns how
    /// many records were emitted.
    static int emitSystem(ChatRecord &&base, RecordSink &sink);
};

} // namespace cohort::import
