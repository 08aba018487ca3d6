#pragma once

#include <QByteArray>
#include <QHashFunctions>
#include <QMetaType>
#include <QString>

namespace swarmplay {

// Identity of a torrent: its v1 (SHA-1) and/or v2 (SHA-256) info hash, without libtorrent types.
//
// A torrent keeps the id it was added with for its whole life, even when metadata later reveals
// the other hash of a hybrid torrent; key() is the v1 hash when known, else the v2 hash.
class TorrentId
{
public:
    TorrentId() = default;
    TorrentId(const QByteArray &v1, const QByteArray &v2);

    static TorrentId fromString(const QString &hex); // 40 (v1) or 64 (v2) hex digits

    bool isValid() const { return !m_v1.isEmpty() || !m_v2.isEmpty(); }
    bool hasV1() const { return !m_v1.isEmpty(); }
    bool hasV2() const { return !m_v2.isEmpty(); }
    QByteArray v1() const { return m_v1; } // 20 raw bytes or empty
    QByteArray v2() const { return m_v2; } // 32 raw bytes or empty
    QString v1Hex() const { return QString::fromLatin1(m_v1.toHex()); }
    QString v2Hex() const { return QString::fromLatin1(m_v2.toHex()); }

    // Lower-case hex of the v1 hash if present, else of the v2 hash. Used in file names and URLs.
    QString key() const { return hasV1() ? v1Hex() : v2Hex(); }
    QString toString() const { return key(); }

    // True if the two ids name the same torrent: equal v1 hashes or equal v2 hashes.
    bool matches(const TorrentId &other) const;

    friend bool operator==(const TorrentId &a, const TorrentId &b) { return a.key() == b.key(); }
    friend bool operator!=(const TorrentId &a, const TorrentId &b) { return !(a == b); }
    friend bool operator<(const TorrentId &a, const TorrentId &b) { return a.key() < b.key(); }

private:
    QByteArray m_v1;
    QByteArray m_v2;
};

inline size_t qHash(const TorrentId &id, size_t seed = 0)
{
    return qHash(id.key(), seed);
}

} // namespace swarmplay

Q_DECLARE_METATYPE(swarmplay::TorrentId)
