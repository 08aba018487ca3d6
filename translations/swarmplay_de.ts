<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AppSettings</name>
    <message>
        <source>The listen port must be a number from 1 to 65535; %1 is not.</source>
        <translation>Der Port muss eine Zahl von 1 bis 65535 sein; %1 ist keine.</translation>
    </message>
    <message>
        <source>A rate limit cannot be negative; use 0 for no limit.</source>
        <translation>Ein Ratenlimit kann nicht negativ sein; 0 bedeutet kein Limit.</translation>
    </message>
    <message>
        <source>A rate limit of %1 KiB/s is more than any connection carries; use 0 for no limit.</source>
        <translation>Ein Ratenlimit von %1 KiB/s ist mehr, als irgendeine Verbindung schafft; 0 bedeutet kein Limit.</translation>
    </message>
    <message>
        <source>Choose a download folder.</source>
        <translation>Wählen Sie einen Download-Ordner.</translation>
    </message>
    <message>
        <source>The download folder must be a full path, such as %1.</source>
        <translation>Der Download-Ordner muss ein vollständiger Pfad sein, etwa %1.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder. Choose a folder for downloads.</source>
        <translation>%1 ist eine Datei, kein Ordner. Wählen Sie einen Ordner für Downloads.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created. Choose a folder you can write to.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>Swarmplay cannot write into %1. Choose a folder you can write to.</source>
        <translation>Swarmplay kann nicht in %1 schreiben. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>The subtitle size must be from %1 to %2 points.</source>
        <translation>Die Untertitelgröße muss zwischen %1 und %2 Punkt liegen.</translation>
    </message>
    <message>
        <source>Swarmplay has no translation for &quot;%1&quot;.</source>
        <translation>Swarmplay hat keine Übersetzung für „%1“.</translation>
    </message>
    <message>
        <source>The library&apos;s size limit cannot be negative; use 0 for no limit.</source>
        <translation>Das Größenlimit der Bibliothek kann nicht negativ sein; 0 bedeutet kein Limit.</translation>
    </message>
    <message>
        <source>A library size limit of %1 GiB is more than any disk holds; use 0 for no limit.</source>
        <translation>Ein Bibliothekslimit von %1 GiB ist mehr, als irgendein Laufwerk fasst; 0 bedeutet kein Limit.</translation>
    </message>
    <message>
        <source>A library size limit of %1 GiB is more than the whole disk holding %2 (%3 GiB); choose less, or 0 for no limit.</source>
        <translation>Ein Bibliothekslimit von %1 GiB ist mehr als das ganze Laufwerk, auf dem %2 liegt (%3 GiB); wählen Sie weniger, oder 0 für kein Limit.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language Swarmplay knows. Write ISO 639 codes such as en or deu, or names such as German, separated by commas.</source>
        <translation>„%1“ ist keine Sprache, die Swarmplay kennt. Schreiben Sie ISO-639-Codes wie de oder eng oder Namen wie Deutsch, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>its layout</source>
        <translation>ihr Aufbau</translation>
    </message>
    <message>
        <source>The settings file &quot;%1&quot; is damaged (%2): those settings are back to their defaults. A copy was kept as &quot;%3&quot;.</source>
        <translation>Die Einstellungsdatei „%1“ ist beschädigt (%2): Diese Einstellungen haben wieder ihre Standardwerte. Eine Kopie wurde als „%3“ aufbewahrt.</translation>
    </message>
    <message>
        <source>The settings &quot;%1&quot; are damaged (%2): those settings are back to their defaults.</source>
        <translation>Die Einstellungen „%1“ sind beschädigt (%2): Diese Einstellungen haben wieder ihre Standardwerte.</translation>
    </message>
</context>
<context>
    <name>CellFormat</name>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>DaemonSettings</name>
    <message>
        <source>%1 holds settings this engine cannot use: %2 Correct or remove the file.</source>
        <translation>%1 enthält Einstellungen, die diese Engine nicht verwenden kann: %2 Korrigieren oder entfernen Sie die Datei.</translation>
    </message>
    <message>
        <source>The changed settings cannot be kept in %1: %2</source>
        <translation>Die geänderten Einstellungen können nicht in %1 gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>DiscoveryFile</name>
    <message>
        <source>This system has no folder for runtime files ($XDG_RUNTIME_DIR), so other programs cannot find the engine.</source>
        <translation>Dieses System hat keinen Ordner für Laufzeitdateien ($XDG_RUNTIME_DIR), daher können andere Programme die Engine nicht finden.</translation>
    </message>
    <message>
        <source>Cannot make the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 is damaged: it names no API address and token.</source>
        <translation>%1 ist beschädigt: Es nennt keine API-Adresse und kein Token.</translation>
    </message>
</context>
<context>
    <name>DiskUsage</name>
    <message>
        <source>&quot;%1&quot; could not be deleted: %2</source>
        <translation>„%1“ konnte nicht gelöscht werden: %2</translation>
    </message>
</context>
<context>
    <name>EngineOptions</name>
    <message>
        <source>the torrent to open</source>
        <translation>der zu öffnende Torrent</translation>
    </message>
    <message>
        <source>info: print JSON instead of a table.</source>
        <translation>info: JSON statt einer Tabelle ausgeben.</translation>
    </message>
    <message>
        <source>download: fetch only file N (repeatable; see info).</source>
        <translation>download: nur Datei N laden (mehrfach möglich; siehe info).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Give up after this many seconds (0 = never; info on a magnet waits 120 s).</source>
        <translation>Nach so vielen Sekunden aufgeben (0 = nie; info wartet bei einem Magnet-Link 120 s).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>BitTorrent listen address (default 0.0.0.0:6881,[::]:6881).</source>
        <translation>BitTorrent-Empfangsadresse (Standard: 0.0.0.0:6881,[::]:6881).</translation>
    </message>
    <message>
        <source>addr:port</source>
        <translation>Adresse:Port</translation>
    </message>
    <message>
        <source>addr</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>BitTorrent listen port (default 6881).</source>
        <translation>BitTorrent-Port (Standard: 6881).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Connect to this peer directly (repeatable).</source>
        <translation>Direkt mit diesem Peer verbinden (mehrfach möglich).</translation>
    </message>
    <message>
        <source>host:port</source>
        <translation>Host:Port</translation>
    </message>
    <message>
        <source>Join the DHT through this node (repeatable).</source>
        <translation>Über diesen Knoten dem DHT beitreten (mehrfach möglich).</translation>
    </message>
    <message>
        <source>Do not use the DHT.</source>
        <translation>Das DHT nicht verwenden.</translation>
    </message>
    <message>
        <source>Do not contact the public DHT routers.</source>
        <translation>Die öffentlichen DHT-Router nicht kontaktieren.</translation>
    </message>
    <message>
        <source>Do not use local service discovery.</source>
        <translation>Keine lokale Dienstsuche (LSD) verwenden.</translation>
    </message>
    <message>
        <source>Do not exchange peers with peers.</source>
        <translation>Keine Peers mit Peers austauschen (PEX).</translation>
    </message>
    <message>
        <source>Do not use uTP.</source>
        <translation>uTP nicht verwenden.</translation>
    </message>
    <message>
        <source>Do not use TCP.</source>
        <translation>TCP nicht verwenden.</translation>
    </message>
    <message>
        <source>Do not map the port with UPnP.</source>
        <translation>Den Port nicht per UPnP freigeben.</translation>
    </message>
    <message>
        <source>Do not map the port with NAT-PMP.</source>
        <translation>Den Port nicht per NAT-PMP freigeben.</translation>
    </message>
    <message>
        <source>enabled (default), required or disabled.</source>
        <translation>enabled (Standard), required oder disabled.</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Download limit in KiB/s (0 = none).</source>
        <translation>Download-Limit in KiB/s (0 = keines).</translation>
    </message>
    <message>
        <source>KiB/s</source>
        <translation>KiB/s</translation>
    </message>
    <message>
        <source>Upload limit in KiB/s (0 = none).</source>
        <translation>Upload-Limit in KiB/s (0 = keines).</translation>
    </message>
    <message>
        <source>Print no progress line.</source>
        <translation>Keine Fortschrittszeile ausgeben.</translation>
    </message>
    <message>
        <source>%1 needs a source: a .torrent file, a magnet link, an info hash or a URL.</source>
        <translation>%1 braucht eine Quelle: eine .torrent-Datei, einen Magnet-Link, einen Info-Hash oder eine URL.</translation>
    </message>
    <message>
        <source>Only one source at a time; unexpected &quot;%1&quot;.</source>
        <translation>Nur eine Quelle auf einmal; unerwartet: „%1“.</translation>
    </message>
    <message>
        <source>--file takes a file number from the info command, not &quot;%1&quot;.</source>
        <translation>--file erwartet eine Dateinummer aus dem Befehl info, nicht „%1“.</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds.</source>
        <translation>--timeout erwartet eine Anzahl Sekunden.</translation>
    </message>
    <message>
        <source>--bind takes an IP address, not &quot;%1&quot;.</source>
        <translation>--bind erwartet eine IP-Adresse, nicht „%1“.</translation>
    </message>
    <message>
        <source>--encryption takes enabled, required or disabled.</source>
        <translation>--encryption erwartet enabled, required oder disabled.</translation>
    </message>
    <message>
        <source>--%1 takes a rate in KiB/s.</source>
        <translation>--%1 erwartet eine Rate in KiB/s.</translation>
    </message>
    <message>
        <source>serve: print a status line every second.</source>
        <translation>serve: jede Sekunde eine Statuszeile ausgeben.</translation>
    </message>
    <message>
        <source>Do not announce to HTTP or UDP trackers.</source>
        <translation>Keine HTTP- oder UDP-Tracker kontaktieren.</translation>
    </message>
    <message>
        <source>Also make outgoing connections over uTP (slower to start).</source>
        <translation>Ausgehende Verbindungen auch über uTP aufbauen (startet langsamer).</translation>
    </message>
    <message>
        <source>--%1 takes a number from 0 to 65535.</source>
        <translation>--%1 erwartet eine Zahl von 0 bis 65535.</translation>
    </message>
    <message>
        <source>Swarmplay&apos;s engine without a window.

Commands:
  info &lt;source&gt;       show a torrent&apos;s metadata and files
  download &lt;source&gt;   download the torrent (or the files chosen with --file)
  serve &lt;source&gt;      stream a file over loopback HTTP for any player; prints its URL
  daemon              run one engine that other programs control through its local API
  remote &lt;command&gt;    control a running daemon (remote --help lists its commands)

A source is a .torrent file, a magnet link, a 40-character info hash or an http(s) address of a .torrent file.</source>
        <translation>Die Engine von Swarmplay, ohne Fenster.

Befehle:
  info &lt;Quelle&gt;       Metadaten und Dateien eines Torrents anzeigen
  download &lt;Quelle&gt;   den Torrent herunterladen (oder die mit --file gewählten Dateien)
  serve &lt;Quelle&gt;      eine Datei per Loopback-HTTP für jeden Player streamen; gibt ihre URL aus
  daemon              eine Engine betreiben, die andere Programme über ihre lokale API steuern
  remote &lt;Befehl&gt;     einen laufenden Daemon steuern (remote --help listet seine Befehle)

Eine Quelle ist eine .torrent-Datei, ein Magnet-Link, ein 40-stelliger Info-Hash oder eine http(s)-Adresse einer .torrent-Datei.</translation>
    </message>
    <message>
        <source>info, download, serve, daemon or remote</source>
        <translation>info, download, serve, daemon oder remote</translation>
    </message>
    <message>
        <source>Folder the data is saved in (default: the current folder; daemon: Swarmplay in the Downloads folder).</source>
        <translation>Ordner, in dem die Daten gespeichert werden (Standard: der aktuelle Ordner; daemon: Swarmplay im Download-Ordner).</translation>
    </message>
    <message>
        <source>Folder for resume data (default: .swarmplay inside the download folder; daemon: its own folder in the user&apos;s data folder).</source>
        <translation>Ordner für Fortsetzungsdaten (Standard: .swarmplay im Download-Ordner; daemon: ein eigener Ordner im Datenordner des Benutzers).</translation>
    </message>
    <message>
        <source>Use only this local address for listening and outgoing connections (daemon: a loopback address).</source>
        <translation>Nur diese lokale Adresse zum Empfangen und für ausgehende Verbindungen verwenden (daemon: eine Loopback-Adresse).</translation>
    </message>
    <message>
        <source>serve, daemon: HTTP port (default: any free port).</source>
        <translation>serve, daemon: HTTP-Port (Standard: ein beliebiger freier Port).</translation>
    </message>
    <message>
        <source>No command given; use info, download, serve, daemon or remote.</source>
        <translation>Kein Befehl angegeben; verwenden Sie info, download, serve, daemon oder remote.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;; use info, download, serve, daemon or remote.</source>
        <translation>Unbekannter Befehl „%1“; verwenden Sie info, download, serve, daemon oder remote.</translation>
    </message>
    <message>
        <source>daemon takes no source; add torrents with swarmplay-engine remote add.</source>
        <translation>daemon erwartet keine Quelle; fügen Sie Torrents mit swarmplay-engine remote add hinzu.</translation>
    </message>
    <message>
        <source>serve, daemon: stream URLs get each block as it arrives, before its piece is checked (faster starts; a player may keep bytes a peer sent wrong).</source>
        <translation>serve, daemon: Stream-URLs erhalten jeden Block, sobald er ankommt, bevor sein Teil geprüft ist (schnellerer Start; ein Player behält womöglich Bytes, die ein Peer fehlerhaft gesendet hat).</translation>
    </message>
