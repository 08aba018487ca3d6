#!/usr/bin/env bash
# Compiles the Windows installer's NSIS script on Linux: a scratch CMake project with a dummy
# program includes installer/windows.cmake exactly as the Windows build does, and CPack's NSIS
# generator runs Debian's makensis on it. That checks what can be checked without Windows: the
# CPack settings, the quoting of CPACK_NSIS_EXTRA_*_COMMANDS and installer/windows/
# associations.nsh all make a script makensis accepts. With mingw's windres it also compiles
# the icon and version resource. (The result is not a usable installer: its payload is a Linux
# program.)
#
#   tests/install/nsis_script_check.sh      (exit 77 when makensis is missing: apt install nsis)
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
command -v makensis >/dev/null || { echo "makensis is not installed: sudo apt install nsis"; exit 77; }
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

cat >"$WORK/CMakeLists.txt" <<CMAKE
cmake_minimum_required(VERSION 3.21)
project(Swarmplay VERSION 0.1.0 HOMEPAGE_URL "https://swarmplay.invalid" LANGUAGES CXX)
include(GNUInstallDirs)
add_executable(swarmplay main.cpp)
install(TARGETS swarmplay RUNTIME DESTINATION bin)
set(PROJECT_SOURCE_DIR "$HERE")
set(SWARMPLAY_COMMIT check)
set(CPACK_PACKAGE_NAME "swarmplay")
set(CPACK_PACKAGE_VENDOR "Swarmplay")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Swarmplay")
set(CPACK_PACKAGE_EXECUTABLES "swarmplay;Swarmplay")
include("$HERE/installer/windows.cmake")
set(CPACK_VERBATIM_VARIABLES ON)
include(CPack)
CMAKE
echo 'int main() { return 0; }' >"$WORK/main.cpp"

cmake -S "$WORK" -B "$WORK/build" >"$WORK/configure.log" 2>&1 || { cat "$WORK/configure.log"; exit 1; }
cmake --build "$WORK/build" >/dev/null
(cd "$WORK/build" && cpack -G NSIS >"$WORK/cpack.log" 2>&1) || {
    cat "$WORK/cpack.log"
    find "$WORK/build/_CPack_Packages" -name NSISOutput.log -exec tail -n 30 {} \;
    exit 1
}
NSI="$(find "$WORK/build/_CPack_Packages" -name project.nsi | head -n1)"
grep -q 'insertmacro SwarmplayRegisterAssociations' "$NSI" || { echo "no association commands in $NSI"; exit 1; }
grep -q 'insertmacro SwarmplayRemoveAssociations' "$NSI" || { echo "no removal commands in $NSI"; exit 1; }
echo "ok: makensis compiled the installer script ($(makensis -VERSION)), with the associations"

if command -v x86_64-w64-mingw32-windres >/dev/null && [[ -d /usr/share/mingw-w64/include ]]; then
    x86_64-w64-mingw32-windres --preprocessor=cpp \
        --preprocessor-arg=-I/usr/share/mingw-w64/include --preprocessor-arg=-DRC_INVOKED \
        --preprocessor-arg=-D_WIN32 --preprocessor-arg=-D_WIN64 --preprocessor-arg=-D__x86_64__ \
        "$WORK/build/generated/swarmplay.rc" -O coff -o "$WORK/swarmplay.res.o"
    echo "ok: windres compiled swarmplay.rc (icon and version)"
else
    echo "skipped: swarmplay.rc (sudo apt install binutils-mingw-w64-x86-64 mingw-w64-x86-64-dev)"
fi
