#include "whatsappfixtures.h"

#include <QBuffer>
#include <QTest>

#include <vector>

using namespace cohort;
using namespace cohort::import;
using namespace cohort::test;

/// WhatsApp .txt lines: the Android and iOS grammars in several languages, date order, timestamps,
/// system lines and message bodies, record by record.
class TestWhatsAppLines : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void androidRecords();
    void iosRecords();
    void spanishRecords();
    void germanRecords();
    void chineseRecords();
    void mixedLineEnds();
    void ambiguousDates();
    void timestamps_data();
    void timestamps();
    void systemLines_data();
    void systemLines();
    void iosMarkedBodies();
    void gluedBody();
    void markedUserText();
    void hourZeroBeforeNoon();
    void namesWithCommas();
};

void TestWhatsAppLines::androidRecords()
{
    CollectingSink sink;
    QVERIFY(parseFile(fixture("android_en_24h.txt"), sink).ok());
    QCOMPARE(int(sink.records.size()), 23);
    const auto &r = sink.records;
    const QString alice = QStringLiteral("Alice");
    checkRecord(r[0], RecordType::System, 2, wall(2023, 1, 15, 9, 0), QString(),
                QStringLiteral("Messages and calls are end-to-end encrypted. No one outside of "
                               "this chat, not even WhatsApp, can read or listen to them. Tap to "
                               "learn more."));
    checkRecord(r[1], RecordType::Rename, 3, wall(2023, 1, 15, 9, 0), QString(),
                QStringLiteral("Book Club"), MessageKind::System, alice);
    QVERIFY(r[1].groupCreated); // "Alice created group": Alice owns it
    const char *added[] = { "Bob", "Carol", "Dave" };
    for (int i = 0; i < 3; ++i) {
        checkRecord(r[2 + i], RecordType::Join, 4, wall(2023, 1, 15, 9, 1),
                    QString::fromUtf8(added[i]), QStringLiteral("Alice added Bob, Carol and Dave"),
                    MessageKind::System, alice);
    }
    checkRecord(r[5], RecordType::Join, 5, wall(2023, 1, 15, 9, 2), QStringLiteral("Eve"),
                QStringLiteral("Eve joined using this group's invite link"));
    checkRecord(r[6], RecordType::Message, 6, wall(2023, 1, 15, 9, 5), QStringLiteral("Bob"),
                QStringLiteral("Hello everyone"));
    checkRecord(r[7], RecordType::Message, 7, wall(2023, 1, 15, 9, 6), QStringLiteral("Carol"),
                QStringLiteral("First line\nsecond line\nthird line: with colon"));
    checkRecord(r[8], RecordType::Message, 10, wall(2023, 1, 15, 9, 7), QStringLiteral("Carol"),
                QString());
    checkRecord(r[9], RecordType::Message, 11, wall(2023, 1, 15, 9, 8), QStringLiteral("Dave"),
                QStringLiteral("Time: 10:00 - bring snacks: chips"));
    checkRecord(r[10], RecordType::Message, 12, wall(2023, 1, 15, 9, 9), QStringLiteral("Bob"),
                QStringLiteral("<Media omitted>"), MessageKind::Media);
    checkRecord(r[11], RecordType::Message, 13, wall(2023, 1, 15, 9, 10), QStringLiteral("Eve"),
                QStringLiteral("IMG-20230115-WA0001.jpg (file attached)\nLook at this"),
                MessageKind::Media);
    checkRecord(r[12], RecordType::Message, 15, wall(2023, 1, 15, 9, 11), alice,
                QStringLiteral("This message was deleted"), MessageKind::Deleted);
    checkRecord(r[13], RecordType::Message, 16, wall(2023, 1, 15, 9, 12), QStringLiteral("Bob"),
                QStringLiteral("You deleted this message"), MessageKind::Deleted);
    checkRecord(r[14], RecordType::Message, 17, wall(2023, 1, 15, 9, 13), QStringLiteral("Carol"),
                QStringLiteral("location: https://maps.google.com/?q=52.52,13.40"),
                MessageKind::LinkOrCard);
    checkRecord(r[15], RecordType::Message, 18, wall(2023, 1, 15, 9, 14), QStringLiteral("Dave"),
                QStringLiteral("https://example.org/book"), MessageKind::LinkOrCard);
    checkRecord(r[16], RecordType::Message, 19, wall(2023, 1, 15, 9, 15), QStringLiteral("Eve"),
                QStringLiteral("I meant Tuesday"));
    // The ": " inside the quoted name must not make "Alice changed ..." an author.
    checkRecord(r[17], RecordType::Rename, 20, wall(2023, 1, 15, 9, 20), QString(),
                QStringLiteral("Book Club: 2023"), MessageKind::System, alice);
    QVERIFY(!r[17].groupCreated); // a rename, not a creation
    checkRecord(r[18], RecordType::Removed, 21, wall(2023, 1, 16, 18, 30), QStringLiteral("Dave"),
                QStringLiteral("Alice removed Dave"), MessageKind::System, alice);
    checkRecord(r[19], RecordType::Leave, 22, wall(2023, 1, 16, 18, 31), QStringLiteral("Eve"),
                QStringLiteral("Eve left"));
    // Earlier than the line above, kept where the file puts it.
    checkRecord(r[20], RecordType::Message, 23, wall(2023, 1, 16, 18, 25), QStringLiteral("Bob"),
                QStringLiteral("Out of order line"));
    checkRecord(r[21], RecordType::System, 24, wall(2023, 1, 17, 7, 5), QString(),
                QStringLiteral("Alice changed this group's icon"));
    checkRecord(r[22], RecordType::Message, 25, wall(2023, 1, 17, 7, 6),
                QStringLiteral("+1 555-0100"),
                QStringLiteral("I am a phone number\n2/30/23, 10:00 - Bob: impossible date"));

    QCOMPARE(int(sink.warnings.size()), 2);
    QCOMPARE(sink.warnings[0].first, qint64(1));
    QVERIFY(sink.warnings[0].second.contains(QLatin1String("Exported by a test fixture")));
    QCOMPARE(sink.warnings[1].first, qint64(26));
    QVERIFY(sink.warnings[1].second.contains(QLatin1String("2/30/23, 10:00")));
}

