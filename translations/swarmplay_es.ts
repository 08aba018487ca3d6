<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AppSettings</name>
    <message>
        <source>The listen port must be a number from 1 to 65535; %1 is not.</source>
        <translation>El puerto de escucha debe ser un número de 1 a 65535; %1 no lo es.</translation>
    </message>
    <message>
        <source>A rate limit cannot be negative; use 0 for no limit.</source>
        <translation>Un límite de velocidad no puede ser negativo; use 0 para no limitar.</translation>
    </message>
    <message>
        <source>A rate limit of %1 KiB/s is more than any connection carries; use 0 for no limit.</source>
        <translation>Un límite de %1 KiB/s supera lo que cualquier conexión transmite; use 0 para no limitar.</translation>
    </message>
    <message>
        <source>Choose a download folder.</source>
        <translation>Elija una carpeta de descargas.</translation>
    </message>
    <message>
        <source>The download folder must be a full path, such as %1.</source>
        <translation>La carpeta de descargas debe ser una ruta completa, como %1.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder. Choose a folder for downloads.</source>
        <translation>%1 es un archivo, no una carpeta. Elija una carpeta para las descargas.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created. Choose a folder you can write to.</source>
        <translation>No se puede crear la carpeta %1. Elija una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
        <source>Swarmplay cannot write into %1. Choose a folder you can write to.</source>
        <translation>Swarmplay no puede escribir en %1. Elija una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
        <source>The subtitle size must be from %1 to %2 points.</source>
        <translation>El tamaño de los subtítulos debe estar entre %1 y %2 puntos.</translation>
    </message>
    <message>
        <source>Swarmplay has no translation for &quot;%1&quot;.</source>
        <translation>Swarmplay no tiene traducción para «%1».</translation>
    </message>
    <message>
        <source>The library&apos;s size limit cannot be negative; use 0 for no limit.</source>
        <translation>El límite de tamaño de la biblioteca no puede ser negativo; use 0 para no limitar.</translation>
    </message>
    <message>
        <source>A library size limit of %1 GiB is more than any disk holds; use 0 for no limit.</source>
        <translation>Un límite de biblioteca de %1 GiB supera lo que cabe en cualquier disco; use 0 para no limitar.</translation>
    </message>
    <message>
        <source>A library size limit of %1 GiB is more than the whole disk holding %2 (%3 GiB); choose less, or 0 for no limit.</source>
        <translation>Un límite de biblioteca de %1 GiB supera todo el disco en el que está %2 (%3 GiB); elija menos, o 0 para no limitar.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language Swarmplay knows. Write ISO 639 codes such as en or deu, or names such as German, separated by commas.</source>
        <translation>«%1» no es un idioma que Swarmplay conozca. Escriba códigos ISO 639 como es o eng, o nombres como español, separados por comas.</translation>
    </message>
    <message>
        <source>its layout</source>
        <translation>su estructura</translation>
    </message>
    <message>
        <source>The settings file &quot;%1&quot; is damaged (%2): those settings are back to their defaults. A copy was kept as &quot;%3&quot;.</source>
        <translation>El archivo de configuración «%1» está dañado (%2): esos ajustes vuelven a sus valores predeterminados. Se conservó una copia como «%3».</translation>
    </message>
    <message>
        <source>The settings &quot;%1&quot; are damaged (%2): those settings are back to their defaults.</source>
        <translation>La configuración «%1» está dañada (%2): esos ajustes vuelven a sus valores predeterminados.</translation>
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
        <translation>%1 contiene preferencias que este motor no puede usar: %2 Corrija o elimine el archivo.</translation>
    </message>
    <message>
        <source>The changed settings cannot be kept in %1: %2</source>
        <translation>Las preferencias modificadas no se pueden guardar en %1: %2</translation>
    </message>
</context>
<context>
    <name>DiscoveryFile</name>
    <message>
        <source>This system has no folder for runtime files ($XDG_RUNTIME_DIR), so other programs cannot find the engine.</source>
        <translation>Este sistema no tiene carpeta para archivos de ejecución ($XDG_RUNTIME_DIR), así que otros programas no pueden encontrar el motor.</translation>
    </message>
    <message>
        <source>Cannot make the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>No se puede escribir %1: %2.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>No se puede leer %1: %2.</translation>
    </message>
    <message>
        <source>%1 is damaged: it names no API address and token.</source>
        <translation>%1 está dañado: no indica ninguna dirección de API ni token.</translation>
    </message>
</context>
<context>
    <name>DiskUsage</name>
    <message>
        <source>&quot;%1&quot; could not be deleted: %2</source>
        <translation>No se pudo eliminar «%1»: %2</translation>
    </message>
</context>
<context>
    <name>EngineOptions</name>
    <message>
        <source>the torrent to open</source>
        <translation>el torrent que abrir</translation>
    </message>
    <message>
        <source>info: print JSON instead of a table.</source>
        <translation>info: mostrar JSON en lugar de una tabla.</translation>
    </message>
    <message>
        <source>download: fetch only file N (repeatable; see info).</source>
        <translation>download: descargar solo el archivo N (repetible; vea info).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <source>Give up after this many seconds (0 = never; info on a magnet waits 120 s).</source>
        <translation>Abandonar tras estos segundos (0 = nunca; info con un enlace magnet espera 120 s).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>BitTorrent listen address (default 0.0.0.0:6881,[::]:6881).</source>
        <translation>Dirección de escucha de BitTorrent (predeterminada: 0.0.0.0:6881,[::]:6881).</translation>
    </message>
    <message>
        <source>addr:port</source>
        <translation>dirección:puerto</translation>
    </message>
    <message>
        <source>addr</source>
        <translation>dirección</translation>
    </message>
    <message>
        <source>BitTorrent listen port (default 6881).</source>
        <translation>Puerto de escucha de BitTorrent (predeterminado: 6881).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>puerto</translation>
    </message>
    <message>
        <source>Connect to this peer directly (repeatable).</source>
        <translation>Conectar directamente con este par (repetible).</translation>
    </message>
    <message>
        <source>host:port</source>
        <translation>host:puerto</translation>
    </message>
    <message>
        <source>Join the DHT through this node (repeatable).</source>
        <translation>Unirse a la DHT a través de este nodo (repetible).</translation>
    </message>
    <message>
        <source>Do not use the DHT.</source>
        <translation>No usar la DHT.</translation>
    </message>
    <message>
        <source>Do not contact the public DHT routers.</source>
        <translation>No contactar con los enrutadores públicos de la DHT.</translation>
    </message>
    <message>
        <source>Do not use local service discovery.</source>
        <translation>No usar el descubrimiento de servicios locales (LSD).</translation>
    </message>
    <message>
        <source>Do not exchange peers with peers.</source>
        <translation>No intercambiar pares con otros pares (PEX).</translation>
    </message>
    <message>
        <source>Do not use uTP.</source>
        <translation>No usar uTP.</translation>
    </message>
    <message>
        <source>Do not use TCP.</source>
        <translation>No usar TCP.</translation>
    </message>
    <message>
        <source>Do not map the port with UPnP.</source>
        <translation>No abrir el puerto con UPnP.</translation>
    </message>
    <message>
        <source>Do not map the port with NAT-PMP.</source>
        <translation>No abrir el puerto con NAT-PMP.</translation>
    </message>
    <message>
        <source>enabled (default), required or disabled.</source>
        <translation>enabled (predeterminado), required o disabled.</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>modo</translation>
    </message>
    <message>
        <source>Download limit in KiB/s (0 = none).</source>
        <translation>Límite de descarga en KiB/s (0 = ninguno).</translation>
    </message>
    <message>
        <source>KiB/s</source>
        <translation>KiB/s</translation>
    </message>
    <message>
        <source>Upload limit in KiB/s (0 = none).</source>
        <translation>Límite de subida en KiB/s (0 = ninguno).</translation>
    </message>
    <message>
        <source>Print no progress line.</source>
        <translation>No mostrar la línea de progreso.</translation>
    </message>
    <message>
        <source>%1 needs a source: a .torrent file, a magnet link, an info hash or a URL.</source>
        <translation>%1 necesita un origen: un archivo .torrent, un enlace magnet, un hash de información o una URL.</translation>
    </message>
    <message>
        <source>Only one source at a time; unexpected &quot;%1&quot;.</source>
        <translation>Solo se admite un origen; no se esperaba «%1».</translation>
    </message>
    <message>
        <source>--file takes a file number from the info command, not &quot;%1&quot;.</source>
        <translation>--file espera un número de archivo del comando info, no «%1».</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds.</source>
        <translation>--timeout espera un número de segundos.</translation>
    </message>
    <message>
        <source>--bind takes an IP address, not &quot;%1&quot;.</source>
        <translation>--bind espera una dirección IP, no «%1».</translation>
    </message>
    <message>
        <source>--encryption takes enabled, required or disabled.</source>
        <translation>--encryption espera enabled, required o disabled.</translation>
    </message>
    <message>
        <source>--%1 takes a rate in KiB/s.</source>
        <translation>--%1 espera una velocidad en KiB/s.</translation>
    </message>
    <message>
        <source>serve: print a status line every second.</source>
        <translation>serve: mostrar una línea de estado cada segundo.</translation>
    </message>
    <message>
        <source>Do not announce to HTTP or UDP trackers.</source>
        <translation>No anunciarse a rastreadores HTTP ni UDP.</translation>
    </message>
    <message>
        <source>Also make outgoing connections over uTP (slower to start).</source>
        <translation>Hacer también conexiones salientes por uTP (tardan más en empezar).</translation>
    </message>
    <message>
        <source>--%1 takes a number from 0 to 65535.</source>
        <translation>--%1 espera un número de 0 a 65535.</translation>
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
        <translation>El motor de Swarmplay, sin ventana.

Órdenes:
  info &lt;origen&gt;       muestra los metadatos y los archivos de un torrent
  download &lt;origen&gt;   descarga el torrent (o los archivos elegidos con --file)
  serve &lt;origen&gt;      transmite un archivo por HTTP local para cualquier reproductor; imprime su URL
  daemon              ejecuta un motor que otros programas controlan mediante su API local
  remote &lt;orden&gt;      controla un daemon en ejecución (remote --help lista sus órdenes)

Un origen es un archivo .torrent, un enlace magnet, un hash de información de 40 caracteres o una dirección http(s) de un archivo .torrent.</translation>
    </message>
    <message>
        <source>info, download, serve, daemon or remote</source>
        <translation>info, download, serve, daemon o remote</translation>
    </message>
    <message>
        <source>Folder the data is saved in (default: the current folder; daemon: Swarmplay in the Downloads folder).</source>
        <translation>Carpeta donde se guardan los datos (predeterminada: la carpeta actual; daemon: Swarmplay en la carpeta de descargas).</translation>
    </message>
    <message>
        <source>Folder for resume data (default: .swarmplay inside the download folder; daemon: its own folder in the user&apos;s data folder).</source>
        <translation>Carpeta para los datos de reanudación (predeterminada: .swarmplay dentro de la carpeta de descargas; daemon: una carpeta propia en la carpeta de datos del usuario).</translation>
    </message>
    <message>
        <source>Use only this local address for listening and outgoing connections (daemon: a loopback address).</source>
        <translation>Usar solo esta dirección local para escuchar y para las conexiones salientes (daemon: una dirección de loopback).</translation>
    </message>
    <message>
        <source>serve, daemon: HTTP port (default: any free port).</source>
        <translation>serve, daemon: puerto HTTP (predeterminado: cualquier puerto libre).</translation>
    </message>
    <message>
        <source>No command given; use info, download, serve, daemon or remote.</source>
        <translation>No se indicó ninguna orden; use info, download, serve, daemon o remote.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;; use info, download, serve, daemon or remote.</source>
        <translation>Orden desconocida «%1»; use info, download, serve, daemon o remote.</translation>
    </message>
    <message>
        <source>daemon takes no source; add torrents with swarmplay-engine remote add.</source>
        <translation>daemon no admite un origen; añada torrents con swarmplay-engine remote add.</translation>
    </message>
    <message>
        <source>serve, daemon: stream URLs get each block as it arrives, before its piece is checked (faster starts; a player may keep bytes a peer sent wrong).</source>
        <translation>serve, daemon: las URL de streaming reciben cada bloque en cuanto llega, antes de comprobar su pieza (arranque más rápido; un reproductor puede quedarse con bytes que un par envió mal).</translation>
    </message>