</context>
<context>
    <name>ExternalPlayer</name>
    <message>
        <source>No media player to hand the stream to: install VLC or mpv, or open this address in one yourself: %1</source>
        <translation>Kein Mediaplayer gefunden, der den Stream übernehmen kann: Installieren Sie VLC oder mpv, oder öffnen Sie diese Adresse selbst in einem Player: %1</translation>
    </message>
</context>
<context>
    <name>InfoFormat</name>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Info hash v1:</source>
        <translation>Info-Hash v1:</translation>
    </message>
    <message>
        <source>none (v2-only torrent)</source>
        <translation>keiner (reiner v2-Torrent)</translation>
    </message>
    <message>
        <source>Info hash v2:</source>
        <translation>Info-Hash v2:</translation>
    </message>
    <message>
        <source>none (v1-only torrent)</source>
        <translation>keiner (reiner v1-Torrent)</translation>
    </message>
    <message>
        <source>Pieces:</source>
        <translation>Teile:</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Total size:</source>
        <translation>Gesamtgröße:</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 Byte)</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>Aufbau:</translation>
    </message>
    <message numerus="yes">
        <source>multi-file (%n files)</source>
        <translation>
            <numerusform>mehrere Dateien (%n Datei)</numerusform>
            <numerusform>mehrere Dateien (%n Dateien)</numerusform>
        </translation>
    </message>
    <message>
        <source>single file</source>
        <translation>einzelne Datei</translation>
    </message>
    <message>
        <source>Private:</source>
        <translation>Privat:</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Created by:</source>
        <translation>Erstellt mit:</translation>
    </message>
    <message>
        <source>Created on:</source>
        <translation>Erstellt am:</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Kommentar:</translation>
    </message>
    <message>
        <source>Trackers:</source>
        <translation>Tracker:</translation>
    </message>
    <message>
        <source>none (DHT and peer exchange only)</source>
        <translation>keine (nur DHT und Peer-Austausch)</translation>
    </message>
    <message>
        <source>tier %1  %2</source>
        <translation>Stufe %1  %2</translation>
    </message>
    <message>
        <source>Web seeds:</source>
        <translation>Webseeds:</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>The library &quot;%1&quot; cannot be read (%2); it starts empty.</source>
        <translation>Die Bibliothek „%1“ kann nicht gelesen werden (%2); sie beginnt leer.</translation>
    </message>
    <message>
        <source>The library &quot;%1&quot; is damaged (%2), so it starts empty. The damaged file was kept as &quot;%3&quot;.</source>
        <translation>Die Bibliothek „%1“ ist beschädigt (%2), daher beginnt sie leer. Die beschädigte Datei wurde als „%3“ aufbewahrt.</translation>
    </message>
    <message>
        <source>no list of torrents</source>
        <translation>keine Torrent-Liste</translation>
    </message>
    <message>
        <source>Could not save the library to &quot;%1&quot;: %2</source>
        <translation>Die Bibliothek konnte nicht in „%1“ gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>MediaKind</name>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Untertitel</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiv</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>PlayChoice</name>
    <message>
        <source>&quot;%1&quot; has no video or audio file to play. Its files are listed below: tick the ones to download, or copy a file&apos;s stream URL (right-click) to open it in another program.</source>
        <translation>„%1“ enthält keine Video- oder Audiodatei zum Abspielen. Die Dateien stehen unten: Haken Sie die an, die heruntergeladen werden sollen, oder kopieren Sie die Stream-URL einer Datei (Rechtsklick), um sie in einem anderen Programm zu öffnen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a video or audio file, so Swarmplay does not play it. Its stream URL (right-click) opens it in another program.</source>
        <translation>„%1“ ist keine Video- oder Audiodatei, daher spielt Swarmplay sie nicht ab. Über ihre Stream-URL (Rechtsklick) lässt sie sich in einem anderen Programm öffnen.</translation>
    </message>
</context>
<context>
    <name>PlaybackMemory</name>
    <message>
        <source>Could not remember playback positions in &quot;%1&quot;: %2</source>
        <translation>Die Wiedergabepositionen konnten nicht in „%1“ gespeichert werden: %2</translation>
    </message>
    <message>
        <source>The playback positions &quot;%1&quot; cannot be read (%2); playback starts from the beginning.</source>
        <translation>Die Wiedergabepositionen „%1“ können nicht gelesen werden (%2); die Wiedergabe beginnt am Anfang.</translation>
    </message>
    <message>
        <source>The playback positions &quot;%1&quot; are damaged (%2), so every file plays from the beginning. The damaged file was kept as &quot;%3&quot;.</source>
        <translation>Die Wiedergabepositionen „%1“ sind beschädigt (%2), daher beginnt jede Datei am Anfang. Die beschädigte Datei wurde als „%3“ aufbewahrt.</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
</context>
<context>
    <name>RemoteFormat</name>
    <message>
        <source>No torrents.</source>
        <translation>Keine Torrents.</translation>
    </message>
    <message>
        <source>Info hash</source>
        <translation>Info-Hash</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Peers</source>
        <translation>Peers</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>No files yet: the torrent&apos;s metadata has not arrived.</source>
        <translation>Noch keine Dateien: Die Metadaten des Torrents sind noch nicht da.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Gewählt</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>waiting for the torrent&apos;s metadata</source>
        <translation>warte auf die Metadaten des Torrents</translation>
    </message>
    <message>
        <source>%1: %2 of %3 ready, %4 to go</source>
        <translation>%1: %2 von %3 bereit, noch %4</translation>
    </message>
</context>
<context>
    <name>RemoteOptions</name>
    <message>
        <source>Controls a running swarmplay-engine daemon (or, with --window, the player window).

Commands:
  add &lt;source&gt;               add a magnet link, an info hash, an http(s) address or a .torrent file
  list                       list the torrents
  files &lt;info hash&gt;          list a torrent&apos;s files
  stream &lt;info hash&gt; &lt;file&gt;  buffer a file and print its stream URL for any player
  rm &lt;info hash&gt;             remove a torrent (its files stay unless --delete-files)
  watch                      print the engine&apos;s events as they happen</source>
        <translation>Steuert einen laufenden swarmplay-engine-Daemon (oder mit --window das Player-Fenster).

Befehle:
  add &lt;Quelle&gt;               einen Magnet-Link, einen Info-Hash, eine http(s)-Adresse oder eine .torrent-Datei hinzufügen
  list                       die Torrents auflisten
  files &lt;Info-Hash&gt;          die Dateien eines Torrents auflisten
  stream &lt;Info-Hash&gt; &lt;Datei&gt; eine Datei puffern und ihre Stream-URL für jeden Player ausgeben
  rm &lt;Info-Hash&gt;             einen Torrent entfernen (seine Dateien bleiben, außer mit --delete-files)
  watch                      die Ereignisse der Engine ausgeben, sobald sie geschehen</translation>
    </message>
    <message>
        <source>add, list, files, stream, rm or watch</source>
        <translation>add, list, files, stream, rm oder watch</translation>
    </message>
    <message>
        <source>Control the player window instead of the daemon.</source>
        <translation>Das Player-Fenster statt des Daemons steuern.</translation>
    </message>
    <message>
        <source>stream: bytes to have from the start of the file before the URL is printed.</source>
        <translation>stream: so viele Bytes ab dem Anfang der Datei, bevor die URL ausgegeben wird.</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>rm: delete the downloaded files too.</source>
        <translation>rm: auch die heruntergeladenen Dateien löschen.</translation>
    </message>
    <message>
        <source>remote needs a command: add, list, files, stream, rm or watch.</source>
        <translation>remote braucht einen Befehl: add, list, files, stream, rm oder watch.</translation>
    </message>
    <message>
        <source>Unknown remote command &quot;%1&quot;; use add, list, files, stream, rm or watch.</source>
        <translation>Unbekannter remote-Befehl „%1“; verwenden Sie add, list, files, stream, rm oder watch.</translation>
    </message>
    <message>
        <source>Usage: swarmplay-engine remote %1</source>
        <translation>Aufruf: swarmplay-engine remote %1</translation>
    </message>
    <message>
        <source>stream takes a file number from remote files, not &quot;%1&quot;.</source>
        <translation>stream erwartet eine Dateinummer aus remote files, nicht „%1“.</translation>
    </message>
    <message>
        <source>--prebuffer takes a number of bytes.</source>
        <translation>--prebuffer erwartet eine Anzahl Bytes.</translation>
    </message>
</context>
<context>
    <name>RemovePrompt</name>
    <message>
        <source>Remove torrent</source>
        <translation>Torrent entfernen</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; from the list. What should happen to the files it downloaded?</source>
        <translation>„%1“ aus der Liste entfernen. Was soll mit den heruntergeladenen Dateien geschehen?</translation>
    </message>
    <message>
        <source>Settings can make this choice for every torrent.</source>
        <translation>In den Einstellungen lässt sich diese Wahl für alle Torrents festlegen.</translation>
    </message>
    <message>
        <source>&amp;Keep files</source>
        <translation>Dateien &amp;behalten</translation>
    </message>
    <message>
        <source>&amp;Delete files</source>
        <translation>Dateien &amp;löschen</translation>
    </message>
    <message>
        <source>Remove from library</source>
        <translation>Aus der Bibliothek entfernen</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; from the library? Swarmplay forgets it and where you stopped in it.</source>
        <translation>„%1“ aus der Bibliothek entfernen? Swarmplay vergisst den Torrent und die Stelle, an der Sie angehalten haben.</translation>
    </message>
    <message numerus="yes">
        <source>Remove these %n torrents from the library? Swarmplay forgets them and where you stopped in them.</source>
        <translation>
            <numerusform>Diesen %n Torrent aus der Bibliothek entfernen? Swarmplay vergisst ihn und die Stelle, an der Sie angehalten haben.</numerusform>
            <numerusform>Diese %n Torrents aus der Bibliothek entfernen? Swarmplay vergisst sie und die Stellen, an denen Sie angehalten haben.</numerusform>
        </translation>
    </message>
    <message>
        <source>What should happen to the files they downloaded?</source>
        <translation>Was soll mit den heruntergeladenen Dateien geschehen?</translation>
    </message>
</context>
<context>
    <name>ResumeStore</name>
    <message>
        <source>The folder &quot;%1&quot; cannot be created; the engine cannot remember its torrents. Check that the disk is writable.</source>
        <translation>Der Ordner „%1“ kann nicht angelegt werden; die Engine kann sich ihre Torrents nicht merken. Prüfen Sie, ob auf das Laufwerk geschrieben werden kann.</translation>
    </message>
    <message>
        <source>Could not save &quot;%1&quot;: %2</source>
        <translation>„%1“ konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged: %2</source>
        <translation>„%1“ ist beschädigt: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation>„%1“ fehlt</translation>
    </message>
