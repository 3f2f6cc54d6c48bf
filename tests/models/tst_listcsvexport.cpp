#include "demo/demogenerator.h"
#include "models/listcsvexport.h"
#include "models/memberlistmodel.h"
#include "models/orderlistmodel.h"
#include "reports/csvwriter.h"
#include "storage/checkedquery.h"
#include "storage/database.h"
#include "storage/jobrunner.h"
#include "storage/listcountjob.h"
#include "storage/listquery.h"
#include "storage/listspecs.h"

#include <QBuffer>
#include <QFile>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QTest>

using namespace cohort;

/// ListCsvExport and ListCountJob over the small demo workspace (thousands of members and
/// orders): the file holds cell by cell what the paged model shows once all its pages are
/// fetched (filter, sort, chosen columns, display texts in the workspace zone), Cancel and read
/// failures leave no file and an old file untouched, and the count job agrees with
/// ListQuery::count.
class TestListCsvExport : public QObject
{
    Q_OBJECT

    std::unique_ptr<Database> m_db;
    QTemporaryDir m_dir;

    /// The CSV text CsvWriter makes of what `model` shows in `columns` after fetching every page.
    static QByteArray shownByModel(SqlPagedTableModel &model, const QList<int> &columns)
    {
        model.fetchAll();
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        CsvWriter writer(buffer);
        QStringList header;
        for (const int column : columns)
            header << model.headerData(column, Qt::Horizontal).toString();
        writer.writeRow(header);
        for (int row = 0; row < model.rowCount(); ++row) {
            QStringList cells;
            for (const int column : columns)
                cells << model.index(row, column).data().toString();
            writer.writeRow(cells);
        }
        return bytes;
    }

    static ListCsvExport::Request requestFor(const SqlPagedTableModel &model,
                                             const QList<int> &columns)
    {
        ListCsvExport::Request request;
        request.spec = model.spec();
        request.filter = model.filter();
        request.sort = { model.sortColumn(), model.sortOrder() == Qt::DescendingOrder };
        request.columns = columns;
        for (const int column : columns)
            request.headers << model.headerData(column, Qt::Horizontal).toString();
        request.cells = model.formatter();
        return request;
    }

    static QByteArray contents(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static QStringList allColumns(const SqlPagedTableModel &model)
    {
        QStringList keys;
        for (const ListColumn &column : model.spec().columns)
            keys << column.key;
        return keys;
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = std::make_unique<Database>();
        QVERIFY(!m_db->openInMemory().isError());
        DemoGenerator generator(*m_db);
        QVERIFY(generator.generate(7, DemoGenerator::Scale::Small));
    }

    void cleanup() { CheckedQuery::clearFailures(); }

    void exportEqualsTheModel_data()
    {
        QTest::addColumn<QString>("list");
        QTest::addColumn<QString>("search");
        QTest::addColumn<QString>("sortKey");
        QTest::addColumn<bool>("descending");
        QTest::addColumn<QStringList>("columnKeys"); // empty: every column, in spec order
        QTest::newRow("members, default order") << "members"
                                                << ""
                                                << "" << false << QStringList();
        QTest::newRow("members by spend, descending, some columns moved")
            << "members"
            << ""
            << "spent" << true
            << QStringList { QStringLiteral("tier"), QStringLiteral("name"),
                             QStringLiteral("spent"), QStringLiteral("points") };
        QTest::newRow("members matching a search") << "members"
                                                   << "an"
                                                   << "name" << false << QStringList();
        QTest::newRow("orders by time") << "orders"
                                        << ""
                                        << "time" << true << QStringList();
    }

    void exportEqualsTheModel()
    {
        QFETCH(QString, list);
        QFETCH(QString, search);
        QFETCH(QString, sortKey);
        QFETCH(bool, descending);
        QFETCH(QStringList, columnKeys);
        std::unique_ptr<SqlPagedTableModel> model;
        if (list == QLatin1String("members"))
            model = std::make_unique<MemberListModel>(*m_db);
        else
            model = std::make_unique<OrderListModel>(*m_db);
        if (!sortKey.isEmpty()) {
            QVERIFY2(model->columnOf(sortKey) >= 0, qPrintable(sortKey));
            model->sort(model->columnOf(sortKey),
                        descending ? Qt::DescendingOrder : Qt::AscendingOrder);
        }
        model->setTextFilter(search);
        if (columnKeys.isEmpty())
            columnKeys = allColumns(*model);
        QList<int> columns;
        for (const QString &key : std::as_const(columnKeys)) {
            QVERIFY2(model->columnOf(key) >= 0, qPrintable(key));
            columns << model->columnOf(key);
        }

        const QString file = path(QStringLiteral("export.csv"));
        QFuture<ListCsvExport::Outcome> future
            = ListCsvExport::start(*m_db, requestFor(*model, columns), file);
        future.waitForFinished();
        QCOMPARE(future.resultCount(), 1);
        const ListCsvExport::Outcome outcome = future.result();
        QVERIFY2(outcome.status == ListCsvExport::Outcome::Status::Written,
                 qPrintable(outcome.message));

        const QByteArray expected = shownByModel(*model, columns);
        QCOMPARE(outcome.rows, qint64(model->rowCount()));
        QVERIFY(model->rowCount() > (search.isEmpty() ? 2000 : 50)); // several export pages
        const QList<QByteArray> got = contents(file).split('\n');
        const QList<QByteArray> want = expected.split('\n');
        QCOMPARE(got.size(), want.size());
        for (qsizetype i = 0; i < want.size(); ++i)
            QCOMPARE(got.at(i), want.at(i));
    }

    void cancelLeavesTheOldFile()
    {
        MemberListModel model(*m_db);
        const QList<int> columns { 0, 1, 2 };
        // A folder of its own: no temporary file may be left next to it either.
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("cancel")));
        const QString file = path(QStringLiteral("cancel/cancelled.csv"));
        {
            QFile old(file);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("the old file\r\n");
        }
        int pages = 0;
        bool progressed = false;
        const ListCsvExport::Outcome outcome = ListCsvExport::writeFile(
            *m_db, requestFor(model, columns), file, [&pages] { return ++pages > 1; },
            [&progressed](qint64 written, qint64 total) {
                progressed = written == ListCsvExport::PageRows && total > written;
            });
        QVERIFY(outcome.status == ListCsvExport::Outcome::Status::Cancelled);
        QVERIFY(progressed); // it was cancelled midway, after its first page
        QCOMPARE(contents(file), QByteArray("the old file\r\n"));
        QCOMPARE(QDir(path(QStringLiteral("cancel"))).entryList(QDir::Files | QDir::Hidden),
                 QStringList { QStringLiteral("cancelled.csv") });

