#include "import/importlimits.h"

#include <QSettings>

namespace cohort::import {

namespace {

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / double(1 << 20), 'f', 1);
}

} // namespace

qint64 ImportLimits::unzippedLimit(qint64 archiveBytes, qint64 maxUnzippedMegabytes)
{
    if (maxUnzippedMegabytes > 0)
        return maxUnzippedMegabytes << 20;
    bool ok = false;
    const qint64 configured = QSettings().value(maxUnzippedSettingsKey()).toLongLong(&ok);
    if (ok && configured > 0)
        return configured << 20;
    const qint64 byRatio = qMax(MinUnzippedBytes, archiveBytes * MaxUnzippedRatio);
    return qMin(DefaultMaxUnzippedMegabytes << 20, byRatio);
}

QString ImportLimits::unzippedTooLargeMessage(const QString &entryName, qint64 entryBytes,
                                              qint64 archiveBytes, qint64 limitBytes)
{
    return tr("%1 in the zip archive would expand to %2 MB, more than the %3 MB allowed for an "
              "archive of %4 MB (a zip bomb?): it was not read, and nothing was imported. If it "
              "really is a chat, raise the limit in Preferences (Largest unzipped chat), with "
              "cohort-cli import --max-unzipped-mb or the setting %5.")
        .arg(entryName, megabytes(entryBytes), megabytes(limitBytes), megabytes(archiveBytes),
             maxUnzippedSettingsKey());
}

QString ImportLimits::jsonTooDeepMessage(qint64 line)
{
    return tr("The JSON is nested more than %1 levels deep at line %2; no chat export is, so "
              "the file was not read further.")
        .arg(MaxJsonDepth)
        .arg(line);
}

} // namespace cohort::import
