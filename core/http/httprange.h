#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace swarmplay {

// A Range header field (RFC 9110, section 14.2) resolved against the length of what is served.
// Only single byte ranges are honoured: the stream server answers anything else with the whole
// file, which RFC 9110 allows ("a server MAY ignore the Range header field").
class HttpRange
{
public:
    enum class Kind
    {
        Invalid,       // not a valid bytes range-set (or an empty representation): serve it all
        Multiple,      // more than one range: the server serves it all (200)
        Satisfiable,   // one range, [first(), last()]: 206
        Unsatisfiable, // one valid range that lies past the end, or "-0": 416
    };

    static HttpRange parse(const QByteArray &value, qint64 length);

    Kind kind() const { return m_kind; }
    qint64 first() const { return m_first; }
    qint64 last() const { return m_last; }
    qint64 length() const { return m_last - m_first + 1; }

private:
    static HttpRange parseOne(const QByteArray &spec, qint64 length);

    Kind m_kind = Kind::Invalid;
    qint64 m_first = 0;
    qint64 m_last = -1;
};

} // namespace swarmplay
