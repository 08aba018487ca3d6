#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include "model/torrentinfo.h"

namespace swarmplay::engine {

// Renders a torrent's metadata for the terminal (a readable table) or for programs (JSON).
class InfoFormat
{
    Q_DECLARE_TR_FUNCTIONS(InfoFormat)

public:
    static QString table(const TorrentInfo &info);
    static QJsonObject json(const TorrentInfo &info);
};

} // namespace swarmplay::engine
