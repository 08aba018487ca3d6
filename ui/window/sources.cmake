# The main window, its panes and dialogs.
target_sources(swarmplay_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/aboutdialog.cpp ${CMAKE_CURRENT_LIST_DIR}/aboutdialog.h
    ${CMAKE_CURRENT_LIST_DIR}/externalplayer.cpp ${CMAKE_CURRENT_LIST_DIR}/externalplayer.h
    ${CMAKE_CURRENT_LIST_DIR}/infopane.cpp ${CMAKE_CURRENT_LIST_DIR}/infopane.h
    ${CMAKE_CURRENT_LIST_DIR}/librarykeeper.cpp ${CMAKE_CURRENT_LIST_DIR}/librarykeeper.h
    ${CMAKE_CURRENT_LIST_DIR}/librarypane.cpp ${CMAKE_CURRENT_LIST_DIR}/librarypane.h
    ${CMAKE_CURRENT_LIST_DIR}/mainwindow.cpp ${CMAKE_CURRENT_LIST_DIR}/mainwindow.h
    ${CMAKE_CURRENT_LIST_DIR}/mainwindowmenus.cpp
    ${CMAKE_CURRENT_LIST_DIR}/messagebar.cpp ${CMAKE_CURRENT_LIST_DIR}/messagebar.h
    ${CMAKE_CURRENT_LIST_DIR}/opensourcedialog.cpp ${CMAKE_CURRENT_LIST_DIR}/opensourcedialog.h
    ${CMAKE_CURRENT_LIST_DIR}/playchoice.cpp ${CMAKE_CURRENT_LIST_DIR}/playchoice.h
    ${CMAKE_CURRENT_LIST_DIR}/remotecontrol.cpp ${CMAKE_CURRENT_LIST_DIR}/remotecontrol.h
    ${CMAKE_CURRENT_LIST_DIR}/remotesettingskeeper.cpp
    ${CMAKE_CURRENT_LIST_DIR}/remotesettingskeeper.h
    ${CMAKE_CURRENT_LIST_DIR}/removeprompt.cpp ${CMAKE_CURRENT_LIST_DIR}/removeprompt.h
    ${CMAKE_CURRENT_LIST_DIR}/settingsdialog.cpp ${CMAKE_CURRENT_LIST_DIR}/settingsdialog.h
    ${CMAKE_CURRENT_LIST_DIR}/sourceopener.cpp ${CMAKE_CURRENT_LIST_DIR}/sourceopener.h
    ${CMAKE_CURRENT_LIST_DIR}/statusbarwidget.cpp ${CMAKE_CURRENT_LIST_DIR}/statusbarwidget.h
    ${CMAKE_CURRENT_LIST_DIR}/torrentlistview.cpp ${CMAKE_CURRENT_LIST_DIR}/torrentlistview.h
    ${CMAKE_CURRENT_LIST_DIR}/torrentview.cpp ${CMAKE_CURRENT_LIST_DIR}/torrentview.h
)