</context>
<context>
    <name>SessionEvent</name>
    <message>
        <source>%1: metadata received from the swarm; the file list is known.</source>
        <translation>%1: Metadaten vom Schwarm erhalten; die Dateiliste ist bekannt.</translation>
    </message>
    <message>
        <source>%1: checking the data already on disk.</source>
        <translation>%1: Die bereits vorhandenen Daten werden geprüft.</translation>
    </message>
    <message>
        <source>%1: the saved download state did not match the files (%2); checking them again.</source>
        <translation>%1: Der gespeicherte Download-Zustand passte nicht zu den Dateien (%2); sie werden erneut geprüft.</translation>
    </message>
    <message>
        <source>%1: tracker %2 answered with %3 peers.</source>
        <translation>%1: Tracker %2 hat %3 Peers gemeldet.</translation>
    </message>
    <message>
        <source>%1: tracker %2 failed: %3.</source>
        <translation>%1: Tracker %2 ist fehlgeschlagen: %3.</translation>
    </message>
    <message>
        <source>%1: tracker %2 warns: %3.</source>
        <translation>%1: Tracker %2 warnt: %3.</translation>
    </message>
    <message>
        <source>%1: connected to peer %2.</source>
        <translation>%1: Mit Peer %2 verbunden.</translation>
    </message>
    <message>
        <source>%1: peer %2 left (%3).</source>
        <translation>%1: Peer %2 hat die Verbindung getrennt (%3).</translation>
    </message>
    <message>
        <source>%1: piece %2 failed the hash check and will be downloaded again.</source>
        <translation>%1: Teil %2 hat die Hash-Prüfung nicht bestanden und wird erneut heruntergeladen.</translation>
    </message>
    <message>
        <source>%1: cannot %2 &quot;%3&quot;: %4. Check the disk and the download folder.</source>
        <translation>%1: „%3“: %2 fehlgeschlagen: %4. Prüfen Sie das Laufwerk und den Download-Ordner.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>%1: every chosen file is downloaded and verified.</source>
        <translation>%1: Alle gewählten Dateien sind heruntergeladen und geprüft.</translation>
    </message>
    <message>
        <source>Listening for peers on %1 (%2).</source>
        <translation>Empfangsbereit für Peers auf %1 (%2).</translation>
    </message>
    <message>
        <source>Cannot listen for peers on %1: %2. Choose another port in the settings.</source>
        <translation>Auf %1 können keine Verbindungen von Peers empfangen werden: %2. Wählen Sie in den Einstellungen einen anderen Port.</translation>
    </message>
    <message>
        <source>Joined the DHT network.</source>
        <translation>Dem DHT-Netzwerk beigetreten.</translation>
    </message>
    <message>
        <source>%1: could not save the download state: %2.</source>
        <translation>%1: Der Download-Zustand konnte nicht gespeichert werden: %2.</translation>
    </message>
</context>
<context>
    <name>SessionSettings</name>
    <message>
        <source>No folder is set for the engine&apos;s state (resume data).</source>
        <translation>Kein Ordner für den Zustand der Engine (Fortsetzungsdaten) festgelegt.</translation>
    </message>
    <message>
        <source>No download folder is set.</source>
        <translation>Kein Download-Ordner festgelegt.</translation>
    </message>
    <message>
        <source>At least one of TCP and uTP must be enabled, or no peer can connect.</source>
        <translation>Mindestens eines von TCP und uTP muss aktiviert sein, sonst kann sich kein Peer verbinden.</translation>
    </message>
    <message>
        <source>Rate limits cannot be negative (0 means unlimited).</source>
        <translation>Ratenlimits können nicht negativ sein (0 bedeutet unbegrenzt).</translation>
    </message>
    <message>
        <source>The listen address is empty; use for example 0.0.0.0:6881.</source>
        <translation>Die Empfangsadresse ist leer; verwenden Sie zum Beispiel 0.0.0.0:6881.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid listen address: it must end in :PORT with a port from 0 to 65535.</source>
        <translation>„%1“ ist keine gültige Empfangsadresse: Sie muss auf :PORT enden, mit einem Port von 0 bis 65535.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid address for outgoing connections.</source>
        <translation>„%1“ ist keine gültige Adresse für ausgehende Verbindungen.</translation>
    </message>
    <message>
        <source>The resume data interval must be at least 100 ms.</source>
        <translation>Das Intervall für Fortsetzungsdaten muss mindestens 100 ms betragen.</translation>
    </message>
</context>
<context>
    <name>SubtitleParser</name>
    <message>
        <source>“%1” is empty: there are no subtitles in it.</source>
        <translation>„%1“ ist leer: Die Datei enthält keine Untertitel.</translation>
    </message>
    <message>
        <source>“%1” is not a subtitle file: it holds binary data, not text.</source>
        <translation>„%1“ ist keine Untertiteldatei: Sie enthält Binärdaten, keinen Text.</translation>
    </message>
    <message>
        <source>“%1” is not a subtitle file Swarmplay can read: no cue with a start and an end time was found (SubRip .srt and WebVTT .vtt are supported).</source>
        <translation>„%1“ ist keine Untertiteldatei, die Swarmplay lesen kann: Es wurde kein Eintrag mit Start- und Endzeit gefunden (unterstützt werden SubRip .srt und WebVTT .vtt).</translation>
    </message>
</context>
<context>
    <name>SwarmplayOptions</name>
    <message>
        <source>Plays videos from BitTorrent while they download. Without a source it plays a demo video from a small swarm it runs itself.</source>
        <translation>Spielt Videos aus BitTorrent ab, während sie heruntergeladen werden. Ohne Quelle spielt es ein Demovideo aus einem kleinen Schwarm, den es selbst betreibt.</translation>
    </message>
    <message>
        <source>Play the demo: a sample video made with ffmpeg, served by seeders on this computer at twice its bitrate.</source>
        <translation>Die Demo abspielen: ein mit ffmpeg erzeugtes Beispielvideo, das Seeder auf diesem Computer mit doppelter Bitrate verteilen.</translation>
    </message>
    <message>
        <source>Where to keep resume data and opened torrents (default: %1).</source>
        <translation>Wo Fortsetzungsdaten und geöffnete Torrents gespeichert werden (Standard: %1).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <source>Where downloaded files go (default: %1).</source>
        <translation>Wohin heruntergeladene Dateien kommen (Standard: %1).</translation>
    </message>
    <message>
        <source>Play SOURCE offscreen with fresh state and print JSON figures: time to metadata, to the probe region and to the first frame, rebuffers, seek-to-frame latency, CPU while paused, peak memory.</source>
        <translation>QUELLE ohne Anzeige mit frischem Zustand abspielen und Messwerte als JSON ausgeben: Zeit bis zu den Metadaten, zum Prüfbereich und zum ersten Bild, Nachpuffern, Latenz vom Spulen bis zum Bild, CPU-Last im Pausenzustand, maximaler Speicher.</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>QUELLE</translation>
    </message>
    <message>
        <source>With --benchmark-play: seek to this fraction (0 to 1).</source>
        <translation>Mit --benchmark-play: an diesen Anteil springen (0 bis 1).</translation>
    </message>
    <message>
        <source>FRACTION</source>
        <translation>ANTEIL</translation>
    </message>
    <message>
        <source>With --benchmark-play: play this many seconds.</source>
        <translation>Mit --benchmark-play: so viele Sekunden abspielen.</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <source>Listen and connect from this IP address only. A loopback address (127.x.x.x, ::1) also turns off DHT, local peer discovery, UPnP and NAT-PMP, so nothing leaves this computer.</source>
        <translation>Nur über diese IP-Adresse empfangen und verbinden. Eine Loopback-Adresse (127.x.x.x, ::1) schaltet außerdem DHT, lokale Peer-Suche, UPnP und NAT-PMP ab, sodass nichts diesen Computer verlässt.</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>Open a window of its own even when Swarmplay is already running. Otherwise the sources go to the window already open for the same user, display and state folder, and this launch exits.</source>
        <translation>Ein eigenes Fenster öffnen, auch wenn Swarmplay schon läuft. Sonst gehen die Quellen an das Fenster, das für denselben Benutzer, dieselbe Anzeige und denselben Zustandsordner schon offen ist, und dieser Start endet.</translation>
    </message>
    <message>
        <source>What to open: .torrent files, magnet links, info hashes or web addresses of .torrent files.</source>
        <translation>Was geöffnet werden soll: .torrent-Dateien, Magnet-Links, Info-Hashes oder Webadressen von .torrent-Dateien.</translation>
    </message>
    <message>
        <source>[FILE.torrent | MAGNET | URL | INFOHASH]...</source>
        <translation>[DATEI.torrent | MAGNET | URL | INFOHASH]...</translation>
    </message>
    <message>
        <source>--state-dir and --download-dir need a folder.</source>
        <translation>--state-dir und --download-dir brauchen einen Ordner.</translation>
    </message>
    <message>
        <source>--bind takes an IP address, not &quot;%1&quot;.</source>
        <translation>--bind erwartet eine IP-Adresse, nicht „%1“.</translation>
    </message>
    <message>
        <source>--benchmark-play needs a source.</source>
        <translation>--benchmark-play braucht eine Quelle.</translation>
    </message>
    <message>
        <source>--seek takes a fraction of the video from 0 to 1, e.g. 0.5; got &quot;%1&quot;.</source>
        <translation>--seek erwartet einen Anteil des Videos von 0 bis 1, z. B. 0.5; erhalten: „%1“.</translation>
    </message>
    <message>
        <source>--duration takes a whole number of seconds above 0; got &quot;%1&quot;.</source>
        <translation>--duration erwartet eine ganze Zahl von Sekunden größer als 0; erhalten: „%1“.</translation>
    </message>
    <message>
        <source>With --benchmark-play: show the file&apos;s own subtitle track N (from 0) from the start.</source>
        <translation>Mit --benchmark-play: die Untertitelspur N der Datei selbst (ab 0) von Anfang an zeigen.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>With --benchmark-play: before pausing, seek to second T and save the player&apos;s picture with its subtitles as FILE.png (given after T).</source>
        <translation>Mit --benchmark-play: vor dem Anhalten zu Sekunde T springen und das Bild des Players mit seinen Untertiteln als DATEI.png speichern (nach T angegeben).</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>--seek, --duration, --subtitles and --grab go with --benchmark-play.</source>
        <translation>--seek, --duration, --subtitles und --grab gehören zu --benchmark-play.</translation>
    </message>
    <message>
        <source>--subtitles takes the number of a subtitle track inside the file, from 0; got &quot;%1&quot;.</source>
        <translation>--subtitles erwartet die Nummer einer Untertitelspur in der Datei, ab 0; erhalten: „%1“.</translation>
    </message>
    <message>
        <source>--grab takes a time in seconds and a .png file to write, e.g. --grab 12.5 picture.png.</source>
        <translation>--grab erwartet eine Zeit in Sekunden und eine zu schreibende .png-Datei, z. B. --grab 12.5 bild.png.</translation>
    </message>
</context>
<context>
    <name>TorrentCreator</name>
    <message>
        <source>There is nothing at &quot;%1&quot; to make a torrent of.</source>
        <translation>Unter „%1“ gibt es nichts, woraus ein Torrent erstellt werden könnte.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no data to share.</source>
        <translation>„%1“ enthält keine Daten zum Teilen.</translation>
    </message>
    <message>
        <source>Could not make a torrent of &quot;%1&quot;: %2</source>
        <translation>Aus „%1“ konnte kein Torrent erstellt werden: %2</translation>
    </message>
