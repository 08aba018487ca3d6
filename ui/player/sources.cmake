# The player: QMediaPlayer on a TorrentStreamDevice, its controls and overlays.
target_sources(swarmplay_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/bufferingoverlay.cpp ${CMAKE_CURRENT_LIST_DIR}/bufferingoverlay.h
    ${CMAKE_CURRENT_LIST_DIR}/playercontrols.cpp ${CMAKE_CURRENT_LIST_DIR}/playercontrols.h
    ${CMAKE_CURRENT_LIST_DIR}/prebufferview.cpp ${CMAKE_CURRENT_LIST_DIR}/prebufferview.h
    ${CMAKE_CURRENT_LIST_DIR}/seekslider.cpp ${CMAKE_CURRENT_LIST_DIR}/seekslider.h
)
