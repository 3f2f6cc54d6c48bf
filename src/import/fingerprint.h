#pragma once

#include "import/chatrecord.h"

#include <QStringView>

namespace cohort::import {

/// Stable 64-bit hash (FNV-1a, then a splitmix64 finaliser): fingerprints are stored in
/// workspaces, so they must not depend on Qt's per-process qHash seed or on the Qt version.
class Fingerprint final
{
public:
    explicit Fingerprint(char domain) { addByte(uchar(domain)); }
    Fingerprint &add(QStringView text)
    {
        for (const QChar c : text) {
            addByte(uchar(c.unicode() & 0xff));
            addByte(uchar(c.unicode() >> 8));
        }
        addByte(0xff); // separator: ("ab","c") and ("a","bc") differ
        return *this;
    }
    Fingerprint &add(quint64 value)
    {
        for (int i = 0; i < 8; ++i)
            addByte(uchar(value >> (8 * i)));
        return *this;
    }
    qint64 value() const
    {
        quint64 z = m_hash + 0x9e3779b97f4a7c15ULL;
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return qint64(z ^ (z >> 31));
    }

private:
    void addByte(uchar b)
    {
        m_hash ^= b;
        m_hash *= 0x100000001b3ULL;
    }
    quint64 m_hash = 0xcbf29ce484222325ULL;
};

/// The identity a message's author has in the workspace: the platform's id, else the name.
inline QString identityKey(const AuthorRef &author)
{
    return author.key.isEmpty() ? QString(QStringLiteral("name:") + author.displayName)
                                : author.key;
}

/// The fingerprint a message without a platform id is stored under, before its occurrence is
/// mixed in: the same author, minute and text.
inline qint64 messageKey(const QString &authorKey, qint64 minute, QStringView text)
{
    return Fingerprint('m').add(authorKey).add(quint64(minute)).add(text).value();
}

/// The stored fingerprint of the `occurrence`-th message (0-based) with the same `key`.
inline qint64 occurrenceFingerprint(qint64 key, quint32 occurrence)
{
    return Fingerprint('o').add(quint64(key)).add(quint64(occurrence)).value();
}

} // namespace cohort::import
