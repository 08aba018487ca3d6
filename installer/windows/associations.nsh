; Swarmplay's .torrent file association and magnet: URL protocol, for the user who installs
; (HKCU\Software\Classes), and their removal. Included by CPack's NSIS script through
; CPACK_NSIS_EXTRA_INSTALL_COMMANDS / CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS (installer/windows.cmake).
;
; Windows 10 and later keep the user's own choice of default app (UserChoice) out of an
; installer's reach: when another program was chosen before, Windows asks the next time a
; .torrent or magnet: link is opened, and Swarmplay is offered (Capabilities below).

!ifndef SWARMPLAY_ASSOCIATIONS_NSH
!define SWARMPLAY_ASSOCIATIONS_NSH

!define SWARMPLAY_EXE "$INSTDIR\bin\swarmplay.exe"
!define SWARMPLAY_OPEN '"$INSTDIR\bin\swarmplay.exe" "%1"'
; SHCNE_ASSOCCHANGED: Explorer rereads the associations.
!define SWARMPLAY_NOTIFY "System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'"

!macro SwarmplayRegisterAssociations
    ; The ProgIDs: what opening a .torrent file or a magnet: link runs.
    WriteRegStr HKCU "Software\Classes\Swarmplay.Torrent" "" "BitTorrent file"
    WriteRegStr HKCU "Software\Classes\Swarmplay.Torrent\DefaultIcon" "" "${SWARMPLAY_EXE},0"
    WriteRegStr HKCU "Software\Classes\Swarmplay.Torrent\shell\open\command" "" '${SWARMPLAY_OPEN}'
    WriteRegStr HKCU "Software\Classes\Swarmplay.Magnet" "" "Magnet link"
    WriteRegStr HKCU "Software\Classes\Swarmplay.Magnet" "URL Protocol" ""
    WriteRegStr HKCU "Software\Classes\Swarmplay.Magnet\DefaultIcon" "" "${SWARMPLAY_EXE},0"
    WriteRegStr HKCU "Software\Classes\Swarmplay.Magnet\shell\open\command" "" '${SWARMPLAY_OPEN}'

    ; .torrent: Swarmplay among the programs that open it, and the default one.
    WriteRegStr HKCU "Software\Classes\.torrent" "" "Swarmplay.Torrent"
    WriteRegStr HKCU "Software\Classes\.torrent" "Content Type" "application/x-bittorrent"
    WriteRegStr HKCU "Software\Classes\.torrent\OpenWithProgids" "Swarmplay.Torrent" ""

    ; magnet: a URL protocol is a key named after the scheme.
    WriteRegStr HKCU "Software\Classes\magnet" "" "URL:Magnet link"
    WriteRegStr HKCU "Software\Classes\magnet" "URL Protocol" ""
    WriteRegStr HKCU "Software\Classes\magnet\DefaultIcon" "" "${SWARMPLAY_EXE},0"
    WriteRegStr HKCU "Software\Classes\magnet\shell\open\command" "" '${SWARMPLAY_OPEN}'

    ; Settings > Default apps lists Swarmplay for both.
    WriteRegStr HKCU "Software\Swarmplay\Capabilities" "ApplicationName" "Swarmplay"
    WriteRegStr HKCU "Software\Swarmplay\Capabilities" "ApplicationDescription" \
        "Plays videos from BitTorrent while they download"
    WriteRegStr HKCU "Software\Swarmplay\Capabilities\FileAssociations" ".torrent" "Swarmplay.Torrent"
    WriteRegStr HKCU "Software\Swarmplay\Capabilities\URLAssociations" "magnet" "Swarmplay.Magnet"
    WriteRegStr HKCU "Software\RegisteredApplications" "Swarmplay" "Software\Swarmplay\Capabilities"
    ${SWARMPLAY_NOTIFY}
!macroend

!macro SwarmplayRemoveAssociations
    DeleteRegKey HKCU "Software\Classes\Swarmplay.Torrent"
    DeleteRegKey HKCU "Software\Classes\Swarmplay.Magnet"
    DeleteRegValue HKCU "Software\Classes\.torrent\OpenWithProgids" "Swarmplay.Torrent"
    DeleteRegKey /ifempty HKCU "Software\Classes\.torrent\OpenWithProgids"
    ; What other programs registered stays: only values that still name Swarmplay go.
    ReadRegStr $0 HKCU "Software\Classes\.torrent" ""
    StrCmp $0 "Swarmplay.Torrent" 0 +3
        DeleteRegValue HKCU "Software\Classes\.torrent" ""
        DeleteRegValue HKCU "Software\Classes\.torrent" "Content Type"
    DeleteRegKey /ifempty HKCU "Software\Classes\.torrent"
    ReadRegStr $0 HKCU "Software\Classes\magnet\shell\open\command" ""
    StrCmp $0 '${SWARMPLAY_OPEN}' 0 +2
        DeleteRegKey HKCU "Software\Classes\magnet"
    DeleteRegValue HKCU "Software\RegisteredApplications" "Swarmplay"
    DeleteRegKey HKCU "Software\Swarmplay\Capabilities"
    ; Software\Swarmplay\swarmplay holds the user's settings (QSettings); it stays.
    DeleteRegKey /ifempty HKCU "Software\Swarmplay"
    ${SWARMPLAY_NOTIFY}
!macroend

!endif
