#include "httprange.h"

#include <limits>

#include <QByteArrayList>

namespace swarmplay {

namespace {

bool isOws(char c)
{
    return c == ' ' || c == '\t';
}

QByteArray trimmedOws(const QByteArray &s)
{
    int begin = 0;
    int end = s.size();
    while (begin < end && isOws(s[begin]))
        ++begin;
    while (end > begin && isOws(s[end - 1]))
        --end;
    return s.mid(begin, end - begin);
}

// 1*DIGIT; a number too large for qint64 saturates (it is past any end anyway).
bool parseDigits(const QByteArray &s, qint64 *value)
{
    if (s.isEmpty())
        return false;
    qint64 v = 0;
    for (const char c : s) {
        if (c < '0' || c > '9')
            return false;
        const int digit = c - '0';
        if (v > (std::numeric_limits<qint64>::max() - digit) / 10)
            v = std::numeric_limits<qint64>::max();
        else
            v = v * 10 + digit;
    }
    *value = v;
    return true;
}

} // namespace

HttpRange HttpRange::parse(const QByteArray &value, qint64 length)
{
    const int equals = value.indexOf('=');
    if (equals < 0 || trimmedOws(value.left(equals)).toLower() != "bytes")
        return {};
    // range-set is a #list: empty elements are allowed and ignored (RFC 9110, section 5.6.1).
    QByteArrayList specs;
    for (const QByteArray &element : value.mid(equals + 1).split(',')) {
        const QByteArray spec = trimmedOws(element);
        if (!spec.isEmpty())
            specs << spec;
    }
    if (specs.isEmpty())
        return {};
    if (specs.size() > 1) {
        HttpRange r;
        r.m_kind = Kind::Multiple;
        return r;
    }
    return parseOne(specs.first(), length);
}

HttpRange HttpRange::parseOne(const QByteArray &spec, qint64 length)
{
    HttpRange r;
    const int dash = spec.indexOf('-');
    if (dash < 0)
        return r;
    if (dash == 0) { // suffix-range: the last n bytes
        qint64 n = 0;
        if (!parseDigits(spec.mid(1), &n))
            return r;
        if (n == 0) {
            r.m_kind = Kind::Unsatisfiable;
            return r;
        }
        if (length == 0) // satisfiable in theory, but there is no byte to name: serve it all
            return r;
        r.m_kind = Kind::Satisfiable;
        r.m_first = n >= length ? 0 : length - n;
        r.m_last = length - 1;
        return r;
    }
    qint64 first = 0;
    if (!parseDigits(spec.left(dash), &first))
        return r;
    qint64 last = std::numeric_limits<qint64>::max();
    const QByteArray lastText = spec.mid(dash + 1);
    if (!lastText.isEmpty() && !parseDigits(lastText, &last))
        return r;
    if (last < first)
        return r;
    if (first >= length) {
        r.m_kind = Kind::Unsatisfiable;
        return r;
    }
    r.m_kind = Kind::Satisfiable;
    r.m_first = first;
    r.m_last = qMin(last, length - 1);
    return r;
}

} // namespace swarmplay