</context>
<context>
    <name>ExternalPlayer</name>
    <message>
        <source>No media player to hand the stream to: install VLC or mpv, or open this address in one yourself: %1</source>
        <translation>No hay ningún reproductor al que pasar la transmisión: instale VLC o mpv, o abra esta dirección directamente en uno: %1</translation>
    </message>
</context>
<context>
    <name>InfoFormat</name>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Info hash v1:</source>
        <translation>Hash de información v1:</translation>
    </message>
    <message>
        <source>none (v2-only torrent)</source>
        <translation>ninguno (torrent solo v2)</translation>
    </message>
    <message>
        <source>Info hash v2:</source>
        <translation>Hash de información v2:</translation>
    </message>
    <message>
        <source>none (v1-only torrent)</source>
        <translation>ninguno (torrent solo v1)</translation>
    </message>
    <message>
        <source>Pieces:</source>
        <translation>Piezas:</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Total size:</source>
        <translation>Tamaño total:</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 bytes)</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>Estructura:</translation>
    </message>
    <message numerus="yes">
        <source>multi-file (%n files)</source>
        <translation>
            <numerusform>varios archivos (%n archivo)</numerusform>
            <numerusform>varios archivos (%n archivos)</numerusform>
        </translation>
    </message>
    <message>
        <source>single file</source>
        <translation>un solo archivo</translation>
    </message>
    <message>
        <source>Private:</source>
        <translation>Privado:</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Created by:</source>
        <translation>Creado con:</translation>
    </message>
    <message>
        <source>Created on:</source>
        <translation>Creado el:</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Comentario:</translation>
    </message>
    <message>
        <source>Trackers:</source>
        <translation>Rastreadores:</translation>
    </message>
    <message>
        <source>none (DHT and peer exchange only)</source>
        <translation>ninguno (solo DHT e intercambio de pares)</translation>
    </message>
    <message>
        <source>tier %1  %2</source>
        <translation>nivel %1  %2</translation>
    </message>
    <message>
        <source>Web seeds:</source>
        <translation>Semillas web:</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Ruta</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>The library &quot;%1&quot; cannot be read (%2); it starts empty.</source>
        <translation>No se puede leer la biblioteca «%1» (%2); empieza vacía.</translation>
    </message>
    <message>
        <source>The library &quot;%1&quot; is damaged (%2), so it starts empty. The damaged file was kept as &quot;%3&quot;.</source>
        <translation>La biblioteca «%1» está dañada (%2), así que empieza vacía. El archivo dañado se conservó como «%3».</translation>
    </message>
    <message>
        <source>no list of torrents</source>
        <translation>falta la lista de torrents</translation>
    </message>
    <message>
        <source>Could not save the library to &quot;%1&quot;: %2</source>
        <translation>No se pudo guardar la biblioteca en «%1»: %2</translation>
    </message>
</context>
<context>
    <name>MediaKind</name>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Subtítulo</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivo comprimido</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
</context>
<context>
    <name>PlayChoice</name>
    <message>
        <source>&quot;%1&quot; has no video or audio file to play. Its files are listed below: tick the ones to download, or copy a file&apos;s stream URL (right-click) to open it in another program.</source>
        <translation>«%1» no tiene ningún archivo de vídeo o audio que reproducir. Sus archivos aparecen abajo: marque los que quiera descargar, o copie la URL de transmisión de un archivo (clic derecho) para abrirlo en otro programa.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a video or audio file, so Swarmplay does not play it. Its stream URL (right-click) opens it in another program.</source>
        <translation>«%1» no es un archivo de vídeo ni de audio, así que Swarmplay no lo reproduce. Su URL de transmisión (clic derecho) lo abre en otro programa.</translation>
    </message>
</context>
<context>
    <name>PlaybackMemory</name>
    <message>
        <source>Could not remember playback positions in &quot;%1&quot;: %2</source>
        <translation>No se pudieron guardar las posiciones de reproducción en «%1»: %2</translation>
    </message>
    <message>
        <source>The playback positions &quot;%1&quot; cannot be read (%2); playback starts from the beginning.</source>
        <translation>No se pueden leer las posiciones de reproducción «%1» (%2); la reproducción empieza desde el principio.</translation>
    </message>
    <message>
        <source>The playback positions &quot;%1&quot; are damaged (%2), so every file plays from the beginning. The damaged file was kept as &quot;%3&quot;.</source>
        <translation>Las posiciones de reproducción «%1» están dañadas (%2), así que cada archivo se reproduce desde el principio. El archivo dañado se conservó como «%3».</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
</context>
<context>
    <name>RemoteFormat</name>
    <message>
        <source>No torrents.</source>
        <translation>No hay torrents.</translation>
    </message>
    <message>
        <source>Info hash</source>
        <translation>Hash de información</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bajada</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subida</translation>
    </message>
    <message>
        <source>Peers</source>
        <translation>Pares</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>No files yet: the torrent&apos;s metadata has not arrived.</source>
        <translation>Aún no hay archivos: los metadatos del torrent no han llegado.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Elegido</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>waiting for the torrent&apos;s metadata</source>
        <translation>esperando los metadatos del torrent</translation>
    </message>
    <message>
        <source>%1: %2 of %3 ready, %4 to go</source>
        <translation>%1: %2 de %3 listos, faltan %4</translation>
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
        <translation>Controla un daemon de swarmplay-engine en ejecución (o, con --window, la ventana del reproductor).

Órdenes:
  add &lt;origen&gt;               añade un enlace magnet, un hash de información, una dirección http(s) o un archivo .torrent
  list                       lista los torrents
  files &lt;hash&gt;               lista los archivos de un torrent
  stream &lt;hash&gt; &lt;archivo&gt;    almacena en búfer un archivo e imprime su URL de transmisión para cualquier reproductor
  rm &lt;hash&gt;                  quita un torrent (sus archivos se quedan salvo con --delete-files)
  watch                      imprime los eventos del motor a medida que ocurren</translation>
    </message>
    <message>
        <source>add, list, files, stream, rm or watch</source>
        <translation>add, list, files, stream, rm o watch</translation>
    </message>
    <message>
        <source>Control the player window instead of the daemon.</source>
        <translation>Controlar la ventana del reproductor en lugar del daemon.</translation>
    </message>
    <message>
        <source>stream: bytes to have from the start of the file before the URL is printed.</source>
        <translation>stream: bytes que debe haber desde el principio del archivo antes de imprimir la URL.</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>bytes</translation>
    </message>
    <message>
        <source>rm: delete the downloaded files too.</source>
        <translation>rm: borrar también los archivos descargados.</translation>
    </message>
    <message>
        <source>remote needs a command: add, list, files, stream, rm or watch.</source>
        <translation>remote necesita una orden: add, list, files, stream, rm o watch.</translation>
    </message>
    <message>
        <source>Unknown remote command &quot;%1&quot;; use add, list, files, stream, rm or watch.</source>
        <translation>Orden de remote desconocida «%1»; use add, list, files, stream, rm o watch.</translation>
    </message>
    <message>
        <source>Usage: swarmplay-engine remote %1</source>
        <translation>Uso: swarmplay-engine remote %1</translation>
    </message>
    <message>
        <source>stream takes a file number from remote files, not &quot;%1&quot;.</source>
        <translation>stream espera un número de archivo de remote files, no «%1».</translation>
    </message>
    <message>
        <source>--prebuffer takes a number of bytes.</source>
        <translation>--prebuffer espera un número de bytes.</translation>
    </message>
</context>
<context>
    <name>RemovePrompt</name>
    <message>
        <source>Remove torrent</source>
        <translation>Quitar torrent</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; from the list. What should happen to the files it downloaded?</source>
        <translation>Quitar «%1» de la lista. ¿Qué debe pasar con los archivos que descargó?</translation>
    </message>
    <message>
        <source>Settings can make this choice for every torrent.</source>
        <translation>En las preferencias se puede fijar esta elección para todos los torrents.</translation>
    </message>
    <message>
        <source>&amp;Keep files</source>
        <translation>&amp;Conservar archivos</translation>
    </message>
    <message>
        <source>&amp;Delete files</source>
        <translation>&amp;Eliminar archivos</translation>
    </message>
    <message>
        <source>Remove from library</source>
        <translation>Quitar de la biblioteca</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; from the library? Swarmplay forgets it and where you stopped in it.</source>
        <translation>¿Quitar «%1» de la biblioteca? Swarmplay lo olvidará, junto con el punto en que lo dejó.</translation>
    </message>
    <message numerus="yes">
        <source>Remove these %n torrents from the library? Swarmplay forgets them and where you stopped in them.</source>
        <translation>
            <numerusform>¿Quitar este %n torrent de la biblioteca? Swarmplay lo olvidará, junto con el punto en que lo dejó.</numerusform>
            <numerusform>¿Quitar estos %n torrents de la biblioteca? Swarmplay los olvidará, junto con el punto en que dejó cada uno.</numerusform>
        </translation>
    </message>
    <message>
        <source>What should happen to the files they downloaded?</source>
        <translation>¿Qué debe pasar con los archivos descargados?</translation>
    </message>
</context>
<context>
    <name>ResumeStore</name>
    <message>
        <source>The folder &quot;%1&quot; cannot be created; the engine cannot remember its torrents. Check that the disk is writable.</source>
        <translation>No se puede crear la carpeta «%1»; el motor no podrá recordar sus torrents. Compruebe que se puede escribir en el disco.</translation>
    </message>
    <message>
        <source>Could not save &quot;%1&quot;: %2</source>
        <translation>No se pudo guardar «%1»: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged: %2</source>
        <translation>«%1» está dañado: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation>falta «%1»</translation>
    </message>
</context>
<context>
    <name>SessionEvent</name>
    <message>
        <source>%1: metadata received from the swarm; the file list is known.</source>
        <translation>%1: metadatos recibidos del enjambre; ya se conoce la lista de archivos.</translation>
    </message>
    <message>
        <source>%1: checking the data already on disk.</source>
        <translation>%1: comprobando los datos que ya hay en el disco.</translation>
    </message>
    <message>
        <source>%1: the saved download state did not match the files (%2); checking them again.</source>
        <translation>%1: el estado de descarga guardado no coincidía con los archivos (%2); se vuelven a comprobar.</translation>
    </message>
    <message>
        <source>%1: tracker %2 answered with %3 peers.</source>
        <translation>%1: el rastreador %2 respondió con %3 pares.</translation>
    </message>
    <message>
        <source>%1: tracker %2 failed: %3.</source>
        <translation>%1: el rastreador %2 falló: %3.</translation>
    </message>
    <message>
        <source>%1: tracker %2 warns: %3.</source>
        <translation>%1: el rastreador %2 advierte: %3.</translation>
    </message>
    <message>
        <source>%1: connected to peer %2.</source>
        <translation>%1: conectado al par %2.</translation>
    </message>
    <message>
        <source>%1: peer %2 left (%3).</source>
        <translation>%1: el par %2 se desconectó (%3).</translation>
    </message>
    <message>
        <source>%1: piece %2 failed the hash check and will be downloaded again.</source>
        <translation>%1: la pieza %2 no superó la comprobación de hash y se volverá a descargar.</translation>
    </message>
    <message>
        <source>%1: cannot %2 &quot;%3&quot;: %4. Check the disk and the download folder.</source>
        <translation>%1: «%3»: falló %2: %4. Compruebe el disco y la carpeta de descargas.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>%1: every chosen file is downloaded and verified.</source>
        <translation>%1: todos los archivos elegidos están descargados y verificados.</translation>
    </message>
    <message>
        <source>Listening for peers on %1 (%2).</source>
        <translation>Escuchando pares en %1 (%2).</translation>
    </message>
    <message>
        <source>Cannot listen for peers on %1: %2. Choose another port in the settings.</source>
        <translation>No se puede escuchar pares en %1: %2. Elija otro puerto en las preferencias.</translation>
    </message>
    <message>
        <source>Joined the DHT network.</source>
        <translation>Conectado a la red DHT.</translation>
    </message>
    <message>
        <source>%1: could not save the download state: %2.</source>
        <translation>%1: no se pudo guardar el estado de descarga: %2.</translation>
    </message>
