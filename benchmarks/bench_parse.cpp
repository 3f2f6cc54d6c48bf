// bench_parse: times a chat-export parser alone (detection, decoding, line grammar, records),
// with a sink that only counts, to tell the parse's share of `cohort-cli bench import` from the
// pipeline's and the database's.
//
//   bench_parse FILE [--format KEY]

#include "import/formatregistry.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>

using namespace cohort::import;

namespace {

class CountingSink final : public RecordSink
{
public:
    void beginChat(const ChatInfo &) override { ++chats; }
    void record(ChatRecord &&record) override
    {
        ++records;
        bytes += record.text.size();
    }
    void warning(qint64, const QString &) override { ++warnings; }

    qint64 chats = 0;
    qint64 records = 0;
    qint64 warnings = 0;
    qint64 bytes = 0;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("Force a format."),
                                    QStringLiteral("key"), QStringLiteral("auto"));
    parser.addOption(format);
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("Chat export."));
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);
    const QString path = parser.positionalArguments().constFirst();
    QElapsedTimer timer;
    timer.start();
    FormatRegistry registry;
    FormatRegistry::Detection detection = registry.detect(path, parser.value(format));
    if (!detection.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(detection.error));
        return 1;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(path), qPrintable(file.errorString()));
        return 1;
    }
    CountingSink sink;
    const ParseResult result = detection.parser->parse(file, ParseOptions {}, sink);
    const double seconds = timer.nsecsElapsed() / 1e9;
    if (!result.ok()) {
        std::fprintf(stderr, "%s:%lld: %s\n", qPrintable(path), qlonglong(result.errorLine),
                     qPrintable(result.errorMessage));
        return 1;
    }
    std::printf("%s: %lld records, %lld chats, %lld warnings in %.2f s (%.0f records/s)\n",
                qPrintable(detection.parser->formatKey()), qlonglong(sink.records),
                qlonglong(sink.chats), qlonglong(sink.warnings), seconds,
                seconds > 0 ? double(sink.records) / seconds : 0.0);
    return 0;
}
