#pragma once

#include "import/chatparser.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QStringList>
#include <QStringView>

#include <memory>

namespace cohort::import {

class CsvReader;

/// Reads the CSV exports of WeChat history tools: WeChatMsg/MemoTrace per-contact and
/// "export all" CSVs (12 English columns, or the 9-column header of v0.2.6), the WeChatMsg v3
/// Chinese-header CSV and PyWxDump CSVs (`msg,src` or the older `content` JSON column).
class WeChatCsvParser final : public ChatParser
{
    Q_DECLARE_TR_FUNCTIONS(WeChatCsvParser)

public:
    /// Which tool (and version) wrote the file, told by its header.
    enum class Shape {
        Unknown,
        MemoTrace, ///< localId,TalkerId,…,StrTime,Remark,NickName,Sender
        MemoTraceShort, ///< v0.2.6 "export all": the first 9 of those names, 10 values per row
        V3, ///< 消息ID,类型,发送人,时间,内容,备注,昵称,更多信息
        PyWxDump, ///< id,MsgSvrID,type_name,is_sender,talker,room_name,msg,src,CreateTime
        PyWxDumpContent ///< older PyWxDump: `content` JSON {"src","msg"} instead of msg,src
    };

    static Shape shapeOfHeader(const QStringList &names);

    QString formatKey() const override;
    Platform platform() const override;
    int sniff(QByteArrayView head) const override;
    ParseResult parse(QIODevice &input, const ParseOptions &options, RecordSink &sink) override;

private:
    /// A row's fields as views (into the reader or into a buffered copy).
    struct Row
    {
        const QStringView *fields = nullptr;
        qsizetype count = 0;
        qint64 line = 0;
        QStringView at(int column) const
        {
            return column >= 0 && column < count ? fields[column] : QStringView();
        }
    };

    void reset(RecordSink &sink);
    bool mapColumns(const QStringList &names);
    void decideMemoTraceMode(const QList<QStringList> &rows);
    void processRow(const Row &row);
    void processMemoTrace(const Row &row);
    void processV3(const Row &row);
    void processPyWxDump(const Row &row);
    void emitSystem(const Row &row, QStringView raw, qint64 wall, qint64 utc, bool hasUtc);
    void emitRecord(ChatRecord &&record);
    void beginChatIfChanged(const QString &name, const QString &externalId);
    void warnOnce(const QString &what, qint64 line, const QString &message);
    AuthorRef selfRef() const;
    AuthorRef cachedAuthor(QStringView key, QStringView displayName);

    // Per-parse state; parse() resets it.
    RecordSink *m_sink = nullptr;
    Shape m_shape = Shape::Unknown;
    bool m_exportAll = false; ///< MemoTrace "export all": Sender is a display name, not a wxid
    QHash<QString, int> m_columns;
    int m_colType = -1, m_colSubType = -1, m_colIsSender = -1, m_colCreateTime = -1,
        m_colContent = -1, m_colStrTime = -1, m_colRemark = -1, m_colNickName = -1,
        m_colSender = -1, m_colId = -1, m_colRoom = -1;
    AuthorRef m_self;
    QHash<size_t, AuthorRef> m_authorCache;
    bool m_chatDirty = true; ///< beginChat() is due before the next record
    QString m_chatName;
    QString m_chatId;
    QSet<QString> m_warned;
    qint64 m_records = 0;
    qint64 m_shortRows = 0;
    qint64 m_firstShortRowLine = 0;
    qint64 m_firstBadLine = 0;
};

std::unique_ptr<ChatParser> createWeChatCsvParser();

} // namespace cohort::import