</context>
<context>
    <name>SessionSettings</name>
    <message>
        <source>No folder is set for the engine&apos;s state (resume data).</source>
        <translation>No hay ninguna carpeta para el estado del motor (datos de reanudación).</translation>
    </message>
    <message>
        <source>No download folder is set.</source>
        <translation>No hay ninguna carpeta de descargas.</translation>
    </message>
    <message>
        <source>At least one of TCP and uTP must be enabled, or no peer can connect.</source>
        <translation>Debe estar activado al menos TCP o uTP; si no, ningún par puede conectarse.</translation>
    </message>
    <message>
        <source>Rate limits cannot be negative (0 means unlimited).</source>
        <translation>Los límites de velocidad no pueden ser negativos (0 significa sin límite).</translation>
    </message>
    <message>
        <source>The listen address is empty; use for example 0.0.0.0:6881.</source>
        <translation>La dirección de escucha está vacía; use por ejemplo 0.0.0.0:6881.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid listen address: it must end in :PORT with a port from 0 to 65535.</source>
        <translation>«%1» no es una dirección de escucha válida: debe terminar en :PUERTO con un puerto de 0 a 65535.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid address for outgoing connections.</source>
        <translation>«%1» no es una dirección válida para las conexiones salientes.</translation>
    </message>
    <message>
        <source>The resume data interval must be at least 100 ms.</source>
        <translation>El intervalo de los datos de reanudación debe ser de al menos 100 ms.</translation>
    </message>
</context>
<context>
    <name>SubtitleParser</name>
    <message>
        <source>“%1” is empty: there are no subtitles in it.</source>
        <translation>«%1» está vacío: no contiene subtítulos.</translation>
    </message>
    <message>
        <source>“%1” is not a subtitle file: it holds binary data, not text.</source>
        <translation>«%1» no es un archivo de subtítulos: contiene datos binarios, no texto.</translation>
    </message>
    <message>
        <source>“%1” is not a subtitle file Swarmplay can read: no cue with a start and an end time was found (SubRip .srt and WebVTT .vtt are supported).</source>
        <translation>«%1» no es un archivo de subtítulos que Swarmplay pueda leer: no se encontró ningún subtítulo con hora de inicio y de fin (se admiten SubRip .srt y WebVTT .vtt).</translation>
    </message>
</context>
<context>
    <name>SwarmplayOptions</name>
    <message>
        <source>Plays videos from BitTorrent while they download. Without a source it plays a demo video from a small swarm it runs itself.</source>
        <translation>Reproduce vídeos de BitTorrent mientras se descargan. Sin origen, reproduce un vídeo de demostración desde un pequeño enjambre que él mismo ejecuta.</translation>
    </message>
    <message>
        <source>Play the demo: a sample video made with ffmpeg, served by seeders on this computer at twice its bitrate.</source>
        <translation>Reproducir la demostración: un vídeo de muestra hecho con ffmpeg, servido por semillas en este equipo al doble de su tasa de bits.</translation>
    </message>
    <message>
        <source>Where to keep resume data and opened torrents (default: %1).</source>
        <translation>Dónde guardar los datos de reanudación y los torrents abiertos (predeterminado: %1).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>CARPETA</translation>
    </message>
    <message>
        <source>Where downloaded files go (default: %1).</source>
        <translation>Dónde van los archivos descargados (predeterminado: %1).</translation>
    </message>
    <message>
        <source>Play SOURCE offscreen with fresh state and print JSON figures: time to metadata, to the probe region and to the first frame, rebuffers, seek-to-frame latency, CPU while paused, peak memory.</source>
        <translation>Reproducir ORIGEN sin pantalla, con un estado nuevo, y mostrar cifras en JSON: tiempo hasta los metadatos, hasta la región de sondeo y hasta el primer fotograma, nuevos almacenamientos en búfer, latencia del salto al fotograma, CPU en pausa, memoria máxima.</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>ORIGEN</translation>
    </message>
    <message>
        <source>With --benchmark-play: seek to this fraction (0 to 1).</source>
        <translation>Con --benchmark-play: saltar a esta fracción (de 0 a 1).</translation>
    </message>
    <message>
        <source>FRACTION</source>
        <translation>FRACCIÓN</translation>
    </message>
    <message>
        <source>With --benchmark-play: play this many seconds.</source>
        <translation>Con --benchmark-play: reproducir estos segundos.</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEGUNDOS</translation>
    </message>
    <message>
        <source>Listen and connect from this IP address only. A loopback address (127.x.x.x, ::1) also turns off DHT, local peer discovery, UPnP and NAT-PMP, so nothing leaves this computer.</source>
        <translation>Escuchar y conectar solo desde esta dirección IP. Una dirección de bucle local (127.x.x.x, ::1) también desactiva la DHT, el descubrimiento de pares locales, UPnP y NAT-PMP, de modo que nada sale de este equipo.</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>DIRECCIÓN</translation>
    </message>
    <message>
        <source>Open a window of its own even when Swarmplay is already running. Otherwise the sources go to the window already open for the same user, display and state folder, and this launch exits.</source>
        <translation>Abrir una ventana propia aunque Swarmplay ya esté en marcha. Si no, los orígenes van a la ventana ya abierta para el mismo usuario, la misma pantalla y la misma carpeta de estado, y este inicio termina.</translation>
    </message>
    <message>
        <source>What to open: .torrent files, magnet links, info hashes or web addresses of .torrent files.</source>
        <translation>Qué abrir: archivos .torrent, enlaces magnet, hashes de información o direcciones web de archivos .torrent.</translation>
    </message>
    <message>
        <source>[FILE.torrent | MAGNET | URL | INFOHASH]...</source>
        <translation>[ARCHIVO.torrent | MAGNET | URL | HASH]...</translation>
    </message>
    <message>
        <source>--state-dir and --download-dir need a folder.</source>
        <translation>--state-dir y --download-dir necesitan una carpeta.</translation>
    </message>
    <message>
        <source>--bind takes an IP address, not &quot;%1&quot;.</source>
        <translation>--bind espera una dirección IP, no «%1».</translation>
    </message>
    <message>
        <source>--benchmark-play needs a source.</source>
        <translation>--benchmark-play necesita un origen.</translation>
    </message>
    <message>
        <source>--seek takes a fraction of the video from 0 to 1, e.g. 0.5; got &quot;%1&quot;.</source>
        <translation>--seek espera una fracción del vídeo de 0 a 1, p. ej. 0.5; se recibió «%1».</translation>
    </message>
    <message>
        <source>--duration takes a whole number of seconds above 0; got &quot;%1&quot;.</source>
        <translation>--duration espera un número entero de segundos mayor que 0; se recibió «%1».</translation>
    </message>
    <message>
        <source>With --benchmark-play: show the file&apos;s own subtitle track N (from 0) from the start.</source>
        <translation>Con --benchmark-play: mostrar desde el principio la pista de subtítulos N del propio archivo (desde 0).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>With --benchmark-play: before pausing, seek to second T and save the player&apos;s picture with its subtitles as FILE.png (given after T).</source>
        <translation>Con --benchmark-play: antes de pausar, saltar al segundo T y guardar la imagen del reproductor con sus subtítulos como ARCHIVO.png (indicado después de T).</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>--seek, --duration, --subtitles and --grab go with --benchmark-play.</source>
        <translation>--seek, --duration, --subtitles y --grab van con --benchmark-play.</translation>
    </message>
    <message>
        <source>--subtitles takes the number of a subtitle track inside the file, from 0; got &quot;%1&quot;.</source>
        <translation>--subtitles espera el número de una pista de subtítulos del archivo, desde 0; se recibió «%1».</translation>
    </message>
    <message>
        <source>--grab takes a time in seconds and a .png file to write, e.g. --grab 12.5 picture.png.</source>
        <translation>--grab espera un tiempo en segundos y un archivo .png que escribir, p. ej. --grab 12.5 imagen.png.</translation>
    </message>
</context>
<context>
    <name>TorrentCreator</name>
    <message>
        <source>There is nothing at &quot;%1&quot; to make a torrent of.</source>
        <translation>No hay nada en «%1» con lo que crear un torrent.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no data to share.</source>
        <translation>«%1» no contiene datos que compartir.</translation>
    </message>
    <message>
        <source>Could not make a torrent of &quot;%1&quot;: %2</source>
        <translation>No se pudo crear un torrent de «%1»: %2</translation>
    </message>
</context>
<context>
    <name>TorrentSource</name>
    <message>
        <source>The file at %1 is larger than %2 MiB, too large for a .torrent file.</source>
        <translation>El archivo en %1 ocupa más de %2 MiB, demasiado para un archivo .torrent.</translation>
    </message>
    <message>
        <source>The server at %1 answered with HTTP error %2 %3; the .torrent file is not available there.</source>
        <translation>El servidor %1 respondió con el error HTTP %2 %3; el archivo .torrent no está disponible allí.</translation>
    </message>
    <message>
        <source>The server at %1 did not answer in time. Try again later.</source>
        <translation>El servidor %1 no respondió a tiempo. Inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>%1 redirects too often or to an insecure address: %2.</source>
        <translation>%1 redirige demasiadas veces o a una dirección insegura: %2.</translation>
    </message>
    <message>
        <source>Swarmplay could not reach %1: %2. Check the address and your connection.</source>
        <translation>Swarmplay no pudo conectar con %1: %2. Compruebe la dirección y su conexión.</translation>
    </message>
    <message>
        <source>its info hash &quot;%1&quot; is not 40 hexadecimal or 32 base32 characters long</source>
        <translation>su hash de información «%1» no tiene 40 caracteres hexadecimales ni 32 en base32</translation>
    </message>
    <message>
        <source>its v2 info hash &quot;%1&quot; is not a SHA-256 multihash (&quot;1220&quot; followed by 64 hexadecimal characters)</source>
        <translation>su hash de información v2 «%1» no es un multihash SHA-256 («1220» seguido de 64 caracteres hexadecimales)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a BitTorrent info hash (it should start with urn:btih: or urn:btmh:)</source>
        <translation>«%1» no es un hash de información de BitTorrent (debería empezar por urn:btih: o urn:btmh:)</translation>
    </message>
    <message>
        <source>Nothing to open: give a .torrent file, a magnet link, an info hash or a web address of a .torrent file.</source>
        <translation>Nada que abrir: indique un archivo .torrent, un enlace magnet, un hash de información o la dirección web de un archivo .torrent.</translation>
    </message>
    <message>
        <source>The web address &quot;%1&quot; has no host name.</source>
        <translation>La dirección web «%1» no tiene nombre de servidor.</translation>
    </message>
    <message>
        <source>Swarmplay cannot fetch &quot;%1&quot;: only http and https web addresses, magnet links and local .torrent files can be opened.</source>
        <translation>Swarmplay no puede obtener «%1»: solo se pueden abrir direcciones web http y https, enlaces magnet y archivos .torrent locales.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; looks like an info hash but has %2 characters; a v1 info hash has 40 hexadecimal characters and a v2 info hash 64.</source>
        <translation>«%1» parece un hash de información pero tiene %2 caracteres; un hash v1 tiene 40 caracteres hexadecimales y uno v2, 64.</translation>
    </message>
    <message>
        <source>This magnet link has no &quot;xt&quot; parameter, so it does not say which torrent it is. Copy the whole link again from where you found it.</source>
        <translation>Este enlace magnet no tiene el parámetro «xt», así que no dice de qué torrent se trata. Copie de nuevo el enlace completo desde donde lo encontró.</translation>
    </message>
    <message>
        <source>This magnet link cannot be opened: %1.</source>
        <translation>No se puede abrir este enlace magnet: %1.</translation>
    </message>
    <message>
        <source>There is no file &quot;%1&quot;. Check the name and the folder, or give a magnet link instead.</source>
        <translation>No existe el archivo «%1». Compruebe el nombre y la carpeta, o indique un enlace magnet en su lugar.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder, not a .torrent file.</source>
        <translation>«%1» es una carpeta, no un archivo .torrent.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2 MiB, too large for a .torrent file (the limit is %3 MiB). It is probably the video itself, not the torrent that describes it.</source>
        <translation>«%1» ocupa %2 MiB, demasiado para un archivo .torrent (el límite es %3 MiB). Probablemente sea el propio vídeo, no el torrent que lo describe.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read: %2. Check that you have permission to read it.</source>
        <translation>No se puede leer «%1»: %2. Compruebe que tiene permiso para leerlo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read: %2.</source>
        <translation>No se puede leer «%1»: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is larger than %2 MiB, too large for a .torrent file.</source>
        <translation>«%1» ocupa más de %2 MiB, demasiado para un archivo .torrent.</translation>
    </message>
    <message>
        <source>The server at %1 did not send a torrent file (what came back is not bencoded). The address may point to a web page instead of the .torrent file.</source>
        <translation>El servidor %1 no envió un archivo torrent (lo recibido no está en bencode). Puede que la dirección apunte a una página web en lugar de al archivo .torrent.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a torrent file: its contents are not bencoded (%2 at byte %3). The file may be damaged or be something else.</source>
        <translation>«%1» no es un archivo torrent: su contenido no está en bencode (%2 en el byte %3). Puede que el archivo esté dañado o sea otra cosa.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a torrent file: it is bencoded but not a dictionary.</source>
        <translation>«%1» no es un archivo torrent: está en bencode pero no es un diccionario.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is bencoded but is not a valid torrent: %2.</source>
        <translation>«%1» está en bencode pero no es un torrent válido: %2.</translation>
    </message>
