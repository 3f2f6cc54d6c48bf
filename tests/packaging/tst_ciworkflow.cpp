// The CI workflow for Windows and macOS (.github/workflows/build.yml) cannot run on this machine:
// what can be checked here is. The file is valid YAML (read by PyYAML through yaml_to_json.py,
// skipped without it), every action and runner is pinned, the Qt it installs is one exact
// version >= 6.4 (the one README names), and the Windows and macOS jobs run the very commands
// README's "Building on Windows and macOS" tells a person to type, in the same order.

#include "testsupport.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <QVersionNumber>

#include <algorithm>

namespace {

const QString kWorkflow = QStringLiteral(".github/workflows/build.yml");
const QString kReadmeSection = QStringLiteral("## Building on Windows and macOS");

QString sourcePath(const QString &relative)
{
    return QStringLiteral(COHORT_SOURCE_DIR "/") + relative;
}

/// Every value of a "uses" key anywhere in the document (steps and reusable-workflow jobs).
void collectUses(const QJsonValue &value, QStringList &uses)
{
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            collectUses(item, uses);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key() == QLatin1String("uses"))
                uses << it.value().toString(QStringLiteral("<not a string>"));
            else
                collectUses(it.value(), uses);
        }
    }
}

/// Joins continued lines (" ^" in cmd, " \" in sh), drops a trailing comment (" # ..." or
/// " &:: ...") and collapses white space: one entry per command.
QStringList logicalLines(const QString &text)
{
    static const QRegularExpression comment(QStringLiteral("\\s+(#|&::).*$"));
    static const QRegularExpression space(QStringLiteral("\\s+"));
    QStringList lines;
    QString pending;
    const QStringList physical = QString(text).remove(QLatin1Char('\r')).split(QLatin1Char('\n'));
    for (QString line : physical) {
        line.remove(comment);
        line = line.trimmed();
        const bool continues
            = line.endsWith(QLatin1String(" ^")) || line.endsWith(QLatin1String(" \\"));
        if (continues)
            line.chop(2);
        pending += (pending.isEmpty() ? QString() : QStringLiteral(" ")) + line;
        if (continues)
            continue;
        pending = pending.replace(space, QStringLiteral(" ")).trimmed();
        if (!pending.isEmpty())
            lines << pending;
        pending.clear();
    }
    if (!pending.isEmpty())
        lines << pending.replace(space, QStringLiteral(" ")).trimmed();
    return lines;
}

/// The commands README documents and the workflow must run alike: CMake, CTest, CPack, vcpkg,
/// Homebrew and the pinned git clones.
bool isDocumentedCommand(const QString &line)
{
    const QStringList words = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return false;
    QString program = words.first();
    program.remove(QLatin1Char('"'));
    program = program.mid(
        std::max(program.lastIndexOf(QLatin1Char('/')), program.lastIndexOf(QLatin1Char('\\')))
        + 1);
    program = program.toLower();
    for (const QString &suffix : { QStringLiteral(".exe"), QStringLiteral(".bat") }) {
        if (program.endsWith(suffix))
            program.chop(suffix.size());
    }
    static const QStringList programs
        = { QStringLiteral("cmake"), QStringLiteral("ctest"), QStringLiteral("cpack"),
            QStringLiteral("brew"),  QStringLiteral("vcpkg"), QStringLiteral("bootstrap-vcpkg") };
    if (programs.contains(program))
        return true;
    return program == QLatin1String("git") && words.size() > 1
        && words.at(1) == QLatin1String("clone");
}

QStringList documentedCommands(const QStringList &lines)
{
    QStringList commands;
    for (const QString &line : lines) {
        if (isDocumentedCommand(line))
            commands << line;
    }
    return commands;
}

/// The lines of the fenced code blocks of `markdown`.
QString codeBlocks(const QString &markdown)
{
    QString code;
    bool inside = false;
    const QStringList lines = QString(markdown).remove(QLatin1Char('\r')).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.trimmed().startsWith(QLatin1String("```"))) {
            inside = !inside;
            continue;
        }
        if (inside)
            code += line + QLatin1Char('\n');
    }
    return code;
}

