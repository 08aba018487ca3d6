# Item models fed by the session's batched snapshots.
target_sources(swarmplay_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/cellformat.cpp ${CMAKE_CURRENT_LIST_DIR}/cellformat.h
    ${CMAKE_CURRENT_LIST_DIR}/filelistmodel.cpp ${CMAKE_CURRENT_LIST_DIR}/filelistmodel.h
    ${CMAKE_CURRENT_LIST_DIR}/keyedtablemodel.h
    ${CMAKE_CURRENT_LIST_DIR}/librarymodel.cpp ${CMAKE_CURRENT_LIST_DIR}/librarymodel.h
    ${CMAKE_CURRENT_LIST_DIR}/logmodel.cpp ${CMAKE_CURRENT_LIST_DIR}/logmodel.h
    ${CMAKE_CURRENT_LIST_DIR}/naturalcompare.cpp ${CMAKE_CURRENT_LIST_DIR}/naturalcompare.h
    ${CMAKE_CURRENT_LIST_DIR}/peerlistmodel.cpp ${CMAKE_CURRENT_LIST_DIR}/peerlistmodel.h
    ${CMAKE_CURRENT_LIST_DIR}/torrentlistmodel.cpp ${CMAKE_CURRENT_LIST_DIR}/torrentlistmodel.h
    ${CMAKE_CURRENT_LIST_DIR}/trackerlistmodel.cpp ${CMAKE_CURRENT_LIST_DIR}/trackerlistmodel.h
)
