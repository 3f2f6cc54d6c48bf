#include "import/sha256.h"

#ifdef COHORT_HAVE_OPENSSL
#include <openssl/evp.h>
#else
#include <QCryptographicHash>
#endif

namespace cohort::import {

#ifdef COHORT_HAVE_OPENSSL

struct Sha256::Private
{
    EVP_MD_CTX *context = EVP_MD_CTX_new();
    bool ok = context && EVP_DigestInit_ex(context, EVP_sha256(), nullptr) == 1;
    ~Private() { EVP_MD_CTX_free(context); }
};

Sha256::Sha256()
    : d(std::make_unique<Private>())
{
}

Sha256::~Sha256() = default;

void Sha256::addData(QByteArrayView bytes)
{
    if (d->ok)
        d->ok = EVP_DigestUpdate(d->context, bytes.data(), size_t(bytes.size())) == 1;
}

QByteArray Sha256::result()
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    if (!d->ok || EVP_DigestFinal_ex(d->context, digest, &size) != 1)
        return QByteArray(); // the caller stores no checksum rather than a wrong one
    d->ok = false;
    return QByteArray(reinterpret_cast<const char *>(digest), int(size));
}

const char *Sha256::backend()
{
    return "OpenSSL";
}

#else

struct Sha256::Private
{
    QCryptographicHash hash { QCryptographicHash::Sha256 };
};

Sha256::Sha256()
    : d(std::make_unique<Private>())
{
}

Sha256::~Sha256() = default;

void Sha256::addData(QByteArrayView bytes)
{
    d->hash.addData(bytes);
}

QByteArray Sha256::result()
{
    return d->hash.result();
}

const char *Sha256::backend()
{
    return "QCryptographicHash";
}

#endif

} // namespace cohort::import
