#pragma once

#include "collectingsink.h"
#include "import/whatsapp/whatsappparser.h"
#include "testsupport.h"

#include <QDateTime>
#include <QFile>
#include <QTest>

/// Fixtures and checks shared by the WhatsApp parser tests.
namespace cohort::test {

inline qint64 wall(int y, int mo, int d, int h, int mi, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC).toSecsSinceEpoch();
}

inline QString fixture(const char *name)
{
    return test::dataPath(QStringLiteral("import/whatsapp/") + QString::fromUtf8(name));
}

inline import::ParseResult parseFile(const QString &path, CollectingSink &sink,
                                     import::DateOrder order = import::DateOrder::Auto)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open fixture %s", qPrintable(path));
    import::ParseOptions options;
    options.dateOrder = order;
    return import::WhatsAppParser().parse(file, options, sink);
}

inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open fixture %s", qPrintable(path));
    return file.readAll();
}

// Compares one record's essentials; `actor` only where it matters.
inline void checkRecord(const import::ChatRecord &r, import::RecordType type, qint64 line,
                        qint64 wallSeconds, const QString &author, const QString &text,
                        MessageKind kind = MessageKind::Text, const QString &actor = QString())
{
    QCOMPARE(r.type, type);
    QCOMPARE(r.line, line);
    QCOMPARE(r.wallSeconds, wallSeconds);
    QCOMPARE(r.author.displayName, author);
    QVERIFY(r.author.key.isEmpty());
    QCOMPARE(r.text, text);
    if (type == import::RecordType::Message)
        QCOMPARE(r.kind, kind);
    QCOMPARE(r.actor.displayName, actor);
    QVERIFY(!r.hasUtc);
}

} // namespace cohort::test
