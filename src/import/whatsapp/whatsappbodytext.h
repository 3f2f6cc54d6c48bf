#pragma once

#include "domain/enums.h"

#include <QStringView>

namespace cohort::import {

/// Recognises what a WhatsApp message body is (media placeholder, deleted stub, link/location)
/// and removes the "edited" marker, in the locales we know.
class WhatsAppBodyText final
{
public:
    static MessageKind kindOf(QStringView body);
    /// `body` without a trailing `<This message was edited>` (or its translation).
    static QStringView withoutEditedMarker(QStringView body);
    /// `text` without leading/trailing spaces and invisible bidi marks.
    static QStringView trimmed(QStringView text);
};

} // namespace cohort::import
