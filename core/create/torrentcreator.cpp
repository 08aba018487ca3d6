#include "torrentcreator.h"

#include <ctime>

#include <QFileInfo>

#include <libtorrent/bencode.hpp>
#include <libtorrent/create_torrent.hpp>
#include <libtorrent/file_storage.hpp>

namespace swarmplay {

QByteArray TorrentCreator::create(const QString &path, const Options &options, QString *error)
{
    const QFileInfo fi(path);
    if (!fi.exists()) {
        if (error)
            *error = tr("There is nothing at \"%1\" to make a torrent of.").arg(path);
        return {};
    }
    try {
        lt::file_storage fs;
        lt::add_files(fs, fi.absoluteFilePath().toStdString());
        if (fs.num_files() == 0 || fs.total_size() == 0) {
            if (error)
                *error = tr("\"%1\" holds no data to share.").arg(path);
            return {};
        }
        lt::create_flags_t flags{};
        if (options.format == Format::V1)
            flags |= lt::create_torrent::v1_only;
        else if (options.format == Format::V2)
            flags |= lt::create_torrent::v2_only;
        lt::create_torrent ct(fs, options.pieceSize, flags);
        int tier = 0;
        for (const QString &t : options.trackers)
            ct.add_tracker(t.toStdString(), tier++);
        for (const QString &w : options.webSeeds)
            ct.add_url_seed(w.toStdString());
        if (!options.comment.isEmpty())
            ct.set_comment(options.comment.toUtf8().constData());
        if (!options.creator.isEmpty())
            ct.set_creator(options.creator.toUtf8().constData());
        ct.set_priv(options.isPrivate);
        if (options.withDate)
            ct.set_creation_date(std::time(nullptr));
        lt::set_piece_hashes(ct, fi.absolutePath().toStdString());
        std::vector<char> out;
        lt::bencode(std::back_inserter(out), ct.generate());
        return QByteArray(out.data(), static_cast<int>(out.size()));
    } catch (const std::exception &e) {
        if (error)
            *error = tr("Could not make a torrent of \"%1\": %2")
                         .arg(path, QString::fromStdString(e.what()));
        return {};
    }
}

} // namespace swarmplay
