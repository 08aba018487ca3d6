# The main window, its panes and dialogs.
target_sources(swarmplay_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/infopane.cpp ${CMAKE_CURRENT_LIST_DIR}/infopane.h
    ${CMAKE_CURRENT_LIST_DIR}/opensourcedialog.cpp ${CMAKE_CURRENT_LIST_DIR}/opensourcedialog.h
    ${CMAKE_CURRENT_LIST_DIR}/statusbarwidget.cpp ${CMAKE_CURRENT_LIST_DIR}/statusbarwidget.h
)