</context>
<context>
    <name>TorrentSource</name>
    <message>
        <source>The file at %1 is larger than %2 MiB, too large for a .torrent file.</source>
        <translation>Die Datei unter %1 ist größer als %2 MiB und damit zu groß für eine .torrent-Datei.</translation>
    </message>
    <message>
        <source>The server at %1 answered with HTTP error %2 %3; the .torrent file is not available there.</source>
        <translation>Der Server %1 antwortete mit dem HTTP-Fehler %2 %3; die .torrent-Datei ist dort nicht verfügbar.</translation>
    </message>
    <message>
        <source>The server at %1 did not answer in time. Try again later.</source>
        <translation>Der Server %1 hat nicht rechtzeitig geantwortet. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>%1 redirects too often or to an insecure address: %2.</source>
        <translation>%1 leitet zu oft oder an eine unsichere Adresse weiter: %2.</translation>
    </message>
    <message>
        <source>Swarmplay could not reach %1: %2. Check the address and your connection.</source>
        <translation>Swarmplay konnte %1 nicht erreichen: %2. Prüfen Sie die Adresse und Ihre Verbindung.</translation>
    </message>
    <message>
        <source>its info hash &quot;%1&quot; is not 40 hexadecimal or 32 base32 characters long</source>
        <translation>sein Info-Hash „%1“ ist nicht 40 hexadezimale oder 32 Base32-Zeichen lang</translation>
    </message>
    <message>
        <source>its v2 info hash &quot;%1&quot; is not a SHA-256 multihash (&quot;1220&quot; followed by 64 hexadecimal characters)</source>
        <translation>sein v2-Info-Hash „%1“ ist kein SHA-256-Multihash („1220“ gefolgt von 64 hexadezimalen Zeichen)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a BitTorrent info hash (it should start with urn:btih: or urn:btmh:)</source>
        <translation>„%1“ ist kein BitTorrent-Info-Hash (er sollte mit urn:btih: oder urn:btmh: beginnen)</translation>
    </message>
    <message>
        <source>Nothing to open: give a .torrent file, a magnet link, an info hash or a web address of a .torrent file.</source>
        <translation>Nichts zu öffnen: Geben Sie eine .torrent-Datei, einen Magnet-Link, einen Info-Hash oder die Webadresse einer .torrent-Datei an.</translation>
    </message>
    <message>
        <source>The web address &quot;%1&quot; has no host name.</source>
        <translation>Die Webadresse „%1“ hat keinen Hostnamen.</translation>
    </message>
    <message>
        <source>Swarmplay cannot fetch &quot;%1&quot;: only http and https web addresses, magnet links and local .torrent files can be opened.</source>
        <translation>Swarmplay kann „%1“ nicht abrufen: Nur http- und https-Webadressen, Magnet-Links und lokale .torrent-Dateien lassen sich öffnen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; looks like an info hash but has %2 characters; a v1 info hash has 40 hexadecimal characters and a v2 info hash 64.</source>
        <translation>„%1“ sieht wie ein Info-Hash aus, hat aber %2 Zeichen; ein v1-Info-Hash hat 40 hexadezimale Zeichen, ein v2-Info-Hash 64.</translation>
    </message>
    <message>
        <source>This magnet link has no &quot;xt&quot; parameter, so it does not say which torrent it is. Copy the whole link again from where you found it.</source>
        <translation>Diesem Magnet-Link fehlt der Parameter „xt“, daher sagt er nicht, um welchen Torrent es geht. Kopieren Sie den ganzen Link noch einmal von dort, wo Sie ihn gefunden haben.</translation>
    </message>
    <message>
        <source>This magnet link cannot be opened: %1.</source>
        <translation>Dieser Magnet-Link kann nicht geöffnet werden: %1.</translation>
    </message>
    <message>
        <source>There is no file &quot;%1&quot;. Check the name and the folder, or give a magnet link instead.</source>
        <translation>Es gibt keine Datei „%1“. Prüfen Sie Name und Ordner, oder geben Sie stattdessen einen Magnet-Link an.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder, not a .torrent file.</source>
        <translation>„%1“ ist ein Ordner, keine .torrent-Datei.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2 MiB, too large for a .torrent file (the limit is %3 MiB). It is probably the video itself, not the torrent that describes it.</source>
        <translation>„%1“ ist %2 MiB groß, zu groß für eine .torrent-Datei (die Grenze liegt bei %3 MiB). Wahrscheinlich ist es das Video selbst, nicht der Torrent, der es beschreibt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read: %2. Check that you have permission to read it.</source>
        <translation>„%1“ kann nicht gelesen werden: %2. Prüfen Sie, ob Sie die Datei lesen dürfen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read: %2.</source>
        <translation>„%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is larger than %2 MiB, too large for a .torrent file.</source>
        <translation>„%1“ ist größer als %2 MiB und damit zu groß für eine .torrent-Datei.</translation>
    </message>
    <message>
        <source>The server at %1 did not send a torrent file (what came back is not bencoded). The address may point to a web page instead of the .torrent file.</source>
        <translation>Der Server %1 hat keine Torrent-Datei geschickt (die Antwort ist nicht bencodiert). Die Adresse führt vielleicht zu einer Webseite statt zur .torrent-Datei.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a torrent file: its contents are not bencoded (%2 at byte %3). The file may be damaged or be something else.</source>
        <translation>„%1“ ist keine Torrent-Datei: Der Inhalt ist nicht bencodiert (%2 bei Byte %3). Die Datei ist vielleicht beschädigt oder etwas anderes.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a torrent file: it is bencoded but not a dictionary.</source>
        <translation>„%1“ ist keine Torrent-Datei: Sie ist bencodiert, aber kein Dictionary.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is bencoded but is not a valid torrent: %2.</source>
        <translation>„%1“ ist bencodiert, aber kein gültiger Torrent: %2.</translation>
    </message>
</context>
<context>
    <name>TorrentState</name>
    <message>
        <source>Checking</source>
        <translation>Wird geprüft</translation>
    </message>
    <message>
        <source>Fetching metadata</source>
        <translation>Metadaten werden geladen</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Wird heruntergeladen</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Seeding</source>
        <translation>Wird verteilt</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Cannot write</source>
        <translation>Schreiben nicht möglich</translation>
    </message>
</context>
<context>
    <name>TrackerEntry</name>
    <message>
        <source>Not contacted yet</source>
        <translation>Noch nicht kontaktiert</translation>
    </message>
    <message>
        <source>Announcing</source>
        <translation>Wird angemeldet</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Funktioniert</translation>
    </message>
    <message>
        <source>Not working</source>
        <translation>Funktioniert nicht</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>KiB</source>
        <translation>KiB</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <source>GiB</source>
        <translation>GiB</translation>
    </message>
    <message>
        <source>TiB</source>
        <translation>TiB</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
</context>
<context>
    <name>WaitReason</name>
    <message>
        <source>The torrent is paused: resume it to go on.</source>
        <translation>Der Torrent ist angehalten: Setzen Sie ihn fort, um weiterzumachen.</translation>
    </message>
    <message>
        <source>Checking the files already on disk…</source>
        <translation>Die bereits vorhandenen Dateien werden geprüft…</translation>
    </message>
    <message>
        <source>No peer is connected: waiting for one to come back.</source>
        <translation>Kein Peer ist verbunden: Warten, bis einer zurückkommt.</translation>
    </message>
    <message>
        <source>No connected peer has the next part: waiting for one that has it.</source>
        <translation>Kein verbundener Peer hat den nächsten Teil: Warten auf einen, der ihn hat.</translation>
    </message>
</context>
<context>
    <name>WriteTrouble</name>
    <message>
        <source>The disk of %1 is full (%2). Free some space there: the download carries on by itself.</source>
        <translation>Der Datenträger von %1 ist voll (%2). Geben Sie dort Platz frei: Der Download geht dann von selbst weiter.</translation>
    </message>
    <message>
        <source>%1 cannot be written (%2). Make it writable or choose another download folder: the download carries on by itself once it can write.</source>
        <translation>In %1 kann nicht geschrieben werden (%2). Machen Sie den Ordner beschreibbar oder wählen Sie einen anderen Download-Ordner: Der Download geht von selbst weiter, sobald er schreiben kann.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Run swarmplay-engine --help for the options.</source>
        <translation>Rufen Sie swarmplay-engine --help auf, um die Optionen zu sehen.</translation>
    </message>
    <message>
        <source>Run swarmplay --help for the options.</source>
        <translation>Rufen Sie swarmplay --help auf, um die Optionen zu sehen.</translation>
    </message>
    <message>
        <source>%1 %2 (commit %3)</source>
        <translation>%1 %2 (Commit %3)</translation>
    </message>
    <message>
        <source>Error: cannot create the folder %1; choose another with --state-dir or --download-dir.</source>
        <translation>Fehler: Der Ordner %1 kann nicht angelegt werden; wählen Sie mit --state-dir oder --download-dir einen anderen.</translation>
    </message>
    <message>
        <source>The stream server cannot listen, so other players cannot be given stream URLs: %1</source>
        <translation>Der Stream-Server kann keine Verbindungen annehmen, daher können anderen Playern keine Stream-URLs übergeben werden: %1</translation>
    </message>
    <message>
        <source>Run swarmplay-engine remote --help for the commands.</source>
        <translation>swarmplay-engine remote --help zeigt die Befehle.</translation>
    </message>
</context>
<context>
    <name>swarmplay::AboutDialog</name>
    <message>
        <source>About Swarmplay</source>
        <translation>Über Swarmplay</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Swarmplay %1&lt;/h3&gt;&lt;p&gt;A video player whose source is a BitTorrent swarm: open a .torrent file or a magnet link and watch while it downloads.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Swarmplay %1&lt;/h3&gt;&lt;p&gt;Ein Videoplayer, dessen Quelle ein BitTorrent-Schwarm ist: Öffnen Sie eine .torrent-Datei oder einen Magnet-Link und schauen Sie, während heruntergeladen wird.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Built from commit %1 with Qt %2; running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Erstellt aus Commit %1 mit Qt %2; läuft mit Qt %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Swarmplay is made with:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;a href=&quot;https://www.qt.io/&quot;&gt;Qt&lt;/a&gt;, under the GNU Lesser General Public License version 3 (LGPLv3);&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;https://libtorrent.org/&quot;&gt;libtorrent-rasterbar&lt;/a&gt;, under the BSD 3-Clause License (BSD-3-Clause);&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;https://ffmpeg.org/&quot;&gt;FFmpeg&lt;/a&gt;, through Qt Multimedia and for reading subtitles, under the GNU Lesser General Public License version 2.1 or later (LGPL 2.1+); builds that include FFmpeg&apos;s GPL parts, as some distributions&apos; do, are under the GNU GPL version 2 or later;&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;https://github.com/libass/libass&quot;&gt;libass&lt;/a&gt;, which draws subtitles, under the ISC License (ISC).&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Swarmplay verwendet:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;a href=&quot;https://www.qt.io/&quot;&gt;Qt&lt;/a&gt; unter der GNU Lesser General Public License Version 3 (LGPLv3);&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;https://libtorrent.org/&quot;&gt;libtorrent-rasterbar&lt;/a&gt; unter der BSD-3-Clause-Lizenz (BSD-3-Clause);&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;https://ffmpeg.org/&quot;&gt;FFmpeg&lt;/a&gt; über Qt Multimedia und zum Lesen von Untertiteln, unter der GNU Lesser General Public License Version 2.1 oder neuer (LGPL 2.1+); Builds, die die GPL-Teile von FFmpeg enthalten, wie die mancher Distributionen, stehen unter der GNU GPL Version 2 oder neuer;&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;https://github.com/libass/libass&quot;&gt;libass&lt;/a&gt;, das Untertitel zeichnet, unter der ISC-Lizenz (ISC).&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>swarmplay::BufferingOverlay</name>
    <message>
        <source>Buffering</source>
        <translation>Puffern</translation>
    </message>
    <message>
        <source>Buffering…</source>
        <translation>Puffern…</translation>
    </message>
    <message>
        <source>Buffering… %1 %</source>
        <translation>Puffern… %1 %</translation>
    </message>
</context>
<context>
    <name>swarmplay::DemoLauncher</name>
    <message>
        <source>The demo video could not be made: %1</source>
        <translation>Das Demovideo konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>The demo swarm is seeding on this computer.</source>
        <translation>Der Demo-Schwarm verteilt auf diesem Computer.</translation>
    </message>
    <message>
        <source>The demo swarm could not start: %1</source>
        <translation>Der Demo-Schwarm konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>Preparing the demo video…</source>
        <translation>Demovideo wird vorbereitet…</translation>
    </message>
    <message>
        <source>Making the demo video with ffmpeg… %1%</source>
        <translation>Demovideo wird mit ffmpeg erstellt… %1 %</translation>
    </message>
    <message>
        <source>Starting the demo swarm…</source>
        <translation>Demo-Schwarm wird gestartet…</translation>
    </message>
    <message>
        <source>Demo video made; starting the demo swarm…</source>
        <translation>Demovideo erstellt; Demo-Schwarm wird gestartet…</translation>
    </message>
</context>
<context>
    <name>swarmplay::DemoMedia</name>
    <message>
        <source>Cannot create the folder &quot;%1&quot; for the demo video; check that it is writable.</source>
        <translation>Der Ordner „%1“ für das Demovideo kann nicht angelegt werden; prüfen Sie, ob er beschreibbar ist.</translation>
    </message>
    <message>
        <source>ffmpeg is needed to make the demo video; install it with: sudo apt install ffmpeg</source>
        <translation>Für das Demovideo wird ffmpeg gebraucht; installieren Sie es mit: sudo apt install ffmpeg</translation>
    </message>
    <message>
        <source>Swarmplay demo</source>
        <translation>Swarmplay-Demo</translation>
    </message>
    <message>
        <source>ffmpeg did not finish the demo video within %1 s; the computer may be too busy. Try again later.</source>
        <translation>ffmpeg hat das Demovideo nicht innerhalb von %1 s fertiggestellt; der Computer ist vielleicht zu ausgelastet. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>ffmpeg stopped unexpectedly while making the demo video:
%1</source>
        <translation>ffmpeg wurde beim Erstellen des Demovideos unerwartet beendet:
%1</translation>
    </message>
    <message>
        <source>ffmpeg could not make the demo video (exit code %1):
%2</source>
        <translation>ffmpeg konnte das Demovideo nicht erstellen (Exit-Code %1):
%2</translation>
    </message>
    <message>
        <source>ffmpeg finished but wrote no demo video:
%1</source>
        <translation>ffmpeg ist fertig, hat aber kein Demovideo geschrieben:
%1</translation>
    </message>
    <message>
        <source>Cannot move the finished demo video to &quot;%1&quot;: %2</source>
        <translation>Das fertige Demovideo kann nicht nach „%1“ verschoben werden: %2</translation>
    </message>
    <message>
        <source>Sample video made by Swarmplay for its demo</source>
        <translation>Beispielvideo, von Swarmplay für seine Demo erstellt</translation>
    </message>
    <message>
        <source>Cannot make the demo torrent: %1</source>
        <translation>Der Demo-Torrent kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>swarmplay::DemoSwarm</name>
    <message>
        <source>seeder %1 is not listening on %2</source>
        <translation>Seeder %1 nimmt auf %2 keine Verbindungen an</translation>
    </message>
    <message>
        <source>seeder %1 is not seeding yet</source>
        <translation>Seeder %1 verteilt noch nicht</translation>
    </message>
    <message>
        <source>The demo swarm did not start within %1 s (%2).</source>
        <translation>Der Demo-Schwarm ist nicht innerhalb von %1 s gestartet (%2).</translation>
    </message>
    <message>
        <source>The demo video &quot;%1&quot; is missing or does not match its torrent; start the demo again to make it anew.</source>
        <translation>Das Demovideo „%1“ fehlt oder passt nicht zu seinem Torrent; starten Sie die Demo erneut, um es neu zu erstellen.</translation>
    </message>
    <message>
        <source>The demo torrent cannot be read: %1</source>
        <translation>Der Demo-Torrent kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The demo video&apos;s bitrate is unknown, so its swarm cannot be paced.</source>
        <translation>Die Bitrate des Demovideos ist unbekannt, daher lässt sich das Tempo seines Schwarms nicht festlegen.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the demo swarm: %1</source>
        <translation>Für den Demo-Schwarm kann kein temporärer Ordner angelegt werden: %1</translation>
    </message>
    <message>
        <source>The demo swarm cannot be set up: %1</source>
        <translation>Der Demo-Schwarm kann nicht eingerichtet werden: %1</translation>
    </message>
    <message>
        <source>The demo swarm cannot seed the video: %1</source>
        <translation>Der Demo-Schwarm kann das Video nicht verteilen: %1</translation>
    </message>
    <message>
        <source>The demo swarm cannot listen on %1: %2</source>
        <translation>Der Demo-Schwarm kann auf %1 keine Verbindungen annehmen: %2</translation>
    </message>
    <message>
        <source>The demo swarm stopped seeding: %1</source>
        <translation>Der Demo-Schwarm verteilt nicht mehr: %1</translation>
    </message>
</context>
<context>
    <name>swarmplay::FileListModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
</context>
<context>
    <name>swarmplay::InfoPane</name>
    <message>
        <source>Hybrid (v1 and v2)</source>
        <translation>Hybrid (v1 und v2)</translation>
    </message>
    <message>
        <source>v2</source>
        <translation>v2</translation>
    </message>
    <message>
        <source>v1</source>
        <translation>v1</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 Byte)</translation>
    </message>
    <message>
        <source>Single file</source>
        <translation>Einzelne Datei</translation>
    </message>
    <message>
        <source>Folder with 1 file</source>
        <translation>Ordner mit 1 Datei</translation>
    </message>
    <message numerus="yes">
        <source>Folder with %n files</source>
        <translation>
            <numerusform>Ordner mit %n Datei</numerusform>
            <numerusform>Ordner mit %n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes: peers come only from its trackers</source>
        <translation>Ja: Peers kommen nur von seinen Trackern</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>No metadata yet</source>
        <translation>Noch keine Metadaten</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Info hash v1:</source>
        <translation>Info-Hash v1:</translation>
    </message>
    <message>
        <source>Info hash v2:</source>
        <translation>Info-Hash v2:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Pieces:</source>
        <translation>Teile:</translation>
    </message>
    <message>
        <source>Total size:</source>
        <translation>Gesamtgröße:</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>Aufbau:</translation>
    </message>
    <message>
        <source>Private:</source>
        <translation>Privat:</translation>
    </message>
    <message>
        <source>Created by:</source>
        <translation>Erstellt mit:</translation>
    </message>
    <message>
        <source>Created on:</source>
        <translation>Erstellt am:</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Kommentar:</translation>
    </message>
</context>
<context>
    <name>swarmplay::LibraryKeeper</name>
    <message>
        <source>Removed from the library, but not every file could be deleted: %1</source>
        <translation>Aus der Bibliothek entfernt, aber nicht alle Dateien konnten gelöscht werden: %1</translation>
    </message>
    <message>
        <source>The library uses %1 and has no size limit, so nothing has to go. Set a limit in Edit ▸ Settings…</source>
        <translation>Die Bibliothek belegt %1 und hat kein Größenlimit, daher muss nichts gelöscht werden. Ein Limit stellen Sie unter Bearbeiten ▸ Einstellungen… ein.</translation>
    </message>
    <message>
        <source>The library uses %1 of its %2: nothing has to go.</source>
        <translation>Die Bibliothek belegt %1 von ihren %2: Es muss nichts gelöscht werden.</translation>
    </message>
    <message>
        <source>The library uses %1, more than its %2, but the only files to delete are those of the video playing now.</source>
        <translation>Die Bibliothek belegt %1, mehr als ihre %2, aber die einzigen Dateien, die gelöscht werden könnten, gehören zum gerade laufenden Video.</translation>
    </message>
    <message>
        <source>never watched</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>%1 — %2, last watched %3</source>
        <translation>%1 — %2, zuletzt angesehen: %3</translation>
    </message>
    <message>
        <source>Free space</source>
        <translation>Speicherplatz freigeben</translation>
    </message>
    <message>
        <source>The library uses %1, more than its limit of %2. Delete the downloaded files of these torrents, least recently watched first? They stay in the library and download again when you play them.</source>
        <translation>Die Bibliothek belegt %1, mehr als ihr Limit von %2. Die heruntergeladenen Dateien dieser Torrents löschen, die am längsten nicht angesehenen zuerst? Die Torrents bleiben in der Bibliothek und werden erneut heruntergeladen, wenn Sie sie abspielen.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>This frees %1.</source>
        <translation>Dadurch werden %1 frei.</translation>
    </message>
    <message>
        <source>The library still uses %1 then: the video playing now is kept.</source>
        <translation>Die Bibliothek belegt danach noch %1: Das gerade laufende Video bleibt erhalten.</translation>
    </message>
    <message>
        <source>&amp;Delete files</source>
        <translation>Dateien &amp;löschen</translation>
    </message>
    <message>
        <source>Not every file could be deleted: %1</source>
        <translation>Nicht alle Dateien konnten gelöscht werden: %1</translation>
    </message>
    <message>
        <source>Freed %1.</source>
        <translation>%1 freigegeben.</translation>
    </message>
    <message>
        <source>The library was over its limit of %1, so the files of the least recently watched were deleted: %2. They stay in the library.</source>
        <translation>Die Bibliothek lag über ihrem Limit von %1, daher wurden die Dateien der am längsten nicht angesehenen Torrents gelöscht: %2. Die Torrents bleiben in der Bibliothek.</translation>
    </message>
</context>
<context>
    <name>swarmplay::LibraryModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Playing</source>
        <translation>Wird abgespielt</translation>
    </message>
    <message>
        <source>Not open</source>
        <translation>Nicht geöffnet</translation>
    </message>
    <message>
        <source>Not open, files kept</source>
        <translation>Nicht geöffnet, Dateien vorhanden</translation>
    </message>
    <message>
        <source>Not open, no files</source>
        <translation>Nicht geöffnet, keine Dateien</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Double-click to play the file you watched last</source>
        <translation>Doppelklicken Sie, um die zuletzt angesehene Datei abzuspielen</translation>
    </message>
    <message>
        <source>Double-click to open it again and play the file you watched last</source>
        <translation>Doppelklicken Sie, um den Torrent erneut zu öffnen und die zuletzt angesehene Datei abzuspielen</translation>
    </message>
    <message>
        <source>First opened %1</source>
        <translation>Zuerst geöffnet: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>On disk</source>
        <translation>Auf dem Laufwerk</translation>
    </message>
    <message>
        <source>Last played</source>
        <translation>Zuletzt abgespielt</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Last watched</source>
        <translation>Zuletzt angesehen</translation>
    </message>
</context>
<context>
    <name>swarmplay::LibraryPane</name>
    <message>
        <source>Library uses %1 of %2</source>
        <translation>Bibliothek belegt %1 von %2</translation>
    </message>
    <message>
        <source>Library uses %1 (no size limit)</source>
        <translation>Bibliothek belegt %1 (kein Größenlimit)</translation>
    </message>
    <message>
        <source>Space taken by the files of every torrent in the library. Set the limit in Edit ▸ Settings…</source>
        <translation>Speicherplatz, den die Dateien aller Torrents in der Bibliothek belegen. Das Limit stellen Sie unter Bearbeiten ▸ Einstellungen… ein.</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Abspielen</translation>
    </message>
    <message>
        <source>&amp;Remove from library…</source>
        <translation>Aus der Bibliothek &amp;entfernen…</translation>
    </message>
    <message>
        <source>&amp;Free space…</source>
        <translation>&amp;Speicherplatz freigeben…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <source>Remove the selected torrents from the library, with or without their files</source>
        <translation>Die ausgewählten Torrents aus der Bibliothek entfernen, mit oder ohne ihre Dateien</translation>
    </message>
    <message>
        <source>Free space…</source>
        <translation>Speicherplatz freigeben…</translation>
    </message>
    <message>
        <source>Delete the files of the least recently watched torrents until the library fits its size limit; you see the list first</source>
        <translation>Die Dateien der am längsten nicht angesehenen Torrents löschen, bis die Bibliothek in ihr Größenlimit passt; vorher sehen Sie die Liste</translation>
    </message>
</context>
<context>
    <name>swarmplay::LogModel</name>
    <message>
        <source>%1  %2</source>
        <comment>log line: time, message</comment>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <comment>log tooltip: date and time, severity, kind</comment>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>Torrent %1</source>
        <translation>Torrent %1</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Torrent added</source>
        <translation>Torrent hinzugefügt</translation>
    </message>
    <message>
        <source>Metadata received</source>
        <translation>Metadaten erhalten</translation>
    </message>
    <message>
        <source>Checking files</source>
        <translation>Dateien werden geprüft</translation>
    </message>
    <message>
        <source>Saved state did not match</source>
        <translation>Gespeicherter Zustand passte nicht</translation>
    </message>
    <message>
        <source>Saved state damaged</source>
        <translation>Gespeicherter Zustand beschädigt</translation>
    </message>
    <message>
        <source>Tracker reply</source>
        <translation>Tracker-Antwort</translation>
    </message>
    <message>
        <source>Tracker error</source>
        <translation>Tracker-Fehler</translation>
    </message>
    <message>
        <source>Peer connected</source>
        <translation>Peer verbunden</translation>
    </message>
    <message>
        <source>Peer disconnected</source>
        <translation>Peer getrennt</translation>
    </message>
    <message>
        <source>Piece failed its hash check</source>
        <translation>Teil hat die Hash-Prüfung nicht bestanden</translation>
    </message>
    <message>
        <source>File error</source>
        <translation>Dateifehler</translation>
    </message>
    <message>
        <source>Torrent error</source>
        <translation>Torrent-Fehler</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>Empfangsbereit</translation>
    </message>
    <message>
        <source>Cannot listen</source>
        <translation>Kein Empfang möglich</translation>
    </message>
    <message>
        <source>DHT ready</source>
        <translation>DHT bereit</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Writing again</source>
        <translation>Schreibt wieder</translation>
    </message>
</context>
<context>
    <name>swarmplay::MainWindow</name>
    <message>
        <source>&quot;%1&quot; stopped: %2</source>
        <translation>„%1“ wurde angehalten: %2</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>Already open; still fetching its metadata.</source>
        <translation>Bereits geöffnet; die Metadaten werden noch abgerufen.</translation>
    </message>
    <message>
        <source>Open torrent</source>
        <translation>Torrent öffnen</translation>
    </message>
    <message>
        <source>Torrent files (*.torrent);;All files (*)</source>
        <translation>Torrent-Dateien (*.torrent);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The clipboard holds nothing to open. Copy a magnet link, an info hash, the web address of a .torrent or a .torrent file, then press Ctrl+V again.</source>
        <translation>In der Zwischenablage ist nichts zum Öffnen. Kopieren Sie einen Magnet-Link, einen Info-Hash, die Webadresse einer .torrent-Datei oder eine .torrent-Datei und drücken Sie dann erneut Strg+V.</translation>
    </message>
    <message>
        <source>Choose a file first: there is no stream URL to copy yet.</source>
        <translation>Wählen Sie zuerst eine Datei: Es gibt noch keine Stream-URL zum Kopieren.</translation>
    </message>
    <message>
        <source>The stream server is not running, so there is no URL to copy. Restart Swarmplay; if this persists, see the Log tab.</source>
        <translation>Der Stream-Server läuft nicht, daher gibt es keine URL zum Kopieren. Starten Sie Swarmplay neu; falls das Problem bleibt, sehen Sie im Reiter Protokoll nach.</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 kopiert</translation>
    </message>
    <message>
        <source>Choose a file first: there is nothing to open in another player.</source>
        <translation>Wählen Sie zuerst eine Datei: Es gibt nichts, was in einem anderen Player geöffnet werden könnte.</translation>
    </message>
    <message>
        <source>The stream server is not running, so no other player can be given the file. Restart Swarmplay; if this persists, see the Log tab.</source>
        <translation>Der Stream-Server läuft nicht, daher kann die Datei an keinen anderen Player übergeben werden. Starten Sie Swarmplay neu; falls das Problem bleibt, sehen Sie im Reiter Protokoll nach.</translation>
    </message>
    <message>
        <source>Playing in %1</source>
        <translation>Wiedergabe in %1</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Swarmplay</source>
        <translation>Swarmplay</translation>
    </message>
    <message>
        <source>%1 — Swarmplay</source>
        <translation>%1 — Swarmplay</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>&amp;Wiedergabe</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Open torrent…</source>
        <translation>Torrent ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;magnet or URL…</source>
        <translation>&amp;Magnet-Link oder URL öffnen…</translation>
    </message>
    <message>
        <source>&amp;Remove torrent</source>
        <translation>Torrent &amp;entfernen</translation>
    </message>
    <message>
        <source>Remove the torrent from the list; Settings say what happens to its downloaded files</source>
        <translation>Den Torrent aus der Liste entfernen; was mit seinen heruntergeladenen Dateien geschieht, legen die Einstellungen fest</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Play/Pause</source>
        <translation>&amp;Wiedergabe/Pause</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>&amp;Copy stream URL</source>
        <translation>Stream-URL &amp;kopieren</translation>
    </message>
    <message>
        <source>Open in &amp;external player</source>
        <translation>In &amp;externem Player öffnen</translation>
    </message>
    <message>
        <source>&amp;About Swarmplay</source>
        <translation>Ü&amp;ber Swarmplay</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Open what the clipboard holds</source>
        <translation>Öffnen, was in der Zwischenablage liegt</translation>
    </message>
    <message>
        <source>Torrents</source>
        <translation>Torrents</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot download: %2</source>
        <translation>„%1“ kann nicht herunterladen: %2</translation>
    </message>