</context>
<context>
    <name>TorrentState</name>
    <message>
        <source>Checking</source>
        <translation>Comprobando</translation>
    </message>
    <message>
        <source>Fetching metadata</source>
        <translation>Obteniendo metadatos</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Descargando</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>Seeding</source>
        <translation>Sembrando</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Cannot write</source>
        <translation>No se puede escribir</translation>
    </message>
</context>
<context>
    <name>TrackerEntry</name>
    <message>
        <source>Not contacted yet</source>
        <translation>Aún sin contactar</translation>
    </message>
    <message>
        <source>Announcing</source>
        <translation>Anunciando</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Funciona</translation>
    </message>
    <message>
        <source>Not working</source>
        <translation>No funciona</translation>
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
        <translation>El torrent está en pausa: reanúdelo para continuar.</translation>
    </message>
    <message>
        <source>Checking the files already on disk…</source>
        <translation>Comprobando los archivos que ya están en el disco…</translation>
    </message>
    <message>
        <source>No peer is connected: waiting for one to come back.</source>
        <translation>No hay ningún par conectado: esperando a que vuelva alguno.</translation>
    </message>
    <message>
        <source>No connected peer has the next part: waiting for one that has it.</source>
        <translation>Ningún par conectado tiene la parte siguiente: esperando a uno que la tenga.</translation>
    </message>
</context>
<context>
    <name>WriteTrouble</name>
    <message>
        <source>The disk of %1 is full (%2). Free some space there: the download carries on by itself.</source>
        <translation>El disco de %1 está lleno (%2). Libere espacio en él: la descarga continuará por sí sola.</translation>
    </message>
    <message>
        <source>%1 cannot be written (%2). Make it writable or choose another download folder: the download carries on by itself once it can write.</source>
        <translation>No se puede escribir en %1 (%2). Permita la escritura o elija otra carpeta de descargas: la descarga continuará por sí sola en cuanto pueda escribir.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Run swarmplay-engine --help for the options.</source>
        <translation>Ejecute swarmplay-engine --help para ver las opciones.</translation>
    </message>
    <message>
        <source>Run swarmplay --help for the options.</source>
        <translation>Ejecute swarmplay --help para ver las opciones.</translation>
    </message>
    <message>
        <source>%1 %2 (commit %3)</source>
        <translation>%1 %2 (commit %3)</translation>
    </message>
    <message>
        <source>Error: cannot create the folder %1; choose another with --state-dir or --download-dir.</source>
        <translation>Error: no se puede crear la carpeta %1; elija otra con --state-dir o --download-dir.</translation>
    </message>
    <message>
        <source>The stream server cannot listen, so other players cannot be given stream URLs: %1</source>
        <translation>El servidor de transmisión no puede escuchar, así que no se pueden dar URL de transmisión a otros reproductores: %1</translation>
    </message>
    <message>
        <source>Run swarmplay-engine remote --help for the commands.</source>
        <translation>Ejecute swarmplay-engine remote --help para ver las órdenes.</translation>
    </message>
</context>
<context>
    <name>swarmplay::AboutDialog</name>
    <message>
        <source>About Swarmplay</source>
        <translation>Acerca de Swarmplay</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Swarmplay %1&lt;/h3&gt;&lt;p&gt;A video player whose source is a BitTorrent swarm: open a .torrent file or a magnet link and watch while it downloads.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Swarmplay %1&lt;/h3&gt;&lt;p&gt;Un reproductor de vídeo cuyo origen es un enjambre de BitTorrent: abra un archivo .torrent o un enlace magnet y mírelo mientras se descarga.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Built from commit %1 with Qt %2; running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Compilado desde el commit %1 con Qt %2; ejecutándose con Qt %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Swarmplay is made with:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;a href=&quot;https://www.qt.io/&quot;&gt;Qt&lt;/a&gt;, under the GNU Lesser General Public License version 3 (LGPLv3);&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;https://libtorrent.org/&quot;&gt;libtorrent-rasterbar&lt;/a&gt;, under the BSD 3-Clause License (BSD-3-Clause);&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;https://ffmpeg.org/&quot;&gt;FFmpeg&lt;/a&gt;, through Qt Multimedia and for reading subtitles, under the GNU Lesser General Public License version 2.1 or later (LGPL 2.1+); builds that include FFmpeg&apos;s GPL parts, as some distributions&apos; do, are under the GNU GPL version 2 or later;&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;https://github.com/libass/libass&quot;&gt;libass&lt;/a&gt;, which draws subtitles, under the ISC License (ISC).&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Swarmplay está hecho con:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;a href=&quot;https://www.qt.io/&quot;&gt;Qt&lt;/a&gt;, bajo la Licencia Pública General Reducida de GNU versión 3 (LGPLv3);&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;https://libtorrent.org/&quot;&gt;libtorrent-rasterbar&lt;/a&gt;, bajo la licencia BSD de 3 cláusulas (BSD-3-Clause);&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;https://ffmpeg.org/&quot;&gt;FFmpeg&lt;/a&gt;, a través de Qt Multimedia y para leer subtítulos, bajo la Licencia Pública General Reducida de GNU versión 2.1 o posterior (LGPL 2.1+); las compilaciones que incluyen las partes GPL de FFmpeg, como las de algunas distribuciones, están bajo la GPL de GNU versión 2 o posterior;&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;https://github.com/libass/libass&quot;&gt;libass&lt;/a&gt;, que dibuja los subtítulos, bajo la licencia ISC (ISC).&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>swarmplay::BufferingOverlay</name>
    <message>
        <source>Buffering</source>
        <translation>Almacenando en búfer</translation>
    </message>
    <message>
        <source>Buffering…</source>
        <translation>Almacenando en búfer…</translation>
    </message>
    <message>
        <source>Buffering… %1 %</source>
        <translation>Almacenando en búfer… %1 %</translation>
    </message>
</context>
<context>
    <name>swarmplay::DemoLauncher</name>
    <message>
        <source>The demo video could not be made: %1</source>
        <translation>No se pudo crear el vídeo de demostración: %1</translation>
    </message>
    <message>
        <source>The demo swarm is seeding on this computer.</source>
        <translation>El enjambre de demostración está sembrando en este equipo.</translation>
    </message>
    <message>
        <source>The demo swarm could not start: %1</source>
        <translation>No se pudo iniciar el enjambre de demostración: %1</translation>
    </message>
    <message>
        <source>Preparing the demo video…</source>
        <translation>Preparando el vídeo de demostración…</translation>
    </message>
    <message>
        <source>Making the demo video with ffmpeg… %1%</source>
        <translation>Creando el vídeo de demostración con ffmpeg… %1 %</translation>
    </message>
    <message>
        <source>Starting the demo swarm…</source>
        <translation>Iniciando el enjambre de demostración…</translation>
    </message>
    <message>
        <source>Demo video made; starting the demo swarm…</source>
        <translation>Vídeo de demostración creado; iniciando el enjambre de demostración…</translation>
    </message>
</context>
<context>
    <name>swarmplay::DemoMedia</name>
    <message>
        <source>Cannot create the folder &quot;%1&quot; for the demo video; check that it is writable.</source>
        <translation>No se puede crear la carpeta «%1» para el vídeo de demostración; compruebe que se puede escribir en ella.</translation>
    </message>
    <message>
        <source>ffmpeg is needed to make the demo video; install it with: sudo apt install ffmpeg</source>
        <translation>Se necesita ffmpeg para crear el vídeo de demostración; instálelo con: sudo apt install ffmpeg</translation>
    </message>
    <message>
        <source>Swarmplay demo</source>
        <translation>Demostración de Swarmplay</translation>
    </message>
    <message>
        <source>ffmpeg did not finish the demo video within %1 s; the computer may be too busy. Try again later.</source>
        <translation>ffmpeg no terminó el vídeo de demostración en %1 s; puede que el equipo esté demasiado ocupado. Inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>ffmpeg stopped unexpectedly while making the demo video:
%1</source>
        <translation>ffmpeg se detuvo inesperadamente mientras creaba el vídeo de demostración:
%1</translation>
    </message>
    <message>
        <source>ffmpeg could not make the demo video (exit code %1):
%2</source>
        <translation>ffmpeg no pudo crear el vídeo de demostración (código de salida %1):
%2</translation>
    </message>
    <message>
        <source>ffmpeg finished but wrote no demo video:
%1</source>
        <translation>ffmpeg terminó pero no escribió ningún vídeo de demostración:
%1</translation>
    </message>
    <message>
        <source>Cannot move the finished demo video to &quot;%1&quot;: %2</source>
        <translation>No se puede mover el vídeo de demostración terminado a «%1»: %2</translation>
    </message>
    <message>
        <source>Sample video made by Swarmplay for its demo</source>
        <translation>Vídeo de muestra creado por Swarmplay para su demostración</translation>
    </message>
    <message>
        <source>Cannot make the demo torrent: %1</source>
        <translation>No se puede crear el torrent de demostración: %1</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>No se puede escribir «%1»: %2</translation>
    </message>