/// From a "### " heading starting with `title` to the next "### " heading or the end.
QString subsection(const QString &section, const QString &title)
{
    const qsizetype start = section.indexOf(QStringLiteral("\n### ") + title);
    if (start < 0)
        return {};
    const qsizetype end = section.indexOf(QStringLiteral("\n### "), start + 1);
    return section.mid(start, end < 0 ? -1 : end - start);
}

QString describe(const QStringList &commands)
{
    return commands.isEmpty() ? QStringLiteral("  (none)")
                              : QStringLiteral("  ") + commands.join(QStringLiteral("\n  "));
}

/// The first command where two lists part, both sides.
QString firstDifference(const QStringList &workflow, const QStringList &readme)
{
    qsizetype i = 0;
    while (i < workflow.size() && i < readme.size() && workflow.at(i) == readme.at(i))
        ++i;
    const QString none = QStringLiteral("(nothing)");
    return QStringLiteral("command %1:\n  workflow: %2\n  README:   %3")
        .arg(i + 1)
        .arg(i < workflow.size() ? workflow.at(i) : none, i < readme.size() ? readme.at(i) : none);
}

QJsonObject stepEnvironment(const QJsonObject &workflow, const QJsonObject &job,
                            const QJsonObject &step)
{
    QJsonObject environment = workflow.value(QLatin1String("env")).toObject();
    for (const QJsonObject &scope : { job.value(QLatin1String("env")).toObject(),
                                      step.value(QLatin1String("env")).toObject() }) {
        for (auto it = scope.begin(); it != scope.end(); ++it)
            environment.insert(it.key(), it.value());
    }
    return environment;
}

} // namespace

class TestCiWorkflow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void workflowIsWellFormed();
    void actionsArePinned();
    void runnersArePinned();
    void qtVersionIsPinnedAndDocumented();
    void commandsMatchReadme_data();
    void commandsMatchReadme();
    void testsRunOffscreenWithoutRequiredTools_data();
    void testsRunOffscreenWithoutRequiredTools();
    void packagesAreUploaded_data();
    void packagesAreUploaded();
    void sqliteDriverIsRebuilt_data();
    void sqliteDriverIsRebuilt();

private:
    /// The one job running on `runnerPrefix` ("windows-", "macos-"); empty, with a warning, when
    /// there is none or more than one.
    QJsonObject jobOn(const QString &runnerPrefix);
    QJsonArray steps(const QJsonObject &job) const
    {
        return job.value(QLatin1String("steps")).toArray();
    }

    QJsonObject m_workflow;
    QString m_section;
};

void TestCiWorkflow::initTestCase()
{
    QString python = QStringLiteral(COHORT_PYTHON); // found by CMake, may be empty
    if (python.isEmpty() || !QFileInfo::exists(python)) {
        COHORT_REQUIRE_TOOL("python3");
        python = QStringLiteral("python3");
    }
    QProcess converter;
    converter.start(
        python,
        { sourcePath(QStringLiteral("tests/packaging/yaml_to_json.py")), sourcePath(kWorkflow) });
    QVERIFY2(converter.waitForFinished(60000), qPrintable(converter.errorString()));
    const QString errors = QString::fromUtf8(converter.readAllStandardError()).trimmed();
    if (converter.exitStatus() == QProcess::NormalExit && converter.exitCode() == 77) {
        if (cohort::test::toolsRequired())
            QFAIL(qPrintable(errors + QStringLiteral(" (COHORT_REQUIRE_TEST_TOOLS is set)")));
        QSKIP(qPrintable(errors + QStringLiteral("; the workflow checks are skipped")));
    }
    QVERIFY2(
        converter.exitStatus() == QProcess::NormalExit && converter.exitCode() == 0,
        qPrintable(QStringLiteral("%1 is not a valid workflow file: %2").arg(kWorkflow, errors)));
    QJsonParseError parseError;
    const QJsonDocument document
        = QJsonDocument::fromJson(converter.readAllStandardOutput(), &parseError);
    QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
    QVERIFY2(document.isObject(), "the workflow is not a mapping");
    m_workflow = document.object();

    QFile readme(sourcePath(QStringLiteral("README.md")));
    QVERIFY2(readme.open(QIODevice::ReadOnly), qPrintable(readme.errorString()));
    const QString text = QString::fromUtf8(readme.readAll()).remove(QLatin1Char('\r'));
    const qsizetype start = text.indexOf(QLatin1Char('\n') + kReadmeSection + QLatin1Char('\n'));
    QVERIFY2(start >= 0,
             qPrintable(QStringLiteral("README.md has no section \"%1\"").arg(kReadmeSection)));
    const qsizetype end = text.indexOf(QStringLiteral("\n## "), start + 1);
    m_section = text.mid(start, end < 0 ? -1 : end - start);
}

