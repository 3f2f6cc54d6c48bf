#include "import/importpipeline.h"
#include "models/importhistorymodel.h"
#include "storage/database.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSqlQuery>
#include <QTest>

using namespace cohort;

/// The Groups pane's import history: one row per recorded batch of the group, newest first,
/// with the counts the import recorded; it follows new imports by itself.
class TestImportHistoryModel : public QObject
{
    Q_OBJECT

    std::unique_ptr<Database> m_db;

    import::ImportSummary import(const char *fixture, qint64 groupId, const QString &name = {}) {
        import::ImportOptions options;
    options.groupId = groupId;
    options.groupName = name;
    options.timeZoneId = QStringLiteral("UTC");
    // ambiguous.txt needs an order; the others read theirs from the file.
    if (QLatin1String(fixture).contains(QLatin1String("ambiguous")))
        options.dateOrder = import::DateOrder::DayMonthYear;
    return import::ImportPipeline(*m_db).importFile(
        test::dataPath(QStringLiteral("import/") + QLatin1String(fixture)), options);
}

static QVariant
raw(const ImportHistoryModel &model, int row, int column)
{
    return model.index(row, column).data(ImportHistoryModel::RawValueRole);
}

private Q_SLOTS:
void init()
{
    m_db = std::make_unique<Database>();
    QVERIFY(!m_db->openInMemory().isError());
}

void cleanup()
{
    m_db.reset();
}

void listsTheBatchesOfOneGroup()
{
    const import::ImportSummary first
        = import("whatsapp/android_en_24h.txt", 0, QStringLiteral("Book Club"));
    QVERIFY(first.ok());
    const qint64 group = first.groupIds.first();
    const import::ImportSummary other
        = import("whatsapp/ambiguous.txt", 0, QStringLiteral("Elsewhere"));
    QVERIFY(other.ok());

    ImportHistoryModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setGroupId(group);
    QCOMPARE(model.groupId(), group);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.columnCount(), int(ImportHistoryModel::ColumnCount));
    QCOMPARE(model.index(0, ImportHistoryModel::FileColumn).data().toString(),
             QStringLiteral("android_en_24h.txt"));
    QCOMPARE(model.index(0, ImportHistoryModel::FormatColumn).data().toString(),
             QStringLiteral("WhatsApp"));
    QCOMPARE(raw(model, 0, ImportHistoryModel::MessagesColumn).toLongLong(), first.messages);
    QCOMPARE(raw(model, 0, ImportHistoryModel::NewMembersColumn).toLongLong(), first.newMembers);
    QCOMPARE(raw(model, 0, ImportHistoryModel::JoinsColumn).toLongLong(), first.joins);
    QCOMPARE(raw(model, 0, ImportHistoryModel::LeavesColumn).toLongLong(), first.leaves);
    QCOMPARE(raw(model, 0, ImportHistoryModel::WarningsColumn).toLongLong(),
             qint64(first.warnings.size()));
    QVERIFY(!model.index(0, ImportHistoryModel::ImportedColumn).data().toString().isEmpty());
    QVERIFY(model.headerData(ImportHistoryModel::DuplicatesColumn, Qt::Horizontal).toString()
            == QStringLiteral("Duplicates"));

    // A second import of the same file appears on its own, on top, all duplicates.
    const import::ImportSummary again = import("whatsapp/android_en_24h.txt", group);
    QVERIFY(again.ok());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, 0).data(ImportHistoryModel::BatchIdRole).toLongLong(),
             again.batchIds.first());
    QCOMPARE(raw(model, 0, ImportHistoryModel::DuplicatesColumn).toLongLong(), first.messages);
    QCOMPARE(raw(model, 1, ImportHistoryModel::DuplicatesColumn).toLongLong(), qint64(0));

    model.setGroupId(other.groupIds.first());
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.batchAt(0).fileName, QStringLiteral("ambiguous.txt"));
    model.setGroupId(0);
    QCOMPARE(model.rowCount(), 0);
}

void deletedGroupHasNoHistory()
{
    const import::ImportSummary s = import("whatsapp/ambiguous.txt", 0, QStringLiteral("Gone"));
    QVERIFY(s.ok());
    ImportHistoryModel model(*m_db);
    model.setGroupId(s.groupIds.first());
    QCOMPARE(model.rowCount(), 1);
    QSqlQuery q(m_db->connection());
    QVERIFY(
        q.exec(QStringLiteral("DELETE FROM chat_groups WHERE id = %1").arg(s.groupIds.first())));
    model.refresh();
    QCOMPARE(model.rowCount(), 0);
}
}
;

QTEST_MAIN(TestImportHistoryModel)
#include "tst_importhistorymodel.moc"