</context>
<context>
    <name>swarmplay::DemoSwarm</name>
    <message>
        <source>seeder %1 is not listening on %2</source>
        <translation>la semilla %1 no escucha en %2</translation>
    </message>
    <message>
        <source>seeder %1 is not seeding yet</source>
        <translation>la semilla %1 aún no está sembrando</translation>
    </message>
    <message>
        <source>The demo swarm did not start within %1 s (%2).</source>
        <translation>El enjambre de demostración no se inició en %1 s (%2).</translation>
    </message>
    <message>
        <source>The demo video &quot;%1&quot; is missing or does not match its torrent; start the demo again to make it anew.</source>
        <translation>Falta el vídeo de demostración «%1» o no coincide con su torrent; inicie de nuevo la demostración para crearlo otra vez.</translation>
    </message>
    <message>
        <source>The demo torrent cannot be read: %1</source>
        <translation>No se puede leer el torrent de demostración: %1</translation>
    </message>
    <message>
        <source>The demo video&apos;s bitrate is unknown, so its swarm cannot be paced.</source>
        <translation>Se desconoce la tasa de bits del vídeo de demostración, así que no se puede regular el ritmo de su enjambre.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the demo swarm: %1</source>
        <translation>No se puede crear una carpeta temporal para el enjambre de demostración: %1</translation>
    </message>
    <message>
        <source>The demo swarm cannot be set up: %1</source>
        <translation>No se puede preparar el enjambre de demostración: %1</translation>
    </message>
    <message>
        <source>The demo swarm cannot seed the video: %1</source>
        <translation>El enjambre de demostración no puede sembrar el vídeo: %1</translation>
    </message>
    <message>
        <source>The demo swarm cannot listen on %1: %2</source>
        <translation>El enjambre de demostración no puede escuchar en %1: %2</translation>
    </message>
    <message>
        <source>The demo swarm stopped seeding: %1</source>
        <translation>El enjambre de demostración dejó de sembrar: %1</translation>
    </message>
</context>
<context>
    <name>swarmplay::FileListModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
</context>
<context>
    <name>swarmplay::InfoPane</name>
    <message>
        <source>Hybrid (v1 and v2)</source>
        <translation>Híbrido (v1 y v2)</translation>
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
        <translation>%1 (%2 bytes)</translation>
    </message>
    <message>
        <source>Single file</source>
        <translation>Un solo archivo</translation>
    </message>
    <message>
        <source>Folder with 1 file</source>
        <translation>Carpeta con 1 archivo</translation>
    </message>
    <message numerus="yes">
        <source>Folder with %n files</source>
        <translation>
            <numerusform>Carpeta con %n archivo</numerusform>
            <numerusform>Carpeta con %n archivos</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes: peers come only from its trackers</source>
        <translation>Sí: los pares llegan solo de sus rastreadores</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>No metadata yet</source>
        <translation>Aún no hay metadatos</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Info hash v1:</source>
        <translation>Hash de información v1:</translation>
    </message>
    <message>
        <source>Info hash v2:</source>
        <translation>Hash de información v2:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <source>Pieces:</source>
        <translation>Piezas:</translation>
    </message>
    <message>
        <source>Total size:</source>
        <translation>Tamaño total:</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>Estructura:</translation>
    </message>
    <message>
        <source>Private:</source>
        <translation>Privado:</translation>
    </message>
    <message>
        <source>Created by:</source>
        <translation>Creado con:</translation>
    </message>
    <message>
        <source>Created on:</source>
        <translation>Creado el:</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Comentario:</translation>
    </message>
</context>
<context>
    <name>swarmplay::LibraryKeeper</name>
    <message>
        <source>Removed from the library, but not every file could be deleted: %1</source>
        <translation>Se quitó de la biblioteca, pero no se pudieron eliminar todos los archivos: %1</translation>
    </message>
    <message>
        <source>The library uses %1 and has no size limit, so nothing has to go. Set a limit in Edit ▸ Settings…</source>
        <translation>La biblioteca ocupa %1 y no tiene límite de tamaño, así que no hay que eliminar nada. Fije un límite en Editar ▸ Preferencias…</translation>
    </message>
    <message>
        <source>The library uses %1 of its %2: nothing has to go.</source>
        <translation>La biblioteca ocupa %1 de sus %2: no hay que eliminar nada.</translation>
    </message>
    <message>
        <source>The library uses %1, more than its %2, but the only files to delete are those of the video playing now.</source>
        <translation>La biblioteca ocupa %1, más que sus %2, pero los únicos archivos que se podrían eliminar son los del vídeo que se está reproduciendo.</translation>
    </message>
    <message>
        <source>never watched</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>%1 — %2, last watched %3</source>
        <translation>%1 — %2, visto por última vez: %3</translation>
    </message>
    <message>
        <source>Free space</source>
        <translation>Liberar espacio</translation>
    </message>
    <message>
        <source>The library uses %1, more than its limit of %2. Delete the downloaded files of these torrents, least recently watched first? They stay in the library and download again when you play them.</source>
        <translation>La biblioteca ocupa %1, más que su límite de %2. ¿Eliminar los archivos descargados de estos torrents, empezando por los que hace más tiempo que no se ven? Siguen en la biblioteca y se vuelven a descargar cuando los reproduzca.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>This frees %1.</source>
        <translation>Esto libera %1.</translation>
    </message>
    <message>
        <source>The library still uses %1 then: the video playing now is kept.</source>
        <translation>Después, la biblioteca seguirá ocupando %1: el vídeo que se está reproduciendo se conserva.</translation>
    </message>
    <message>
        <source>&amp;Delete files</source>
        <translation>&amp;Eliminar archivos</translation>
    </message>
    <message>
        <source>Not every file could be deleted: %1</source>
        <translation>No se pudieron eliminar todos los archivos: %1</translation>
    </message>
    <message>
        <source>Freed %1.</source>
        <translation>Se liberaron %1.</translation>
    </message>
    <message>
        <source>The library was over its limit of %1, so the files of the least recently watched were deleted: %2. They stay in the library.</source>
        <translation>La biblioteca superaba su límite de %1, así que se eliminaron los archivos de los torrents que hace más tiempo que no se ven: %2. Siguen en la biblioteca.</translation>
    </message>
</context>
<context>
    <name>swarmplay::LibraryModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Playing</source>
        <translation>Reproduciendo</translation>
    </message>
    <message>
        <source>Not open</source>
        <translation>No abierto</translation>
    </message>
    <message>
        <source>Not open, files kept</source>
        <translation>No abierto, archivos conservados</translation>
    </message>
    <message>
        <source>Not open, no files</source>
        <translation>No abierto, sin archivos</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Double-click to play the file you watched last</source>
        <translation>Haga doble clic para reproducir el último archivo que vio</translation>
    </message>
    <message>
        <source>Double-click to open it again and play the file you watched last</source>
        <translation>Haga doble clic para volver a abrirlo y reproducir el último archivo que vio</translation>
    </message>
    <message>
        <source>First opened %1</source>
        <translation>Abierto por primera vez: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>On disk</source>
        <translation>En disco</translation>
    </message>
    <message>
        <source>Last played</source>
        <translation>Último archivo reproducido</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Last watched</source>
        <translation>Visto por última vez</translation>
    </message>
</context>
<context>
    <name>swarmplay::LibraryPane</name>
    <message>
        <source>Library uses %1 of %2</source>
        <translation>La biblioteca ocupa %1 de %2</translation>
    </message>
    <message>
        <source>Library uses %1 (no size limit)</source>
        <translation>La biblioteca ocupa %1 (sin límite de tamaño)</translation>
    </message>
    <message>
        <source>Space taken by the files of every torrent in the library. Set the limit in Edit ▸ Settings…</source>
        <translation>Espacio que ocupan los archivos de todos los torrents de la biblioteca. Fije el límite en Editar ▸ Preferencias…</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Reproducir</translation>
    </message>
    <message>
        <source>&amp;Remove from library…</source>
        <translation>&amp;Quitar de la biblioteca…</translation>
    </message>
    <message>
        <source>&amp;Free space…</source>
        <translation>&amp;Liberar espacio…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Quitar…</translation>
    </message>
    <message>
        <source>Remove the selected torrents from the library, with or without their files</source>
        <translation>Quitar los torrents seleccionados de la biblioteca, con o sin sus archivos</translation>
    </message>
    <message>
        <source>Free space…</source>
        <translation>Liberar espacio…</translation>
    </message>
    <message>
        <source>Delete the files of the least recently watched torrents until the library fits its size limit; you see the list first</source>
        <translation>Eliminar los archivos de los torrents que hace más tiempo que no se ven hasta que la biblioteca quepa en su límite de tamaño; antes verá la lista</translation>
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
        <translation>Información</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Torrent added</source>
        <translation>Torrent añadido</translation>
    </message>
    <message>
        <source>Metadata received</source>
        <translation>Metadatos recibidos</translation>
    </message>
    <message>
        <source>Checking files</source>
        <translation>Comprobando archivos</translation>
    </message>
    <message>
        <source>Saved state did not match</source>
        <translation>El estado guardado no coincidía</translation>
    </message>
    <message>
        <source>Saved state damaged</source>
        <translation>Estado guardado dañado</translation>
    </message>
    <message>
        <source>Tracker reply</source>
        <translation>Respuesta del rastreador</translation>
    </message>
    <message>
        <source>Tracker error</source>
        <translation>Error del rastreador</translation>
    </message>
    <message>
        <source>Peer connected</source>
        <translation>Par conectado</translation>
    </message>
    <message>
        <source>Peer disconnected</source>
        <translation>Par desconectado</translation>
    </message>
    <message>
        <source>Piece failed its hash check</source>
        <translation>Una pieza no superó la comprobación de hash</translation>
    </message>
    <message>
        <source>File error</source>
        <translation>Error de archivo</translation>
    </message>
    <message>
        <source>Torrent error</source>
        <translation>Error del torrent</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>Escuchando</translation>
    </message>
    <message>
        <source>Cannot listen</source>
        <translation>No se puede escuchar</translation>
    </message>
    <message>
        <source>DHT ready</source>
        <translation>DHT lista</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Writing again</source>
        <translation>Escribe de nuevo</translation>
    </message>
</context>
<context>
    <name>swarmplay::MainWindow</name>
    <message>
        <source>&quot;%1&quot; stopped: %2</source>
        <translation>«%1» se detuvo: %2</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Abriendo %1…</translation>
    </message>
    <message>
        <source>Already open; still fetching its metadata.</source>
        <translation>Ya está abierto; aún se están obteniendo sus metadatos.</translation>
    </message>
    <message>
        <source>Open torrent</source>
        <translation>Abrir torrent</translation>
    </message>
    <message>
        <source>Torrent files (*.torrent);;All files (*)</source>
        <translation>Archivos torrent (*.torrent);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The clipboard holds nothing to open. Copy a magnet link, an info hash, the web address of a .torrent or a .torrent file, then press Ctrl+V again.</source>
        <translation>El portapapeles no contiene nada que abrir. Copie un enlace magnet, un hash de información, la dirección web de un .torrent o un archivo .torrent y pulse Ctrl+V de nuevo.</translation>
    </message>
    <message>
        <source>Choose a file first: there is no stream URL to copy yet.</source>
        <translation>Elija primero un archivo: todavía no hay ninguna URL de transmisión que copiar.</translation>
    </message>
    <message>
        <source>The stream server is not running, so there is no URL to copy. Restart Swarmplay; if this persists, see the Log tab.</source>
        <translation>El servidor de transmisión no está en marcha, así que no hay ninguna URL que copiar. Reinicie Swarmplay; si el problema continúa, consulte la pestaña Registro.</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>Se copió %1</translation>
    </message>
    <message>
        <source>Choose a file first: there is nothing to open in another player.</source>
        <translation>Elija primero un archivo: no hay nada que abrir en otro reproductor.</translation>
    </message>
    <message>
        <source>The stream server is not running, so no other player can be given the file. Restart Swarmplay; if this persists, see the Log tab.</source>
        <translation>El servidor de transmisión no está en marcha, así que no se puede pasar el archivo a otro reproductor. Reinicie Swarmplay; si el problema continúa, consulte la pestaña Registro.</translation>
    </message>
    <message>
        <source>Playing in %1</source>
        <translation>Reproduciendo en %1</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Se abrió %1</translation>
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
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>&amp;Reproducción</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Open torrent…</source>
        <translation>&amp;Abrir torrent…</translation>
    </message>
    <message>
        <source>Open &amp;magnet or URL…</source>
        <translation>Abrir &amp;magnet o URL…</translation>
    </message>
    <message>
        <source>&amp;Remove torrent</source>
        <translation>&amp;Quitar torrent</translation>
    </message>
    <message>
        <source>Remove the torrent from the list; Settings say what happens to its downloaded files</source>
        <translation>Quitar el torrent de la lista; las preferencias dicen qué pasa con sus archivos descargados</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Play/Pause</source>
        <translation>&amp;Reproducir/Pausar</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Pantalla completa</translation>
    </message>
    <message>
        <source>&amp;Copy stream URL</source>
        <translation>&amp;Copiar URL de transmisión</translation>
    </message>
    <message>
        <source>Open in &amp;external player</source>
        <translation>Abrir en reproductor e&amp;xterno</translation>
    </message>
    <message>
        <source>&amp;About Swarmplay</source>
        <translation>Acerca &amp;de Swarmplay</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Open what the clipboard holds</source>
        <translation>Abrir lo que contiene el portapapeles</translation>
    </message>
    <message>
        <source>Torrents</source>
        <translation>Torrents</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot download: %2</source>
        <translation>«%1» no puede descargar: %2</translation>
    </message>
