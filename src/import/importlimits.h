#pragma once

#include <QCoreApplication>
#include <QString>

namespace cohort::import {

/// The sizes past which an import stops trusting its input: a zip that expands far beyond any
/// chat (a zip bomb), a message or line longer than any exporter writes, JSON nested deeper than
/// any export. They keep memory under ~300 MB whatever the file holds (README "Limits").
class ImportLimits final
{
    Q_DECLARE_TR_FUNCTIONS(ImportLimits)

public:
    /// Longer message texts are cut to this many characters, with a warning naming the line.
    /// WhatsApp allows 65,536 characters, Telegram 4,096, Discord 4,000.
    static constexpr qsizetype MaxMessageChars = 100'000;
    /// Line readers keep at most this much of one line and drop the rest up to the line break:
    /// more than a message may hold, so a cut line always ends up as a cut message (and warned).
    static constexpr qsizetype MaxLineChars = MaxMessageChars + 4096;
    /// Deeper JSON is refused; exports nest a handful of levels.
    static constexpr int MaxJsonDepth = 512;

    /// Unzipped chat text allowed by default: the smaller of an absolute cap and a multiple of
    /// the archive's size (chat text deflates about 3 to 8 times), but never less than a floor,
    /// so small archives of very repetitive chats still import.
    static constexpr qint64 DefaultMaxUnzippedMegabytes = 1024;
    static constexpr qint64 MaxUnzippedRatio = 40;
    static constexpr qint64 MinUnzippedBytes = qint64(64) << 20;
    /// QSettings key (megabytes) that raises or lowers the absolute cap for the app and the CLI;
    /// `cohort-cli import --max-unzipped-mb` overrides it.
    static QString maxUnzippedSettingsKey() { return QStringLiteral("import/maxUnzippedMB"); }

    /// Bytes of chat text a zip of `archiveBytes` may expand to. `maxUnzippedMegabytes` > 0 is
    /// the user's explicit cap (it replaces the ratio); 0 takes the setting or the default.
    static qint64 unzippedLimit(qint64 archiveBytes, qint64 maxUnzippedMegabytes);

    /// The error for an archive entry past its limit.
    static QString unzippedTooLargeMessage(const QString &entryName, qint64 entryBytes,
                                           qint64 archiveBytes, qint64 limitBytes);
    static QString jsonTooDeepMessage(qint64 line);
};

} // namespace cohort::import
