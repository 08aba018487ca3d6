# Windows: swarmplay.exe gets its icon and version resource and no console window; Qt and its
# plugins (platform, FFmpeg media backend, image formats) are copied next to it by Qt's deploy
# script (windeployqt); CPack's NSIS installer adds a Start-menu entry and an uninstaller and
# registers .torrent files and magnet: links for the user (installer/windows/associations.nsh),
# which the uninstaller removes again. Built by .github/workflows/installers.yml; it cannot be
# built on the Linux machine this project is developed on.
set(SWARMPLAY_ICO "${PROJECT_SOURCE_DIR}/resources/icons/swarmplay.ico")
configure_file(${CMAKE_CURRENT_LIST_DIR}/windows/swarmplay.rc.in
    ${PROJECT_BINARY_DIR}/generated/swarmplay.rc @ONLY)
target_sources(swarmplay PRIVATE ${PROJECT_BINARY_DIR}/generated/swarmplay.rc)
set_target_properties(swarmplay PROPERTIES WIN32_EXECUTABLE ON)

# Libraries that are not Qt's (libtorrent, OpenSSL, Boost when vcpkg builds them as DLLs) go
# next to the executables too; with a static vcpkg triplet only Qt's own DLLs are in this list,
# which the deploy script copies to the same place anyway.
install(FILES $<TARGET_RUNTIME_DLLS:swarmplay> DESTINATION ${CMAKE_INSTALL_BINDIR})
# Embedded subtitles link libavformat, libavcodec, libavutil and libass themselves (found with
# pkg-config, core/CMakeLists.txt). installers.yml takes them from vcpkg in the same static
# triplet as libtorrent (ffmpeg[core,avcodec,avformat] and libass, with libass's freetype,
# harfbuzz and fribidi; vcpkg's pkgconf reads their .pc files, into which vcpkg merges the
# private libraries of static builds), so they are inside swarmplay.exe and nothing more is
# installed for them. Qt's media backend keeps its own FFmpeg DLLs (avformat-*.dll ...), which
# windeployqt is to deploy with the plugin (Qt 6.7.0's missed them: the .zip should list them);
# the two copies do not meet, since Windows resolves each module's imports on their own. With a dynamic triplet their DLLs would be missing: pkg-config's
# targets are interface libraries, absent from TARGET_RUNTIME_DLLS, and windeployqt copies only
# what Qt and its plugins need.
# The MSVC runtime (vcruntime140.dll, msvcp140.dll, ...) that Qt, libtorrent and swarmplay link
# to, app-local beside them: windeployqt would only copy vc_redist.x64.exe, which the installer
# would have to run (packaging.cmake passes NO_COMPILER_RUNTIME on Qt 6.5 and later).
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
include(InstallRequiredSystemLibraries)

set(CPACK_GENERATOR "NSIS;ZIP")
set(CPACK_NSIS_PACKAGE_NAME "Swarmplay")
set(CPACK_NSIS_DISPLAY_NAME "Swarmplay")
# 64-bit builds only; Program Files, not Program Files (x86).
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
# The installer's own record (install folder, Start-menu folder) is HKLM\Software\Swarmplay\
# SwarmplayInstaller, not ...\Swarmplay\Swarmplay, which in HKCU is where QSettings keeps the
# user's settings (Windows' registry ignores case). The same name is the Add/Remove Programs key
# (...\CurrentVersion\Uninstall\SwarmplayInstaller) whose UninstallString
# CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL runs, so it must not be a generic word like
# "Installer" that another program's installer could use too.
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "SwarmplayInstaller")
set(CPACK_NSIS_MUI_ICON "${SWARMPLAY_ICO}")
set(CPACK_NSIS_MUI_UNIICON "${SWARMPLAY_ICO}")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\swarmplay.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "bin")
set(CPACK_NSIS_MUI_FINISHPAGE_RUN "swarmplay.exe")
# CPACK_PACKAGE_EXECUTABLES (packaging.cmake) makes the Start-menu entry; CPack's template adds
# the uninstaller's entry and its Add/Remove Programs record.
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS
    "!include \"${CMAKE_CURRENT_LIST_DIR}/windows/associations.nsh\"
!insertmacro SwarmplayRegisterAssociations")
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS
    "!include \"${CMAKE_CURRENT_LIST_DIR}/windows/associations.nsh\"
!insertmacro SwarmplayRemoveAssociations")
