#include "storage/database.h"
#include "testsupport.h"
#include "ui/importwizard/chatfiledrophandler.h"
#include "ui/importwizard/importfileswizardpage.h"
#include "ui/importwizard/importwizard.h"
#include "ui/languagemanager.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace cohort;

/// Dropping files on the main window: chat exports open the import wizard with them; .cohort
/// workspaces and other files are left to whoever else handles drops.
class TestChatFileDropHandler : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString touch(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write("x");
        return path;
    }

    static std::unique_ptr<QMimeData> mimeOf(const QStringList &paths)
    {
        auto mime = std::make_unique<QMimeData>();
        QList<QUrl> urls;
        for (const QString &path : paths)
            urls << QUrl::fromLocalFile(path);
        mime->setUrls(urls);
        return mime;
    }

    /// Sends enter and drop of `paths` to `target`; returns whether the drop was accepted.
    static bool drop(QWidget *target, const QStringList &paths, bool *enterAccepted = nullptr)
    {
        const auto mime = mimeOf(paths);
        const QPoint pos(10, 10);
        QDragEnterEvent enter(pos, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        enter.setAccepted(false);
        QApplication::sendEvent(target, &enter);
        if (enterAccepted)
            *enterAccepted = enter.isAccepted();
        QDropEvent dropEvent(QPointF(pos), Qt::CopyAction, mime.get(), Qt::LeftButton,
                             Qt::NoModifier);
        dropEvent.setAccepted(false);
        QApplication::sendEvent(target, &dropEvent);
        return dropEvent.isAccepted();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    }

    void filtersChatExports()
    {
        const QString txt = touch(QStringLiteral("chat.txt"));
        const QString zip = touch(QStringLiteral("Chat.ZIP"));
        const QString json = touch(QStringLiteral("result.json"));
        const QString csv = touch(QStringLiteral("wechat.csv"));
        const QString workspace = touch(QStringLiteral("team.cohort"));
        const QString image = touch(QStringLiteral("photo.png"));
        const auto mime = mimeOf({ txt, workspace, zip, image, json, csv,
                                   m_dir.filePath(QStringLiteral("missing.txt")) });
        QCOMPARE(ChatFileDropHandler::chatExportFiles(mime.get()),
                 (QStringList { txt, zip, json, csv }));
        QVERIFY(ChatFileDropHandler::chatExportFiles(nullptr).isEmpty());
        QMimeData text;
        text.setText(QStringLiteral("just text"));
        QVERIFY(ChatFileDropHandler::chatExportFiles(&text).isEmpty());
    }

    void acceptsOnlyChatExports()
    {
        QWidget target;
        auto *handler = new ChatFileDropHandler(&target);
        QVERIFY(target.acceptDrops());
        QSignalSpy dropped(handler, &ChatFileDropHandler::filesDropped);
        const QString txt = touch(QStringLiteral("export.txt"));
        const QString workspace = touch(QStringLiteral("other.cohort"));

        bool entered = true;
        QVERIFY(!drop(&target, { workspace }, &entered));
        QVERIFY(!entered);
        QCOMPARE(dropped.size(), 0);

        QVERIFY(drop(&target, { workspace, txt }, &entered));
        QVERIFY(entered);
        QCOMPARE(dropped.size(), 1);
        QCOMPARE(dropped.at(0).at(0).toStringList(), QStringList { txt });
    }

    void dropOnMainWindowOpensTheWizard()
    {
        LanguageManager languages;
        MainWindow window(&languages);
        auto db = std::make_unique<Database>();
        QVERIFY(!db->openInMemory().isError());
        window.setWorkspace(std::move(db));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString chat = test::dataPath(QStringLiteral("import/whatsapp/ambiguous.txt"));

        // A .cohort drop belongs to the workspace drop handler (tst_datasafety): not to this one,
        // as acceptsOnlyChatExports shows on a plain widget.

        QVERIFY(drop(&window, { chat }));
        ImportWizard *wizard = nullptr;
        QTRY_VERIFY((wizard = window.findChild<ImportWizard *>()) != nullptr);
        QTRY_VERIFY(wizard->isVisible());
        QCOMPARE(wizard->filesPage()->files(), QStringList { chat });
        wizard->reject();
    }
};

QTEST_MAIN(TestChatFileDropHandler)
#include "tst_chatfiledrophandler.moc"
