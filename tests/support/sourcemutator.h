#pragma once

// Damage done to real .torrent files and magnet links, the way downloads, editors and copy-paste
// do it, for the tests that check every damaged source is accepted or refused with its code.

#include <cctype>

#include <QByteArray>
#include <QByteArrayList>
#include <QString>
#include <QVector>

namespace swarmplay::test {

// A small deterministic generator, so that a failure names a mutation that comes back.
class SourceMutator
{
public:
    explicit SourceMutator(quint32 seed)
        : m_state(seed * 2654435761u + 1)
    {}
    quint32 next()
    {
        m_state ^= m_state << 13;
        m_state ^= m_state >> 17;
        m_state ^= m_state << 5;
        return m_state;
    }
    int below(int n) { return n > 0 ? int(next() % quint32(n)) : 0; }

    // One of the ways bytes get damaged: a flipped bit, a cut, a stray byte, a changed number
    // or length prefix, a key gone or repeated, a container of the wrong kind.
    QByteArray torrent(QByteArray b, QString *how)
    {
        if (b.isEmpty()) {
            *how = QStringLiteral("nothing left to damage");
            return b;
        }
        switch (below(8)) {
        case 0: {
            const int at = below(int(b.size()));
            b[at] = char(b[at] ^ char(1 << below(8)));
            *how = QStringLiteral("bit flipped at %1").arg(at);
            break;
        }
        case 1: {
            const int at = below(int(b.size()));
            b.truncate(at);
            *how = QStringLiteral("cut at %1").arg(at);
            break;
        }
        case 2: {
            const int at = below(int(b.size()));
            b.insert(at, "e:d0l"[below(5)]);
            *how = QStringLiteral("stray byte at %1").arg(at);
            break;
        }
        case 3:
            *how = replaceInteger(&b, {"-1", "0", "99999999999999999999", "1x", "", "-0"});
            break;
        case 4:
            *how = replaceLength(&b, {"0", "9999999", "-3", "1", "00"});
            break;
        case 5: {
            static const QByteArrayList keys = {
                "6:lengthi", "12:piece lengthi", "4:name",       "6:pieces",
                "4:path",    "12:meta versioni", "11:file tree", "8:announce"};
            const QByteArray key = keys.at(below(int(keys.size())));
            const int at = int(b.indexOf(key));
            if (at >= 0)
                b.replace(at, int(key.size()), QByteArray(key).replace(':', ":X"));
            *how = QStringLiteral("key %1 renamed").arg(QString::fromLatin1(key));
            break;
        }
        case 6: {
            const int at = int(b.indexOf("4:infod"));
            if (at >= 0)
                b[at + 6] = 'l';
            *how = QStringLiteral("info a list");
            break;
        }
        default: {
            const int from = below(int(b.size()));
            const int length = 1 + below(64);
            b.insert(below(int(b.size())), b.mid(from, length));
            *how = QStringLiteral("%1 bytes from %2 repeated").arg(length).arg(from);
            break;
        }
        }
        return b;
    }

    QString magnet(QString m)
    {
        if (m.isEmpty())
            return m;
        switch (below(6)) {
        case 0:
            m[below(int(m.size()))] = QLatin1Char("%&=:?#zZ0 "[below(10)]);
            break;
        case 1:
            m.truncate(below(int(m.size())));
            break;
        case 2: {
            const int at = below(int(m.size()));
            m.insert(at, QStringLiteral("%zz"));
            break;
        }
        case 3:
            m.replace(QStringLiteral("xt="), QStringLiteral("xt.1="));
            break;
        case 4: {
            const int at = int(m.indexOf(QLatin1String("btih:")));
            if (at >= 0)
                m.remove(at + 5 + below(40), 1 + below(3));
            break;
        }
        default:
            m.replace(QStringLiteral("x.pe="), QStringLiteral("x.pe=[::1"));
            break;
        }
        return m;
    }

private:
    // Replaces the value of one bencoded integer ("i42e").
    QString replaceInteger(QByteArray *b, const QByteArrayList &values)
    {
        QVector<int> places;
        for (int at = int(b->indexOf('i')); at >= 0; at = int(b->indexOf('i', at + 1))) {
            if (at + 1 < b->size() && (std::isdigit(uchar(b->at(at + 1))) || b->at(at + 1) == '-'))
                places << at;
        }
        const int at = places.isEmpty() ? -1 : places.at(below(int(places.size())));
        const int end = at < 0 ? -1 : int(b->indexOf('e', at + 1));
        if (end < 0)
            return QStringLiteral("no integer to change");
        const QByteArray value = values.at(below(int(values.size())));
        b->replace(at + 1, end - at - 1, value);
        return QStringLiteral("integer at %1 made %2").arg(at).arg(QLatin1String(value));
    }

    // Replaces the length prefix of one bencoded string ("4:name").
    QString replaceLength(QByteArray *b, const QByteArrayList &values)
    {
        QVector<int> colons;
        for (int at = int(b->indexOf(':')); at >= 0; at = int(b->indexOf(':', at + 1))) {
            if (at > 0 && std::isdigit(uchar(b->at(at - 1))))
                colons << at;
        }
        if (colons.isEmpty())
            return QStringLiteral("no length to change");
        const int colon = colons.at(below(int(colons.size())));
        int start = colon;
        while (start > 0 && std::isdigit(uchar(b->at(start - 1))))
            --start;
        const QByteArray value = values.at(below(int(values.size())));
        b->replace(start, colon - start, value);
        return QStringLiteral("length at %1 made %2").arg(start).arg(QLatin1String(value));
    }

    quint32 m_state;
};

} // namespace swarmplay::test
