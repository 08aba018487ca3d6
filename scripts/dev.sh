#!/usr/bin/env bash
# Swarmplay's developer entry point. The README's quick start uses exactly two of these:
#
#   scripts/dev.sh run [ARGS...]   install what is missing, build, run swarmplay (no ARGS: the demo)
#   scripts/dev.sh test            install what is missing (tools the tests use too), build, run every test
#
# Also: deps [--test], build, package, format, fuzz. `test --sanitize=address,undefined` (or
# `--sanitize=thread`, with a QtCore of its own: scripts/qtcore-tsan.sh) builds into its own
# folder and runs the suite under those sanitizers;
# `--parsers` after it limits that to the parser tests and fuzz corpora (what CI runs). Works on
# Debian 12 and Ubuntu 22.04+, as root or as a user with sudo. Only packages from the
# distribution's archive are used.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${SWARMPLAY_BUILD_DIR:-$HERE/build}"
JOBS="${JOBS:-$(nproc)}"

BUILD_PACKAGES=(build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-multimedia-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n
    libtorrent-rasterbar-dev libboost-dev libssl-dev libgl-dev ffmpeg
    libavformat-dev libavcodec-dev libass-dev) # embedded subtitles: our demuxer, libass draws
# What the tests run against: real media tools, a real tracker and real third-party clients.
TEST_PACKAGES=(ffmpeg opentracker transmission-daemon transmission-cli qbittorrent-nox aria2
    rtorrent curl xvfb xauth clang-format desktop-file-utils appstream nsis chromium wrk
    python3-fonttools dvdauthor # subtitle media: a font renamed to prove attachments, VobSub
    python3-jsonschema) # the control API's answers checked against docs/openapi.json
# What `package` needs besides the build: rpmbuild for the .rpm (the .deb needs only dpkg).
PACKAGE_PACKAGES=(rpm file)

log() { printf '[swarmplay] %s\n' "$*" >&2; }

as_root() {
    if [[ $(id -u) -eq 0 ]]; then "$@"
    elif command -v sudo >/dev/null; then sudo "$@"
    else log "need root (or sudo) to run: $*"; exit 1; fi
}

install_packages() {
    local missing=() p
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [[ ${#missing[@]} -eq 0 ]] && return 0
    log "installing: ${missing[*]}"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}

deps() {
    install_packages "${BUILD_PACKAGES[@]}"
    if [[ "${1:-}" == "--test" ]]; then install_packages "${TEST_PACKAGES[@]}"; fi
}

build() {
    cmake -S "$HERE" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
    cmake --build "$BUILD" -j "$JOBS"
}

# The tests of what parses bytes a stranger chooses, with the fuzz corpora replayed: what
# `test --sanitize=address,undefined --parsers` builds and runs, and CI with it (the whole suite
# under ASan does not fit CI's time; docs/security.md).
PARSER_TESTS=(tst_torrentsource tst_proberegion tst_seekindex tst_subtitles tst_subtitleformats
    tst_damagedsubtitles tst_damagedsources tst_streamplanner tst_streamserver tst_serverchaos
    tst_killnine fuzz_torrentsource fuzz_torrentfile fuzz_proberegion fuzz_subtitles
    fuzz_httprequest fuzz_apibody fuzz_statefiles fuzz_embeddedsubtitles)

# How much slower the suite runs under these sanitizers: the tests' time limits and bounded
# waits grow by it. Their options and suppressions (tests/sanitizers/) come with the build.
sanitizer_env() {
    case "$1" in
        address|undefined|address,undefined|undefined,address) TIME_SCALE=4 ;;
        thread) TIME_SCALE=10 ;;
        *) log "--sanitize takes address,undefined or thread, not $1"; exit 2 ;;
    esac
}