        // Cancelled before it writes anything: no file at all.
        const QString none = path(QStringLiteral("never.csv"));
        const ListCsvExport::Outcome early = ListCsvExport::writeFile(
            *m_db, requestFor(model, columns), none, [] { return true; });
        QVERIFY(early.status == ListCsvExport::Outcome::Status::Cancelled);
        QVERIFY(!QFile::exists(none));
    }

    void cancelledJobWritesNothing()
    {
        // Every worker is busy, so the export waits in the queue when it is cancelled: it never
        // runs and no file appears. (Cancelling a running export is cancelLeavesTheOldFile: the
        // job passes its isCancelled() as the same flag.)
        MemberListModel model(*m_db);
        QSemaphore release;
        const int workers = m_db->jobs().pool().maxThreadCount();
        for (int i = 0; i < workers; ++i)
            m_db->jobs().run([&release](JobContext &) { release.acquire(); });
        const QString file = path(QStringLiteral("job-cancelled.csv"));
        QFuture<ListCsvExport::Outcome> future
            = ListCsvExport::start(*m_db, requestFor(model, { 0, 1 }), file);
        future.cancel();
        release.release(workers);
        m_db->jobs().cancelAndWait();
        QVERIFY(future.isCanceled());
        QCOMPARE(future.resultCount(), 0);
        QVERIFY(!QFile::exists(file));
    }

    void readFailureWritesNothing_data()
    {
        QTest::addColumn<QString>("fragment");
        QTest::newRow("the count") << "SELECT count(*) FROM members";
        QTest::newRow("the first page") << "LIMIT ? OFFSET ?";
        QTest::newRow("a later page") << ") > (?, ?)";
    }

    void readFailureWritesNothing()
    {
        QFETCH(QString, fragment);
        MemberListModel model(*m_db);
        const QString file = path(QStringLiteral("failed.csv"));
        {
            QFile old(file);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("kept\r\n");
        }
        CheckedQuery::failMatching(fragment);
        QFuture<ListCsvExport::Outcome> future
            = ListCsvExport::start(*m_db, requestFor(model, { 0, 1 }), file);
        future.waitForFinished();
        CheckedQuery::clearFailures();
        QCOMPARE(future.resultCount(), 1);
        const ListCsvExport::Outcome outcome = future.result();
        QVERIFY(outcome.status == ListCsvExport::Outcome::Status::Failed);
        QVERIFY2(outcome.message.contains(QStringLiteral("not every row could be read")),
                 qPrintable(outcome.message));
        QVERIFY(!outcome.details.isEmpty());
        QCOMPARE(contents(file), QByteArray("kept\r\n"));
        QVERIFY(QFile::remove(file));

        CheckedQuery::failMatching(fragment);
        future = ListCsvExport::start(*m_db, requestFor(model, { 0, 1 }), file);
        future.waitForFinished();
        QVERIFY(future.result().status == ListCsvExport::Outcome::Status::Failed);
        QVERIFY(!QFile::exists(file));
    }

    void countJobAgreesWithTheQuery_data()
    {
        QTest::addColumn<QString>("search");
        QTest::newRow("all") << "";
        QTest::newRow("search") << "an";
        QTest::newRow("nothing") << "no member is called this";
    }

    void countJobAgreesWithTheQuery()
    {
        QFETCH(QString, search);
        const ListQuerySpec spec = ListSpecs::members(m_db->dialect());
        ListFilter filter;
        filter.text = search;
        QFuture<qint64> future = ListCountJob::start(*m_db, spec, filter);
        future.waitForFinished();
        QCOMPARE(future.resultCount(), 1);
        const qint64 expected = ListQuery(*m_db, spec).count(filter);
        QCOMPARE(future.result(), expected);
        if (search.isEmpty())
            QVERIFY(expected > 2000);
    }

    void countJobReportsAFailureAsMinusOne()
    {
        CheckedQuery::failMatching(QStringLiteral("SELECT count(*) FROM members"));
        QFuture<qint64> future
            = ListCountJob::start(*m_db, ListSpecs::members(m_db->dialect()), ListFilter());
        future.waitForFinished();
        QCOMPARE(future.result(), qint64(-1));
    }
};

QTEST_GUILESS_MAIN(TestListCsvExport)
#include "tst_listcsvexport.moc"