</context>
<context>
    <name>swarmplay::MessageBar</name>
    <message>
        <source>Close this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
</context>
<context>
    <name>swarmplay::NextEpisode</name>
    <message>
        <source>Up next: %1</source>
        <translation>Als Nächstes: %1</translation>
    </message>
    <message>
        <source>Play now (N)</source>
        <translation>Jetzt abspielen (N)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Verwerfen</translation>
    </message>
</context>
<context>
    <name>swarmplay::OpenSourceDialog</name>
    <message>
        <source>Magnet link for the torrent %1; its name and files come from the swarm.</source>
        <translation>Magnet-Link für den Torrent %1; Name und Dateien kommen aus dem Schwarm.</translation>
    </message>
    <message>
        <source>Magnet link for “%1”.</source>
        <translation>Magnet-Link für „%1“.</translation>
    </message>
    <message>
        <source>A .torrent file to download from %1.</source>
        <translation>Eine .torrent-Datei, herunterzuladen von %1.</translation>
    </message>
    <message>
        <source>Torrent file “%1”.</source>
        <translation>Torrent-Datei „%1“.</translation>
    </message>
    <message>
        <source>Open Magnet or URL</source>
        <translation>Magnet-Link oder URL öffnen</translation>
    </message>
    <message>
        <source>&amp;Magnet link, info hash or web address of a .torrent file:</source>
        <translation>&amp;Magnet-Link, Info-Hash oder Webadresse einer .torrent-Datei:</translation>
    </message>
    <message>
        <source>magnet:?xt=urn:btih:…</source>
        <translation>magnet:?xt=urn:btih:…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
</context>
<context>
    <name>swarmplay::PeerListModel</name>
    <message>
        <source>downloading: we want its pieces and it sends them</source>
        <translation>Herunterladen: Wir wollen seine Teile und er sendet sie</translation>
    </message>
    <message>
        <source>we want its pieces but it is not sending (choked)</source>
        <translation>Wir wollen seine Teile, aber er sendet nicht (gedrosselt)</translation>
    </message>
    <message>
        <source>uploading: it wants our pieces and we send them</source>
        <translation>Hochladen: Er will unsere Teile und wir senden sie</translation>
    </message>
    <message>
        <source>it wants our pieces but we are not sending (choked)</source>
        <translation>Er will unsere Teile, aber wir senden nicht (gedrosselt)</translation>
    </message>
    <message>
        <source>optimistic unchoke: sent to on trial</source>
        <translation>Optimistisches Freigeben: probeweise beliefert</translation>
    </message>
    <message>
        <source>snubbed: it stopped sending to us</source>
        <translation>Abgewiesen: Er sendet uns nichts mehr</translation>
    </message>
    <message>
        <source>incoming connection</source>
        <translation>Eingehende Verbindung</translation>
    </message>
    <message>
        <source>encrypted connection</source>
        <translation>Verschlüsselte Verbindung</translation>
    </message>
    <message>
        <source>connected over uTP</source>
        <translation>Über uTP verbunden</translation>
    </message>
    <message>
        <source>found through peer exchange (PEX)</source>
        <translation>Über Peer-Austausch (PEX) gefunden</translation>
    </message>
    <message>
        <source>found through the DHT</source>
        <translation>Über das DHT gefunden</translation>
    </message>
    <message>
        <source>found through local peer discovery</source>
        <translation>Über lokale Peer-Suche gefunden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (a seed: it has the whole torrent)</source>
        <translation>%1 (ein Seeder: Er hat den ganzen Torrent)</translation>
    </message>
    <message>
        <source>uTP</source>
        <translation>uTP</translation>
    </message>
    <message>
        <source>TCP</source>
        <translation>TCP</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Download</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Upload</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
</context>
<context>
    <name>swarmplay::PlayBenchmark</name>
    <message>
        <source>Cannot make a temporary folder for the run&apos;s state and data.</source>
        <translation>Es kann kein temporärer Ordner für Zustand und Daten des Laufs angelegt werden.</translation>
    </message>
    <message>
        <source>No frame within %1 s of opening the source.</source>
        <translation>Kein Bild innerhalb von %1 s nach dem Öffnen der Quelle.</translation>
    </message>
    <message>
        <source>No frame within %1 s of the seek.</source>
        <translation>Kein Bild innerhalb von %1 s nach dem Spulen.</translation>
    </message>
</context>
<context>
    <name>swarmplay::PlayerControls</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <source>Volume: %1 %</source>
        <translation>Lautstärke: %1 %</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Ton an</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Stumm</translation>
    </message>
    <message>
        <source>Exit full screen</source>
        <translation>Vollbild verlassen</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Vollbild</translation>
    </message>
</context>
<context>
    <name>swarmplay::PlayerDevice</name>
    <message>
        <source>A torrent stream can only be read.</source>
        <translation>Ein Torrent-Stream kann nur gelesen werden.</translation>
    </message>
</context>
<context>
    <name>swarmplay::PlayerWidget</name>
    <message>
        <source>Player</source>
        <translation>Player</translation>
    </message>
    <message>
        <source>The torrent was removed</source>
        <translation>Der Torrent wurde entfernt</translation>
    </message>
    <message>
        <source>Playback stopped because the torrent is no longer open.</source>
        <translation>Die Wiedergabe wurde beendet, weil der Torrent nicht mehr geöffnet ist.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation>Vollbild verlassen</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Vollbild</translation>
    </message>
    <message>
        <source>Open in external player</source>
        <translation>In externem Player öffnen</translation>
    </message>
    <message>
        <source>The file cannot be opened</source>
        <translation>Die Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>The torrent&apos;s file could not be read. Try again, or check the download folder.</source>
        <translation>Die Datei des Torrents konnte nicht gelesen werden. Versuchen Sie es erneut, oder prüfen Sie den Download-Ordner.</translation>
    </message>
    <message>
        <source>The built-in player cannot decode this file. An external player such as VLC or mpv may play it.</source>
        <translation>Der eingebaute Player kann diese Datei nicht dekodieren. Ein externer Player wie VLC oder mpv kann sie vielleicht abspielen.</translation>
    </message>
    <message>
        <source>The built-in player cannot decode this file (%1). An external player such as VLC or mpv may play it.</source>
        <translation>Der eingebaute Player kann diese Datei nicht dekodieren (%1). Ein externer Player wie VLC oder mpv kann sie vielleicht abspielen.</translation>
    </message>
    <message>
        <source>This video cannot be played here</source>
        <translation>Dieses Video kann hier nicht abgespielt werden</translation>
    </message>
</context>
<context>
    <name>swarmplay::PrebufferView</name>
    <message>
        <source>Fetching metadata…</source>
        <translation>Metadaten werden abgerufen…</translation>
    </message>
    <message>
        <source>Connecting to peers…</source>
        <translation>Verbindung zu Peers wird aufgebaut…</translation>
    </message>
    <message>
        <source>Buffering…</source>
        <translation>Puffern…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>1 peer</source>
        <translation>1 Peer</translation>
    </message>
    <message numerus="yes">
        <source>%n peers</source>
        <translation>
            <numerusform>%n Peer</numerusform>
            <numerusform>%n Peers</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Open in external player</source>
        <translation>In externem Player öffnen</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>swarmplay::RemoteControl</name>
    <message>
        <source>Other programs cannot control Swarmplay: its local server is not running.</source>
        <translation>Andere Programme können Swarmplay nicht steuern: Der lokale Server läuft nicht.</translation>
    </message>
    <message>
        <source>Other programs cannot control Swarmplay: %1</source>
        <translation>Andere Programme können Swarmplay nicht steuern: %1</translation>
    </message>
</context>
<context>
    <name>swarmplay::ResumeKeeper</name>
    <message>
        <source>You stopped this video at %1.</source>
        <translation>Sie haben dieses Video bei %1 angehalten.</translation>
    </message>
    <message>
        <source>Resume from %1</source>
        <translation>Fortsetzen ab %1</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Von vorn beginnen</translation>
    </message>
</context>
<context>
    <name>swarmplay::SeekSlider</name>
    <message>
        <source>Seek</source>
        <translation>Spulen</translation>
    </message>
    <message>
        <source>Position in the video, in milliseconds</source>
        <translation>Position im Video, in Millisekunden</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>Heruntergeladen</translation>
    </message>
    <message>
        <source>Not downloaded yet</source>
        <translation>Noch nicht heruntergeladen</translation>
    </message>
</context>
<context>
    <name>swarmplay::SessionWorker</name>
    <message>
        <source>The engine is shutting down.</source>
        <translation>Die Engine wird beendet.</translation>
    </message>
    <message>
        <source>%1 must be downloaded before it can be added.</source>
        <translation>%1 muss heruntergeladen werden, bevor es hinzugefügt werden kann.</translation>
    </message>
    <message>
        <source>%1 cannot be added: %2.</source>
        <translation>%1 kann nicht hinzugefügt werden: %2.</translation>
    </message>
    <message>
        <source>The torrent could not be added: %1.</source>
        <translation>Der Torrent konnte nicht hinzugefügt werden: %1.</translation>
    </message>
    <message>
        <source>the file is missing</source>
        <translation>die Datei fehlt</translation>
    </message>
    <message>
        <source>The saved state of &quot;%1&quot; could not be read (%2). The torrent was added again and the data already downloaded is being checked; nothing is lost.</source>
        <translation>Der gespeicherte Zustand von „%1“ konnte nicht gelesen werden (%2). Der Torrent wurde neu hinzugefügt und die bereits heruntergeladenen Daten werden geprüft; nichts geht verloren.</translation>
    </message>
    <message>
        <source>&quot;%1:%2&quot; is not a peer address.</source>
        <translation>„%1:%2“ ist keine Peer-Adresse.</translation>
    </message>
    <message>
        <source>%1: the download folder can be written again; the download carries on.</source>
        <translation>%1: In den Download-Ordner kann wieder geschrieben werden; der Download geht weiter.</translation>
    </message>