void TestWhatsAppLines::iosRecords()
{
    CollectingSink sink;
    QVERIFY(parseFile(fixture("ios_en_12h.txt"), sink).ok());
    QCOMPARE(int(sink.records.size()), 14);
    QVERIFY(sink.warnings.empty());
    const auto &r = sink.records;
    const QString alice = QStringLiteral("Alice");
    // System lines "said" by the chat name after U+200E are system lines, not messages.
    checkRecord(r[0], RecordType::System, 1, wall(2023, 1, 20, 21, 5, 12), QString(),
                QStringLiteral("Messages and calls are end-to-end encrypted. No one outside of "
                               "this chat, not even WhatsApp, can read or listen to them."));
    // ChatInfo carries "Book Club", the name the chat had when exported (see summary()).
    checkRecord(r[1], RecordType::Rename, 2, wall(2023, 1, 20, 21, 5, 12), QString(),
                QStringLiteral("Readers"), MessageKind::System, alice);
    checkRecord(r[2], RecordType::Message, 3, wall(2023, 1, 20, 21, 6), alice,
                QStringLiteral("Hi all"));
    checkRecord(r[3], RecordType::Message, 4, wall(2023, 1, 20, 21, 7, 30), QStringLiteral("Bob"),
                QStringLiteral("image omitted"), MessageKind::Media);
    checkRecord(r[4], RecordType::Message, 5, wall(2023, 1, 20, 21, 8), QStringLiteral("Carol"),
                QStringLiteral("<attached: 00000001-PHOTO-2023-01-20-21-08-00.jpg>"),
                MessageKind::Media);
    QCOMPARE(r[5].kind, MessageKind::Media);
    QVERIFY(r[5].text.endsWith(QLatin1String("document omitted")));
    checkRecord(r[6], RecordType::Message, 7, wall(2023, 1, 20, 21, 10), QStringLiteral("Bob"),
                QStringLiteral("This message was deleted."), MessageKind::Deleted);
    checkRecord(r[7], RecordType::Message, 8, wall(2023, 1, 20, 0, 0, 5), QStringLiteral("Carol"),
                QStringLiteral("Midnight-ish"));
    checkRecord(r[8], RecordType::Message, 9, wall(2023, 1, 20, 12, 30), alice,
                QStringLiteral("Noon-ish"));
    checkRecord(r[9], RecordType::Join, 10, wall(2023, 1, 21, 8, 0), QStringLiteral("Dave"),
                QStringLiteral("Alice added Dave"), MessageKind::System, alice);
    checkRecord(r[10], RecordType::Message, 11, wall(2023, 1, 21, 8, 1), QStringLiteral("Dave"),
                QStringLiteral("Thanks!"));
    checkRecord(
        r[11], RecordType::Message, 12, wall(2023, 1, 21, 8, 2), alice,
        QStringLiteral("POLL:\nWhat day?\nOPTION: Monday (2 votes)\nOPTION: Friday (1 vote)"));
    checkRecord(r[12], RecordType::Leave, 16, wall(2023, 1, 21, 8, 3), QStringLiteral("Bob"),
                QStringLiteral("Bob left"));
    QCOMPARE(r[13].type, RecordType::System);
    QVERIFY(r[13].text.startsWith(QLatin1String("Your security code with Carol changed.")));
}

