#include "clirun.h"
#include "storage/database.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

using namespace cohort;

/// `cohort-cli import` in-process on fixture files: JSON fields, idempotent re-import, exit
/// codes and one-line errors naming file and line, workspace untouched by a failed file.
class TestCliImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static int run(const QStringList &args, QString *out, QString *err)
    {
        return test::runCli(args, out, err);
    }

    static qint64 count(const QString &path, const QString &sql)
    {
        Database db;
        if (db.open(path).isError())
            return -1;
        QSqlQuery q(db.connection());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }

private Q_SLOTS:
    void whatsappJson()
    {
        const QString workspace = m_dir.filePath(QStringLiteral("wa.cohort"));
        const QString file = test::dataPath(QStringLiteral("import/whatsapp/android_en_24h.txt"));
        QString out;
        QString err;
        const QStringList args { QStringLiteral("import"),
                                 QStringLiteral("--workspace"),
                                 workspace,
                                 QStringLiteral("--timezone"),
                                 QStringLiteral("Europe/Berlin"),
                                 QStringLiteral("--json"),
                                 file };
        QCOMPARE(run(args, &out, &err), 0);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        const QJsonArray array = QJsonDocument::fromJson(out.toUtf8()).array();
        QCOMPARE(array.size(), 1);
        const QJsonObject o = array.first().toObject();
        QCOMPARE(o.value(QLatin1String("format")).toString(), QStringLiteral("whatsapp"));
        QCOMPARE(o.value(QLatin1String("group")).toString(), QStringLiteral("Book Club"));
        QCOMPARE(o.value(QLatin1String("messages")).toInt(), 13);
        QCOMPARE(o.value(QLatin1String("duplicates")).toInt(), 0);
        QCOMPARE(o.value(QLatin1String("authors")).toInt(), 6);
        QCOMPARE(o.value(QLatin1String("joins")).toInt(), 4);
        QCOMPARE(o.value(QLatin1String("leaves")).toInt(), 2);
        QCOMPARE(o.value(QLatin1String("first")).toString(), QStringLiteral("2023-01-15T09:00:00"));
        QCOMPARE(o.value(QLatin1String("last")).toString(), QStringLiteral("2023-01-17T07:06:00"));
        QCOMPARE(o.value(QLatin1String("errors")).toArray().size(), 0);
        const QJsonArray warnings = o.value(QLatin1String("warnings")).toArray();
        QCOMPARE(warnings.size(), 2);
        QVERIFY(warnings.first().toObject().value(QLatin1String("line")).toInt() > 0);
        QVERIFY(o.contains(QLatin1String("system_events")));
        QVERIFY(o.contains(QLatin1String("new_members")));
        // Alice added Bob, Carol and Dave: she is their referrer.
        QCOMPARE(count(workspace,
                       QStringLiteral("SELECT count(*) FROM members m JOIN members r ON "
                                      "r.id = m.referrer_id WHERE r.display_name = 'Alice'")),
                 3);
        // Berlin wall clock: 09:00 CET is 08:00 UTC.
        QCOMPARE(count(workspace, QStringLiteral("SELECT min(sent_at) FROM messages")),
                 QDateTime(QDate(2023, 1, 15), QTime(8, 5), Qt::UTC).toSecsSinceEpoch());

        out.clear();
        QCOMPARE(run(args, &out, &err), 0);
        const QJsonObject again = QJsonDocument::fromJson(out.toUtf8()).array().first().toObject();
        QCOMPARE(again.value(QLatin1String("duplicates")).toInt(), 13);
        QCOMPARE(again.value(QLatin1String("new_members")).toInt(), 0);
        QCOMPARE(count(workspace, QStringLiteral("SELECT count(*) FROM messages")), 13);
        QCOMPARE(count(workspace, QStringLiteral("SELECT count(*) FROM import_batches")), 2);
    }

    void chatChoice()
    {
        // A full-account export holding only personal chats: refused by default (groups only),
        // imported with --chats all (one group per chat), or chat by chat with ids.
        const QString file = test::dataPath(QStringLiteral("import/telegram/full_account.json"));
        const QString personal = QStringLiteral(COHORT_CORPUS_DIR "/telegram_personal_only.json");
        QString out;
        QString err;
        const QString a = m_dir.filePath(QStringLiteral("chats-a.cohort"));
        QCOMPARE(run({ QStringLiteral("import"), QStringLiteral("--workspace"), a, personal }, &out,
                     &err),
                 1);
        QVERIFY2(err.contains(QLatin1String("--chats all")), qPrintable(err));
        out.clear();
        err.clear();
        QCOMPARE(run({ QStringLiteral("import"), QStringLiteral("--workspace"), a,
                       QStringLiteral("--chats"), QStringLiteral("all"), QStringLiteral("--json"),
                       personal },
                     &out, &err),
                 0);
        QJsonObject o = QJsonDocument::fromJson(out.toUtf8()).array().first().toObject();
        QCOMPARE(o.value(QLatin1String("group")).toString(), QStringLiteral("Lena; Omar"));
        QCOMPARE(o.value(QLatin1String("messages")).toInt(), 3);

        const QString b = m_dir.filePath(QStringLiteral("chats-b.cohort"));
        out.clear();
        QCOMPARE(run({ QStringLiteral("import"), QStringLiteral("--workspace"), b,
                       QStringLiteral("--chats"), QStringLiteral("101,300"),
                       QStringLiteral("--json"), file },
                     &out, &err),
                 0);
        o = QJsonDocument::fromJson(out.toUtf8()).array().first().toObject();
        QCOMPARE(o.value(QLatin1String("group")).toString(),
                 QStringLiteral("Bob; Beta Supergroup"));
        out.clear();
        QCOMPARE(run({ QStringLiteral("import"), QStringLiteral("--workspace"), b,
                       QStringLiteral("--chats"), QStringLiteral(","), file },
                     &out, &err),
                 2);
    }

    void overlapNote()
    {
        // The same chat under another file name goes into its group, and the JSON says so.
        const QString workspace = m_dir.filePath(QStringLiteral("overlap.cohort"));
        const QString original
            = QStringLiteral(COHORT_CORPUS_DIR "/WhatsApp Chat with Hiking Friends.txt");
        const QString renamed = m_dir.filePath(QStringLiteral("hiking copy.txt"));
        QVERIFY(QFile::copy(original, renamed));
        QString out;
        QString err;
        QCOMPARE(run({ QStringLiteral("import"), QStringLiteral("--workspace"), workspace,
                       QStringLiteral("--json"), original },
                     &out, &err),
                 0);
        out.clear();
        QCOMPARE(run({ QStringLiteral("import"), QStringLiteral("--workspace"), workspace,
                       QStringLiteral("--json"), renamed },
                     &out, &err),
                 0);
        const QJsonObject o = QJsonDocument::fromJson(out.toUtf8()).array().first().toObject();
        QCOMPARE(o.value(QLatin1String("group")).toString(), QStringLiteral("Hiking Friends"));
        QCOMPARE(o.value(QLatin1String("duplicates")).toInt(), 5);
        QCOMPARE(o.value(QLatin1String("notes")).toArray().size(), 1);
        QCOMPARE(count(workspace, QStringLiteral("SELECT count(*) FROM chat_groups")), 1);
    }

    void failedFileLeavesWorkspace()
    {
        const QString workspace = m_dir.filePath(QStringLiteral("tg.cohort"));
        QString out;
        QString err;
        QCOMPARE(run({ QStringLiteral("import"), QStringLiteral("--workspace"), workspace,
                       test::dataPath(QStringLiteral("import/telegram/single_chat.json")) },
                     &out, &err),
                 0);
        const qint64 before = count(workspace, QStringLiteral("SELECT count(*) FROM messages"));
        QVERIFY(before > 0);
        err.clear();
        const QString truncated = test::dataPath(QStringLiteral("import/telegram/truncated.json"));
        QCOMPARE(
            run({ QStringLiteral("import"), QStringLiteral("--workspace"), workspace, truncated },
                &out, &err),
            1);
        QCOMPARE(err.count(QLatin1Char('\n')), 1);
        QVERIFY2(err.contains(truncated + QStringLiteral(":")), qPrintable(err));
        QCOMPARE(count(workspace, QStringLiteral("SELECT count(*) FROM messages")), before);
        QCOMPARE(count(workspace, QStringLiteral("SELECT count(*) FROM import_batches")), 1);

        err.clear();
        QCOMPARE(run({ QStringLiteral("import"), QStringLiteral("--workspace"), workspace,
                       test::dataPath(QStringLiteral("import/wechat/not_wechat.txt")) },
                     &out, &err),
                 1);
        QVERIFY(err.contains(QLatin1String("not_wechat.txt is not a chat export Cohort can read")));
        QCOMPARE(
            run({ QStringLiteral("import"), QStringLiteral("--workspace"), workspace }, &out, &err),
            2);
    }

    /// --max-unzipped-mb caps what a zip may expand to: past it, one line naming the file, exit
    /// 1 and nothing written; raised, the same file imports.
    void zipCap()
    {
        const QString zipPath = m_dir.filePath(QStringLiteral("big.zip"));
        {
            QuaZip zip(zipPath);
            QVERIFY(zip.open(QuaZip::mdCreate));
            QuaZipFile file(&zip);
            QVERIFY(file.open(QIODevice::WriteOnly, QuaZipNewInfo(QStringLiteral("_chat.txt"))));
            for (int i = 0; i < 40000; ++i)
                file.write("12/03/2024, 09:15 - Ann: message number " + QByteArray::number(i)
                           + '\n');
            file.close();
            zip.close();
        }
        const QString workspace = m_dir.filePath(QStringLiteral("zipcap.cohort"));
        QString out;
        QString err;
        QCOMPARE(run({ QStringLiteral("import"), QStringLiteral("--workspace"), workspace,
                       QStringLiteral("--date-order"), QStringLiteral("dmy"),
                       QStringLiteral("--max-unzipped-mb"), QStringLiteral("1"), zipPath },
                     &out, &err),
                 1);
        QCOMPARE(err.count(QLatin1Char('\n')), 1);
        QVERIFY2(err.contains(zipPath) && err.contains(QLatin1String("--max-unzipped-mb")),
                 qPrintable(err));
        QCOMPARE(count(workspace, QStringLiteral("SELECT count(*) FROM messages")), 0);
        QCOMPARE(count(workspace, QStringLiteral("SELECT count(*) FROM import_batches")), 0);

        QCOMPARE(run({ QStringLiteral("import"), QStringLiteral("--workspace"), workspace,
                       QStringLiteral("--date-order"), QStringLiteral("dmy"),
                       QStringLiteral("--max-unzipped-mb"), QStringLiteral("3"), zipPath },
                     &out, &err),
                 0);
        QCOMPARE(count(workspace, QStringLiteral("SELECT count(*) FROM messages")), 40000);

        QCOMPARE(run({ QStringLiteral("import"), QStringLiteral("--workspace"), workspace,
                       QStringLiteral("--max-unzipped-mb"), QStringLiteral("lots"), zipPath },
                     &out, &err),
                 2);
    }
};

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cliimport.moc"
