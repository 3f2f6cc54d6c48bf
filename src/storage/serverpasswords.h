#pragma once

#include <QString>

#include <optional>

namespace cohort {

/// Team server passwords kept in the system keychain through QtKeychain (the Keychain on
/// macOS, the Credential Manager on Windows, the Secret Service on Linux), never in the
/// settings or a workspace. A password is kept under its server address as shown, without it
/// (ServerAddress::toDisplayString()). Database::open() looks there when the server wants a
/// password the address does not carry, so the window and every CLI command find it. A build
/// without QtKeychain keeps none (isAvailable() is false) and says so where it offers to.
class ServerPasswords final
{
public:
    static bool isAvailable();
    /// The password kept for `address`; nullopt when none is (or the keychain cannot be
    /// reached: then `error` says why).
    static std::optional<QString> find(const QString &address, QString *error = nullptr);
    /// Keeps `password` for `address`, replacing the one kept before.
    static bool store(const QString &address, const QString &password, QString *error = nullptr);
    /// Forgets the password of `address`; true when none is kept afterwards.
    static bool remove(const QString &address, QString *error = nullptr);
    /// `address` with `password` as its libpq parameter, for one connection; `address` when the
    /// password is empty.
    static QString withPassword(const QString &address, const QString &password);
};

} // namespace cohort
