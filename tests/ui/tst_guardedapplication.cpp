#include "storage/queryerror.h"
#include "ui/guardedapplication.h"

#include <QFileOpenEvent>
#include <QSignalSpy>
#include <QSqlError>
#include <QTest>
#include <QTimer>

using namespace cohort;

namespace {

QueryError readError()
{
    return QueryError(QSqlError(QStringLiteral("locked"), QStringLiteral("database is locked"),
                                QSqlError::StatementError, QStringLiteral("5")),
                      QStringLiteral("SELECT 1 FROM members"));
}

/// Reads on every event it gets, and the read fails.
class FailingReader final : public QObject
{
public:
    bool event(QEvent *event) override
    {
        if (event->type() == QEvent::User)
            throw readError();
        return QObject::event(event);
    }
};

} // namespace

/// The GUI's last line of defence: a QueryError nobody caught stops in notify() and is reported,
/// instead of unwinding through the event loop.
class TestGuardedApplication : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sentEventIsStopped()
    {
        auto *app = static_cast<GuardedApplication *>(QCoreApplication::instance());
        QStringList reported;
        app->setReporter([&reported](const QueryError &error) { reported << error.message(); });
        FailingReader reader;
        QEvent event(QEvent::User);
        QVERIFY(!QCoreApplication::sendEvent(&reader, &event));
        QCOMPARE(reported.size(), 1);
        QVERIFY(reported.constFirst().contains(QLatin1String("busy")));
        app->setReporter({});
    }

    void fileOpenEventIsPassedOn()
    {
        // What macOS sends for a Finder double-click reaches the window as a request.
        auto *app = static_cast<GuardedApplication *>(QCoreApplication::instance());
        QSignalSpy requested(app, &GuardedApplication::fileOpenRequested);
        QFileOpenEvent event(QStringLiteral("/Users/李/工作区.cohort"));
        QVERIFY(QCoreApplication::sendEvent(app, &event));
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.at(0).at(0).toString(), QStringLiteral("/Users/李/工作区.cohort"));
    }

    void slotInTheEventLoopIsStopped()
    {
        auto *app = static_cast<GuardedApplication *>(QCoreApplication::instance());
        int reported = 0;
        app->setReporter([&reported](const QueryError &) { ++reported; });
        QTimer::singleShot(0, app, [] { throw readError(); });
        QTRY_COMPARE(reported, 1);
        app->setReporter({});
    }
};

int main(int argc, char *argv[])
{
    GuardedApplication app(argc, argv);
    TestGuardedApplication test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_guardedapplication.moc"
