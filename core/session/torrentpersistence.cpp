#include "torrentpersistence.h"

#include <libtorrent/read_resume_data.hpp>
#include <libtorrent/write_resume_data.hpp>

#include "../input/torrentsource.h"
#include "../internal/eventlog.h"
#include "../internal/ltconvert.h"
#include "../internal/magneturi.h"

namespace swarmplay {

TorrentPersistence::TorrentPersistence(const QString &stateDir, lt_convert::EventLog *log)
    : m_store(ResumeStore::dirIn(stateDir))
    , m_log(log)
{}

bool TorrentPersistence::ensureDir()
{
    QString error;
    if (m_store.ensureDir(&error)) {
        m_store.removeLeftovers(); // at start, before anything writes there
        return true;
    }
    m_log->problem({}, error);
    return false;
}

QStringList TorrentPersistence::keys() const
{
    return m_store.keys();
}

bool TorrentPersistence::hasResumeData(const QString &key) const
{
    return m_store.hasResumeData(key);
}

void TorrentPersistence::remove(const QString &key)
{
    m_store.remove(key);
}

void TorrentPersistence::writeMeta(const TorrentId &id, const TorrentMeta &meta)
{
    QString error;
    if (!m_store.writeMeta(id.key(), meta.toJson(), &error))
        m_log->problem(id, error);
}

bool TorrentPersistence::writeTorrentFile(const TorrentId &id, const lt::torrent_info &ti)
{
    QString error;
    if (m_store.writeTorrentFile(id.key(), lt_convert::torrentFileBytes(ti), &error))
        return true;
    m_log->problem(id, error);
    return false;
}

void TorrentPersistence::writeResumeData(const TorrentId &id, const lt::add_torrent_params &params)
{
    if (!id.isValid())
        return;
    const std::vector<char> buf = lt::write_resume_data_buf(params);
    QString error;
    if (!m_store.writeResumeData(id.key(), QByteArray(buf.data(), static_cast<int>(buf.size())),
                                 &error))
        m_log->problem(id, error);
}

TorrentPersistence::Stored TorrentPersistence::read(const QString &key,
                                                    const QString &defaultSavePath) const
{
    Stored stored;
    stored.meta = TorrentMeta::fromJson(m_store.readMeta(key), key, defaultSavePath);
    const QByteArray resume = m_store.readResumeData(key);
    lt::error_code ec;
    if (!resume.isEmpty())
        stored.params = lt::read_resume_data({resume.constData(), resume.size()}, ec);
    if (!resume.isEmpty() && !ec) {
        if (!stored.params.ti)
            stored.params.ti = readTorrentFile(key);
        stored.resumed = true;
        return stored;
    }
    // The resume file is damaged or missing: the torrent is added again from its metadata or
    // its magnet, with the same files chosen, and libtorrent checks whatever is on disk.
    if (ec)
        stored.damage = lt_convert::toQString(ec.message());
    stored.params = freshParams(key, stored.meta);
    return stored;
}

std::shared_ptr<lt::torrent_info> TorrentPersistence::readTorrentFile(const QString &key) const
{
    const QByteArray bytes = m_store.readTorrentFile(key);
    return bytes.isEmpty() ? nullptr : lt_convert::readTorrentFile(bytes).info;
}

lt::add_torrent_params TorrentPersistence::freshParams(const QString &key,
                                                       const TorrentMeta &meta) const
{
    lt::add_torrent_params atp;
    atp.ti = readTorrentFile(key);
    if (!atp.ti) {
        const TorrentSource again = TorrentSource::parse(meta.source.isEmpty() ? key : meta.source);
        if (again.kind() == TorrentSource::Kind::Magnet) {
            lt::error_code ignored;
            atp = lt_magnet::parse(again.magnetUri(), ignored);
        } else {
            atp.info_hashes = lt_convert::toInfoHash(TorrentId::fromString(key));
        }
    }
    atp.save_path = meta.savePath.toStdString();
    return atp;
}

} // namespace swarmplay
