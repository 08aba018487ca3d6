#include "settingspack.h"

#include <libtorrent/alert.hpp>
#include <libtorrent/fingerprint.hpp>
#include <libtorrent/session.hpp>

#include "../stream/streamlog.h"

namespace swarmplay::lt_convert {

namespace {

// What every session has, whatever its settings.
lt::settings_pack fixedSettings()
{
    using sp = lt::settings_pack;
    sp pack;
    pack.set_str(sp::user_agent, "Swarmplay/0.1 libtorrent/" LIBTORRENT_VERSION);
    pack.set_str(sp::peer_fingerprint, lt::generate_fingerprint("SP", 0, 1, 0, 0));
    lt::alert_category_t mask =
        lt::alert_category::error | lt::alert_category::status | lt::alert_category::storage |
        lt::alert_category::tracker | lt::alert_category::connect | lt::alert_category::peer |
        lt::alert_category::port_mapping | lt::alert_category::file_progress |
        lt::alert_category::piece_progress;
    if (lcBlocks().isDebugEnabled())
        mask |= lt::alert_category::block_progress;
    pack.set_int(sp::alert_mask, mask);

    // A streaming client wants its seeds even when every wanted piece is in: the viewer may
    // seek at any moment, and a dropped seed is back only at the next announce.
    pack.set_bool(sp::close_redundant_connections, false);
    // Torrents are added unmanaged and started at once; nothing waits for the queue tick.
    pack.set_int(sp::active_downloads, -1);
    pack.set_int(sp::active_seeds, -1);
    pack.set_int(sp::active_limit, -1);
    pack.set_int(sp::stop_tracker_timeout, 2);
    // Requests a peer holds: one second of its rate rather than three. Peers announce how many
    // requests they accept (qBittorrent 2000), which overrides max_out_request_queue, so this is
    // what bounds a peer's queue; a peer serves its queue in order, and after a seek every
    // request queued for the old place comes first (on the capped bench swarm a mid-stream seek
    // took 4.5 s with three seconds queued, 3.9 s with one). One second is still several
    // round trips on any link.
    pack.set_int(sp::request_queue_time, 1);
    // Until a torrent has this many pieces, libtorrent picks random wanted pieces whatever their
    // priority; a stream's first deadline then waits behind blocks queued for a piece nobody
    // reads. Rarest first goes by priority from the first request.
    pack.set_int(sp::initial_picker_threshold, 0);
    return pack;
}

} // namespace

lt::settings_pack toSettingsPack(const SessionLiveSettings &s)
{
    using sp = lt::settings_pack;
    sp pack = fixedSettings();
    pack.set_str(sp::listen_interfaces, s.listenInterfaces.toStdString());
    pack.set_str(sp::outgoing_interfaces, s.outgoingInterface.toStdString());

    pack.set_bool(sp::enable_dht, s.dht);
    pack.set_bool(sp::enable_lsd, s.lsd);
    pack.set_bool(sp::enable_upnp, s.upnp);
    pack.set_bool(sp::enable_natpmp, s.natpmp);
    pack.set_bool(sp::enable_outgoing_utp, s.utp && s.outgoingUtp);
    pack.set_bool(sp::enable_incoming_utp, s.utp);
    pack.set_bool(sp::enable_outgoing_tcp, s.tcp);
    pack.set_bool(sp::enable_incoming_tcp, s.tcp);

    const int policy = s.encryption == SessionLiveSettings::Encryption::Required   ? sp::pe_forced
                       : s.encryption == SessionLiveSettings::Encryption::Disabled ? sp::pe_disabled
                                                                                   : sp::pe_enabled;
    pack.set_int(sp::in_enc_policy, policy);
    pack.set_int(sp::out_enc_policy, policy);
    pack.set_int(sp::allowed_enc_level, sp::pe_both);
    pack.set_bool(sp::prefer_rc4, s.encryption == SessionLiveSettings::Encryption::Required);

    pack.set_str(sp::dht_bootstrap_nodes, s.dhtBootstrapNodes.join(QLatin1Char(',')).toStdString());
    pack.set_bool(sp::dht_restrict_routing_ips, s.dhtRestrictRoutingIps);
    pack.set_bool(sp::dht_restrict_search_ips, s.dhtRestrictRoutingIps);

    pack.set_int(sp::download_rate_limit, s.downloadRateLimit);
    pack.set_int(sp::upload_rate_limit, s.uploadRateLimit);
    pack.set_int(sp::connections_limit, s.connectionsLimit);
    pack.set_bool(sp::allow_multiple_connections_per_ip, s.allowMultipleConnectionsPerIp);
    return pack;
}

void readSettingsPack(const lt::settings_pack &pack, SessionLiveSettings *s)
{
    using sp = lt::settings_pack;
    s->downloadRateLimit = pack.get_int(sp::download_rate_limit);
    s->uploadRateLimit = pack.get_int(sp::upload_rate_limit);
    s->connectionsLimit = pack.get_int(sp::connections_limit);
    s->dht = pack.get_bool(sp::enable_dht);
    s->lsd = pack.get_bool(sp::enable_lsd);
    s->upnp = pack.get_bool(sp::enable_upnp);
    s->natpmp = pack.get_bool(sp::enable_natpmp);
    s->listenInterfaces = QString::fromStdString(pack.get_str(sp::listen_interfaces));
}

lt::ip_filter peerClassFilter(bool rateLimitLocalPeers)
{
    const auto global = std::uint32_t(1)
                        << static_cast<std::uint32_t>(lt::session::global_peer_class_id);
    const auto local = std::uint32_t(1)
                       << static_cast<std::uint32_t>(lt::session::local_peer_class_id);
    lt::ip_filter f;
    const auto v4 = [](const char *a) {
        return lt::make_address_v4(a);
    };
    const auto v6 = [](const char *a) {
        return lt::make_address_v6(a);
    };
    f.add_rule(v4("0.0.0.0"), v4("255.255.255.255"), global);
    f.add_rule(v6("::"), v6("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"), global);
    if (rateLimitLocalPeers)
        return f;
    f.add_rule(v4("10.0.0.0"), v4("10.255.255.255"), local);
    f.add_rule(v4("172.16.0.0"), v4("172.31.255.255"), local);
    f.add_rule(v4("192.168.0.0"), v4("192.168.255.255"), local);
    f.add_rule(v4("169.254.0.0"), v4("169.254.255.255"), local);
    f.add_rule(v4("127.0.0.0"), v4("127.255.255.255"), local);
    f.add_rule(v6("fe80::"), v6("febf:ffff:ffff:ffff:ffff:ffff:ffff:ffff"), local);
    f.add_rule(v6("::1"), v6("::1"), local);
    return f;
}

} // namespace swarmplay::lt_convert
