#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

namespace cohort::import {

/// Incremental SHA-256 of an import's file (the batch's checksum). Uses OpenSSL's libcrypto
/// where the build found it: it runs on the CPU's SHA instructions, about six times faster than
/// QCryptographicHash in Qt 6.4, which matters when a 400 MB export is hashed on a core the
/// parse also wants. Elsewhere it falls back to QCryptographicHash; the digests are equal.
class Sha256 final
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void addData(QByteArrayView bytes);
    /// The 32-byte digest; call once, after the last addData().
    QByteArray result();
    /// Which implementation runs, for the benchmark's output.
    static const char *backend();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace cohort::import
