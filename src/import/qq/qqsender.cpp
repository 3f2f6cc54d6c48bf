#include "import/qq/qqsender.h"

namespace cohort::import {

namespace {

bool isQqNumber(QStringView id)
{
    if (id.size() < 4 || id.size() > 12)
        return false;
    for (const QChar c : id) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

bool isEmail(QStringView id)
{
    const qsizetype at = id.indexOf(u'@');
    return at > 0 && at < id.size() - 1 && !id.contains(u' ');
}

} // namespace

QStringView QqSender::stripTitles(QStringView nick)
{
    for (;;) {
        nick = nick.trimmed();
        if (!nick.startsWith(u'【'))
            return nick;
        const qsizetype close = nick.indexOf(u'】');
        if (close < 0)
            return nick;
        nick = nick.sliced(close + 1);
    }
}

AuthorRef QqSender::parse(QStringView sender)
{
    sender = sender.trimmed();
    AuthorRef author;
    if (sender.size() >= 3 && (sender.endsWith(u')') || sender.endsWith(u'>'))) {
        const QChar open = sender.endsWith(u')') ? u'(' : u'<';
        const qsizetype start = sender.lastIndexOf(open, sender.size() - 2);
        if (start >= 0) {
            const QStringView id = sender.sliced(start + 1, sender.size() - start - 2);
            const bool valid = open == u'<' ? isEmail(id) : (isQqNumber(id) || isEmail(id));
            if (valid) {
                author.key = id.toString();
                author.displayName = stripTitles(sender.first(start)).toString();
                return author;
            }
        }
    }
    author.displayName = stripTitles(sender).toString();
    return author;
}

bool QqSender::isSystem(const AuthorRef &author)
{
    return author.key == u"10000" || author.key == u"1000000";
}

} // namespace cohort::import