</context>
<context>
    <name>swarmplay::SettingsDialog</name>
    <message>
        <source> KiB/s</source>
        <translation> KiB/s</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Keep the downloaded files</source>
        <translation>Die heruntergeladenen Dateien behalten</translation>
    </message>
    <message>
        <source>Delete the downloaded files</source>
        <translation>Die heruntergeladenen Dateien löschen</translation>
    </message>
    <message>
        <source>Ask each time</source>
        <translation>Jedes Mal fragen</translation>
    </message>
    <message>
        <source>Download &amp;folder:</source>
        <translation>Download-&amp;Ordner:</translation>
    </message>
    <message>
        <source>When a torrent is &amp;removed:</source>
        <translation>Wenn ein Torrent &amp;entfernt wird:</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Find peers through the &amp;DHT</source>
        <translation>Peers über das &amp;DHT finden</translation>
    </message>
    <message>
        <source>Find peers on the &amp;local network</source>
        <translation>Peers im &amp;lokalen Netzwerk finden</translation>
    </message>
    <message>
        <source>Open the port on the router (&amp;UPnP, NAT-PMP)</source>
        <translation>Den Port am Router öffnen (&amp;UPnP, NAT-PMP)</translation>
    </message>
    <message>
        <source>Listen &amp;port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Do&amp;wnload limit:</source>
        <translation>Do&amp;wnload-Limit:</translation>
    </message>
    <message>
        <source>U&amp;pload limit:</source>
        <translation>U&amp;pload-Limit:</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>A new language takes effect the next time Swarmplay starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Swarmplay.</translation>
    </message>
    <message>
        <source>&amp;Subtitle size:</source>
        <translation>&amp;Untertitelgröße:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Download folder</source>
        <translation>Download-Ordner</translation>
    </message>
    <message>
        <source>The listen port must be a number from 1 to 65535; &quot;%1&quot; is not.</source>
        <translation>Der Port muss eine Zahl von 1 bis 65535 sein; „%1“ ist keine.</translation>
    </message>
    <message>
        <source>Port %1 is in use by another program. Choose another port.</source>
        <translation>Port %1 wird von einem anderen Programm benutzt. Wählen Sie einen anderen Port.</translation>
    </message>
    <message>
        <source>The settings cannot be saved to %1. Check that the disk is writable.</source>
        <translation>Die Einstellungen können nicht in %1 gespeichert werden. Prüfen Sie, ob auf das Laufwerk geschrieben werden kann.</translation>
    </message>
    <message>
        <source>The settings are saved but the engine refused them: %1</source>
        <translation>Die Einstellungen sind gespeichert, aber die Engine hat sie abgelehnt: %1</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>0 = no limit</source>
        <translation>0 = kein Limit</translation>
    </message>
    <message>
        <source>GiB (0 = no limit)</source>
        <translation>GiB (0 = kein Limit)</translation>
    </message>
    <message>
        <source>When over the limit, delete the files of the least recently watched torrents without &amp;asking</source>
        <translation>Bei Überschreiten des Limits die Dateien der am längsten nicht angesehenen Torrents ohne &amp;Nachfrage löschen</translation>
    </message>
    <message>
        <source>Si&amp;ze limit:</source>
        <translation>&amp;Größenlimit:</translation>
    </message>
    <message>
        <source>The library&apos;s size limit must be a number of GiB, such as 50, or 0 for no limit; &quot;%1&quot; is not.</source>
        <translation>Das Größenlimit der Bibliothek muss eine Zahl in GiB sein, etwa 50, oder 0 für kein Limit; „%1“ ist keine.</translation>
    </message>
    <message>
        <source>Allow other programs to &amp;control Swarmplay</source>
        <translation>Anderen Programmen erlauben, Swarmplay zu &amp;steuern</translation>
    </message>
    <message>
        <source>Media centres and scripts on this computer can then add torrents, stream and watch what happens through a local API. Programs on other computers cannot.</source>
        <translation>Mediacenter und Skripte auf diesem Computer können dann über eine lokale Schnittstelle Torrents hinzufügen, streamen und verfolgen, was geschieht. Programme auf anderen Computern können das nicht.</translation>
    </message>
    <message>
        <source>Swarmplay&apos;s language, or a list such as en, de</source>
        <translation>Die Sprache von Swarmplay, oder eine Liste wie de, en</translation>
    </message>
    <message>
        <source>The languages whose subtitles show when you have not chosen any for a video, most wanted first: ISO 639 codes or names, separated by commas. The first of them found among the video&apos;s subtitles is shown. When none is there, a forced track in the language of the audio (signs, foreign lines) shows on its own. Left empty: the language of Swarmplay&apos;s interface.</source>
        <translation>Die Sprachen, deren Untertitel erscheinen, wenn Sie für ein Video keine gewählt haben, die liebste zuerst: ISO-639-Codes oder Namen, durch Kommas getrennt. Gezeigt wird die erste davon, die unter den Untertiteln des Videos vorkommt. Ist keine davon dabei, erscheint eine erzwungene Spur in der Sprache des Tons (Schilder, fremdsprachige Zeilen) von selbst. Leer: die Sprache der Oberfläche von Swarmplay.</translation>
    </message>
    <message>
        <source>Subtitle la&amp;nguages:</source>
        <translation>Untertitelsp&amp;rachen:</translation>
    </message>
    <message>
        <source>Off: a video starts as soon as its first bytes arrive, before the piece they belong to is whole and checked. A piece a peer sent wrong is fetched again, and the picture may show a glitch until then. On: playback waits for each piece to be whole and checked, which takes longer when pieces are large.</source>
        <translation>Aus: Ein Video beginnt, sobald seine ersten Bytes ankommen, bevor der Teil, zu dem sie gehören, vollständig und geprüft ist. Einen Teil, den ein Peer fehlerhaft gesendet hat, lädt Swarmplay erneut herunter; bis dahin kann das Bild kurz gestört sein. Ein: Die Wiedergabe wartet, bis jeder Teil vollständig und geprüft ist; bei großen Teilen dauert das länger.</translation>
    </message>
    <message>
        <source>Check every piece &amp;before playing it</source>
        <translation>Jeden Teil vor dem A&amp;bspielen prüfen</translation>
    </message>
</context>
<context>
    <name>swarmplay::SingleInstance</name>
    <message>
        <source>Swarmplay is already running but did not answer within %1 seconds. Close it, or open another window with --new-instance.</source>
        <translation>Swarmplay läuft bereits, hat aber nicht innerhalb von %1 Sekunden geantwortet. Schließen Sie es, oder öffnen Sie mit --new-instance ein weiteres Fenster.</translation>
    </message>
    <message>
        <source>Swarmplay cannot tell whether it is already running (%1), so this window will not receive what you open later from elsewhere.</source>
        <translation>Swarmplay kann nicht feststellen, ob es bereits läuft (%1), daher erhält dieses Fenster nicht, was Sie später von anderswo öffnen.</translation>
    </message>
    <message>
        <source>Later launches of Swarmplay cannot reach this window (%1); each will open a window of its own.</source>
        <translation>Spätere Starts von Swarmplay erreichen dieses Fenster nicht (%1); jeder öffnet ein eigenes Fenster.</translation>
    </message>
</context>
<context>
    <name>swarmplay::SourceOpener</name>
    <message>
        <source>There is nothing to open. Give a .torrent file, a magnet link, an info hash or the web address of a .torrent.</source>
        <translation>Es gibt nichts zu öffnen. Geben Sie eine .torrent-Datei, einen Magnet-Link, einen Info-Hash oder die Webadresse einer .torrent-Datei an.</translation>
    </message>
</context>
<context>
    <name>swarmplay::StatusBarWidget</name>
    <message>
        <source>↓ %1</source>
        <translation>↓ %1</translation>
    </message>
    <message>
        <source>Download rate (%1 downloaded this session)</source>
        <translation>Download-Rate (%1 in dieser Sitzung heruntergeladen)</translation>
    </message>
    <message>
        <source>↑ %1</source>
        <translation>↑ %1</translation>
    </message>
    <message>
        <source>Upload rate (%1 uploaded this session)</source>
        <translation>Upload-Rate (%1 in dieser Sitzung hochgeladen)</translation>
    </message>
    <message>
        <source>1 peer</source>
        <translation>1 Peer</translation>
    </message>
    <message numerus="yes">
        <source>%n peers</source>
        <translation>
            <numerusform>%n Peer</numerusform>
            <numerusform>%n Peers</numerusform>
        </translation>
    </message>
    <message>
        <source>Peers connected, all torrents</source>
        <translation>Verbundene Peers, alle Torrents</translation>
    </message>
    <message>
        <source>DHT off</source>
        <translation>DHT aus</translation>
    </message>
    <message>
        <source>DHT: 1 node</source>
        <translation>DHT: 1 Knoten</translation>
    </message>
    <message numerus="yes">
        <source>DHT: %n nodes</source>
        <translation>
            <numerusform>DHT: %n Knoten</numerusform>
            <numerusform>DHT: %n Knoten</numerusform>
        </translation>
    </message>
    <message>
        <source>Nodes in the distributed hash table, which finds peers without trackers</source>
        <translation>Knoten in der verteilten Hashtabelle (DHT), die Peers ohne Tracker findet</translation>
    </message>
    <message>
        <source>⚠ Not reachable</source>
        <translation>⚠ Nicht erreichbar</translation>
    </message>
    <message>
        <source>Swarmplay could not listen for incoming connections: %1. Downloads still work, but fewer peers can reach you; choose another port in the settings.</source>
        <translation>Swarmplay konnte keine eingehenden Verbindungen annehmen: %1. Downloads funktionieren weiterhin, aber weniger Peers können Sie erreichen; wählen Sie in den Einstellungen einen anderen Port.</translation>
    </message>
</context>
<context>
    <name>swarmplay::StreamPreparer</name>
    <message>
        <source>No peers found…</source>
        <translation>Keine Peers gefunden…</translation>
    </message>
    <message numerus="yes">
        <source>No one sharing this torrent answered for %n second(s). It may have no seeders right now, or the network blocks BitTorrent. Try again later.</source>
        <translation>
            <numerusform>Niemand, der diesen Torrent teilt, hat seit %n Sekunde geantwortet. Vielleicht gibt es gerade keine Seeder, oder das Netzwerk blockiert BitTorrent. Versuchen Sie es später erneut.</numerusform>
            <numerusform>Niemand, der diesen Torrent teilt, hat seit %n Sekunden geantwortet. Vielleicht gibt es gerade keine Seeder, oder das Netzwerk blockiert BitTorrent. Versuchen Sie es später erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>This file is not in the torrent</source>
        <translation>Diese Datei ist nicht im Torrent</translation>
    </message>
    <message>
        <source>The torrent has no file number %1. Choose another file.</source>
        <translation>Der Torrent hat keine Datei Nummer %1. Wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>“%1” cannot be played</source>
        <translation>„%1“ kann nicht abgespielt werden</translation>
    </message>
    <message>
        <source>Swarmplay plays video and audio; this file is listed as %1. Open it from the download folder once it has downloaded.</source>
        <translation>Swarmplay spielt Video und Audio ab; diese Datei ist als %1 eingeordnet. Öffnen Sie sie aus dem Download-Ordner, sobald sie heruntergeladen ist.</translation>
    </message>
</context>
<context>
    <name>swarmplay::StreamServer</name>
    <message>
        <source>The stream server is already listening on port %1.</source>
        <translation>Der Stream-Server nimmt bereits auf Port %1 Verbindungen an.</translation>
    </message>
    <message>
        <source>The stream server only listens on this computer&apos;s loopback address (127.0.0.1 or ::1), not on %1: other machines must not reach it. Choose a loopback address.</source>
        <translation>Der Stream-Server nimmt nur auf der Loopback-Adresse dieses Computers (127.0.0.1 oder ::1) Verbindungen an, nicht auf %1: Andere Rechner dürfen ihn nicht erreichen. Wählen Sie eine Loopback-Adresse.</translation>
    </message>
    <message>
        <source>The stream server cannot listen on %1, port %2: %3. Choose another port or quit the program that uses it.</source>
        <translation>Der Stream-Server kann auf %1, Port %2 keine Verbindungen annehmen: %3. Wählen Sie einen anderen Port oder beenden Sie das Programm, das ihn benutzt.</translation>
    </message>