void TestWhatsAppLines::spanishRecords()
{
    CollectingSink sink;
    QVERIFY(parseFile(fixture("spanish_ampm.txt"), sink).ok());
    QCOMPARE(int(sink.records.size()), 12);
    const auto &r = sink.records;
    const QString ana = QStringLiteral("Ana");
    checkRecord(r[1], RecordType::Rename, 2, wall(2023, 3, 14, 9, 16), QString(),
                QStringLiteral("Vecinos"), MessageKind::System, ana);
    checkRecord(r[2], RecordType::Join, 3, wall(2023, 3, 14, 9, 17), QStringLiteral("Luis"),
                QStringLiteral("Ana añadió a Luis y Marta"), MessageKind::System, ana);
    checkRecord(r[3], RecordType::Join, 3, wall(2023, 3, 14, 9, 17), QStringLiteral("Marta"),
                QStringLiteral("Ana añadió a Luis y Marta"), MessageKind::System, ana);
    checkRecord(r[4], RecordType::Join, 4, wall(2023, 3, 14, 9, 18), QStringLiteral("Pedro"),
                QStringLiteral("Pedro se unió usando el enlace de invitación de este grupo"));
    checkRecord(r[5], RecordType::Message, 5, wall(2023, 3, 14, 12, 5), QStringLiteral("Luis"),
                QStringLiteral("Hola a todos"));
    checkRecord(r[6], RecordType::Message, 6, wall(2023, 3, 14, 13, 30), QStringLiteral("Marta"),
                QStringLiteral("<Multimedia omitido>"), MessageKind::Media);
    checkRecord(r[7], RecordType::Message, 7, wall(2023, 3, 14, 13, 31), QStringLiteral("Pedro"),
                QStringLiteral("Se eliminó este mensaje"), MessageKind::Deleted);
    checkRecord(r[8], RecordType::Removed, 8, wall(2023, 3, 14, 23, 59), QStringLiteral("Pedro"),
                QStringLiteral("Ana eliminó a Pedro"), MessageKind::System, ana);
    checkRecord(r[9], RecordType::Leave, 9, wall(2023, 3, 15, 0, 1), QStringLiteral("Marta"),
                QStringLiteral("Marta salió"));
    checkRecord(r[10], RecordType::Rename, 10, wall(2023, 3, 15, 8, 0), QString(),
                QStringLiteral("Vecinos del barrio"), MessageKind::System, ana);
    checkRecord(r[11], RecordType::Message, 11, wall(2023, 3, 15, 8, 2), QStringLiteral("Luis"),
                QStringLiteral("Nos vemos: mañana"));
}

