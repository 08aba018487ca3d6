#include "torrentid.h"

namespace swarmplay {

TorrentId::TorrentId(const QByteArray &v1, const QByteArray &v2)
    : m_v1(v1.size() == 20 ? v1 : QByteArray())
    , m_v2(v2.size() == 32 ? v2 : QByteArray())
{
    // An all-zero hash is how libtorrent says "none".
    if (m_v1.count('\0') == m_v1.size())
        m_v1.clear();
    if (m_v2.count('\0') == m_v2.size())
        m_v2.clear();
}

TorrentId TorrentId::fromString(const QString &hex)
{
    const QString trimmed = hex.trimmed();
    for (const QChar c : trimmed) {
        if (!isxdigit(c.toLatin1()))
            return {};
    }
    const QByteArray raw = QByteArray::fromHex(trimmed.toLatin1());
    if (trimmed.size() == 40)
        return TorrentId(raw, {});
    if (trimmed.size() == 64)
        return TorrentId({}, raw);
    return {};
}

bool TorrentId::matches(const TorrentId &other) const
{
    return (hasV1() && m_v1 == other.m_v1) || (hasV2() && m_v2 == other.m_v2);
}

} // namespace swarmplay
