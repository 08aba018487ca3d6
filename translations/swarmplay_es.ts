<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>EngineOptions</name>
    <message>
        <location filename="../app/engine/engineoptions.cpp" line="11"/>
        <source>Swarmplay&apos;s engine without a window.

Commands:
  info &lt;source&gt;       show a torrent&apos;s metadata and files
  download &lt;source&gt;   download the torrent (or the files chosen with --file)

A source is a .torrent file, a magnet link, a 40-character info hash or an http(s) address of a .torrent file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/engineoptions.cpp" line="19"/>
        <source>info or download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/engineoptions.cpp" line="20"/>
        <source>the torrent to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/engineoptions.cpp" line="22"/>
        <source>info: print JSON instead of a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/engineoptions.cpp" line="23"/>
        <source>download: fetch only file N (repeatable; see info).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/engineoptions.cpp" line="24"/>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/engineoptions.cpp" line="25"/>
        <source>Folder the data is saved in (default: the current folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/engineoptions.cpp" line="26"/>
        <location filename="../app/engine/engineoptions.cpp" line="29"/>
        <source>folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/engineoptions.cpp" line="28"/>
        <source>Folder for resume data (default: .swarmplay inside the download folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/engineoptions.cpp" line="31"/>
        <source>Give up after this many seconds (0 = never; info on a magnet waits 120 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/engineoptions.cpp" line="32"/>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/engineoptions.cpp" line="34"/>
        <source>BitTorrent listen address (default 0.0.0.0:6881,[::]:6881).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/engineoptions.cpp" line="34"/>
        <source>addr:port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/engineoptions.cpp" line="36"/>
        <source>Use only this local address for listening and outgoing connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/engineoptions.cpp" line="36"/>
        <source>addr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/engineoptions.cpp" line="37"/>
        <source>BitTorrent listen port (default 6881).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/engineoptions.cpp" line="37"/>
        <source>port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/engineoptions.cpp" line="38"/>
        <source>Connect to this peer directly (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/engineoptions.cpp" line="39"/>
        <location filename="../app/engine/engineoptions.cpp" line="41"/>
        <source>host:port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/engineoptions.cpp" line="40"/>
        <source>Join the DHT through this node (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/engineoptions.cpp" line="42"/>
        <source>Do not use the DHT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/engineoptions.cpp" line="43"/>
        <source>Do not contact the public DHT routers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/engineoptions.cpp" line="44"/>
        <source>Do not use local service discovery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/engineoptions.cpp" line="45"/>
        <source>Do not exchange peers with peers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/engineoptions.cpp" line="46"/>
        <source>Do not use uTP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/engineoptions.cpp" line="47"/>
        <source>Do not use TCP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/engineoptions.cpp" line="48"/>
        <source>Do not map the port with UPnP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/engineoptions.cpp" line="49"/>
        <source>Do not map the port with NAT-PMP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/engineoptions.cpp" line="50"/>
        <source>enabled (default), required or disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/engineoptions.cpp" line="50"/>
        <source>mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/engineoptions.cpp" line="51"/>
        <source>Download limit in KiB/s (0 = none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/engineoptions.cpp" line="52"/>
        <location filename="../app/engine/engineoptions.cpp" line="53"/>
        <source>KiB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/engineoptions.cpp" line="53"/>
        <source>Upload limit in KiB/s (0 = none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/engineoptions.cpp" line="54"/>
        <source>Print no progress line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/engineoptions.cpp" line="71"/>
        <source>No command given; use info or download.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/engineoptions.cpp" line="76"/>
        <source>Unknown command &quot;%1&quot;; use info or download.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/engineoptions.cpp" line="80"/>
        <source>%1 needs a source: a .torrent file, a magnet link, an info hash or a URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/engineoptions.cpp" line="85"/>
        <source>Only one source at a time; unexpected &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/engineoptions.cpp" line="94"/>
        <source>--file takes a file number from the info command, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/engineoptions.cpp" line="103"/>
        <source>--timeout takes a number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/engineoptions.cpp" line="123"/>
        <source>--port takes a number from 0 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/engineoptions.cpp" line="131"/>
        <source>--bind takes an IP address, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/engineoptions.cpp" line="166"/>
        <source>--encryption takes enabled, required or disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/engineoptions.cpp" line="177"/>
        <source>--%1 takes a rate in KiB/s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InfoFormat</name>
    <message>
        <location filename="../app/engine/infoformat.cpp" line="17"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/infoformat.cpp" line="18"/>
        <source>Info hash v1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/infoformat.cpp" line="18"/>
        <source>none (v2-only torrent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/infoformat.cpp" line="19"/>
        <source>Info hash v2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/infoformat.cpp" line="19"/>
        <source>none (v1-only torrent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/infoformat.cpp" line="20"/>
        <source>Pieces:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/infoformat.cpp" line="21"/>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/infoformat.cpp" line="22"/>
        <source>Total size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/infoformat.cpp" line="23"/>
        <source>%1 (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/infoformat.cpp" line="24"/>
        <source>Layout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/engine/infoformat.cpp" line="24"/>
        <source>multi-file (%n files)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/engine/infoformat.cpp" line="25"/>
        <source>single file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/infoformat.cpp" line="26"/>
        <source>Private:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/infoformat.cpp" line="26"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/infoformat.cpp" line="26"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/infoformat.cpp" line="28"/>
        <source>Created by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/infoformat.cpp" line="30"/>
        <source>Created on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/infoformat.cpp" line="32"/>
        <source>Comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/infoformat.cpp" line="34"/>
        <location filename="../app/engine/infoformat.cpp" line="36"/>
        <source>Trackers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/infoformat.cpp" line="34"/>
        <source>none (DHT and peer exchange only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/infoformat.cpp" line="37"/>
        <source>tier %1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/infoformat.cpp" line="39"/>
        <source>Web seeds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/infoformat.cpp" line="43"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/infoformat.cpp" line="44"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/infoformat.cpp" line="45"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/infoformat.cpp" line="46"/>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MediaKind</name>
    <message>
        <location filename="../core/model/mediakind.cpp" line="87"/>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/mediakind.cpp" line="89"/>
        <source>Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/mediakind.cpp" line="91"/>
        <source>Subtitle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/mediakind.cpp" line="93"/>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/mediakind.cpp" line="95"/>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/mediakind.cpp" line="99"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResumeStore</name>
    <message>
        <location filename="../core/storage/resumestore.cpp" line="32"/>
        <source>The folder &quot;%1&quot; cannot be created; the engine cannot remember its torrents. Check that the disk is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/resumestore.cpp" line="43"/>
        <source>Could not save &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/resumestore.cpp" line="91"/>
        <source>&quot;%1&quot; is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/resumestore.cpp" line="92"/>
        <source>&quot;%1&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionEvent</name>
    <message>
        <location filename="../core/internal/alertevents.cpp" line="44"/>
        <source>%1: metadata received from the swarm; the file list is known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/internal/alertevents.cpp" line="51"/>
        <source>%1: checking the data already on disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/internal/alertevents.cpp" line="58"/>
        <source>%1: the saved download state did not match the files (%2); checking them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/internal/alertevents.cpp" line="66"/>
        <source>%1: tracker %2 answered with %3 peers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/internal/alertevents.cpp" line="73"/>
        <source>%1: tracker %2 failed: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/internal/alertevents.cpp" line="78"/>
        <source>%1: tracker %2 warns: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/internal/alertevents.cpp" line="82"/>
        <source>%1: connected to peer %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/internal/alertevents.cpp" line="88"/>
        <source>%1: peer %2 left (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/internal/alertevents.cpp" line="94"/>
        <source>%1: piece %2 failed the hash check and will be downloaded again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/internal/alertevents.cpp" line="101"/>
        <source>%1: cannot %2 &quot;%3&quot;: %4. Check the disk and the download folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/internal/alertevents.cpp" line="107"/>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/internal/alertevents.cpp" line="111"/>
        <source>%1: every chosen file is downloaded and verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/internal/alertevents.cpp" line="116"/>
        <source>Listening for peers on %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/internal/alertevents.cpp" line="123"/>
        <source>Cannot listen for peers on %1:%2: %3. Choose another port in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/internal/alertevents.cpp" line="132"/>
        <source>Joined the DHT network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/internal/alertevents.cpp" line="137"/>
        <source>%1: could not save the download state: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionSettings</name>
    <message>
        <location filename="../core/session/sessionsettings.cpp" line="29"/>
        <source>No folder is set for the engine&apos;s state (resume data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/session/sessionsettings.cpp" line="31"/>
        <source>No download folder is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/session/sessionsettings.cpp" line="33"/>
        <source>At least one of TCP and uTP must be enabled, or no peer can connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/session/sessionsettings.cpp" line="35"/>
        <source>Rate limits cannot be negative (0 means unlimited).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/session/sessionsettings.cpp" line="37"/>
        <source>The listen address is empty; use for example 0.0.0.0:6881.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/session/sessionsettings.cpp" line="43"/>
        <source>&quot;%1&quot; is not a valid listen address: it must end in :PORT with a port from 0 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/session/sessionsettings.cpp" line="49"/>
        <source>&quot;%1&quot; is not a valid address for outgoing connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/session/sessionsettings.cpp" line="51"/>
        <source>The resume data interval must be at least 100 ms.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TorrentCreator</name>
    <message>
        <location filename="../core/create/torrentcreator.cpp" line="18"/>
        <source>There is nothing at &quot;%1&quot; to make a torrent of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/create/torrentcreator.cpp" line="26"/>
        <source>&quot;%1&quot; holds no data to share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/create/torrentcreator.cpp" line="53"/>
        <source>Could not make a torrent of &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TorrentSource</name>
    <message>
        <location filename="../core/input/torrentfetcher.cpp" line="54"/>
        <source>The file at %1 is larger than %2 MiB, too large for a .torrent file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/input/torrentfetcher.cpp" line="68"/>
        <source>The server at %1 answered with HTTP error %2 %3; the .torrent file is not available there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/input/torrentfetcher.cpp" line="83"/>
        <source>The server at %1 did not answer in time. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/input/torrentfetcher.cpp" line="91"/>
        <source>%1 redirects too often or to an insecure address: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/input/torrentfetcher.cpp" line="98"/>
        <source>Swarmplay could not reach %1: %2. Check the address and your connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/input/torrentsource.cpp" line="41"/>
        <source>its info hash &quot;%1&quot; is not 40 hexadecimal or 32 base32 characters long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/input/torrentsource.cpp" line="50"/>
        <source>its v2 info hash &quot;%1&quot; is not a SHA-256 multihash (&quot;1220&quot; followed by 64 hexadecimal characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/input/torrentsource.cpp" line="54"/>
        <source>&quot;%1&quot; is not a BitTorrent info hash (it should start with urn:btih: or urn:btmh:)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/input/torrentsource.cpp" line="75"/>
        <source>Nothing to open: give a .torrent file, a magnet link, an info hash or a web address of a .torrent file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/input/torrentsource.cpp" line="86"/>
        <source>The web address &quot;%1&quot; has no host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/input/torrentsource.cpp" line="106"/>
        <source>Swarmplay cannot fetch &quot;%1&quot;: only http and https web addresses, magnet links and local .torrent files can be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/input/torrentsource.cpp" line="113"/>
        <source>&quot;%1&quot; looks like an info hash but has %2 characters; a v1 info hash has 40 hexadecimal characters and a v2 info hash 64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/input/torrentsource.cpp" line="139"/>
        <source>This magnet link has no &quot;xt&quot; parameter, so it does not say which torrent it is. Copy the whole link again from where you found it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/input/torrentsource.cpp" line="153"/>
        <location filename="../core/input/torrentsource.cpp" line="159"/>
        <source>This magnet link cannot be opened: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/input/torrentsource.cpp" line="186"/>
        <source>There is no file &quot;%1&quot;. Check the name and the folder, or give a magnet link instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/input/torrentsource.cpp" line="192"/>
        <source>&quot;%1&quot; is a folder, not a .torrent file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/input/torrentsource.cpp" line="195"/>
        <source>&quot;%1&quot; is %2 MiB, too large for a .torrent file (the limit is %3 MiB). It is probably the video itself, not the torrent that describes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/input/torrentsource.cpp" line="204"/>
        <source>&quot;%1&quot; cannot be read: %2. Check that you have permission to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/input/torrentsource.cpp" line="210"/>
        <source>&quot;%1&quot; cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/input/torrentsource.cpp" line="221"/>
        <source>&quot;%1&quot; is larger than %2 MiB, too large for a .torrent file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/input/torrentsource.cpp" line="233"/>
        <source>The server at %1 did not send a torrent file (what came back is not bencoded). The address may point to a web page instead of the .torrent file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/input/torrentsource.cpp" line="239"/>
        <source>&quot;%1&quot; is not a torrent file: its contents are not bencoded (%2 at byte %3). The file may be damaged or be something else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/input/torrentsource.cpp" line="243"/>
        <source>&quot;%1&quot; is not a torrent file: it is bencoded but not a dictionary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/input/torrentsource.cpp" line="252"/>
        <source>&quot;%1&quot; is bencoded but is not a valid torrent: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TorrentState</name>
    <message>
        <location filename="../core/model/torrentstate.cpp" line="32"/>
        <source>Checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/torrentstate.cpp" line="34"/>
        <source>Fetching metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/torrentstate.cpp" line="36"/>
        <source>Downloading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/torrentstate.cpp" line="38"/>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/torrentstate.cpp" line="40"/>
        <source>Seeding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/torrentstate.cpp" line="42"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/torrentstate.cpp" line="46"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrackerEntry</name>
    <message>
        <location filename="../core/model/trackerentry.cpp" line="26"/>
        <source>Not contacted yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/trackerentry.cpp" line="28"/>
        <source>Announcing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/trackerentry.cpp" line="30"/>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/trackerentry.cpp" line="34"/>
        <source>Not working</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <location filename="../core/model/units.cpp" line="10"/>
        <source>B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/units.cpp" line="10"/>
        <source>KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/units.cpp" line="11"/>
        <source>MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/units.cpp" line="11"/>
        <source>GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/units.cpp" line="12"/>
        <source>TiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/units.cpp" line="27"/>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/engine/main.cpp" line="25"/>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/main.cpp" line="26"/>
        <source>Run swarmplay-engine --help for the options.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swarmplay::SessionWorker</name>
    <message>
        <location filename="../core/session/sessionworkeradd.cpp" line="70"/>
        <source>The engine is shutting down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/session/sessionworkeradd.cpp" line="75"/>
        <source>%1 must be downloaded before it can be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/session/sessionworkeradd.cpp" line="125"/>
        <source>%1 cannot be added: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/session/sessionworkeradd.cpp" line="166"/>
        <source>The torrent could not be added: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/session/sessionworkeradd.cpp" line="236"/>
        <source>the file is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/session/sessionworkeradd.cpp" line="261"/>
        <source>The saved state of &quot;%1&quot; could not be read (%2). The torrent was added again and the data already downloaded is being checked; nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/session/sessionworkercontrol.cpp" line="105"/>
        <source>&quot;%1:%2&quot; is not a peer address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swarmplay::engine::DownloadCommand</name>
    <message>
        <location filename="../app/engine/downloadcommand.cpp" line="28"/>
        <source>the download did not complete in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/downloadcommand.cpp" line="46"/>
        <source>Fetching metadata from the swarm…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/downloadcommand.cpp" line="59"/>
        <source>&quot;%1&quot; has no file %2. Its files are numbered 0 to %3; `swarmplay-engine info` lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/downloadcommand.cpp" line="75"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/downloadcommand.cpp" line="83"/>
        <source>Done: %1 of &quot;%2&quot; complete and verified in %3 s (%4 downloaded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/downloadcommand.cpp" line="99"/>
        <source>No peers for 30 s. The torrent may have no seeds right now, or the network may block BitTorrent; still trying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/downloadcommand.cpp" line="120"/>
        <source>%1  fetching metadata  %2 peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/downloadcommand.cpp" line="123"/>
        <source>%1%  %2 of %3  %4  %5 peers (%6 seeds)  ETA %7  %8</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swarmplay::engine::EngineCommand</name>
    <message>
        <location filename="../app/engine/enginecommand.cpp" line="49"/>
        <source>Ignoring --dht-node &quot;%1&quot;: expected host:port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/enginecommand.cpp" line="72"/>
        <source>Ignoring --peer &quot;%1&quot;: expected host:port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/enginecommand.cpp" line="83"/>
        <source>Gave up after %1 s: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/enginecommand.cpp" line="91"/>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/enginecommand.cpp" line="111"/>
        <source>Stopping; the download state is saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swarmplay::engine::InfoCommand</name>
    <message>
        <location filename="../app/engine/infocommand.cpp" line="46"/>
        <source>Cannot create a temporary folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/infocommand.cpp" line="56"/>
        <source>Fetching metadata from the swarm…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/engine/infocommand.cpp" line="57"/>
        <source>no peer sent the metadata of this magnet link. Check that the swarm has peers, or open the .torrent file instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