QJsonObject TestCiWorkflow::jobOn(const QString &runnerPrefix)
{
    QJsonObject found;
    int count = 0;
    const QJsonObject jobs = m_workflow.value(QLatin1String("jobs")).toObject();
    for (auto it = jobs.begin(); it != jobs.end(); ++it) {
        const QJsonObject job = it.value().toObject();
        if (job.value(QLatin1String("runs-on")).toString().startsWith(runnerPrefix)) {
            found = job;
            ++count;
        }
    }
    if (count != 1)
        qWarning("%d jobs run on %s*, expected one", count, qPrintable(runnerPrefix));
    return count == 1 ? found : QJsonObject();
}

void TestCiWorkflow::workflowIsWellFormed()
{
    QVERIFY2(!m_workflow.value(QLatin1String("name")).toString().isEmpty(), "no workflow name");
    // YAML 1.1 (PyYAML) reads the key "on" as true.
    QVERIFY2(m_workflow.contains(QLatin1String("on")) || m_workflow.contains(QLatin1String("true")),
             "the workflow has no triggers (on:)");
    const QJsonObject jobs = m_workflow.value(QLatin1String("jobs")).toObject();
    QVERIFY2(!jobs.isEmpty(), "the workflow has no jobs");
    for (auto it = jobs.begin(); it != jobs.end(); ++it) {
        const QJsonObject job = it.value().toObject();
        QVERIFY2(job.contains(QLatin1String("runs-on")),
                 qPrintable(QStringLiteral("job %1 has no runs-on").arg(it.key())));
        const QJsonArray jobSteps = steps(job);
        QVERIFY2(!jobSteps.isEmpty(),
                 qPrintable(QStringLiteral("job %1 has no steps").arg(it.key())));
        for (qsizetype i = 0; i < jobSteps.size(); ++i) {
            const QJsonObject step = jobSteps.at(i).toObject();
            QVERIFY2(step.contains(QLatin1String("uses")) != step.contains(QLatin1String("run")),
                     qPrintable(QStringLiteral("step %1 of job %2 needs either uses or run")
                                    .arg(i + 1)
                                    .arg(it.key())));
            if (step.contains(QLatin1String("run")))
                QVERIFY2(step.value(QLatin1String("run")).isString(),
                         qPrintable(QStringLiteral("step %1 of job %2: run is not a string")
                                        .arg(i + 1)
                                        .arg(it.key())));
        }
    }
}