void TestWhatsAppLines::germanRecords()
{
    CollectingSink sink;
    QVERIFY(parseFile(fixture("german_feff.txt"), sink).ok());
    QCOMPARE(int(sink.records.size()), 12);
    QVERIFY(sink.warnings.empty());
    const auto &r = sink.records;
    const QString du = QStringLiteral("Du");
    QCOMPARE(r[0].type, RecordType::System);
    checkRecord(r[1], RecordType::Rename, 2, wall(2023, 2, 3, 10, 1), QString(),
                QStringLiteral("Wanderfreunde"), MessageKind::System, du);
    checkRecord(r[2], RecordType::Join, 3, wall(2023, 2, 3, 10, 2), QStringLiteral("Mallory"),
                QStringLiteral("Du hast Mallory hinzugefügt."), MessageKind::System, du);
    checkRecord(r[3], RecordType::Join, 4, wall(2023, 2, 3, 10, 3), QStringLiteral("Jürgen"),
                QStringLiteral("Jürgen ist über den Einladungslink der Gruppe beigetreten"));
    checkRecord(r[4], RecordType::Message, 5, wall(2023, 2, 3, 10, 4), QStringLiteral("Mallory"),
                QStringLiteral("Hallo zusammen\nwie geht's?"));
    checkRecord(r[5], RecordType::Message, 7, wall(2023, 2, 3, 10, 5), QStringLiteral("Jürgen"),
                QStringLiteral("<Medien ausgeschlossen>"), MessageKind::Media);
    checkRecord(r[6], RecordType::Message, 8, wall(2023, 2, 3, 10, 6), QStringLiteral("Jürgen"),
                QStringLiteral("IMG-20230203-WA0002.jpg (Datei angehängt)"), MessageKind::Media);
    checkRecord(r[7], RecordType::Message, 9, wall(2023, 2, 4, 9, 0), QStringLiteral("Mallory"),
                QStringLiteral("Diese Nachricht wurde gelöscht"), MessageKind::Deleted);
    checkRecord(r[8], RecordType::Removed, 10, wall(2023, 2, 4, 9, 1), QStringLiteral("Jürgen"),
                QStringLiteral("Du hast Jürgen entfernt."), MessageKind::System, du);
    checkRecord(r[9], RecordType::Leave, 11, wall(2023, 2, 4, 9, 2), QStringLiteral("Mallory"),
                QStringLiteral("Mallory hat die Gruppe verlassen"));
    checkRecord(r[10], RecordType::Rename, 12, wall(2023, 2, 4, 9, 3), QString(),
                QStringLiteral("Wanderfreunde 2023"), MessageKind::System, du);
    checkRecord(r[11], RecordType::Join, 13, wall(2023, 2, 4, 9, 4), QStringLiteral("Klaus"),
                QStringLiteral("Klaus ist beigetreten"));
}

void TestWhatsAppLines::chineseRecords()
{
    CollectingSink sink;
    QVERIFY(parseFile(fixture("chinese_ampm.txt"), sink).ok());
    QCOMPARE(int(sink.records.size()), 11);
    const auto &r = sink.records;
    const QString zhang = QStringLiteral("张三");
    checkRecord(r[1], RecordType::Rename, 2, wall(2023, 5, 6, 9, 1), QString(),
                QStringLiteral("读书会"), MessageKind::System, zhang);
    checkRecord(r[2], RecordType::Join, 3, wall(2023, 5, 6, 9, 2), QStringLiteral("李四"),
                QStringLiteral("张三添加了李四、王五"), MessageKind::System, zhang);
    checkRecord(r[3], RecordType::Join, 3, wall(2023, 5, 6, 9, 2), QStringLiteral("王五"),
                QStringLiteral("张三添加了李四、王五"), MessageKind::System, zhang);
    checkRecord(r[4], RecordType::Join, 4, wall(2023, 5, 6, 9, 3), QStringLiteral("赵六"),
                QStringLiteral("赵六通过此群组的邀请链接加入"));
    checkRecord(r[5], RecordType::Message, 5, wall(2023, 5, 6, 12, 10), QStringLiteral("李四"),
                QStringLiteral("大家好"));
    checkRecord(r[6], RecordType::Message, 6, wall(2023, 5, 6, 21, 5), QStringLiteral("王五"),
                QStringLiteral("<省略影音内容>"), MessageKind::Media);
    checkRecord(r[7], RecordType::Message, 7, wall(2023, 5, 6, 21, 6), QStringLiteral("李四"),
                QStringLiteral("此消息已删除"), MessageKind::Deleted);
    checkRecord(r[8], RecordType::Removed, 8, wall(2023, 5, 7, 0, 30), QStringLiteral("赵六"),
                QStringLiteral("张三移除了赵六"), MessageKind::System, zhang);
    checkRecord(r[9], RecordType::Leave, 9, wall(2023, 5, 7, 8, 0), QStringLiteral("王五"),
                QStringLiteral("王五已退出"));
    checkRecord(r[10], RecordType::Rename, 10, wall(2023, 5, 7, 8, 2), QString(),
                QStringLiteral("读书会2023"), MessageKind::System, QStringLiteral("你"));
}

void TestWhatsAppLines::mixedLineEnds()
{
    CollectingSink sink;
    QVERIFY(parseFile(fixture("mixed_crlf.txt"), sink).ok());
    QCOMPARE(int(sink.records.size()), 4);
    const auto &r = sink.records;
    checkRecord(r[0], RecordType::Message, 1, wall(2023, 1, 13, 10, 0), QStringLiteral("Ann"),
                QStringLiteral("line one\ncontinued"));
    checkRecord(r[1], RecordType::Message, 3, wall(2023, 1, 13, 10, 1), QStringLiteral("Ben"),
                QStringLiteral("two"));
    checkRecord(r[2], RecordType::Message, 4, wall(2023, 1, 13, 10, 2), QStringLiteral("Ann"),
                QStringLiteral("three\nand more"));
    // Last line without a line end.
    checkRecord(r[3], RecordType::Message, 6, wall(2023, 1, 13, 10, 3), QStringLiteral("Ben"),
                QStringLiteral("last"));
}

