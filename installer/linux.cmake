# Linux desktop integration, installed with GNUInstallDirs paths: the desktop entry (opens
# .torrent files and magnet: links), the AppStream metainfo and the hicolor icons (the SVG plus
# PNGs rendered by scripts/make-icons.sh). All are named after the application's id, which is
# also QGuiApplication::desktopFileName() (app/swarmplay/main.cpp) and the Wayland app id.
set(SWARMPLAY_APP_ID "io.github.swarmplay.Swarmplay")
set(_linux ${PROJECT_SOURCE_DIR}/resources/linux)
set(_icons ${PROJECT_SOURCE_DIR}/resources/icons)

install(FILES ${_linux}/${SWARMPLAY_APP_ID}.desktop
    DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${_linux}/${SWARMPLAY_APP_ID}.metainfo.xml
    DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${_icons}/swarmplay.svg
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
    RENAME ${SWARMPLAY_APP_ID}.svg)
foreach(_size 16 22 24 32 48 64 128 256 512)
    install(FILES ${_icons}/hicolor/${_size}x${_size}/swarmplay.png
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${_size}x${_size}/apps
        RENAME ${SWARMPLAY_APP_ID}.png)
endforeach()

# The metainfo's newest release should be this version; a reminder when it is not.
file(READ ${_linux}/${SWARMPLAY_APP_ID}.metainfo.xml _metainfo)
if(NOT _metainfo MATCHES "<release version=\"${PROJECT_VERSION}\"")
    message(WARNING "${SWARMPLAY_APP_ID}.metainfo.xml has no <release> for ${PROJECT_VERSION}")
endif()