</context>
<context>
    <name>swarmplay::MessageBar</name>
    <message>
        <source>Close this message</source>
        <translation>Cerrar este mensaje</translation>
    </message>
</context>
<context>
    <name>swarmplay::NextEpisode</name>
    <message>
        <source>Up next: %1</source>
        <translation>A continuación: %1</translation>
    </message>
    <message>
        <source>Play now (N)</source>
        <translation>Reproducir ahora (N)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
</context>
<context>
    <name>swarmplay::OpenSourceDialog</name>
    <message>
        <source>Magnet link for the torrent %1; its name and files come from the swarm.</source>
        <translation>Enlace magnet del torrent %1; su nombre y sus archivos llegan del enjambre.</translation>
    </message>
    <message>
        <source>Magnet link for “%1”.</source>
        <translation>Enlace magnet de «%1».</translation>
    </message>
    <message>
        <source>A .torrent file to download from %1.</source>
        <translation>Un archivo .torrent que descargar de %1.</translation>
    </message>
    <message>
        <source>Torrent file “%1”.</source>
        <translation>Archivo torrent «%1».</translation>
    </message>
    <message>
        <source>Open Magnet or URL</source>
        <translation>Abrir magnet o URL</translation>
    </message>
    <message>
        <source>&amp;Magnet link, info hash or web address of a .torrent file:</source>
        <translation>&amp;Enlace magnet, hash de información o dirección web de un archivo .torrent:</translation>
    </message>
    <message>
        <source>magnet:?xt=urn:btih:…</source>
        <translation>magnet:?xt=urn:btih:…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
</context>
<context>
    <name>swarmplay::PeerListModel</name>
    <message>
        <source>downloading: we want its pieces and it sends them</source>
        <translation>descargando: queremos sus piezas y nos las envía</translation>
    </message>
    <message>
        <source>we want its pieces but it is not sending (choked)</source>
        <translation>queremos sus piezas pero no las envía (estrangulado)</translation>
    </message>
    <message>
        <source>uploading: it wants our pieces and we send them</source>
        <translation>subiendo: quiere nuestras piezas y se las enviamos</translation>
    </message>
    <message>
        <source>it wants our pieces but we are not sending (choked)</source>
        <translation>quiere nuestras piezas pero no se las enviamos (estrangulado)</translation>
    </message>
    <message>
        <source>optimistic unchoke: sent to on trial</source>
        <translation>desestrangulamiento optimista: se le envía a prueba</translation>
    </message>
    <message>
        <source>snubbed: it stopped sending to us</source>
        <translation>desairado: dejó de enviarnos</translation>
    </message>
    <message>
        <source>incoming connection</source>
        <translation>conexión entrante</translation>
    </message>
    <message>
        <source>encrypted connection</source>
        <translation>conexión cifrada</translation>
    </message>
    <message>
        <source>connected over uTP</source>
        <translation>conectado por uTP</translation>
    </message>
    <message>
        <source>found through peer exchange (PEX)</source>
        <translation>encontrado por intercambio de pares (PEX)</translation>
    </message>
    <message>
        <source>found through the DHT</source>
        <translation>encontrado por la DHT</translation>
    </message>
    <message>
        <source>found through local peer discovery</source>
        <translation>encontrado por el descubrimiento de pares locales</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (a seed: it has the whole torrent)</source>
        <translation>%1 (una semilla: tiene el torrent completo)</translation>
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
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bajada</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subida</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transporte</translation>
    </message>
</context>
<context>
    <name>swarmplay::PlayBenchmark</name>
    <message>
        <source>Cannot make a temporary folder for the run&apos;s state and data.</source>
        <translation>No se puede crear una carpeta temporal para el estado y los datos de la ejecución.</translation>
    </message>
    <message>
        <source>No frame within %1 s of opening the source.</source>
        <translation>Ningún fotograma en %1 s tras abrir el origen.</translation>
    </message>
    <message>
        <source>No frame within %1 s of the seek.</source>
        <translation>Ningún fotograma en %1 s tras el salto.</translation>
    </message>
</context>
<context>
    <name>swarmplay::PlayerControls</name>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Volume: %1 %</source>
        <translation>Volumen: %1 %</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Activar sonido</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Silenciar</translation>
    </message>
    <message>
        <source>Exit full screen</source>
        <translation>Salir de pantalla completa</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Pantalla completa</translation>
    </message>
</context>
<context>
    <name>swarmplay::PlayerDevice</name>
    <message>
        <source>A torrent stream can only be read.</source>
        <translation>Una transmisión de torrent solo se puede leer.</translation>
    </message>
</context>
<context>
    <name>swarmplay::PlayerWidget</name>
    <message>
        <source>Player</source>
        <translation>Reproductor</translation>
    </message>
    <message>
        <source>The torrent was removed</source>
        <translation>Se quitó el torrent</translation>
    </message>
    <message>
        <source>Playback stopped because the torrent is no longer open.</source>
        <translation>La reproducción se detuvo porque el torrent ya no está abierto.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation>Salir de pantalla completa</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Pantalla completa</translation>
    </message>
    <message>
        <source>Open in external player</source>
        <translation>Abrir en reproductor externo</translation>
    </message>
    <message>
        <source>The file cannot be opened</source>
        <translation>No se puede abrir el archivo</translation>
    </message>
    <message>
        <source>The torrent&apos;s file could not be read. Try again, or check the download folder.</source>
        <translation>No se pudo leer el archivo del torrent. Inténtelo de nuevo o compruebe la carpeta de descargas.</translation>
    </message>
    <message>
        <source>The built-in player cannot decode this file. An external player such as VLC or mpv may play it.</source>
        <translation>El reproductor integrado no puede descodificar este archivo. Un reproductor externo como VLC o mpv puede que sí lo reproduzca.</translation>
    </message>
    <message>
        <source>The built-in player cannot decode this file (%1). An external player such as VLC or mpv may play it.</source>
        <translation>El reproductor integrado no puede descodificar este archivo (%1). Un reproductor externo como VLC o mpv puede que sí lo reproduzca.</translation>
    </message>
    <message>
        <source>This video cannot be played here</source>
        <translation>Este vídeo no se puede reproducir aquí</translation>
    </message>
</context>
<context>
    <name>swarmplay::PrebufferView</name>
    <message>
        <source>Fetching metadata…</source>
        <translation>Obteniendo metadatos…</translation>
    </message>
    <message>
        <source>Connecting to peers…</source>
        <translation>Conectando con pares…</translation>
    </message>
    <message>
        <source>Buffering…</source>
        <translation>Almacenando en búfer…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>1 peer</source>
        <translation>1 par</translation>
    </message>
    <message numerus="yes">
        <source>%n peers</source>
        <translation>
            <numerusform>%n par</numerusform>
            <numerusform>%n pares</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Open in external player</source>
        <translation>Abrir en reproductor externo</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>swarmplay::RemoteControl</name>
    <message>
        <source>Other programs cannot control Swarmplay: its local server is not running.</source>
        <translation>Otros programas no pueden controlar Swarmplay: su servidor local no está en marcha.</translation>
    </message>
    <message>
        <source>Other programs cannot control Swarmplay: %1</source>
        <translation>Otros programas no pueden controlar Swarmplay: %1</translation>
    </message>
</context>
<context>
    <name>swarmplay::ResumeKeeper</name>
    <message>
        <source>You stopped this video at %1.</source>
        <translation>Detuvo este vídeo en %1.</translation>
    </message>
    <message>
        <source>Resume from %1</source>
        <translation>Reanudar desde %1</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Empezar de nuevo</translation>
    </message>
</context>
<context>
    <name>swarmplay::SeekSlider</name>
    <message>
        <source>Seek</source>
        <translation>Posición de reproducción</translation>
    </message>
    <message>
        <source>Position in the video, in milliseconds</source>
        <translation>Posición en el vídeo, en milisegundos</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>Descargado</translation>
    </message>
    <message>
        <source>Not downloaded yet</source>
        <translation>Aún no descargado</translation>
    </message>