void TestWhatsAppLines::ambiguousDates()
{
    CollectingSink sink;
    const ParseResult result = parseFile(fixture("ambiguous.txt"), sink);
    QVERIFY(result.ok());
    QVERIFY(result.dateOrderAmbiguous);
    QCOMPARE(result.dateOrderUsed, DateOrder::Auto);
    QCOMPARE(int(sink.warnings.size()), 1);
    QCOMPARE(sink.warnings[0].first, qint64(1));
    QVERIFY(sink.warnings[0].second.contains(QLatin1String("11/01/2023")));
    QVERIFY(sink.warnings[0].second.contains(QLatin1String("month/day/year")));
}

void TestWhatsAppLines::timestamps_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<int>("order");
    QTest::addColumn<qint64>("wallSeconds");
    QTest::addColumn<QString>("author");

    const int dmy = int(DateOrder::DayMonthYear);
    const int mdy = int(DateOrder::MonthDayYear);
    QTest::newRow("android 24h") << QStringLiteral("31/12/2023, 23:59 - A: x") << dmy
                                 << wall(2023, 12, 31, 23, 59) << QStringLiteral("A");
    QTest::newRow("android seconds") << QStringLiteral("31/12/23, 23:59:58 - A: x") << dmy
                                     << wall(2023, 12, 31, 23, 59, 58) << QStringLiteral("A");
    QTest::newRow("dots, no comma") << QStringLiteral("13. 6. 2018 21:25 - A: x") << dmy
                                    << wall(2018, 6, 13, 21, 25) << QStringLiteral("A");
    QTest::newRow("dotted year and time") << QStringLiteral("13. 6. 2018. 21.25.15 - A: x") << dmy
                                          << wall(2018, 6, 13, 21, 25, 15) << QStringLiteral("A");
    QTest::newRow("dashes") << QStringLiteral("13-06-18, 9:05 - A: x") << dmy
                            << wall(2018, 6, 13, 9, 5) << QStringLiteral("A");
    QTest::newRow("iso") << QStringLiteral("[2018-06-13, 21:25:15] A: x") << mdy
                         << wall(2018, 6, 13, 21, 25, 15) << QStringLiteral("A");
    QTest::newRow("am u+202f") << QStringLiteral("6/13/18, 12:05\u202FAM - A: x") << mdy
                               << wall(2018, 6, 13, 0, 5) << QStringLiteral("A");
    QTest::newRow("pm nbsp") << QStringLiteral("6/13/18, 1:05\u00A0pm - A: x") << mdy
                             << wall(2018, 6, 13, 13, 5) << QStringLiteral("A");
    QTest::newRow("a.m.") << QStringLiteral("13/6/18, 11:05 a.m. - A: x") << dmy
                          << wall(2018, 6, 13, 11, 5) << QStringLiteral("A");
    QTest::newRow("p. m.") << QStringLiteral("13/6/18, 11:05\u202Fp.\u00A0m. - A: x") << dmy
                           << wall(2018, 6, 13, 23, 5) << QStringLiteral("A");
    QTest::newRow("ios pm") << QStringLiteral("[6/13/18, 12:00:00 PM] A: x") << mdy
                            << wall(2018, 6, 13, 12, 0) << QStringLiteral("A");
    QTest::newRow("下午 after time") << QStringLiteral("[2018/6/13 9:05:00 下午] A: x") << dmy
                                     << wall(2018, 6, 13, 21, 5) << QStringLiteral("A");
    QTest::newRow("invisible marks") << QStringLiteral("\u200E\u202A[6/13/18, \u200E9:05:00 AM] "
                                                       "\u2066~\u202FA\u2069: x")
                                     << mdy << wall(2018, 6, 13, 9, 5) << QStringLiteral("A");
    QTest::newRow("finnish klo") << QStringLiteral("13.6.2018 klo 21.25.15 - A: x") << dmy
                                 << wall(2018, 6, 13, 21, 25, 15) << QStringLiteral("A");
    QTest::newRow("leap day") << QStringLiteral("29/02/24, 10:00 - A: x") << dmy
                              << wall(2024, 2, 29, 10, 0) << QStringLiteral("A");
    // Real iOS exports write times after midnight with hour 00 and a 12-hour marker.
    QTest::newRow("ios 00 am") << QStringLiteral("[1/30/18, 00:04:03 AM] A: x") << mdy
                               << wall(2018, 1, 30, 0, 4, 3) << QStringLiteral("A");
    QTest::newRow("android 00 am") << QStringLiteral("30/1/18, 00:59\u202Fam - A: x") << dmy
                                   << wall(2018, 1, 30, 0, 59) << QStringLiteral("A");
}

