#pragma once

// What a SubtitleDrawer shows at a moment, for the subtitle tests: the picture a video frame of
// 640×480 would get.

#include <QObject>
#include <QTest>

#include "subtitle/subtitledrawer.h"
#include "testtime.h"

namespace swarmplay::test {

// Pictures come only when they change, so what is on screen is the last one that came. Two
// sizes in turn: libass sees a new frame size and draws again whatever it held. A test fails
// when no picture comes at all.
inline SubtitlePicture grabSubtitles(SubtitleDrawer &drawer, qint64 ms)
{
    SubtitlePicture screen;
    bool got = false;
    QObject context;
    QObject::connect(&drawer, &SubtitleDrawer::pictureReady, &context,
                     [&](qint64 at, const SubtitlePicture &p) {
                         screen = p;
                         got = got || at == ms;
                     });
    drawer.requestPicture(ms, 641, 481);
    if (!QTest::qWaitFor([&] { return got; }, scaledMs(10000)))
        QTest::qFail("no picture came", __FILE__, __LINE__);
    got = false;
    drawer.requestPicture(ms, 640, 480);
    // Nothing comes when the picture at this size is the same (an empty one, say).
    (void)QTest::qWaitFor([&] { return got; }, scaledMs(1000));
    return screen;
}

} // namespace swarmplay::test