void TestCiWorkflow::actionsArePinned()
{
    QStringList uses;
    collectUses(m_workflow, uses);
    QVERIFY2(!uses.isEmpty(), "the workflow uses no action");
    // A full release tag (v4.2.2, not the moving v4) or a commit; never a branch.
    static const QRegularExpression pinned(
        QStringLiteral("^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+(/[A-Za-z0-9_./"
                       "-]+)?@(v\\d+\\.\\d+\\.\\d+|[0-9a-f]{40})$"));
    static const QRegularExpression pinnedImage(
        QStringLiteral("^docker://[^@:]+(:[A-Za-z0-9_.-]+|@sha256:[0-9a-f]{64})$"));
    for (const QString &action : std::as_const(uses)) {
        if (action.startsWith(QLatin1String("./")))
            continue;
        const bool ok = pinned.match(action).hasMatch()
            || (pinnedImage.match(action).hasMatch() && !action.endsWith(QLatin1String(":latest")));
        QVERIFY2(ok,
                 qPrintable(QStringLiteral("\"%1\" is not pinned to a release tag "
                                           "(vX.Y.Z) or a commit")
                                .arg(action)));
    }
}

void TestCiWorkflow::runnersArePinned()
{
    static const QRegularExpression taggedImage(QStringLiteral("^[^:@]+(:[^:/@]+|@sha256:.+)$"));
    const QJsonObject jobs = m_workflow.value(QLatin1String("jobs")).toObject();
    for (auto it = jobs.begin(); it != jobs.end(); ++it) {
        const QJsonObject job = it.value().toObject();
        const QJsonValue runsOn = job.value(QLatin1String("runs-on"));
        const QString runner = runsOn.isString()
            ? runsOn.toString()
            : QString::fromUtf8(QJsonDocument(runsOn.toArray()).toJson());
        QVERIFY2(!runner.contains(QLatin1String("latest"))
                     && !runner.contains(QLatin1String("${{")),
                 qPrintable(QStringLiteral("job %1 runs on \"%2\", not a pinned runner image")
                                .arg(it.key(), runner)));
        const QJsonValue container = job.value(QLatin1String("container"));
        if (container.isUndefined())
            continue;
        const QString image = container.isString()
            ? container.toString()
            : container.toObject().value(QLatin1String("image")).toString();
        QVERIFY2(taggedImage.match(image).hasMatch() && !image.endsWith(QLatin1String(":latest")),
                 qPrintable(QStringLiteral("job %1 runs in container \"%2\" without a fixed tag")
                                .arg(it.key(), image)));
    }
}

void TestCiWorkflow::qtVersionIsPinnedAndDocumented()
{
    static const QRegularExpression exactVersion(QStringLiteral("^\\d+\\.\\d+\\.\\d+$"));
    QStringList versions;
    for (const QString &runner : { QStringLiteral("windows-"), QStringLiteral("macos-") }) {
        const QJsonObject job = jobOn(runner);
        QVERIFY2(!job.isEmpty(), qPrintable(QStringLiteral("no single %1* job").arg(runner)));
        int installs = 0;
        for (const QJsonValue &value : steps(job)) {
            const QJsonObject step = value.toObject();
            if (!step.value(QLatin1String("uses"))
                     .toString()
                     .startsWith(QLatin1String("jurplel/install-qt-action@")))
                continue;
            ++installs;
            const QJsonObject with = step.value(QLatin1String("with")).toObject();
            const QJsonValue version = with.value(QLatin1String("version"));
            // An unquoted 6.10 would be the number 6.1: the version must be a quoted string.
            QVERIFY2(version.isString() && exactVersion.match(version.toString()).hasMatch(),
                     qPrintable(QStringLiteral("the %1* job's Qt version is not one exact, quoted "
                                               "version X.Y.Z: %2")
                                    .arg(runner,
                                         QString::fromUtf8(
                                             QJsonDocument(with).toJson(QJsonDocument::Compact)))));
            versions << version.toString();
            const QStringList modules = with.value(QLatin1String("modules"))
                                            .toString()
                                            .split(QLatin1Char(' '), Qt::SkipEmptyParts);
            // Qt Charts is an add-on; QuaZip 1.4 built for Qt 6 needs Qt 5 Compatibility.
            for (const QString &module :
                 { QStringLiteral("qtcharts"), QStringLiteral("qt5compat") })
                QVERIFY2(
                    modules.contains(module),
                    qPrintable(
                        QStringLiteral("the %1* job installs Qt without %2").arg(runner, module)));
        }
        QCOMPARE(installs, 1);
    }
    QCOMPARE(versions.size(), 2);
    QCOMPARE(versions.at(0), versions.at(1));
    const QString pinned = versions.first();
    QVERIFY2(
        QVersionNumber::fromString(pinned) >= QVersionNumber(6, 4),
        qPrintable(
            QStringLiteral("Qt %1 is older than 6.4, the oldest Cohort supports").arg(pinned)));

    QVERIFY2(m_section.contains(QStringLiteral("Qt ") + pinned),
             qPrintable(QStringLiteral("README's \"%1\" does not name Qt %2, the version the "
                                       "workflow pins")
                            .arg(kReadmeSection, pinned)));
    static const QRegularExpression qtSixVersion(QStringLiteral("\\b6\\.\\d+\\.\\d+\\b"));
    for (const QRegularExpressionMatch &match : qtSixVersion.globalMatch(m_section)) {
        QVERIFY2(match.captured() == pinned,
                 qPrintable(QStringLiteral("README's \"%1\" names Qt %2, the workflow pins %3")
                                .arg(kReadmeSection, match.captured(), pinned)));
    }
    QVERIFY2(
        m_section.contains(kWorkflow),
        qPrintable(
            QStringLiteral("README's \"%1\" does not mention %2").arg(kReadmeSection, kWorkflow)));
}