void TestWhatsAppLines::timestamps()
{
    QFETCH(QString, line);
    QFETCH(int, order);
    QByteArray data = line.toUtf8();
    QBuffer buffer(&data);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CollectingSink sink;
    ParseOptions options;
    options.dateOrder = DateOrder(order);
    const ParseResult result = WhatsAppParser().parse(buffer, options, sink);
    QVERIFY2(result.ok(), qPrintable(result.errorMessage));
    QCOMPARE(int(sink.records.size()), 1);
    QTEST(sink.records[0].wallSeconds, "wallSeconds");
    QTEST(sink.records[0].author.displayName, "author");
    QCOMPARE(sink.records[0].text, QStringLiteral("x"));
}

void TestWhatsAppLines::systemLines_data()
{
    QTest::addColumn<QString>("rest");
    QTest::addColumn<RecordType>("type");
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QStringList>("subjects");
    QTest::addColumn<QString>("text");

    using L = QStringList;
    const auto s = [](const char *utf8) { return QString::fromUtf8(utf8); };
    QTest::newRow("you were added") << s("You were added") << RecordType::Join << QString()
                                    << L { s("You") } << s("You were added");
    QTest::newRow("added you") << s("+44 7700 900123 added you") << RecordType::Join
                               << s("+44 7700 900123") << L { s("you") }
                               << s("+44 7700 900123 added you");
    QTest::newRow("joined via group link")
        << s("\u200EBob joined using a group link") << RecordType::Join << QString()
        << L { s("Bob") } << s("Bob joined using a group link");
    QTest::newRow("you left") << s("You left") << RecordType::Leave << QString() << L { s("You") }
                              << s("You left");
    QTest::newRow("removed you") << s("Ann removed you") << RecordType::Removed << s("Ann")
                                 << L { s("you") } << s("Ann removed you");
    QTest::newRow("subject to") << s("You changed the subject to \"Läufer 🏃\"")
                                << RecordType::Rename << s("You") << L {} << s("Läufer 🏃");
    QTest::newRow("du bist beigetreten")
        << s("Du bist über den Einladungslink der Gruppe beigetreten") << RecordType::Join
        << QString() << L { s("Du") }
        << s("Du bist über den Einladungslink der Gruppe beigetreten");
    QTest::newRow("hat hinzugefügt")
        << s("Anna hat Ben und Carl hinzugefügt.") << RecordType::Join << s("Anna")
        << L { s("Ben"), s("Carl") } << s("Anna hat Ben und Carl hinzugefügt.");
    QTest::newRow("du hast verlassen")
        << s("Du hast die Gruppe verlassen.") << RecordType::Leave << QString() << L { s("Du") }
        << s("Du hast die Gruppe verlassen.");
    QTest::newRow("añadiste") << s("Añadiste a Eva") << RecordType::Join << s("Tú")
                              << L { s("Eva") } << s("Añadiste a Eva");
    QTest::newRow("salió del grupo") << s("Eva salió del grupo") << RecordType::Leave << QString()
                                     << L { s("Eva") } << s("Eva salió del grupo");
    QTest::newRow("已添加") << s("你已添加张三") << RecordType::Join << s("你") << L { s("张三") }
                            << s("你已添加张三");
    QTest::newRow("退出了") << s("李四退出了") << RecordType::Leave << QString() << L { s("李四") }
                            << s("李四退出了");
    QTest::newRow("已移除") << s("你已移除王五") << RecordType::Removed << s("你")
                            << L { s("王五") } << s("你已移除王五");
    QTest::newRow("icon is no membership")
        << s("Ann removed this group's icon") << RecordType::System << QString() << L {}
        << s("Ann removed this group's icon");
    QTest::newRow("admin") << s("You're now an admin") << RecordType::System << QString() << L {}
                           << s("You're now an admin");
}

