#include "storage/serverpasswords.h"

#include "storage/serveraddress.h"

#include <QUrl>

#ifdef COHORT_HAVE_KEYCHAIN
#include <qt6keychain/keychain.h>

#include <QEventLoop>
#endif

namespace cohort {

namespace {

#ifdef COHORT_HAVE_KEYCHAIN
const char *const Service = "Cohort team server";

/// The address as kept: never with its password, the same however it was typed.
QString keyOf(const QString &address)
{
    return ServerAddress::parse(address).toDisplayString();
}

/// Runs `job` to its end: QtKeychain reports through signals, and a caller here wants the
/// answer now (opening a workspace, a CLI command).
void runToEnd(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
}
#endif

} // namespace

QString ServerPasswords::withPassword(const QString &address, const QString &password)
{
    if (password.isEmpty())
        return address;
    return address + (address.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?'))
        + QStringLiteral("password=") + QString::fromLatin1(QUrl::toPercentEncoding(password));
}

bool ServerPasswords::isAvailable()
{
#ifdef COHORT_HAVE_KEYCHAIN
    return true;
#else
    return false;
#endif
}

std::optional<QString> ServerPasswords::find(const QString &address, QString *error)
{
#ifdef COHORT_HAVE_KEYCHAIN
    QKeychain::ReadPasswordJob job(QString::fromLatin1(Service));
    job.setKey(keyOf(address));
    runToEnd(job);
    if (job.error() == QKeychain::NoError)
        return job.textData();
    if (job.error() != QKeychain::EntryNotFound && error)
        *error = job.errorString();
    return std::nullopt;
#else
    Q_UNUSED(address)
    Q_UNUSED(error)
    return std::nullopt;
#endif
}

bool ServerPasswords::store(const QString &address, const QString &password, QString *error)
{
#ifdef COHORT_HAVE_KEYCHAIN
    QKeychain::WritePasswordJob job(QString::fromLatin1(Service));
    job.setKey(keyOf(address));
    job.setTextData(password);
    runToEnd(job);
    if (job.error() == QKeychain::NoError)
        return true;
    if (error)
        *error = job.errorString();
    return false;
#else
    Q_UNUSED(address)
    Q_UNUSED(password)
    if (error)
        *error = QStringLiteral("this build of Cohort has no keychain support");
    return false;
#endif
}

bool ServerPasswords::remove(const QString &address, QString *error)
{
#ifdef COHORT_HAVE_KEYCHAIN
    QKeychain::DeletePasswordJob job(QString::fromLatin1(Service));
    job.setKey(keyOf(address));
    runToEnd(job);
    if (job.error() == QKeychain::NoError || job.error() == QKeychain::EntryNotFound)
        return true;
    if (error)
        *error = job.errorString();
    return false;
#else
    Q_UNUSED(address)
    Q_UNUSED(error)
    return true;
#endif
}

} // namespace cohort
