// A media file from the swarm whose subtitle streams the player draws itself: SubtitleDemuxer
// (libavformat over our AvioReader) lists the tracks and attached fonts, decodes each track's
// packets (libavcodec), and the events go where the player sends them — ASS lines and fonts to
// libass, pictures to BitmapSubtitles — and are drawn on a small frame.

#include "../core/gatedreader.h"
#include "fuzzinput.h"
#include "subtitle/assrenderer.h"
#include "subtitle/bitmapsubtitles.h"
#include "subtitle/subtitledemuxer.h"

using namespace swarmplay;

namespace {

// Enough packets to reach past a track's first lines, few enough that a target stays fast.
constexpr int kMaxSteps = 64;
constexpr int kMaxTracks = 3;
// libass keeps every font it is given (attachments, a script's [Fonts]) until it is closed.
constexpr int kInputsPerRenderer = 500;

void checkPicture(const SubtitlePicture &picture)
{
    // A picture's pixels are exactly its rows: the drawer copies width * 4 bytes per row.
    if (!picture.isEmpty() && picture.argb.size() < qint64(picture.width) * picture.height * 4)
        __builtin_trap();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const fuzz::Input in(data, size);
    SubtitleDemuxer demuxer(std::make_unique<test::GatedReader>(in.bytes));
    if (!demuxer.open()) {
        if (demuxer.error().isEmpty()) // a refusal says why
            __builtin_trap();
        return 0;
    }
    // Starting libass reads the system's fonts (fontconfig): a renderer serves many inputs.
    static std::unique_ptr<AssRenderer> ass;
    static int inputs = 0;
    if (!ass || !demuxer.fonts().isEmpty() || ++inputs % kInputsPerRenderer == 0) {
        ass.reset();
        ass = std::make_unique<AssRenderer>();
        ass->start();
    }
    for (const SubtitleFont &font : demuxer.fonts())
        ass->addFont(font);

    const QVector<EmbeddedTrack> tracks = demuxer.tracks();
    for (int t = 0; t < std::min(int(tracks.size()), kMaxTracks); ++t) {
        if (!demuxer.select(tracks[t].stream))
            continue;
        if (in.choice & 0x80)
            demuxer.seek(qint64(in.choice & 0x7f) * 1000);
        const bool bitmap = demuxer.decoder().isBitmap();
        BitmapSubtitles pictures;
        if (!bitmap)
            ass->setTrack(demuxer.decoder().assHeader(), demuxer.videoWidth(),
                          demuxer.videoHeight());
        qint64 lastMs = 0;
        for (int step = 0; step < kMaxSteps; ++step) {
            QVector<SubtitleEvent> events;
            const SubtitleDemuxer::Step result = demuxer.next(&events);
            for (const SubtitleEvent &event : std::as_const(events)) {
                lastMs = event.startMs;
                if (event.bitmap) {
                    for (const SubtitlePicture &picture : event.pictures)
                        checkPicture(picture);
                    pictures.add(event);
                } else if (!bitmap) {
                    ass->addEvent(event);
                }
            }
            if (result != SubtitleDemuxer::Step::Events)
                break;
        }
        if (bitmap) {
            pictures.setCanvas(demuxer.decoder().canvasWidth(), demuxer.decoder().canvasHeight());
            checkPicture(pictures.at(lastMs));
        } else {
            checkPicture(ass->render(lastMs, 96, 54));
        }
    }
    return 0;
}