void TestCiWorkflow::commandsMatchReadme_data()
{
    QTest::addColumn<QString>("runner");
    QTest::addColumn<QString>("heading");
    QTest::newRow("windows") << QStringLiteral("windows-") << QStringLiteral("Windows");
    QTest::newRow("macos") << QStringLiteral("macos-") << QStringLiteral("macOS");
}

void TestCiWorkflow::commandsMatchReadme()
{
    QFETCH(QString, runner);
    QFETCH(QString, heading);
    const QJsonObject job = jobOn(runner);
    QVERIFY2(!job.isEmpty(), qPrintable(QStringLiteral("no single %1* job").arg(runner)));
    QStringList workflowLines;
    for (const QJsonValue &value : steps(job))
        workflowLines << logicalLines(value.toObject().value(QLatin1String("run")).toString());
    const QStringList inWorkflow = documentedCommands(workflowLines);

    const QString readmePart = subsection(m_section, heading);
    QVERIFY2(!readmePart.isEmpty(),
             qPrintable(QStringLiteral("README's \"%1\" has no \"### %2\" subsection")
                            .arg(kReadmeSection, heading)));
    const QStringList inReadme = documentedCommands(logicalLines(codeBlocks(readmePart)));

    // Enough to build, test and package: not two empty lists that agree.
    for (const QString &program :
         { QStringLiteral("cmake -S . -B build"), QStringLiteral("cmake --build build"),
           QStringLiteral("ctest --test-dir build"), QStringLiteral("cpack ") }) {
        const bool present = std::any_of(inReadme.begin(), inReadme.end(),
                                         [&](const QString &c) { return c.startsWith(program); });
        QVERIFY2(present,
                 qPrintable(QStringLiteral("README's %1 commands lack \"%2...\":\n%3")
                                .arg(heading, program, describe(inReadme))));
    }
    QVERIFY2(inWorkflow == inReadme,
             qPrintable(QStringLiteral("the %1* job and README's %2 commands differ at %3\n"
                                       "workflow:\n%4\nREADME:\n%5")
                            .arg(runner, heading, firstDifference(inWorkflow, inReadme),
                                 describe(inWorkflow), describe(inReadme))));
}

void TestCiWorkflow::testsRunOffscreenWithoutRequiredTools_data()
{
    QTest::addColumn<QString>("runner");
    QTest::newRow("windows") << QStringLiteral("windows-");
    QTest::newRow("macos") << QStringLiteral("macos-");
}