</context>
<context>
    <name>swarmplay::SessionWorker</name>
    <message>
        <source>The engine is shutting down.</source>
        <translation>El motor se está cerrando.</translation>
    </message>
    <message>
        <source>%1 must be downloaded before it can be added.</source>
        <translation>%1 debe descargarse antes de poder añadirlo.</translation>
    </message>
    <message>
        <source>%1 cannot be added: %2.</source>
        <translation>No se puede añadir %1: %2.</translation>
    </message>
    <message>
        <source>The torrent could not be added: %1.</source>
        <translation>No se pudo añadir el torrent: %1.</translation>
    </message>
    <message>
        <source>the file is missing</source>
        <translation>falta el archivo</translation>
    </message>
    <message>
        <source>The saved state of &quot;%1&quot; could not be read (%2). The torrent was added again and the data already downloaded is being checked; nothing is lost.</source>
        <translation>No se pudo leer el estado guardado de «%1» (%2). Se volvió a añadir el torrent y se están comprobando los datos ya descargados; no se pierde nada.</translation>
    </message>
    <message>
        <source>&quot;%1:%2&quot; is not a peer address.</source>
        <translation>«%1:%2» no es una dirección de par.</translation>
    </message>
    <message>
        <source>%1: the download folder can be written again; the download carries on.</source>
        <translation>%1: ya se puede escribir de nuevo en la carpeta de descargas; la descarga continúa.</translation>
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
        <translation>Sin límite</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Descargas</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Keep the downloaded files</source>
        <translation>Conservar los archivos descargados</translation>
    </message>
    <message>
        <source>Delete the downloaded files</source>
        <translation>Eliminar los archivos descargados</translation>
    </message>
    <message>
        <source>Ask each time</source>
        <translation>Preguntar cada vez</translation>
    </message>
    <message>
        <source>Download &amp;folder:</source>
        <translation>&amp;Carpeta de descargas:</translation>
    </message>
    <message>
        <source>When a torrent is &amp;removed:</source>
        <translation>Al &amp;quitar un torrent:</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Find peers through the &amp;DHT</source>
        <translation>Buscar pares mediante la &amp;DHT</translation>
    </message>
    <message>
        <source>Find peers on the &amp;local network</source>
        <translation>Buscar pares en la red &amp;local</translation>
    </message>
    <message>
        <source>Open the port on the router (&amp;UPnP, NAT-PMP)</source>
        <translation>Abrir el puerto en el router (&amp;UPnP, NAT-PMP)</translation>
    </message>
    <message>
        <source>Listen &amp;port:</source>
        <translation>&amp;Puerto de escucha:</translation>
    </message>
    <message>
        <source>Do&amp;wnload limit:</source>
        <translation>Límite de desc&amp;arga:</translation>
    </message>
    <message>
        <source>U&amp;pload limit:</source>
        <translation>Límite de &amp;subida:</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>A new language takes effect the next time Swarmplay starts.</source>
        <translation>Un idioma nuevo se aplica la próxima vez que se inicie Swarmplay.</translation>
    </message>
    <message>
        <source>&amp;Subtitle size:</source>
        <translation>&amp;Tamaño de los subtítulos:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Download folder</source>
        <translation>Carpeta de descargas</translation>
    </message>
    <message>
        <source>The listen port must be a number from 1 to 65535; &quot;%1&quot; is not.</source>
        <translation>El puerto de escucha debe ser un número de 1 a 65535; «%1» no lo es.</translation>
    </message>
    <message>
        <source>Port %1 is in use by another program. Choose another port.</source>
        <translation>Otro programa está usando el puerto %1. Elija otro puerto.</translation>
    </message>
    <message>
        <source>The settings cannot be saved to %1. Check that the disk is writable.</source>
        <translation>No se pueden guardar las preferencias en %1. Compruebe que se puede escribir en el disco.</translation>
    </message>
    <message>
        <source>The settings are saved but the engine refused them: %1</source>
        <translation>Las preferencias se guardaron, pero el motor las rechazó: %1</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>0 = no limit</source>
        <translation>0 = sin límite</translation>
    </message>
    <message>
        <source>GiB (0 = no limit)</source>
        <translation>GiB (0 = sin límite)</translation>
    </message>
    <message>
        <source>When over the limit, delete the files of the least recently watched torrents without &amp;asking</source>
        <translation>Al superar el límite, eliminar sin pre&amp;guntar los archivos de los torrents que hace más tiempo que no se ven</translation>
    </message>
    <message>
        <source>Si&amp;ze limit:</source>
        <translation>Límite de ta&amp;maño:</translation>
    </message>
    <message>
        <source>The library&apos;s size limit must be a number of GiB, such as 50, or 0 for no limit; &quot;%1&quot; is not.</source>
        <translation>El límite de tamaño de la biblioteca debe ser un número de GiB, como 50, o 0 para no limitar; «%1» no lo es.</translation>
    </message>
    <message>
        <source>Allow other programs to &amp;control Swarmplay</source>
        <translation>Permitir que otros programas &amp;controlen Swarmplay</translation>
    </message>
    <message>
        <source>Media centres and scripts on this computer can then add torrents, stream and watch what happens through a local API. Programs on other computers cannot.</source>
        <translation>Así, los centros multimedia y los scripts de este equipo pueden añadir torrents, reproducirlos en streaming y seguir lo que ocurre mediante una API local. Los programas de otros equipos no pueden.</translation>
    </message>
    <message>
        <source>Swarmplay&apos;s language, or a list such as en, de</source>
        <translation>El idioma de Swarmplay, o una lista como es, en</translation>
    </message>
    <message>
        <source>The languages whose subtitles show when you have not chosen any for a video, most wanted first: ISO 639 codes or names, separated by commas. The first of them found among the video&apos;s subtitles is shown. When none is there, a forced track in the language of the audio (signs, foreign lines) shows on its own. Left empty: the language of Swarmplay&apos;s interface.</source>
        <translation>Los idiomas cuyos subtítulos se muestran cuando no ha elegido ninguno para un vídeo, el preferido primero: códigos ISO 639 o nombres, separados por comas. Se muestra el primero de ellos que haya entre los subtítulos del vídeo. Si no hay ninguno, una pista forzada en el idioma del audio (carteles, frases en otro idioma) se muestra por sí sola. Vacío: el idioma de la interfaz de Swarmplay.</translation>
    </message>
    <message>
        <source>Subtitle la&amp;nguages:</source>
        <translation>Idiomas de su&amp;btítulos:</translation>
    </message>
    <message>
        <source>Off: a video starts as soon as its first bytes arrive, before the piece they belong to is whole and checked. A piece a peer sent wrong is fetched again, and the picture may show a glitch until then. On: playback waits for each piece to be whole and checked, which takes longer when pieces are large.</source>
        <translation>Desactivado: un vídeo empieza en cuanto llegan sus primeros bytes, antes de que la pieza a la que pertenecen esté completa y comprobada. Una pieza que un par envió mal se vuelve a descargar, y hasta entonces la imagen puede mostrar un fallo. Activado: la reproducción espera a que cada pieza esté completa y comprobada, lo que tarda más cuando las piezas son grandes.</translation>
    </message>
    <message>
        <source>Check every piece &amp;before playing it</source>
        <translation>Comprobar cada pieza &amp;antes de reproducirla</translation>
    </message>
</context>
<context>
    <name>swarmplay::SingleInstance</name>
    <message>
        <source>Swarmplay is already running but did not answer within %1 seconds. Close it, or open another window with --new-instance.</source>
        <translation>Swarmplay ya está en marcha pero no respondió en %1 segundos. Ciérrelo o abra otra ventana con --new-instance.</translation>
    </message>
    <message>
        <source>Swarmplay cannot tell whether it is already running (%1), so this window will not receive what you open later from elsewhere.</source>
        <translation>Swarmplay no puede saber si ya está en marcha (%1), así que esta ventana no recibirá lo que abra más tarde desde otro sitio.</translation>
    </message>
    <message>
        <source>Later launches of Swarmplay cannot reach this window (%1); each will open a window of its own.</source>
        <translation>Los siguientes inicios de Swarmplay no pueden llegar a esta ventana (%1); cada uno abrirá su propia ventana.</translation>
    </message>
</context>
<context>
    <name>swarmplay::SourceOpener</name>
    <message>
        <source>There is nothing to open. Give a .torrent file, a magnet link, an info hash or the web address of a .torrent.</source>
        <translation>No hay nada que abrir. Indique un archivo .torrent, un enlace magnet, un hash de información o la dirección web de un .torrent.</translation>
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
        <translation>Velocidad de bajada (%1 descargados en esta sesión)</translation>
    </message>
    <message>
        <source>↑ %1</source>
        <translation>↑ %1</translation>
    </message>
    <message>
        <source>Upload rate (%1 uploaded this session)</source>
        <translation>Velocidad de subida (%1 subidos en esta sesión)</translation>
    </message>
    <message>
        <source>1 peer</source>
        <translation>1 par</translation>
    </message>
    <message numerus="yes">
        <source>%n peers</source>
        <translation>
            <numerusform>%n par</numerusform>
            <numerusform>%n pares</numerusform>
        </translation>
    </message>
    <message>
        <source>Peers connected, all torrents</source>
        <translation>Pares conectados, todos los torrents</translation>
    </message>
    <message>
        <source>DHT off</source>
        <translation>DHT desactivada</translation>
    </message>
    <message>
        <source>DHT: 1 node</source>
        <translation>DHT: 1 nodo</translation>
    </message>
    <message numerus="yes">
        <source>DHT: %n nodes</source>
        <translation>
            <numerusform>DHT: %n nodo</numerusform>
            <numerusform>DHT: %n nodos</numerusform>
        </translation>
    </message>
    <message>
        <source>Nodes in the distributed hash table, which finds peers without trackers</source>
        <translation>Nodos de la tabla de hash distribuida, que encuentra pares sin rastreadores</translation>
    </message>
    <message>
        <source>⚠ Not reachable</source>
        <translation>⚠ Inaccesible</translation>
    </message>
    <message>
        <source>Swarmplay could not listen for incoming connections: %1. Downloads still work, but fewer peers can reach you; choose another port in the settings.</source>
        <translation>Swarmplay no pudo escuchar conexiones entrantes: %1. Las descargas siguen funcionando, pero menos pares pueden conectar con este equipo; elija otro puerto en las preferencias.</translation>
    </message>
</context>
<context>
    <name>swarmplay::StreamPreparer</name>
    <message>
        <source>No peers found…</source>
        <translation>No se encontraron pares…</translation>
    </message>
    <message numerus="yes">
        <source>No one sharing this torrent answered for %n second(s). It may have no seeders right now, or the network blocks BitTorrent. Try again later.</source>
        <translation>
            <numerusform>Nadie que comparta este torrent ha respondido en %n segundo. Puede que ahora no tenga semillas o que la red bloquee BitTorrent. Inténtelo de nuevo más tarde.</numerusform>
            <numerusform>Nadie que comparta este torrent ha respondido en %n segundos. Puede que ahora no tenga semillas o que la red bloquee BitTorrent. Inténtelo de nuevo más tarde.</numerusform>
        </translation>
    </message>
    <message>
        <source>This file is not in the torrent</source>
        <translation>Este archivo no está en el torrent</translation>
    </message>
    <message>
        <source>The torrent has no file number %1. Choose another file.</source>
        <translation>El torrent no tiene ningún archivo número %1. Elija otro archivo.</translation>
    </message>
    <message>
        <source>“%1” cannot be played</source>
        <translation>No se puede reproducir «%1»</translation>
    </message>
    <message>
        <source>Swarmplay plays video and audio; this file is listed as %1. Open it from the download folder once it has downloaded.</source>
        <translation>Swarmplay reproduce vídeo y audio; este archivo figura como %1. Ábralo desde la carpeta de descargas cuando se haya descargado.</translation>
    </message>
</context>
<context>
    <name>swarmplay::StreamServer</name>
    <message>
        <source>The stream server is already listening on port %1.</source>
        <translation>El servidor de transmisión ya está escuchando en el puerto %1.</translation>
    </message>
    <message>
        <source>The stream server only listens on this computer&apos;s loopback address (127.0.0.1 or ::1), not on %1: other machines must not reach it. Choose a loopback address.</source>
        <translation>El servidor de transmisión solo escucha en la dirección de bucle local de este equipo (127.0.0.1 o ::1), no en %1: otros equipos no deben llegar a él. Elija una dirección de bucle local.</translation>
    </message>
    <message>
        <source>The stream server cannot listen on %1, port %2: %3. Choose another port or quit the program that uses it.</source>
        <translation>El servidor de transmisión no puede escuchar en %1, puerto %2: %3. Elija otro puerto o cierre el programa que lo usa.</translation>
    </message>
