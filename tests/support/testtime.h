#pragma once

// Bounded waits that grow with the build: sanitizers make the suite 2 to 15 times slower, and
// SWARMPLAY_TEST_TIME_SCALE (set by scripts/dev.sh test --sanitize=..., see
// tests/CMakeLists.txt) says by how much, so that a wait fails only when something hangs.

#include <algorithm>

#include <QtGlobal>

namespace swarmplay::test {

inline int timeScale()
{
    static const int scale = std::max(1, qEnvironmentVariableIntValue("SWARMPLAY_TEST_TIME_SCALE"));
    return scale;
}

// A bound of ms milliseconds in an unsanitized build.
inline int scaledMs(int ms)
{
    return ms * timeScale();
}

} // namespace swarmplay::test
