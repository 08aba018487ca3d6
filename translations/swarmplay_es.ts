<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AppSettings</name>
    <message>
        <source>The listen port must be a number from 1 to 65535; %1 is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rate limit cannot be negative; use 0 for no limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rate limit of %1 KiB/s is more than any connection carries; use 0 for no limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a download folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download folder must be a full path, such as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a file, not a folder. Choose a folder for downloads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created. Choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swarmplay cannot write into %1. Choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subtitle size must be from %1 to %2 points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swarmplay has no translation for &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CellFormat</name>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EngineOptions</name>
    <message>
        <source>the torrent to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info: print JSON instead of a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>download: fetch only file N (repeatable; see info).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder the data is saved in (default: the current folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for resume data (default: .swarmplay inside the download folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up after this many seconds (0 = never; info on a magnet waits 120 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BitTorrent listen address (default 0.0.0.0:6881,[::]:6881).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>addr:port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use only this local address for listening and outgoing connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>addr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BitTorrent listen port (default 6881).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to this peer directly (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host:port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join the DHT through this node (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not use the DHT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not contact the public DHT routers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not use local service discovery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not exchange peers with peers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not use uTP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not use TCP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not map the port with UPnP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not map the port with NAT-PMP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enabled (default), required or disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download limit in KiB/s (0 = none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KiB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload limit in KiB/s (0 = none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print no progress line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a source: a .torrent file, a magnet link, an info hash or a URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one source at a time; unexpected &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--file takes a file number from the info command, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--bind takes an IP address, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--encryption takes enabled, required or disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes a rate in KiB/s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swarmplay&apos;s engine without a window.

Commands:
  info &lt;source&gt;       show a torrent&apos;s metadata and files
  download &lt;source&gt;   download the torrent (or the files chosen with --file)
  serve &lt;source&gt;      stream a file over loopback HTTP for any player; prints its URL

A source is a .torrent file, a magnet link, a 40-character info hash or an http(s) address of a .torrent file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info, download or serve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serve: HTTP port (default: any free port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serve: print a status line every second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not announce to HTTP or UDP trackers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also make outgoing connections over uTP (slower to start).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given; use info, download or serve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;; use info, download or serve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes a number from 0 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExternalPlayer</name>
    <message>
        <source>No media player to hand the stream to: install VLC or mpv, or open this address in one yourself: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InfoFormat</name>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info hash v1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (v2-only torrent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info hash v2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (v1-only torrent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pieces:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>multi-file (%n files)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>single file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trackers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (DHT and peer exchange only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tier %1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web seeds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MediaKind</name>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlayChoice</name>
    <message>
        <source>&quot;%1&quot; has no video or audio file to play. Its files are listed below: tick the ones to download, or copy a file&apos;s stream URL (right-click) to open it in another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a video or audio file, so Swarmplay does not play it. Its stream URL (right-click) opens it in another program.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaybackMemory</name>
    <message>
        <source>Could not remember playback positions in &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemovePrompt</name>
    <message>
        <source>Remove torrent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; from the list. What should happen to the files it downloaded?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings can make this choice for every torrent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResumeStore</name>
    <message>
        <source>The folder &quot;%1&quot; cannot be created; the engine cannot remember its torrents. Check that the disk is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionEvent</name>
    <message>
        <source>%1: metadata received from the swarm; the file list is known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: checking the data already on disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the saved download state did not match the files (%2); checking them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: tracker %2 answered with %3 peers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: tracker %2 failed: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: tracker %2 warns: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: connected to peer %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: peer %2 left (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: piece %2 failed the hash check and will be downloaded again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot %2 &quot;%3&quot;: %4. Check the disk and the download folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: every chosen file is downloaded and verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening for peers on %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen for peers on %1:%2: %3. Choose another port in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined the DHT network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: could not save the download state: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionSettings</name>
    <message>
        <source>No folder is set for the engine&apos;s state (resume data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No download folder is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one of TCP and uTP must be enabled, or no peer can connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limits cannot be negative (0 means unlimited).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The listen address is empty; use for example 0.0.0.0:6881.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid listen address: it must end in :PORT with a port from 0 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid address for outgoing connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resume data interval must be at least 100 ms.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SwarmplayOptions</name>
    <message>
        <source>Plays videos from BitTorrent while they download. Without a source it plays a demo video from a small swarm it runs itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play the demo: a sample video made with ffmpeg, served by seeders on this computer at twice its bitrate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to keep resume data and opened torrents (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where downloaded files go (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play SOURCE offscreen with fresh state and print JSON figures: time to metadata, to the probe region and to the first frame, rebuffers, seek-to-frame latency, CPU while paused, peak memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --benchmark-play: seek to this fraction (0 to 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FRACTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --benchmark-play: play this many seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen and connect from this IP address only. A loopback address (127.x.x.x, ::1) also turns off DHT, local peer discovery, UPnP and NAT-PMP, so nothing leaves this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a window of its own even when Swarmplay is already running. Otherwise the sources go to the window already open for the same user, display and state folder, and this launch exits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to open: .torrent files, magnet links, info hashes or web addresses of .torrent files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[FILE.torrent | MAGNET | URL | INFOHASH]...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--state-dir and --download-dir need a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seek and --duration go with --benchmark-play.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--bind takes an IP address, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--benchmark-play needs a source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seek takes a fraction of the video from 0 to 1, e.g. 0.5; got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--duration takes a whole number of seconds above 0; got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TorrentCreator</name>
    <message>
        <source>There is nothing at &quot;%1&quot; to make a torrent of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no data to share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not make a torrent of &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TorrentSource</name>
    <message>
        <source>The file at %1 is larger than %2 MiB, too large for a .torrent file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 answered with HTTP error %2 %3; the .torrent file is not available there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 did not answer in time. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 redirects too often or to an insecure address: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swarmplay could not reach %1: %2. Check the address and your connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its info hash &quot;%1&quot; is not 40 hexadecimal or 32 base32 characters long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its v2 info hash &quot;%1&quot; is not a SHA-256 multihash (&quot;1220&quot; followed by 64 hexadecimal characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a BitTorrent info hash (it should start with urn:btih: or urn:btmh:)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to open: give a .torrent file, a magnet link, an info hash or a web address of a .torrent file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The web address &quot;%1&quot; has no host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swarmplay cannot fetch &quot;%1&quot;: only http and https web addresses, magnet links and local .torrent files can be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; looks like an info hash but has %2 characters; a v1 info hash has 40 hexadecimal characters and a v2 info hash 64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This magnet link has no &quot;xt&quot; parameter, so it does not say which torrent it is. Copy the whole link again from where you found it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This magnet link cannot be opened: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file &quot;%1&quot;. Check the name and the folder, or give a magnet link instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder, not a .torrent file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2 MiB, too large for a .torrent file (the limit is %3 MiB). It is probably the video itself, not the torrent that describes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read: %2. Check that you have permission to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is larger than %2 MiB, too large for a .torrent file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 did not send a torrent file (what came back is not bencoded). The address may point to a web page instead of the .torrent file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a torrent file: its contents are not bencoded (%2 at byte %3). The file may be damaged or be something else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a torrent file: it is bencoded but not a dictionary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is bencoded but is not a valid torrent: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TorrentState</name>
    <message>
        <source>Checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seeding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrackerEntry</name>
    <message>
        <source>Not contacted yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announcing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not working</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run swarmplay-engine --help for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run swarmplay --help for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (commit %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: cannot create the folder %1; choose another with --state-dir or --download-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream server cannot listen, so other players cannot be given stream URLs: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swarmplay::AboutDialog</name>
    <message>
        <source>About Swarmplay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Swarmplay %1&lt;/h3&gt;&lt;p&gt;A video player whose source is a BitTorrent swarm: open a .torrent file or a magnet link and watch while it downloads.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Built from commit %1 with Qt %2; running on Qt %3.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Swarmplay is made with:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;a href=&quot;https://www.qt.io/&quot;&gt;Qt&lt;/a&gt;, under the GNU Lesser General Public License version 3 (LGPLv3);&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;https://libtorrent.org/&quot;&gt;libtorrent-rasterbar&lt;/a&gt;, under the BSD 3-Clause License (BSD-3-Clause);&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;https://ffmpeg.org/&quot;&gt;FFmpeg&lt;/a&gt;, through Qt Multimedia, under the GNU Lesser General Public License version 2.1 or later (LGPL 2.1+); builds that include FFmpeg&apos;s GPL parts, as some distributions&apos; do, are under the GNU GPL version 2 or later.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swarmplay::BufferingOverlay</name>
    <message>
        <source>Buffering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buffering…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buffering… %1 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swarmplay::DemoLauncher</name>
    <message>
        <source>The demo video could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo swarm is seeding on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo swarm could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the demo video…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the demo video with ffmpeg… %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the demo swarm…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo video made; starting the demo swarm…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swarmplay::DemoMedia</name>
    <message>
        <source>Cannot create the folder &quot;%1&quot; for the demo video; check that it is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ffmpeg is needed to make the demo video; install it with: sudo apt install ffmpeg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swarmplay demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ffmpeg did not finish the demo video within %1 s; the computer may be too busy. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ffmpeg stopped unexpectedly while making the demo video:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ffmpeg could not make the demo video (exit code %1):
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ffmpeg finished but wrote no demo video:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the finished demo video to &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample video made by Swarmplay for its demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make the demo torrent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swarmplay::DemoSwarm</name>
    <message>
        <source>seeder %1 is not listening on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seeder %1 is not seeding yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo swarm did not start within %1 s (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo video &quot;%1&quot; is missing or does not match its torrent; start the demo again to make it anew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo torrent cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo video&apos;s bitrate is unknown, so its swarm cannot be paced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the demo swarm: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo swarm cannot be set up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo swarm cannot seed the video: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo swarm cannot listen on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo swarm stopped seeding: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swarmplay::FileListModel</name>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swarmplay::InfoPane</name>
    <message>
        <source>Hybrid (v1 and v2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder with 1 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Folder with %n files</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Yes: peers come only from its trackers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No metadata yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info hash v1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info hash v2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pieces:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swarmplay::LogModel</name>
    <message>
        <source>%1  %2</source>
        <comment>log line: time, message</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <comment>log tooltip: date and time, severity, kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Torrent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Torrent added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved state did not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved state damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracker reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracker error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Piece failed its hash check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Torrent error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DHT ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swarmplay::MainWindow</name>
    <message>
        <source>&quot;%1&quot; stopped: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already open; still fetching its metadata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open torrent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Torrent files (*.torrent);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds nothing to open. Copy a magnet link, an info hash, the web address of a .torrent or a .torrent file, then press Ctrl+V again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file first: there is no stream URL to copy yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream server is not running, so there is no URL to copy. Restart Swarmplay; if this persists, see the Log tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file first: there is nothing to open in another player.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream server is not running, so no other player can be given the file. Restart Swarmplay; if this persists, see the Log tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playing in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swarmplay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Swarmplay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open torrent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;magnet or URL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove torrent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the torrent from the list; Settings say what happens to its downloaded files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Play/Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy stream URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in &amp;external player</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Swarmplay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open what the clipboard holds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swarmplay::MessageBar</name>
    <message>
        <source>Close this message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swarmplay::NextEpisode</name>
    <message>
        <source>Up next: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play now (N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swarmplay::OpenSourceDialog</name>
    <message>
        <source>Magnet link for the torrent %1; its name and files come from the swarm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Magnet link for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A .torrent file to download from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Torrent file “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Magnet or URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Magnet link, info hash or web address of a .torrent file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>magnet:?xt=urn:btih:…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swarmplay::PeerListModel</name>
    <message>
        <source>downloading: we want its pieces and it sends them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>we want its pieces but it is not sending (choked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uploading: it wants our pieces and we send them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it wants our pieces but we are not sending (choked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optimistic unchoke: sent to on trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snubbed: it stopped sending to us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incoming connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encrypted connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected over uTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found through peer exchange (PEX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found through the DHT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found through local peer discovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (a seed: it has the whole torrent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swarmplay::PlayBenchmark</name>
    <message>
        <source>Cannot make a temporary folder for the run&apos;s state and data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No frame within %1 s of opening the source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No frame within %1 s of the seek.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swarmplay::PlayerControls</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume: %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swarmplay::PlayerDevice</name>
    <message>
        <source>A torrent stream can only be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swarmplay::PlayerWidget</name>
    <message>
        <source>Player</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The torrent was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback stopped because the torrent is no longer open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No peers found…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No one sharing this torrent answered for %n second(s). It may have no seeders right now, or the network blocks BitTorrent. Try again later.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This file is not in the torrent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The torrent has no file number %1. Choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be played</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swarmplay plays video and audio; this file is listed as %1. Open it from the download folder once it has downloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in external player</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The torrent&apos;s file could not be read. Try again, or check the download folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in player cannot decode this file. An external player such as VLC or mpv may play it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in player cannot decode this file (%1). An external player such as VLC or mpv may play it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This video cannot be played here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swarmplay::PrebufferView</name>
    <message>
        <source>Fetching metadata…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to peers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buffering…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n peers</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in external player</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swarmplay::ResumeKeeper</name>
    <message>
        <source>You stopped this video at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start over</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swarmplay::SeekSlider</name>
    <message>
        <source>Seek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position in the video, in milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not downloaded yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swarmplay::SessionWorker</name>
    <message>
        <source>The engine is shutting down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be downloaded before it can be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be added: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The torrent could not be added: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved state of &quot;%1&quot; could not be read (%2). The torrent was added again and the data already downloaded is being checked; nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1:%2&quot; is not a peer address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swarmplay::SettingsDialog</name>
    <message>
        <source> KiB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the downloaded files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the downloaded files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask each time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download &amp;folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a torrent is &amp;removed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find peers through the &amp;DHT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find peers on the &amp;local network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the port on the router (&amp;UPnP, NAT-PMP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen &amp;port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do&amp;wnload limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;pload limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language takes effect the next time Swarmplay starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subtitle size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The listen port must be a number from 1 to 65535; &quot;%1&quot; is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 is in use by another program. Choose another port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings cannot be saved to %1. Check that the disk is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings are saved but the engine refused them: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swarmplay::SingleInstance</name>
    <message>
        <source>Swarmplay is already running but did not answer within %1 seconds. Close it, or open another window with --new-instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swarmplay cannot tell whether it is already running (%1), so this window will not receive what you open later from elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later launches of Swarmplay cannot reach this window (%1); each will open a window of its own.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swarmplay::SourceOpener</name>
    <message>
        <source>There is nothing to open. Give a .torrent file, a magnet link, an info hash or the web address of a .torrent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swarmplay::StatusBarWidget</name>
    <message>
        <source>↓ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download rate (%1 downloaded this session)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload rate (%1 uploaded this session)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n peers</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Peers connected, all torrents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DHT off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DHT: 1 node</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>DHT: %n nodes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nodes in the distributed hash table, which finds peers without trackers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Not reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swarmplay could not listen for incoming connections: %1. Downloads still work, but fewer peers can reach you; choose another port in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swarmplay::StreamServer</name>
    <message>
        <source>The stream server is already listening on port %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream server only listens on this computer&apos;s loopback address (127.0.0.1 or ::1), not on %1: other machines must not reach it. Choose a loopback address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream server cannot listen on %1, port %2: %3. Choose another port or quit the program that uses it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swarmplay::TorrentListModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the torrent&apos;s metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 connected, %2 of them seeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 chosen of %2 in the torrent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swarmplay::TorrentStreamDevice</name>
    <message>
        <source>A torrent stream can only be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swarmplay::TorrentView</name>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy stream URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in external player</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trackers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swarmplay::TrackMenu</name>
    <message>
        <source>&amp;Audio track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subtitles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>language — track title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audio tracks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version of Qt (%1) cannot show a file&apos;s own subtitles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No subtitles in this file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swarmplay::TrackerListModel</name>
    <message>
        <source>Peers still downloading, as the tracker last counted them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peers with the whole torrent, as the tracker last counted them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next announce</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swarmplay::VideoView</name>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swarmplay::engine::DownloadCommand</name>
    <message>
        <source>the download did not complete in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no file %2. Its files are numbered 0 to %3; `swarmplay-engine info` lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1 of &quot;%2&quot; complete and verified in %3 s (%4 downloaded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No peers for 30 s. The torrent may have no seeds right now, or the network may block BitTorrent; still trying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  fetching metadata  %2 peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%  %2 of %3  %4  %5 peers (%6 seeds)  ETA %7  %8</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swarmplay::engine::EngineCommand</name>
    <message>
        <source>Ignoring --dht-node &quot;%1&quot;: expected host:port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignoring --peer &quot;%1&quot;: expected host:port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gave up after %1 s: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping; the download state is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching metadata from the swarm…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swarmplay::engine::InfoCommand</name>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching metadata from the swarm…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no peer sent the metadata of this magnet link. Check that the swarm has peers, or open the .torrent file instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swarmplay::engine::ServeCommand</name>
    <message>
        <source>serve streams one file; give --file once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream server cannot listen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no file %2; `swarmplay-engine info` lists its files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream server does not answer on port %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serving &quot;%1&quot; (%2). Playlist: %3. Stop with Ctrl+C.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1 s] %2  %3%  down %4  up %5  %6 peers (%7 seeds)  %8 readers  %9 ready ahead</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