case "${1:-}" in
    run)
        shift
        deps
        build
        # No arguments: swarmplay plays its demo. The engine is build/app/engine/swarmplay-engine.
        exec "$BUILD/app/swarmplay/swarmplay" "$@"
        ;;
    test)
        shift
        deps --test
        sanitize=""
        if [[ "${1:-}" == --sanitize=* ]]; then sanitize="${1#--sanitize=}"; shift; fi
        if [[ -z "$sanitize" ]]; then
            build -DSWARMPLAY_BUILD_TESTS=ON -DSWARMPLAY_WERROR=ON
        else
            sanitizer_env "$sanitize"
            BUILD="${SWARMPLAY_BUILD_DIR:-$HERE/build}-${sanitize//,/-}" # never a plain build's cache
            options=(-DSWARMPLAY_BUILD_TESTS=ON -DSWARMPLAY_WERROR=ON
                -DSWARMPLAY_SANITIZE="$sanitize" -DSWARMPLAY_TEST_TIME_SCALE="$TIME_SCALE")
            if [[ "$sanitize" == thread ]]; then
                # The tests load a QtCore that TSan sees into (built once, about 10 minutes).
                qtcore="${SWARMPLAY_TSAN_QT_DIR:-$HERE/build-qtcore-tsan}"
                "$HERE/scripts/qtcore-tsan.sh" "$qtcore"
                options+=(-DSWARMPLAY_TSAN_QT_LIBDIR="$qtcore/lib")
            fi
            if [[ "${1:-}" == --parsers ]]; then
                shift
                cmake -S "$HERE" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${options[@]}"
                cmake --build "$BUILD" -j "$JOBS" --target "${PARSER_TESTS[@]}"
                regex=""
                for t in "${PARSER_TESTS[@]}"; do
                    [[ "$t" == fuzz_* ]] && t="${t}_corpus" # the replay of its corpus
                    regex+="${regex:+|}$t"
                done
                set -- -R "^($regex)\$" "$@"
            else
                build "${options[@]}"
            fi
        fi
        cd "$BUILD"
        # Tests use their own loopback addresses, so they can run side by side.
        exec ctest --output-on-failure --timeout $((600 * ${TIME_SCALE:-1})) -j "$JOBS" "$@"
        ;;
    fuzz)
        # fuzz TARGET [libFuzzer options]: builds tests/fuzz with clang, ASan and UBSan, and runs
        # TARGET on its seed corpus; new inputs go to build-fuzz/corpus/TARGET.
        shift
        target="${1:?fuzz needs a target: fuzz_torrentsource, fuzz_proberegion, ...}"
        shift
        deps
        install_packages clang libclang-rt-dev # libFuzzer's runtime for the distribution's clang
        BUILD="${SWARMPLAY_BUILD_DIR:-$HERE/build}-fuzz"
        CXX=clang++ cmake -S "$HERE" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
            -DSWARMPLAY_FUZZ=ON -DSWARMPLAY_SANITIZE=address,undefined -DSWARMPLAY_BUILD_TESTS=OFF
        cmake --build "$BUILD" -j "$JOBS" --target "$target"
        mkdir -p "$BUILD/corpus/$target"
        # The format's words (tests/fuzz/dict), so mutations reach past the first checks.
        case "$target" in
            fuzz_httprequest) dict=http ;;
            fuzz_torrentfile) dict=bencode ;;
            fuzz_torrentsource) dict=magnet ;;
            fuzz_proberegion) dict=media ;;
            fuzz_subtitles) dict=subtitles ;;
            fuzz_embeddedsubtitles) dict=embedded ;;
            *) dict=json ;;
        esac
        # The suppressions the tests use; an input that makes a parser ask for 256 MiB at once
        # is a finding (the corpus replays fail on it too); FFmpeg's log of every damaged input
        # is closed (stderr), libFuzzer's own reports are not.
        supp="$HERE/tests/sanitizers"
        export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=0"
        export LSAN_OPTIONS="suppressions=$supp/lsan.supp:print_suppressions=0"
        export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:suppressions=$supp/ubsan.supp"
        export QT_QPA_PLATFORM=offscreen
        exec "$BUILD/tests/fuzz/$target" -dict="$HERE/tests/fuzz/dict/$dict.dict" \
            -timeout=10 -rss_limit_mb=2048 -malloc_limit_mb=256 -close_fd_mask=2 \
            "$BUILD/corpus/$target" "$HERE/tests/fuzz/corpus/$target" "$@"
        ;;
    deps) shift; deps "$@" ;;
    build) shift; deps; build "$@" ;;
    package)
        shift; deps; install_packages "${PACKAGE_PACKAGES[@]}"; build "$@"
        (cd "$BUILD" && cpack)
        ;;
    format)
        cd "$HERE"
        git ls-files '*.cpp' '*.h' | xargs clang-format -i
        ;;
    *)
        sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'
        exit 2
        ;;
esac