void TestWhatsAppLines::systemLines()
{
    QFETCH(QString, rest);
    QFETCH(RecordType, type);
    QFETCH(QStringList, subjects);
    QByteArray data = QString(QStringLiteral("1/15/23, 09:00 - ") + rest).toUtf8();
    QBuffer buffer(&data);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CollectingSink sink;
    ParseOptions options;
    options.dateOrder = DateOrder::MonthDayYear;
    QVERIFY(WhatsAppParser().parse(buffer, options, sink).ok());
    QCOMPARE(int(sink.records.size()), qMax(1, int(subjects.size())));
    for (qsizetype i = 0; i < qsizetype(sink.records.size()); ++i) {
        const ChatRecord &r = sink.records[size_t(i)];
        QCOMPARE(r.type, type);
        QTEST(r.actor.displayName, "actor");
        QTEST(r.text, "text");
        if (!subjects.isEmpty())
            QCOMPARE(r.author.displayName, subjects.at(i));
        else
            QVERIFY(r.author.isEmpty());
    }
}

void TestWhatsAppLines::iosMarkedBodies()
{
    // After U+200E a chat-name "author" means a system line, but polls, locations and media
    // written the same way stay messages of their author.
    QByteArray data = QStringLiteral("[1/15/23, 09:00:00] Ann: \u200EPOLL:\r\n"
                                     "OPTION: Mon (1 vote)\r\n"
                                     "[1/15/23, 09:01:00] Ben: \u200ELocation: "
                                     "https://maps.google.com/?q=1,2\r\n"
                                     "[1/15/23, 09:02:00] Ben: \u200Evideo omitted\r\n"
                                     "[1/15/23, 09:03:00] Club: \u200EAnn changed this group's "
                                     "icon\r\n")
                          .toUtf8();
    QBuffer buffer(&data);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CollectingSink sink;
    QVERIFY(WhatsAppParser().parse(buffer, ParseOptions(), sink).ok());
    QCOMPARE(int(sink.records.size()), 4);
    const auto &r = sink.records;
    checkRecord(r[0], RecordType::Message, 1, wall(2023, 1, 15, 9, 0), QStringLiteral("Ann"),
                QStringLiteral("POLL:\nOPTION: Mon (1 vote)"));
    checkRecord(r[1], RecordType::Message, 3, wall(2023, 1, 15, 9, 1), QStringLiteral("Ben"),
                QStringLiteral("Location: https://maps.google.com/?q=1,2"),
                MessageKind::LinkOrCard);
    checkRecord(r[2], RecordType::Message, 4, wall(2023, 1, 15, 9, 2), QStringLiteral("Ben"),
                QStringLiteral("video omitted"), MessageKind::Media);
    checkRecord(r[3], RecordType::System, 5, wall(2023, 1, 15, 9, 3), QString(),
                QStringLiteral("Ann changed this group's icon"));
    QCOMPARE(sink.chats.front().name, QStringLiteral("Club"));
}

void TestWhatsAppLines::gluedBody()
{
    // chat-miner's sample: the text "." right after the colon is still John's message.
    QByteArray data("1/15/23, 09:00 - John Doe:.\n"
                    "1/15/23, 09:01 - Ann changed the group description\n"
                    "1/15/23, 09:02 - Ann: see https://example.org\n");
    QBuffer buffer(&data);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CollectingSink sink;
    QVERIFY(WhatsAppParser().parse(buffer, ParseOptions(), sink).ok());
    QCOMPARE(int(sink.records.size()), 3);
    checkRecord(sink.records[0], RecordType::Message, 1, wall(2023, 1, 15, 9, 0),
                QStringLiteral("John Doe"), QStringLiteral("."));
    checkRecord(sink.records[1], RecordType::System, 2, wall(2023, 1, 15, 9, 1), QString(),
                QStringLiteral("Ann changed the group description"));
    checkRecord(sink.records[2], RecordType::Message, 3, wall(2023, 1, 15, 9, 2),
                QStringLiteral("Ann"), QStringLiteral("see https://example.org"));
}

