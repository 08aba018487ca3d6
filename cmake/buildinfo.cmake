# swarmplay_buildinfo: a generated header, buildinfo.h, with the version and the git commit the
# build comes from (`swarmplay --version`, the About dialog). The commit is read when CMake
# configures; a new commit or checkout makes the next build configure again, so it stays true.
# Outside a git checkout (a source tarball) the commit is "unknown".
set(SWARMPLAY_COMMIT "unknown")
find_package(Git QUIET)
if(GIT_FOUND)
    execute_process(COMMAND ${GIT_EXECUTABLE} rev-parse --short HEAD
        WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
        OUTPUT_VARIABLE _swarmplay_commit OUTPUT_STRIP_TRAILING_WHITESPACE
        RESULT_VARIABLE _swarmplay_git_result ERROR_QUIET)
    if(_swarmplay_git_result EQUAL 0 AND _swarmplay_commit)
        set(SWARMPLAY_COMMIT "${_swarmplay_commit}")
        # HEAD names the branch; the branch's ref file moves with each commit (in a worktree
        # both live in the main repository's .git, which --git-path resolves).
        execute_process(COMMAND ${GIT_EXECUTABLE} rev-parse --symbolic-full-name HEAD
            WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
            OUTPUT_VARIABLE _swarmplay_ref OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
        foreach(_swarmplay_path HEAD ${_swarmplay_ref} packed-refs)
            execute_process(COMMAND ${GIT_EXECUTABLE} rev-parse --path-format=absolute
                    --git-path ${_swarmplay_path}
                WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
                OUTPUT_VARIABLE _swarmplay_file OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
            if(_swarmplay_file AND EXISTS "${_swarmplay_file}")
                set_property(DIRECTORY ${PROJECT_SOURCE_DIR} APPEND PROPERTY
                    CMAKE_CONFIGURE_DEPENDS "${_swarmplay_file}")
            endif()
        endforeach()
    endif()
endif()
message(STATUS "Swarmplay ${PROJECT_VERSION}, commit ${SWARMPLAY_COMMIT}")

configure_file(${CMAKE_CURRENT_LIST_DIR}/buildinfo.h.in
    ${PROJECT_BINARY_DIR}/generated/buildinfo.h @ONLY)
add_library(swarmplay_buildinfo INTERFACE)
target_include_directories(swarmplay_buildinfo INTERFACE ${PROJECT_BINARY_DIR}/generated)
