#include "import/importpipeline.h"
#include "models/messagelistmodel.h"
#include "storage/database.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cohort;

/// The Messages view's model on imported chats: lazy pages newest first, group and text filters
/// in SQL, kinds named, and message text that stays text.
class TestMessageListModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_bookClub = 0;
    qint64 m_generated = 0;

    qint64 scalar(const QString &sql) const
    {
        QSqlQuery q(m_db->connection());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

    qint64 import(const QString &path, const QString &groupName)
    {
        import::ImportOptions options;
        options.groupName = groupName;
        options.timeZoneId = QStringLiteral("UTC");
        const import::ImportSummary s = import::ImportPipeline(*m_db).importFile(path, options);
        if (!s.ok() || s.groupIds.isEmpty())
            return 0;
        return s.groupIds.first();
    }

    QString writeChat(int count)
    {
        const QString path = m_dir.filePath(QStringLiteral("gen.txt"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        const QDateTime start(QDate(2024, 3, 13), QTime(8, 0), Qt::UTC);
        for (int i = 0; i < count; ++i) {
            file.write(
                start.addSecs(qint64(i) * 60).toString(QStringLiteral("M/d/yy, HH:mm")).toUtf8()
                + " - Writer " + QByteArray::number(i % 7) + ": note " + QByteArray::number(i)
                + '\n');
        }
        file.write("3/20/24, 09:00 - Markup Fan: <b>bold</b> & <i>co</i>\n");
        return path;
    }

    static QString text(const MessageListModel &model, int row, const char *column)
    {
        return model.index(row, model.columnOf(QLatin1String(column))).data().toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = std::make_unique<Database>();
        QVERIFY(!m_db->openInMemory().isError());
        m_bookClub = import(test::dataPath(QStringLiteral("import/whatsapp/android_en_24h.txt")),
                            QStringLiteral("Book Club"));
        QVERIFY(m_bookClub > 0);
        m_generated = import(writeChat(1000), QStringLiteral("Generated"));
        QVERIFY(m_generated > 0);
    }

    void pagesNewestFirst()
    {
        MessageListModel model(*m_db);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.columnCount(), 5);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(qint64(model.rowCount()), scalar(QStringLiteral("SELECT count(*) FROM messages")));
        QVERIFY(model.rowCount() > SqlPagedTableModel::PageSize);
        const int time = model.columnOf(QStringLiteral("time"));
        for (int row = 1; row < model.rowCount(); ++row) {
            const qint64 a
                = model.index(row - 1, time).data(SqlPagedTableModel::RawValueRole).toLongLong();
            const qint64 b
                = model.index(row, time).data(SqlPagedTableModel::RawValueRole).toLongLong();
            QVERIFY2(a >= b, qPrintable(QString::number(row)));
        }
        QCOMPARE(text(model, 0, "author"), QStringLiteral("Markup Fan"));
        QCOMPARE(text(model, 0, "group"), QStringLiteral("Generated"));
    }

    void firstPageIsLazy()
    {
        MessageListModel model(*m_db);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), SqlPagedTableModel::PageSize);
        QVERIFY(model.canFetchMore({}));
    }

    void filtersByGroup()
    {
        MessageListModel model(*m_db);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setGroupFilter(m_bookClub);
        QCOMPARE(model.groupFilter(), m_bookClub);
        model.fetchAll();
        QCOMPARE(qint64(model.rowCount()),
                 scalar(QStringLiteral("SELECT count(*) FROM messages WHERE group_id = %1")
                            .arg(m_bookClub)));
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(text(model, row, "group"), QStringLiteral("Book Club"));
        model.setGroupFilter(0);
        model.fetchAll();
        QCOMPARE(qint64(model.rowCount()), scalar(QStringLiteral("SELECT count(*) FROM messages")));
    }

    void filtersByTextAndAuthor()
    {
        MessageListModel model(*m_db);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTextFilter(QStringLiteral("SNACKS"));
        model.fetchAll();
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(text(model, 0, "author"), QStringLiteral("Dave"));
        QVERIFY(text(model, 0, "text").contains(QStringLiteral("bring snacks")));

        model.setTextFilter(QStringLiteral("writer 3"));
        model.fetchAll();
        QVERIFY(model.rowCount() > 100);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(text(model, row, "author"), QStringLiteral("Writer 3"));

        // Wildcards typed by the user are searched for literally.
        model.setTextFilter(QStringLiteral("%"));
        model.fetchAll();
        QCOMPARE(model.rowCount(), 0);

        model.setTextFilter(QStringLiteral("note 99"));
        model.setGroupFilter(m_bookClub);
        model.fetchAll();
        QCOMPARE(model.rowCount(), 0);
    }

    void namesKindsAndKeepsTextPlain()
    {
        MessageListModel model(*m_db);
        model.setGroupFilter(m_bookClub);
        model.fetchAll();
        QStringList kinds;
        for (int row = 0; row < model.rowCount(); ++row)
            kinds << text(model, row, "kind");
        QVERIFY(kinds.contains(QStringLiteral("Text")));
        QVERIFY(kinds.contains(QStringLiteral("Media")));
        QVERIFY(kinds.contains(QStringLiteral("Deleted")));
        for (const QString &kind : std::as_const(kinds))
            QVERIFY2(!kind.at(0).isDigit(), qPrintable(kind));

        model.setGroupFilter(m_generated);
        model.setTextFilter(QStringLiteral("<b>"));
        model.fetchAll();
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex body = model.index(0, model.columnOf(QStringLiteral("text")));
        QCOMPARE(body.data().toString(), QStringLiteral("<b>bold</b> & <i>co</i>"));
        const QString tip = body.data(Qt::ToolTipRole).toString();
        QVERIFY(tip.contains(QStringLiteral("&lt;b&gt;bold&lt;/b&gt; &amp;")));
        QVERIFY(!tip.contains(QStringLiteral("<b>")));
    }

    void refreshesAfterAnImport()
    {
        MessageListModel model(*m_db);
        model.setTextFilter(QStringLiteral("Morning"));
        model.fetchAll();
        QCOMPARE(model.rowCount(), 0);
        import::ImportOptions options;
        options.groupName = QStringLiteral("Late");
        options.dateOrder = import::DateOrder::DayMonthYear;
        QVERIFY(import::ImportPipeline(*m_db)
                    .importFile(test::dataPath(QStringLiteral("import/whatsapp/ambiguous.txt")),
                                options)
                    .ok());
        model.fetchAll();
        QCOMPARE(model.rowCount(), 1);
    }
};

QTEST_MAIN(TestMessageListModel)
#include "tst_messagelistmodel.moc"
