#include "import/isodatetime.h"

namespace cohort::import {

namespace {

bool digits(std::string_view s, size_t pos, size_t count, int &out)
{
    if (pos + count > s.size())
        return false;
    int v = 0;
    for (size_t i = pos; i < pos + count; ++i) {
        const char c = s[i];
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + (c - '0');
    }
    out = v;
    return true;
}

bool isLeapYear(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int daysInMonth(int y, int m)
{
    static constexpr int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    return m == 2 && isLeapYear(y) ? 29 : days[m - 1];
}

} // namespace

bool parseIsoDateTime(std::string_view s, IsoDateTime &out)
{
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, se = 0;
    if (!digits(s, 0, 4, y) || s.size() < 19 || s[4] != '-' || !digits(s, 5, 2, mo) || s[7] != '-'
        || !digits(s, 8, 2, d) || (s[10] != 'T' && s[10] != ' ') || !digits(s, 11, 2, h)
        || s[13] != ':' || !digits(s, 14, 2, mi) || s[16] != ':' || !digits(s, 17, 2, se))
        return false;
    if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h > 23 || mi > 59 || se > 59)
        return false;
    size_t pos = 19;
    if (pos < s.size() && s[pos] == '.') {
        ++pos;
        const size_t start = pos;
        while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9')
            ++pos;
        if (pos == start)
            return false;
    }
    out.hasOffset = false;
    out.offsetSeconds = 0;
    if (pos < s.size()) {
        if (s[pos] == 'Z' && pos + 1 == s.size()) {
            out.hasOffset = true;
        } else if (s[pos] == '+' || s[pos] == '-') {
            int oh = 0, om = 0;
            const size_t rest = s.size() - pos - 1;
            bool ok = false;
            if (rest == 5 && s[pos + 3] == ':')
                ok = digits(s, pos + 1, 2, oh) && digits(s, pos + 4, 2, om);
            else if (rest == 4)
                ok = digits(s, pos + 1, 2, oh) && digits(s, pos + 3, 2, om);
            else if (rest == 2)
                ok = digits(s, pos + 1, 2, oh);
            if (!ok || oh > 23 || om > 59)
                return false;
            out.hasOffset = true;
            out.offsetSeconds = (oh * 3600 + om * 60) * (s[pos] == '-' ? -1 : 1);
        } else {
            return false;
        }
    }
    out.wallSeconds = wallclock::daysFromCivil(int(y), int(mo), int(d)) * 86400 + h * 3600 + mi * 60 + se;
    return true;
}

bool parseInteger(std::string_view s, qint64 &out)
{
    size_t i = 0;
    bool negative = false;
    if (!s.empty() && s[0] == '-') {
        negative = true;
        i = 1;
    }
    if (i == s.size() || s.size() - i > 18)
        return false;
    qint64 v = 0;
    for (; i < s.size(); ++i) {
        if (s[i] < '0' || s[i] > '9')
            return false;
        v = v * 10 + (s[i] - '0');
    }
    out = negative ? -v : v;
    return true;
}

} // namespace cohort::import