void TestCiWorkflow::testsRunOffscreenWithoutRequiredTools()
{
    QFETCH(QString, runner);
    const QJsonObject job = jobOn(runner);
    QVERIFY2(!job.isEmpty(), qPrintable(QStringLiteral("no single %1* job").arg(runner)));
    int ctestSteps = 0;
    for (const QJsonValue &value : steps(job)) {
        const QJsonObject step = value.toObject();
        const QString run = step.value(QLatin1String("run")).toString();
        const QJsonObject environment = stepEnvironment(m_workflow, job, step);
        // poppler and Python are not installed there: their checks skip instead of failing.
        QVERIFY2(
            !environment.contains(QLatin1String("COHORT_REQUIRE_TEST_TOOLS"))
                && !run.contains(QLatin1String("COHORT_REQUIRE_TEST_TOOLS")),
            qPrintable(QStringLiteral("the %1* job sets COHORT_REQUIRE_TEST_TOOLS").arg(runner)));
        const QStringList lines = logicalLines(run);
        if (!std::any_of(lines.begin(), lines.end(), [](const QString &line) {
                return line.startsWith(QLatin1String("ctest "));
            }))
            continue;
        ++ctestSteps;
        QCOMPARE(environment.value(QLatin1String("QT_QPA_PLATFORM")).toString(),
                 QStringLiteral("offscreen"));
        QVERIFY2(run.contains(QLatin1String("--output-on-failure")), qPrintable(run));
    }
    QCOMPARE(ctestSteps, 1);
}

void TestCiWorkflow::sqliteDriverIsRebuilt_data()
{
    QTest::addColumn<QString>("runner");
    QTest::addColumn<QString>("sqlite");
    QTest::newRow("windows") << QStringLiteral("windows-")
                             << QStringLiteral("%VCPKG_ROOT%\\installed\\x64-windows");
    QTest::newRow("macos") << QStringLiteral("macos-") << QStringLiteral("$(brew --prefix sqlite)");
}

void TestCiWorkflow::sqliteDriverIsRebuilt()
{
    // Qt's binaries put a private SQLite in their driver; Cohort works on the driver's
    // connections with its own SQLite, so each job rebuilds the driver against that SQLite
    // (installed over Qt's) before it configures Cohort, and Cohort finds the same SQLite.
    QFETCH(QString, runner);
    QFETCH(QString, sqlite);
    const QJsonObject job = jobOn(runner);
    QVERIFY2(!job.isEmpty(), qPrintable(QStringLiteral("no single %1* job").arg(runner)));
    QStringList lines;
    for (const QJsonValue &value : steps(job))
        lines << logicalLines(value.toObject().value(QLatin1String("run")).toString());
    const auto indexOf = [&lines](const auto &predicate) {
        const auto it = std::find_if(lines.cbegin(), lines.cend(), predicate);
        return it == lines.cend() ? -1 : int(it - lines.cbegin());
    };
    const int configureDriver = indexOf([](const QString &line) {
        return line.startsWith(QLatin1String("cmake -S "))
            && line.contains(QLatin1String("sqldrivers"));
    });
    QVERIFY2(configureDriver >= 0,
             qPrintable(QStringLiteral("the %1* job does not configure "
                                       "qtbase's sqldrivers")
                            .arg(runner)));
    const QString driver = lines.at(configureDriver);
    QVERIFY2(driver.contains(QLatin1String("-DFEATURE_system_sqlite=ON")), qPrintable(driver));
    QVERIFY2(driver.contains(sqlite), qPrintable(driver));
    QVERIFY2(driver.contains(QLatin1String("-DCMAKE_INSTALL_PREFIX=%QT_ROOT_DIR%"))
                 || driver.contains(QLatin1String("-DCMAKE_INSTALL_PREFIX=\"$QT_ROOT_DIR\"")),
             qPrintable(driver + QStringLiteral(": not installed over Qt's own driver")));
    static const QRegularExpression buildDir(QStringLiteral("\\s-B\\s+(\\S+)"));
    const QString dir = buildDir.match(driver).captured(1);
    const int install = indexOf(
        [&dir](const QString &line) { return line == QStringLiteral("cmake --install ") + dir; });
    const int configureCohort = indexOf(
        [](const QString &line) { return line.startsWith(QLatin1String("cmake -S . -B build")); });
    QVERIFY2(install > configureDriver,
             qPrintable(QStringLiteral("the %1* job does not install %2").arg(runner, dir)));
    QVERIFY2(configureCohort > install,
             qPrintable(QStringLiteral("the %1* job configures Cohort before the driver is in "
                                       "place")
                            .arg(runner)));
    QVERIFY2(lines.at(configureCohort).contains(sqlite), qPrintable(lines.at(configureCohort)));
    if (runner == QLatin1String("windows-")) {
        // vcpkg leaves FTS5 out of SQLite unless asked; the message search needs it.
        const int vcpkg = indexOf(
            [](const QString &line) { return line.contains(QLatin1String("vcpkg.exe install")); });
        QVERIFY(vcpkg >= 0);
        static const QRegularExpression withFts5(QStringLiteral("\\bsqlite3\\[[^\\]]*\\bfts5\\b"));
        QVERIFY2(withFts5.match(lines.at(vcpkg)).hasMatch(), qPrintable(lines.at(vcpkg)));
    }
}

