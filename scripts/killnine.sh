#!/usr/bin/env bash
# kill -9 aimed at the state files' writes, ROUNDS times (default 1000): tst_killnine kills
# swarmplay_statewriter mid-write and checks after every kill that resume data, torrent
# metadata, library.json and playback.json load whole and no torrent is lost. It prints how many
# kills landed inside a write. Run after `scripts/dev.sh test` (or any build with tests).
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD="${SWARMPLAY_BUILD_DIR:-build}"
cmake --build "$BUILD" --target tst_killnine >/dev/null
SWARMPLAY_KILL_ROUNDS="${1:-1000}" exec "$BUILD/tests/tst_killnine"
