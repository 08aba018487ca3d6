# macOS: swarmplay is an app bundle, Swarmplay.app, whose Info.plist (macos/Info.plist.in)
# declares .torrent files and magnet: links, with the icon rendered by scripts/make-icons.sh
# (resources/icons/swarmplay.icns). Qt's deploy script (macdeployqt) copies Qt, its plugins and
# the other non-system libraries (Homebrew's libtorrent-rasterbar, OpenSSL, Boost) into the
# bundle; CPack's DragNDrop generator makes the .dmg. Built by .github/workflows/installers.yml;
# it cannot be built on the Linux machine this project is developed on.
#
# Embedded subtitles link libavformat, libavcodec, libavutil and libass themselves (found with
# pkg-config, core/CMakeLists.txt); installers.yml installs Homebrew's ffmpeg, libass and
# pkgconf. macdeployqt copies them like libtorrent, with what they link in turn (Homebrew's
# FFmpeg brings its codec libraries, x264 and dav1d among them, and is built with its GPL parts),
# into Contents/Frameworks. Qt's media backend brings its own FFmpeg there too, under the file
# names of its major version (Qt 6.7 ships FFmpeg 6.1: libavformat.60.dylib; Homebrew's is 7 or
# later: .61 and up), so the two copies sit side by side. Were both ever of one major version,
# one file would serve both: look at Contents/Frameworks when either changes major version.
set(_icns "${PROJECT_SOURCE_DIR}/resources/icons/swarmplay.icns")
target_sources(swarmplay PRIVATE ${_icns})
set_source_files_properties(${_icns} TARGET_DIRECTORY swarmplay
    PROPERTIES MACOSX_PACKAGE_LOCATION "Resources")
set_target_properties(swarmplay PROPERTIES
    MACOSX_BUNDLE ON
    OUTPUT_NAME "Swarmplay"
    MACOSX_BUNDLE_INFO_PLIST "${CMAKE_CURRENT_LIST_DIR}/macos/Info.plist.in"
    MACOSX_BUNDLE_BUNDLE_NAME "Swarmplay"
    MACOSX_BUNDLE_GUI_IDENTIFIER "io.github.swarmplay.Swarmplay"
    MACOSX_BUNDLE_ICON_FILE "swarmplay.icns"
    MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
    MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
    MACOSX_BUNDLE_COPYRIGHT "Swarmplay developers")

set(CPACK_GENERATOR "DragNDrop")
set(CPACK_DMG_VOLUME_NAME "Swarmplay")
set(CPACK_DMG_FORMAT "UDZO")
# The usual /Applications drag target beside the bundle is added by the DragNDrop generator itself
# (unless CPACK_DMG_DISABLE_APPLICATIONS_SYMLINK); an install rule for it would also put the link
# into every plain `cmake --install` prefix (with --prefix /Applications, a link to itself).
