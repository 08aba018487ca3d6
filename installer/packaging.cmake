# Packages: `cmake --build build --target package` (or `cd build && cpack`) makes a .deb, an
# .rpm (when rpmbuild is installed) and a .tar.gz on Linux. Windows and macOS installers are
# configured here too when built there (see installer/windows.cmake, installer/macos.cmake and
# .github/workflows/installers.yml).
set(CPACK_PACKAGE_NAME "swarmplay")
set(CPACK_PACKAGE_VENDOR "Swarmplay")
set(CPACK_PACKAGE_CONTACT "Swarmplay developers <swarmplay@invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "Swarmplay plays videos from BitTorrent while they download: open a .torrent file or a \
magnet link and it picks the main video, buffers just enough and plays it, moving the download \
to where you seek. It also serves the files over loopback HTTP for other players.")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Swarmplay")
set(CPACK_PACKAGE_EXECUTABLES "swarmplay;Swarmplay")

if(UNIX AND NOT APPLE)
    include(${CMAKE_CURRENT_LIST_DIR}/linux.cmake)
    set(CPACK_GENERATOR "DEB;TGZ")
    # The build's debug info stays in the build tree (RelWithDebInfo: 30 MB of the 31 MB .deb).
    set(CPACK_STRIP_FILES ON)

    # Debian: the shared libraries' packages are computed by dpkg-shlibdeps. Qt loads its
    # platform and FFmpeg media plugins at run time; they ship in libqt6gui6 and
    # libqt6multimedia6, which the computed dependencies already name; so are libavformat59,
    # libavcodec59, libavutil57 and libass9, which the subtitle drawing links. The demo needs the
    # ffmpeg program, which no library dependency can find; Qt's own dialogs speak the chosen
    # language only with qt6-translations-l10n.
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_SECTION "video")
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "ffmpeg, qt6-translations-l10n")
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)

    # RPM: requirements computed by rpmbuild (AutoReq). Directories other packages own
    # (filesystem, hicolor-icon-theme) are left out of the file list.
    find_program(SWARMPLAY_RPMBUILD rpmbuild)
    if(SWARMPLAY_RPMBUILD)
        list(APPEND CPACK_GENERATOR "RPM")
    endif()
    set(CPACK_RPM_PACKAGE_GROUP "Applications/Multimedia")
    set(CPACK_RPM_PACKAGE_URL "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_RPM_PACKAGE_AUTOREQ ON)
    set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
    set(_owned /usr/share/applications /usr/share/metainfo /usr/share/icons
        /usr/share/icons/hicolor /usr/share/icons/hicolor/scalable
        /usr/share/icons/hicolor/scalable/apps)
    foreach(_size 16 22 24 32 48 64 128 256 512)
        list(APPEND _owned /usr/share/icons/hicolor/${_size}x${_size}
            /usr/share/icons/hicolor/${_size}x${_size}/apps)
    endforeach()
    set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION "${_owned}")
elseif(WIN32)
    include(${CMAKE_CURRENT_LIST_DIR}/windows.cmake)
elseif(APPLE)
    include(${CMAKE_CURRENT_LIST_DIR}/macos.cmake)
endif()

# Windows and macOS have no system Qt: Qt's deploy script (windeployqt, macdeployqt) copies Qt's
# libraries and plugins into the installed tree. The command exists from Qt 6.3; its argument
# for the script's name changed in 6.5. Linux packages use the distribution's Qt instead.
if((WIN32 OR APPLE) AND COMMAND qt_generate_deploy_app_script)
    if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
        # NO_COMPILER_RUNTIME: with MSVC windeployqt would copy vc_redist.x64.exe, for the
        # installer to run; windows.cmake installs the runtime DLLs themselves instead.
        qt_generate_deploy_app_script(TARGET swarmplay OUTPUT_SCRIPT _swarmplay_deploy
            NO_COMPILER_RUNTIME NO_UNSUPPORTED_PLATFORM_ERROR)
    else()
        qt_generate_deploy_app_script(TARGET swarmplay FILENAME_VARIABLE _swarmplay_deploy
            NO_UNSUPPORTED_PLATFORM_ERROR)
    endif()
    install(SCRIPT ${_swarmplay_deploy})
endif()

# CPack reads these values exactly as written here (the NSIS commands hold quotes).
set(CPACK_VERBATIM_VARIABLES ON)
include(CPack)