</context>
<context>
    <name>swarmplay::SubtitleController</name>
    <message>
        <source>“%1” could not be read from the torrent.</source>
        <translation>„%1“ konnte nicht aus dem Torrent gelesen werden.</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: %2</source>
        <translation>„%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>“%1” is too large to be a subtitle file.</source>
        <translation>„%1“ ist zu groß für eine Untertiteldatei.</translation>
    </message>
    <message>
        <source>Load subtitles</source>
        <translation>Untertitel laden</translation>
    </message>
    <message>
        <source>Subtitles (*.srt *.vtt);;All files (*)</source>
        <translation>Untertitel (*.srt *.vtt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Subtitle delay: %1 s</source>
        <translation>Untertitelverzögerung: %1 s</translation>
    </message>
    <message>
        <source>Subtitle size: %1 %</source>
        <translation>Untertitelgröße: %1 %</translation>
    </message>
    <message>
        <source>Load subtitles from file…</source>
        <translation>Untertitel aus Datei laden…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>cannot be shown: %1</source>
        <translation>kann nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <source>The subtitles “%1” cannot be shown: %2</source>
        <translation>Die Untertitel „%1“ können nicht angezeigt werden: %2</translation>
    </message>
</context>
<context>
    <name>swarmplay::SubtitleFetcher</name>
    <message>
        <source>“%1” is too large to be a subtitle file.</source>
        <translation>„%1“ ist zu groß für eine Untertiteldatei.</translation>
    </message>
    <message numerus="yes">
        <source>The subtitles “%1” did not arrive within %n second(s); the video plays without them. Choose them in the Subtitles menu to try again.</source>
        <translation>
            <numerusform>Die Untertitel „%1“ sind nicht innerhalb von %n Sekunde angekommen; das Video läuft ohne sie. Wählen Sie sie im Menü Untertitel, um es erneut zu versuchen.</numerusform>
            <numerusform>Die Untertitel „%1“ sind nicht innerhalb von %n Sekunden angekommen; das Video läuft ohne sie. Wählen Sie sie im Menü Untertitel, um es erneut zu versuchen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The subtitles “%1” could not be read from the torrent.</source>
        <translation>Die Untertitel „%1“ konnten nicht aus dem Torrent gelesen werden.</translation>
    </message>
</context>
<context>
    <name>swarmplay::SubtitleMenu</name>
    <message>
        <source>Track %1</source>
        <translation>Spur %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>language — track title</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (forced)</source>
        <translation>%1 (erzwungen)</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <source>Looking for subtitles…</source>
        <translation>Untertitel werden gesucht…</translation>
    </message>
    <message>
        <source>No subtitles</source>
        <translation>Keine Untertitel</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>&amp;Load subtitles from file…</source>
        <translation>Untertitel aus Datei &amp;laden…</translation>
    </message>
    <message>
        <source>Subtitles earlier (−0.1 s)</source>
        <translation>Untertitel früher (−0,1 s)</translation>
    </message>
    <message>
        <source>Subtitles later (+0.1 s)</source>
        <translation>Untertitel später (+0,1 s)</translation>
    </message>
    <message>
        <source>Larger subtitles</source>
        <translation>Größere Untertitel</translation>
    </message>
    <message>
        <source>Smaller subtitles</source>
        <translation>Kleinere Untertitel</translation>
    </message>
    <message>
        <source>%1 (downloading…)</source>
        <translation>%1 (wird heruntergeladen…)</translation>
    </message>
    <message>
        <source>%1 (cannot be shown)</source>
        <translation>%1 (nicht darstellbar)</translation>
    </message>
    <message>
        <source>%1 (cannot be read)</source>
        <translation>%1 (nicht lesbar)</translation>
    </message>
</context>
<context>
    <name>swarmplay::SubtitleOverlay</name>
    <message>
        <source>Subtitles</source>
        <translation>Untertitel</translation>
    </message>
</context>
<context>
    <name>swarmplay::TorrentListModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Waiting for the torrent&apos;s metadata</source>
        <translation>Warte auf die Metadaten des Torrents</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 connected, %2 of them seeds</source>
        <translation>%1 verbunden, davon %2 Seeder</translation>
    </message>
    <message>
        <source>%1 chosen of %2 in the torrent</source>
        <translation>%1 gewählt von %2 im Torrent</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Download</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Upload</translation>
    </message>
    <message>
        <source>Peers</source>
        <translation>Peers</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
</context>
<context>
    <name>swarmplay::TorrentStreamDevice</name>
    <message>
        <source>A torrent stream can only be read.</source>
        <translation>Ein Torrent-Stream kann nur gelesen werden.</translation>
    </message>
</context>
<context>
    <name>swarmplay::TorrentView</name>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Copy stream URL</source>
        <translation>Stream-URL kopieren</translation>
    </message>
    <message>
        <source>Open in external player</source>
        <translation>In externem Player öffnen</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Peers</source>
        <translation>Peers</translation>
    </message>
    <message>
        <source>Trackers</source>
        <translation>Tracker</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
</context>
<context>
    <name>swarmplay::TrackMenu</name>
    <message>
        <source>&amp;Audio track</source>
        <translation>&amp;Tonspur</translation>
    </message>
    <message>
        <source>&amp;Subtitles</source>
        <translation>&amp;Untertitel</translation>
    </message>
    <message>
        <source>Track %1</source>
        <translation>Spur %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>language — track title</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No audio tracks</source>
        <translation>Keine Tonspuren</translation>
    </message>
</context>
<context>
    <name>swarmplay::TrackerListModel</name>
    <message>
        <source>Peers still downloading, as the tracker last counted them</source>
        <translation>Peers, die noch herunterladen, laut der letzten Zählung des Trackers</translation>
    </message>
    <message>
        <source>Peers with the whole torrent, as the tracker last counted them</source>
        <translation>Peers mit dem ganzen Torrent, laut der letzten Zählung des Trackers</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Peers</source>
        <translation>Peers</translation>
    </message>
    <message>
        <source>Seeds</source>
        <translation>Seeder</translation>
    </message>
    <message>
        <source>Next announce</source>
        <translation>Nächste Anmeldung</translation>
    </message>
</context>
<context>
    <name>swarmplay::VideoView</name>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
</context>
<context>
    <name>swarmplay::engine::ApiClient</name>
    <message>
        <source>No Swarmplay window allows control: there is no %1. In the window, turn on Settings ▸ &quot;Allow other programs to control Swarmplay&quot;.</source>
        <translation>Kein Swarmplay-Fenster erlaubt die Steuerung: %1 gibt es nicht. Schalten Sie im Fenster Einstellungen ▸ „Anderen Programmen die Steuerung von Swarmplay erlauben“ ein.</translation>
    </message>
    <message>
        <source>No swarmplay-engine daemon is running: there is no %1. Start one with swarmplay-engine daemon.</source>
        <translation>Es läuft kein swarmplay-engine-Daemon: %1 gibt es nicht. Starten Sie einen mit swarmplay-engine daemon.</translation>
    </message>
    <message>
        <source>Nothing answers at %1, the address in %2 (%3). The engine may have stopped without removing that file; start it again.</source>
        <translation>Unter %1, der Adresse in %2, antwortet nichts (%3). Die Engine wurde vielleicht beendet, ohne diese Datei zu entfernen; starten Sie sie erneut.</translation>
    </message>
    <message>
        <source>The engine at %1 refused the token in %2: that file is from another run. Start the engine again, or check that no other program replaced the file.</source>
        <translation>Die Engine unter %1 hat das Token in %2 abgelehnt: Diese Datei stammt von einem anderen Lauf. Starten Sie die Engine erneut oder prüfen Sie, dass kein anderes Programm die Datei ersetzt hat.</translation>
    </message>
    <message>
        <source>The engine answered %1 %2.</source>
        <translation>Die Engine antwortete %1 %2.</translation>
    </message>
</context>
<context>
    <name>swarmplay::engine::DaemonCommand</name>
    <message>
        <source>--bind %1 is not a loopback address. The daemon&apos;s control API is for programs on this computer only: use 127.0.0.1 (the default) or ::1.</source>
        <translation>--bind %1 ist keine Loopback-Adresse. Die Steuer-API des Daemons ist nur für Programme auf diesem Computer: Verwenden Sie 127.0.0.1 (Standard) oder ::1.</translation>
    </message>
    <message>
        <source>The daemon cannot listen: %1</source>
        <translation>Der Daemon kann nicht lauschen: %1</translation>
    </message>
    <message>
        <source>Cannot make the state folder %1.</source>
        <translation>Der Zustandsordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Another swarmplay-engine daemon (pid %1) is using the state folder %2. Stop it first, or give this one a folder of its own with --state-dir.</source>
        <translation>Ein anderer swarmplay-engine-Daemon (PID %1) verwendet den Zustandsordner %2. Beenden Sie ihn zuerst oder geben Sie diesem mit --state-dir einen eigenen Ordner.</translation>
    </message>
    <message>
        <source>Cannot lock the state folder %1.</source>
        <translation>Der Zustandsordner %1 kann nicht gesperrt werden.</translation>
    </message>
    <message>
        <source>Daemon ready (state folder %1, torrents: %2). Control API: %3 (address and token in %4). Stop with Ctrl+C.</source>
        <translation>Daemon bereit (Zustandsordner %1, Torrents: %2). Steuer-API: %3 (Adresse und Token in %4). Beenden mit Strg+C.</translation>
    </message>
    <message>
        <source>Stopping at a client&apos;s request; the download state is saved.</source>
        <translation>Wird auf Wunsch eines Clients beendet; der Download-Zustand ist gespeichert.</translation>
    </message>
</context>
<context>
    <name>swarmplay::engine::DownloadCommand</name>
    <message>
        <source>the download did not complete in time.</source>
        <translation>der Download wurde nicht rechtzeitig fertig.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no file %2. Its files are numbered 0 to %3; `swarmplay-engine info` lists them.</source>
        <translation>„%1“ hat keine Datei %2. Seine Dateien sind von 0 bis %3 nummeriert; `swarmplay-engine info` listet sie auf.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Done: %1 of &quot;%2&quot; complete and verified in %3 s (%4 downloaded).</source>
        <translation>Fertig: %1 von „%2“ vollständig und geprüft in %3 s (%4 heruntergeladen).</translation>
    </message>
    <message>
        <source>No peers for 30 s. The torrent may have no seeds right now, or the network may block BitTorrent; still trying.</source>
        <translation>Seit 30 s keine Peers. Vielleicht hat der Torrent gerade keine Seeder, oder das Netzwerk blockiert BitTorrent; es wird weiter versucht.</translation>
    </message>
    <message>
        <source>%1  fetching metadata  %2 peers</source>
        <translation>%1  Metadaten werden abgerufen  %2 Peers</translation>
    </message>
    <message>
        <source>%1%  %2 of %3  %4  %5 peers (%6 seeds)  ETA %7  %8</source>
        <translation>%1 %  %2 von %3  %4  %5 Peers (%6 Seeder)  Restzeit %7  %8</translation>
    </message>
</context>
<context>
    <name>swarmplay::engine::EngineCommand</name>
    <message>
        <source>Ignoring --dht-node &quot;%1&quot;: expected host:port.</source>
        <translation>--dht-node „%1“ wird ignoriert: Host:Port erwartet.</translation>
    </message>
    <message>
        <source>Ignoring --peer &quot;%1&quot;: expected host:port.</source>
        <translation>--peer „%1“ wird ignoriert: Host:Port erwartet.</translation>
    </message>
    <message>
        <source>Gave up after %1 s: %2</source>
        <translation>Nach %1 s aufgegeben: %2</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Stopping; the download state is saved.</source>
        <translation>Wird beendet; der Download-Zustand ist gespeichert.</translation>
    </message>
    <message>
        <source>Fetching metadata from the swarm…</source>
        <translation>Metadaten werden vom Schwarm abgerufen…</translation>
    </message>
</context>
<context>
    <name>swarmplay::engine::InfoCommand</name>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>Es kann kein temporärer Ordner angelegt werden: %1</translation>
    </message>
    <message>
        <source>Fetching metadata from the swarm…</source>
        <translation>Metadaten werden vom Schwarm abgerufen…</translation>
    </message>
    <message>
        <source>no peer sent the metadata of this magnet link. Check that the swarm has peers, or open the .torrent file instead.</source>
        <translation>kein Peer hat die Metadaten dieses Magnet-Links geschickt. Prüfen Sie, ob der Schwarm Peers hat, oder öffnen Sie stattdessen die .torrent-Datei.</translation>
    </message>
</context>
<context>
    <name>swarmplay::engine::RemoteCommand</name>
    <message>
        <source>It was there already; its new trackers and peers were added.</source>
        <translation>Er war schon da; seine neuen Tracker und Peers wurden hinzugefügt.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 entfernt.</translation>
    </message>
    <message>
        <source>%1 is being removed.</source>
        <translation>%1 wird entfernt.</translation>
    </message>
    <message>
        <source>The engine closed the event stream.</source>
        <translation>Die Engine hat den Ereignisstrom geschlossen.</translation>
    </message>
    <message>
        <source>The engine closed the event stream: %1</source>
        <translation>Die Engine hat den Ereignisstrom geschlossen: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
</context>
<context>
    <name>swarmplay::engine::ServeCommand</name>
    <message>
        <source>serve streams one file; give --file once.</source>
        <translation>serve streamt eine Datei; geben Sie --file einmal an.</translation>
    </message>
    <message>
        <source>The stream server cannot listen: %1</source>
        <translation>Der Stream-Server kann keine Verbindungen annehmen: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no file %2; `swarmplay-engine info` lists its files.</source>
        <translation>„%1“ hat keine Datei %2; `swarmplay-engine info` listet seine Dateien auf.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no files.</source>
        <translation>„%1“ hat keine Dateien.</translation>
    </message>
    <message>
        <source>The stream server does not answer on port %1.</source>
        <translation>Der Stream-Server antwortet nicht auf Port %1.</translation>
    </message>
    <message>
        <source>Serving &quot;%1&quot; (%2). Playlist: %3. Stop with Ctrl+C.</source>
        <translation>„%1“ wird gestreamt (%2). Wiedergabeliste: %3. Beenden mit Strg+C.</translation>
    </message>
    <message>
        <source>[%1 s] %2  %3%  down %4  up %5  %6 peers (%7 seeds)  %8 readers  %9 ready ahead</source>
        <translation>[%1 s] %2  %3 %  Download %4  Upload %5  %6 Peers (%7 Seeder)  %8 Leser  %9 bereit voraus</translation>
    </message>
    <message>
        <source>(waiting: %1)</source>
        <translation>(wartet: %1)</translation>
    </message>
</context>
</TS>