</context>
<context>
    <name>swarmplay::SubtitleController</name>
    <message>
        <source>“%1” could not be read from the torrent.</source>
        <translation>No se pudo leer «%1» del torrent.</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: %2</source>
        <translation>No se puede abrir «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” is too large to be a subtitle file.</source>
        <translation>«%1» es demasiado grande para ser un archivo de subtítulos.</translation>
    </message>
    <message>
        <source>Load subtitles</source>
        <translation>Cargar subtítulos</translation>
    </message>
    <message>
        <source>Subtitles (*.srt *.vtt);;All files (*)</source>
        <translation>Subtítulos (*.srt *.vtt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Subtitle delay: %1 s</source>
        <translation>Retraso de los subtítulos: %1 s</translation>
    </message>
    <message>
        <source>Subtitle size: %1 %</source>
        <translation>Tamaño de los subtítulos: %1 %</translation>
    </message>
    <message>
        <source>Load subtitles from file…</source>
        <translation>Cargar subtítulos desde archivo…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>cannot be shown: %1</source>
        <translation>no se puede mostrar: %1</translation>
    </message>
    <message>
        <source>The subtitles “%1” cannot be shown: %2</source>
        <translation>Los subtítulos «%1» no se pueden mostrar: %2</translation>
    </message>
</context>
<context>
    <name>swarmplay::SubtitleFetcher</name>
    <message>
        <source>“%1” is too large to be a subtitle file.</source>
        <translation>«%1» es demasiado grande para ser un archivo de subtítulos.</translation>
    </message>
    <message numerus="yes">
        <source>The subtitles “%1” did not arrive within %n second(s); the video plays without them. Choose them in the Subtitles menu to try again.</source>
        <translation>
            <numerusform>Los subtítulos «%1» no llegaron en %n segundo; el vídeo se reproduce sin ellos. Elíjalos en el menú Subtítulos para volver a intentarlo.</numerusform>
            <numerusform>Los subtítulos «%1» no llegaron en %n segundos; el vídeo se reproduce sin ellos. Elíjalos en el menú Subtítulos para volver a intentarlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The subtitles “%1” could not be read from the torrent.</source>
        <translation>No se pudieron leer los subtítulos «%1» del torrent.</translation>
    </message>
</context>
<context>
    <name>swarmplay::SubtitleMenu</name>
    <message>
        <source>Track %1</source>
        <translation>Pista %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>language — track title</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (forced)</source>
        <translation>%1 (forzados)</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (predeterminados)</translation>
    </message>
    <message>
        <source>Looking for subtitles…</source>
        <translation>Buscando subtítulos…</translation>
    </message>
    <message>
        <source>No subtitles</source>
        <translation>Sin subtítulos</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivados</translation>
    </message>
    <message>
        <source>&amp;Load subtitles from file…</source>
        <translation>&amp;Cargar subtítulos desde archivo…</translation>
    </message>
    <message>
        <source>Subtitles earlier (−0.1 s)</source>
        <translation>Subtítulos antes (−0,1 s)</translation>
    </message>
    <message>
        <source>Subtitles later (+0.1 s)</source>
        <translation>Subtítulos después (+0,1 s)</translation>
    </message>
    <message>
        <source>Larger subtitles</source>
        <translation>Subtítulos más grandes</translation>
    </message>
    <message>
        <source>Smaller subtitles</source>
        <translation>Subtítulos más pequeños</translation>
    </message>
    <message>
        <source>%1 (downloading…)</source>
        <translation>%1 (descargando…)</translation>
    </message>
    <message>
        <source>%1 (cannot be shown)</source>
        <translation>%1 (no se pueden mostrar)</translation>
    </message>
    <message>
        <source>%1 (cannot be read)</source>
        <translation>%1 (no se puede leer)</translation>
    </message>
</context>
<context>
    <name>swarmplay::SubtitleOverlay</name>
    <message>
        <source>Subtitles</source>
        <translation>Subtítulos</translation>
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
        <translation>Esperando los metadatos del torrent</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1 connected, %2 of them seeds</source>
        <translation>%1 conectados, %2 de ellos semillas</translation>
    </message>
    <message>
        <source>%1 chosen of %2 in the torrent</source>
        <translation>%1 elegidos de %2 del torrent</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bajada</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subida</translation>
    </message>
    <message>
        <source>Peers</source>
        <translation>Pares</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
</context>
<context>
    <name>swarmplay::TorrentStreamDevice</name>
    <message>
        <source>A torrent stream can only be read.</source>
        <translation>Una transmisión de torrent solo se puede leer.</translation>
    </message>
</context>
<context>
    <name>swarmplay::TorrentView</name>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Copy stream URL</source>
        <translation>Copiar URL de transmisión</translation>
    </message>
    <message>
        <source>Open in external player</source>
        <translation>Abrir en reproductor externo</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>Peers</source>
        <translation>Pares</translation>
    </message>
    <message>
        <source>Trackers</source>
        <translation>Rastreadores</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Registro</translation>
    </message>
</context>
<context>
    <name>swarmplay::TrackMenu</name>
    <message>
        <source>&amp;Audio track</source>
        <translation>Pista de &amp;audio</translation>
    </message>
    <message>
        <source>&amp;Subtitles</source>
        <translation>&amp;Subtítulos</translation>
    </message>
    <message>
        <source>Track %1</source>
        <translation>Pista %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>language — track title</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No audio tracks</source>
        <translation>No hay pistas de audio</translation>
    </message>
</context>
<context>
    <name>swarmplay::TrackerListModel</name>
    <message>
        <source>Peers still downloading, as the tracker last counted them</source>
        <translation>Pares que aún descargan, según el último recuento del rastreador</translation>
    </message>
    <message>
        <source>Peers with the whole torrent, as the tracker last counted them</source>
        <translation>Pares con el torrent completo, según el último recuento del rastreador</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Peers</source>
        <translation>Pares</translation>
    </message>
    <message>
        <source>Seeds</source>
        <translation>Semillas</translation>
    </message>
    <message>
        <source>Next announce</source>
        <translation>Próximo anuncio</translation>
    </message>
</context>
<context>
    <name>swarmplay::VideoView</name>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
</context>
<context>
    <name>swarmplay::engine::ApiClient</name>
    <message>
        <source>No Swarmplay window allows control: there is no %1. In the window, turn on Settings ▸ &quot;Allow other programs to control Swarmplay&quot;.</source>
        <translation>Ninguna ventana de Swarmplay permite el control: no existe %1. En la ventana, active Ajustes ▸ «Permitir que otros programas controlen Swarmplay».</translation>
    </message>
    <message>
        <source>No swarmplay-engine daemon is running: there is no %1. Start one with swarmplay-engine daemon.</source>
        <translation>No hay ningún daemon de swarmplay-engine en ejecución: no existe %1. Inicie uno con swarmplay-engine daemon.</translation>
    </message>
    <message>
        <source>Nothing answers at %1, the address in %2 (%3). The engine may have stopped without removing that file; start it again.</source>
        <translation>Nada responde en %1, la dirección de %2 (%3). Puede que el motor se detuviera sin quitar ese archivo; inícielo de nuevo.</translation>
    </message>
    <message>
        <source>The engine at %1 refused the token in %2: that file is from another run. Start the engine again, or check that no other program replaced the file.</source>
        <translation>El motor en %1 rechazó el token de %2: ese archivo es de otra ejecución. Inicie el motor de nuevo o compruebe que ningún otro programa sustituyó el archivo.</translation>
    </message>
    <message>
        <source>The engine answered %1 %2.</source>
        <translation>El motor respondió %1 %2.</translation>
    </message>
</context>
<context>
    <name>swarmplay::engine::DaemonCommand</name>
    <message>
        <source>--bind %1 is not a loopback address. The daemon&apos;s control API is for programs on this computer only: use 127.0.0.1 (the default) or ::1.</source>
        <translation>--bind %1 no es una dirección de loopback. La API de control del daemon es solo para programas de este equipo: use 127.0.0.1 (la predeterminada) o ::1.</translation>
    </message>
    <message>
        <source>The daemon cannot listen: %1</source>
        <translation>El daemon no puede escuchar: %1</translation>
    </message>
    <message>
        <source>Cannot make the state folder %1.</source>
        <translation>No se puede crear la carpeta de estado %1.</translation>
    </message>
    <message>
        <source>Another swarmplay-engine daemon (pid %1) is using the state folder %2. Stop it first, or give this one a folder of its own with --state-dir.</source>
        <translation>Otro daemon de swarmplay-engine (PID %1) está usando la carpeta de estado %2. Deténgalo primero o dé a este una carpeta propia con --state-dir.</translation>
    </message>
    <message>
        <source>Cannot lock the state folder %1.</source>
        <translation>No se puede bloquear la carpeta de estado %1.</translation>
    </message>
    <message>
        <source>Daemon ready (state folder %1, torrents: %2). Control API: %3 (address and token in %4). Stop with Ctrl+C.</source>
        <translation>Daemon listo (carpeta de estado %1, torrents: %2). API de control: %3 (dirección y token en %4). Detener con Ctrl+C.</translation>
    </message>
    <message>
        <source>Stopping at a client&apos;s request; the download state is saved.</source>
        <translation>Deteniendo a petición de un cliente; el estado de la descarga se ha guardado.</translation>
    </message>
</context>
<context>
    <name>swarmplay::engine::DownloadCommand</name>
    <message>
        <source>the download did not complete in time.</source>
        <translation>la descarga no terminó a tiempo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no file %2. Its files are numbered 0 to %3; `swarmplay-engine info` lists them.</source>
        <translation>«%1» no tiene ningún archivo %2. Sus archivos van numerados de 0 a %3; `swarmplay-engine info` los muestra.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Done: %1 of &quot;%2&quot; complete and verified in %3 s (%4 downloaded).</source>
        <translation>Terminado: %1 de «%2» completo y verificado en %3 s (%4 descargados).</translation>
    </message>
    <message>
        <source>No peers for 30 s. The torrent may have no seeds right now, or the network may block BitTorrent; still trying.</source>
        <translation>Sin pares desde hace 30 s. Puede que el torrent no tenga semillas ahora o que la red bloquee BitTorrent; se sigue intentando.</translation>
    </message>
    <message>
        <source>%1  fetching metadata  %2 peers</source>
        <translation>%1  obteniendo metadatos  %2 pares</translation>
    </message>
    <message>
        <source>%1%  %2 of %3  %4  %5 peers (%6 seeds)  ETA %7  %8</source>
        <translation>%1 %  %2 de %3  %4  %5 pares (%6 semillas)  quedan %7  %8</translation>
    </message>
</context>
<context>
    <name>swarmplay::engine::EngineCommand</name>
    <message>
        <source>Ignoring --dht-node &quot;%1&quot;: expected host:port.</source>
        <translation>Se ignora --dht-node «%1»: se esperaba host:puerto.</translation>
    </message>
    <message>
        <source>Ignoring --peer &quot;%1&quot;: expected host:port.</source>
        <translation>Se ignora --peer «%1»: se esperaba host:puerto.</translation>
    </message>
    <message>
        <source>Gave up after %1 s: %2</source>
        <translation>Abandonado tras %1 s: %2</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Stopping; the download state is saved.</source>
        <translation>Deteniendo; el estado de la descarga está guardado.</translation>
    </message>
    <message>
        <source>Fetching metadata from the swarm…</source>
        <translation>Obteniendo metadatos del enjambre…</translation>
    </message>
</context>
<context>
    <name>swarmplay::engine::InfoCommand</name>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>No se puede crear una carpeta temporal: %1</translation>
    </message>
    <message>
        <source>Fetching metadata from the swarm…</source>
        <translation>Obteniendo metadatos del enjambre…</translation>
    </message>
    <message>
        <source>no peer sent the metadata of this magnet link. Check that the swarm has peers, or open the .torrent file instead.</source>
        <translation>ningún par envió los metadatos de este enlace magnet. Compruebe que el enjambre tiene pares, o abra el archivo .torrent en su lugar.</translation>
    </message>
</context>
<context>
    <name>swarmplay::engine::RemoteCommand</name>
    <message>
        <source>It was there already; its new trackers and peers were added.</source>
        <translation>Ya estaba; se añadieron sus nuevos trackers y pares.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 quitado.</translation>
    </message>
    <message>
        <source>%1 is being removed.</source>
        <translation>Se está quitando %1.</translation>
    </message>
    <message>
        <source>The engine closed the event stream.</source>
        <translation>El motor cerró el flujo de eventos.</translation>
    </message>
    <message>
        <source>The engine closed the event stream: %1</source>
        <translation>El motor cerró el flujo de eventos: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
</context>
<context>
    <name>swarmplay::engine::ServeCommand</name>
    <message>
        <source>serve streams one file; give --file once.</source>
        <translation>serve transmite un solo archivo; indique --file una vez.</translation>
    </message>
    <message>
        <source>The stream server cannot listen: %1</source>
        <translation>El servidor de transmisión no puede escuchar: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no file %2; `swarmplay-engine info` lists its files.</source>
        <translation>«%1» no tiene ningún archivo %2; `swarmplay-engine info` muestra sus archivos.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no files.</source>
        <translation>«%1» no tiene archivos.</translation>
    </message>
    <message>
        <source>The stream server does not answer on port %1.</source>
        <translation>El servidor de transmisión no responde en el puerto %1.</translation>
    </message>
    <message>
        <source>Serving &quot;%1&quot; (%2). Playlist: %3. Stop with Ctrl+C.</source>
        <translation>Sirviendo «%1» (%2). Lista de reproducción: %3. Detener con Ctrl+C.</translation>
    </message>
    <message>
        <source>[%1 s] %2  %3%  down %4  up %5  %6 peers (%7 seeds)  %8 readers  %9 ready ahead</source>
        <translation>[%1 s] %2  %3 %  bajada %4  subida %5  %6 pares (%7 semillas)  %8 lectores  %9 listo por delante</translation>
    </message>
    <message>
        <source>(waiting: %1)</source>
        <translation>(esperando: %1)</translation>
    </message>
</context>
</TS>
