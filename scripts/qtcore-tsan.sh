#!/usr/bin/env bash
# qtcore-tsan.sh DIR: builds the distribution's own QtCore (its source package, same version and
# patches, its configuration for Core) with ThreadSanitizer into DIR/lib, once. The distribution's
# QtCore is not instrumented, so TSan sees none of its mutexes, wait conditions, thread ends or
# posted events and reports every hand-off between threads as a race; the tests of
# `scripts/dev.sh test --sanitize=thread` load this one instead (LD_LIBRARY_PATH), with the
# distribution's other Qt libraries. About 10 minutes on 2 cores. Needs root (or sudo) to enable
# the archive's source packages (deb-src) and install three -dev packages.
set -euo pipefail

OUT="${1:?qtcore-tsan.sh needs the folder to build in}"
JOBS="${JOBS:-$(nproc)}"
log() { printf '[qtcore-tsan] %s\n' "$*" >&2; }
as_root() {
    if [[ $(id -u) -eq 0 ]]; then "$@"
    elif command -v sudo >/dev/null; then sudo "$@"
    else log "need root (or sudo) to run: $*"; exit 1; fi
}

version="$(dpkg-query -W -f='${Version}' libqt6core6)"
recipe="$version no-pidfd" # a change below that needs a rebuild changes this
if [[ -e "$OUT/lib/libQt6Core.so.6" && "$(cat "$OUT/lib/version" 2>/dev/null)" == "$recipe" ]]; then
    exit 0
fi
multiarch="$(dpkg-architecture -qDEB_HOST_MULTIARCH)"

# The archive's source packages, beside the binary ones apt already uses.
if ! apt-get source --print-uris -qq "qt6-base=$version" >/dev/null 2>&1; then
    log "enabling the archive's source packages (deb-src)"
    if [[ -f /etc/apt/sources.list.d/debian.sources || -f /etc/apt/sources.list.d/ubuntu.sources ]]; then
        for f in /etc/apt/sources.list.d/{debian,ubuntu}.sources; do
            [[ -f "$f" ]] || continue
            sed 's/^Types: deb$/Types: deb-src/' "$f" |
                as_root tee "/etc/apt/sources.list.d/swarmplay-src-$(basename "$f")" >/dev/null
        done
    else
        grep -h '^deb ' /etc/apt/sources.list | sed 's/^deb /deb-src /' |
            as_root tee /etc/apt/sources.list.d/swarmplay-src.list >/dev/null
    fi
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
fi
# What QtCore's configuration needs besides qt6-base-dev's own dependencies.
as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
    dpkg-dev libdouble-conversion-dev libzstd-dev libb2-dev libicu-dev libglib2.0-dev \
    libpcre2-dev zlib1g-dev

rm -rf "$OUT/src" "$OUT/build"
mkdir -p "$OUT/src" "$OUT/build" "$OUT/lib"
(cd "$OUT/src" && apt-get source -q "qt6-base=$version")
source_dir="$(find "$OUT/src" -mindepth 1 -maxdepth 1 -type d -name 'qt6-base-*' | head -1)"

# The distribution's paths (plugins, translations are found where its Qt keeps them) and the
# features that change what Core exports (GLib's event dispatcher, ICU, zstd...), so that its
# QtGui, QtWidgets and QtMultimedia load against this Core. SQL is off: the repacked source has
# no bundled SQLite, and Core does not need it. Without pidfd support QProcess forks with fork(),
# which TSan intercepts; with it, Qt 6.4 starts children with clone(CLONE_VM | CLONE_VFORK), whose
# child runs on the parent's memory and TSan state: every read the parent made before it then
# looked unordered with later frees on other threads.
cmake -S "$source_dir" -B "$OUT/build" -G Ninja --log-level=WARNING \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo -DFEATURE_sanitize_thread=ON \
    -DCMAKE_INSTALL_PREFIX=/usr -DINSTALL_LIBDIR="lib/$multiarch" \
    -DINSTALL_BINDIR=lib/qt6/bin -DINSTALL_LIBEXECDIR=lib/qt6/libexec \
    -DINSTALL_ARCHDATADIR="lib/$multiarch/qt6" -DINSTALL_DATADIR=share/qt6 \
    -DINSTALL_HOSTDATADIR="lib/$multiarch/qt6" -DINSTALL_SYSCONFDIR=/etc/xdg \
    -DINSTALL_INCLUDEDIR="include/$multiarch/qt6" -DINSTALL_PLUGINDIR="lib/$multiarch/qt6/plugins" \
    -DINSTALL_TRANSLATIONDIR=share/qt6/translations \
    -DINSTALL_MKSPECSDIR="lib/$multiarch/qt6/mkspecs" \
    -DQT_BUILD_EXAMPLES=OFF -DQT_BUILD_TESTS=OFF -DFEATURE_mimetype_database=OFF \
    -DFEATURE_accessibility=ON -DFEATURE_system_doubleconversion=ON -DFEATURE_glib=ON \
    -DFEATURE_icu=ON -DFEATURE_system_pcre2=ON -DFEATURE_system_zlib=ON -DFEATURE_zstd=ON \
    -DFEATURE_system_libb2=ON -DFEATURE_rpath=OFF -DFEATURE_relocatable=OFF -DFEATURE_sql=OFF \
    -DFEATURE_forkfd_pidfd=OFF
log "building QtCore $version with ThreadSanitizer"
cmake --build "$OUT/build" -j "$JOBS" --target Core
cp -a "$OUT/build/lib/$multiarch"/libQt6Core.so.6* "$OUT/lib/"
echo "$recipe" >"$OUT/lib/version"
rm -rf "$OUT/src" "$OUT/build"
log "done: $OUT/lib/libQt6Core.so.6"
