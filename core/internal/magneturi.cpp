#include "magneturi.h"

#include <algorithm>
#include <optional>

#include <QStringView>
#include <QUrl>

#include <libtorrent/address.hpp>
#include <libtorrent/magnet_uri.hpp>
#include <libtorrent/socket.hpp>

namespace swarmplay::lt_magnet {

namespace {

// "1.2.3.4:6881" or "[::1]:6881", as libtorrent accepts them undecoded.
std::optional<lt::tcp::endpoint> toEndpoint(const QString &text)
{
    QString host;
    QString port;
    if (text.startsWith(QLatin1Char('['))) {
        const int close = text.indexOf(QLatin1String("]:"));
        if (close < 0)
            return std::nullopt;
        host = text.mid(1, close - 1);
        port = text.mid(close + 2);
    } else {
        const int colon = text.lastIndexOf(QLatin1Char(':'));
        if (colon < 0)
            return std::nullopt;
        host = text.left(colon);
        port = text.mid(colon + 1);
        if (host.contains(QLatin1Char(':'))) // IPv6 needs its brackets
            return std::nullopt;
    }
    bool ok = false;
    const uint number = port.toUInt(&ok);
    if (!ok || number == 0 || number > 65535)
        return std::nullopt;
    lt::error_code ec;
    const lt::address address = lt::make_address(host.toStdString(), ec);
    if (ec)
        return std::nullopt;
    return lt::tcp::endpoint(address, static_cast<unsigned short>(number));
}

} // namespace

lt::add_torrent_params parse(const QString &uri, lt::error_code &ec)
{
    lt::add_torrent_params atp = lt::parse_magnet_uri(uri.toStdString(), ec);
    const int query = uri.indexOf(QLatin1Char('?'));
    if (ec || query < 0)
        return atp;
    const QLatin1String key("x.pe=");
    for (const QStringView param : QStringView(uri).mid(query + 1).split(QLatin1Char('&'))) {
        // Values without an escape are the ones libtorrent has read already.
        if (!param.startsWith(key) || !param.contains(QLatin1Char('%')))
            continue;
        const QString value = QUrl::fromPercentEncoding(param.mid(key.size()).toUtf8());
        const std::optional<lt::tcp::endpoint> peer = toEndpoint(value);
        if (peer && std::find(atp.peers.begin(), atp.peers.end(), *peer) == atp.peers.end())
            atp.peers.push_back(*peer);
    }
    return atp;
}

} // namespace swarmplay::lt_magnet
