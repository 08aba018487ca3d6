# The player: QMediaPlayer on a TorrentStreamDevice, its controls and overlays.
target_sources(swarmplay_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/bufferingoverlay.cpp ${CMAKE_CURRENT_LIST_DIR}/bufferingoverlay.h
    ${CMAKE_CURRENT_LIST_DIR}/bufferingwatch.cpp ${CMAKE_CURRENT_LIST_DIR}/bufferingwatch.h
    ${CMAKE_CURRENT_LIST_DIR}/embeddedtracks.cpp ${CMAKE_CURRENT_LIST_DIR}/embeddedtracks.h
    ${CMAKE_CURRENT_LIST_DIR}/filepieces.cpp ${CMAKE_CURRENT_LIST_DIR}/filepieces.h
    ${CMAKE_CURRENT_LIST_DIR}/idlehider.cpp ${CMAKE_CURRENT_LIST_DIR}/idlehider.h
    ${CMAKE_CURRENT_LIST_DIR}/nextepisode.cpp ${CMAKE_CURRENT_LIST_DIR}/nextepisode.h
    ${CMAKE_CURRENT_LIST_DIR}/playbackcontroller.cpp ${CMAKE_CURRENT_LIST_DIR}/playbackcontroller.h
    ${CMAKE_CURRENT_LIST_DIR}/playercallguard.cpp ${CMAKE_CURRENT_LIST_DIR}/playercallguard.h
    ${CMAKE_CURRENT_LIST_DIR}/playercontrols.cpp ${CMAKE_CURRENT_LIST_DIR}/playercontrols.h
    ${CMAKE_CURRENT_LIST_DIR}/playerkeys.cpp ${CMAKE_CURRENT_LIST_DIR}/playerkeys.h
    ${CMAKE_CURRENT_LIST_DIR}/playerpalette.cpp ${CMAKE_CURRENT_LIST_DIR}/playerpalette.h
    ${CMAKE_CURRENT_LIST_DIR}/playerdevice.cpp ${CMAKE_CURRENT_LIST_DIR}/playerdevice.h
    ${CMAKE_CURRENT_LIST_DIR}/playerwidget.cpp ${CMAKE_CURRENT_LIST_DIR}/playerwidget.h
    ${CMAKE_CURRENT_LIST_DIR}/prebufferview.cpp ${CMAKE_CURRENT_LIST_DIR}/prebufferview.h
    ${CMAKE_CURRENT_LIST_DIR}/prefetcher.cpp ${CMAKE_CURRENT_LIST_DIR}/prefetcher.h
    ${CMAKE_CURRENT_LIST_DIR}/prefetchplan.cpp ${CMAKE_CURRENT_LIST_DIR}/prefetchplan.h
    ${CMAKE_CURRENT_LIST_DIR}/promptbar.cpp ${CMAKE_CURRENT_LIST_DIR}/promptbar.h
    ${CMAKE_CURRENT_LIST_DIR}/resumekeeper.cpp ${CMAKE_CURRENT_LIST_DIR}/resumekeeper.h
    ${CMAKE_CURRENT_LIST_DIR}/seekslider.cpp ${CMAKE_CURRENT_LIST_DIR}/seekslider.h
    ${CMAKE_CURRENT_LIST_DIR}/streampreparer.cpp ${CMAKE_CURRENT_LIST_DIR}/streampreparer.h
    ${CMAKE_CURRENT_LIST_DIR}/subtitlechoice.cpp ${CMAKE_CURRENT_LIST_DIR}/subtitlechoice.h
    ${CMAKE_CURRENT_LIST_DIR}/subtitlecontroller.cpp ${CMAKE_CURRENT_LIST_DIR}/subtitlecontroller.h
    ${CMAKE_CURRENT_LIST_DIR}/subtitleoverlay.cpp ${CMAKE_CURRENT_LIST_DIR}/subtitleoverlay.h
    ${CMAKE_CURRENT_LIST_DIR}/trackmenu.cpp ${CMAKE_CURRENT_LIST_DIR}/trackmenu.h
    ${CMAKE_CURRENT_LIST_DIR}/videoview.cpp ${CMAKE_CURRENT_LIST_DIR}/videoview.h
)