void TestWhatsAppLines::markedUserText()
{
    // U+200E after "author: " makes a system line only before a text WhatsApp writes itself;
    // a person's own words after the mark are their message, without the mark.
    QByteArray data = QStringLiteral("[3/18/22, 14:56:01] Club: \u200EMessages and calls are "
                                     "end-to-end encrypted. No one outside of this chat, not even "
                                     "WhatsApp, can read or listen to them.\r\n"
                                     "[3/18/22, 14:57:00] Ann: \u200EHello everyone\r\n"
                                     "[3/18/22, 14:58:00] Ben: \u200E\u200EI put the photos up\r\n"
                                     "[3/18/22, 14:59:00] Club: \u200EYour security code with Ben "
                                     "changed. \u200ETap to learn more.\r\n"
                                     "[3/18/22, 15:00:00] Club: \u200EAnn added Cleo\r\n")
                          .toUtf8();
    QBuffer buffer(&data);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CollectingSink sink;
    QVERIFY(WhatsAppParser().parse(buffer, ParseOptions(), sink).ok());
    QCOMPARE(int(sink.records.size()), 5);
    const auto &r = sink.records;
    QCOMPARE(r[0].type, RecordType::System);
    checkRecord(r[1], RecordType::Message, 2, wall(2022, 3, 18, 14, 57), QStringLiteral("Ann"),
                QStringLiteral("Hello everyone"));
    checkRecord(r[2], RecordType::Message, 3, wall(2022, 3, 18, 14, 58), QStringLiteral("Ben"),
                QStringLiteral("I put the photos up"));
    QCOMPARE(r[3].type, RecordType::System);
    checkRecord(r[4], RecordType::Join, 5, wall(2022, 3, 18, 15, 0), QStringLiteral("Cleo"),
                QStringLiteral("Ann added Cleo"), MessageKind::System, QStringLiteral("Ann"));
    QCOMPARE(sink.chats.front().name, QStringLiteral("Club"));
    QVERIFY(sink.warnings.empty());
}

void TestWhatsAppLines::hourZeroBeforeNoon()
{
    // "00:04:03 AM" is four minutes past midnight; "13:20 AM" and "00:10 PM" are impossible and
    // still warned about (their lines stay text of the message above).
    QByteArray data("[1/30/18, 00:04:03 AM] Eli: Happy birthday!\r\n"
                    "[1/30/18, 12:15:00 AM] Dana: Going to sleep\r\n"
                    "[1/30/18, 13:20:00 AM] Dana: impossible\r\n"
                    "[1/30/18, 00:10:00 PM] Dana: impossible too\r\n"
                    "[1/30/18, 9:00:00 AM] Eli: Morning\r\n");
    QBuffer buffer(&data);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CollectingSink sink;
    ParseOptions options;
    options.dateOrder = DateOrder::MonthDayYear;
    QVERIFY(WhatsAppParser().parse(buffer, options, sink).ok());
    QCOMPARE(int(sink.records.size()), 3);
    checkRecord(sink.records[0], RecordType::Message, 1, wall(2018, 1, 30, 0, 4, 3),
                QStringLiteral("Eli"), QStringLiteral("Happy birthday!"));
    QCOMPARE(sink.records[1].wallSeconds, wall(2018, 1, 30, 0, 15));
    QVERIFY(sink.records[1].text.endsWith(QLatin1String("impossible too")));
    QCOMPARE(sink.records[2].wallSeconds, wall(2018, 1, 30, 9, 0));
    QCOMPARE(int(sink.warnings.size()), 2);
    QCOMPARE(sink.warnings[0].first, qint64(3));
    QCOMPARE(sink.warnings[1].first, qint64(4));
}

void TestWhatsAppLines::namesWithCommas()
{
    // "+SUM(1,2)" is known from the chat, so the list splits around it; unknown names still
    // split on every separator.
    QByteArray data("15/02/2024, 09:00 - +SUM(1,2): first\n"
                    "15/02/2024, 09:01 - Ann added +SUM(1,2), Bob and Carol\n"
                    "15/02/2024, 09:02 - Ann added Dan, Eve and +SUM(1,2)\n"
                    "15/02/2024, 09:03 - Ann removed +SUM(1,2)\n");
    QBuffer buffer(&data);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CollectingSink sink;
    QVERIFY(WhatsAppParser().parse(buffer, ParseOptions(), sink).ok());
    QStringList subjects;
    for (const ChatRecord &r : sink.records) {
        if (r.type != RecordType::Message)
            subjects << r.author.displayName;
    }
    QCOMPARE(subjects,
             (QStringList { QStringLiteral("+SUM(1,2)"), QStringLiteral("Bob"),
                            QStringLiteral("Carol"), QStringLiteral("Dan"), QStringLiteral("Eve"),
                            QStringLiteral("+SUM(1,2)"), QStringLiteral("+SUM(1,2)") }));
    QCOMPARE(sink.count(RecordType::Join), 6);
    QCOMPARE(sink.count(RecordType::Removed), 1);
}

QTEST_GUILESS_MAIN(TestWhatsAppLines)
#include "tst_whatsapp_lines.moc"