void TestCiWorkflow::packagesAreUploaded_data()
{
    QTest::addColumn<QString>("runner");
    QTest::addColumn<QString>("generator");
    QTest::addColumn<QString>("extension");
    QTest::newRow("windows") << QStringLiteral("windows-") << QStringLiteral("NSIS")
                             << QStringLiteral(".exe");
    QTest::newRow("macos") << QStringLiteral("macos-") << QStringLiteral("DragNDrop")
                           << QStringLiteral(".dmg");
}

void TestCiWorkflow::packagesAreUploaded()
{
    QFETCH(QString, runner);
    QFETCH(QString, generator);
    QFETCH(QString, extension);
    const QJsonObject job = jobOn(runner);
    QVERIFY2(!job.isEmpty(), qPrintable(QStringLiteral("no single %1* job").arg(runner)));
    static const QRegularExpression outputDir(QStringLiteral("\\s-B\\s+(\\S+)"));
    QString packageDir;
    bool uploaded = false;
    for (const QJsonValue &value : steps(job)) {
        const QJsonObject step = value.toObject();
        for (const QString &line : logicalLines(step.value(QLatin1String("run")).toString())) {
            if (!line.startsWith(QLatin1String("cpack ")))
                continue;
            QVERIFY2(line.contains(QStringLiteral(" -G ") + generator), qPrintable(line));
            packageDir = outputDir.match(line).captured(1);
            QVERIFY2(!packageDir.isEmpty(), qPrintable(line + QStringLiteral(": no -B directory")));
        }
        if (!packageDir.isEmpty()
            && step.value(QLatin1String("uses"))
                   .toString()
                   .startsWith(QLatin1String("actions/upload-artifact@"))) {
            const QString path = step.value(QLatin1String("with"))
                                     .toObject()
                                     .value(QLatin1String("path"))
                                     .toString();
            QVERIFY2(path.startsWith(packageDir + QLatin1Char('/')) && path.endsWith(extension),
                     qPrintable(QStringLiteral("the %1* job uploads \"%2\", not the %3 package "
                                               "of %4")
                                    .arg(runner, path, extension, packageDir)));
            uploaded = true;
        }
    }
    QVERIFY2(!packageDir.isEmpty(),
             qPrintable(QStringLiteral("the %1* job runs no cpack").arg(runner)));
    QVERIFY2(uploaded,
             qPrintable(QStringLiteral("the %1* job uploads no package after cpack").arg(runner)));
}

QTEST_GUILESS_MAIN(TestCiWorkflow)
#include "tst_ciworkflow.moc"
