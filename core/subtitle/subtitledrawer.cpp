#include "subtitledrawer.h"

#include <QLoggingCategory>
#include <QRect>
#include <QThread>

#include "assrenderer.h"
#include "bitmapsubtitles.h"
#include "subtitledecoder.h"

namespace swarmplay {

Q_LOGGING_CATEGORY(lcDrawer, "swarmplay.subtitles", QtInfoMsg)

SubtitleDrawer::SubtitleDrawer(QObject *parent)
    : QObject(parent)
    , m_ass(std::make_unique<AssRenderer>())
    , m_bitmaps(std::make_unique<BitmapSubtitles>())
    , m_thread(new QThread)
    , m_context(new QObject)
{
    qRegisterMetaType<SubtitlePicture>();
    m_thread->setObjectName(QStringLiteral("subtitle drawer"));
    m_context->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread->start();
    QMetaObject::invokeMethod(m_context, [this] {
        std::lock_guard<std::mutex> lock(m_drawMutex);
        if (!m_ass->start())
            qCWarning(lcDrawer, "libass could not start: text subtitles will not show");
    });
}

SubtitleDrawer::~SubtitleDrawer()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stopping = true;
    }
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

void SubtitleDrawer::addFonts(const QVector<SubtitleFont> &fonts)
{
    std::lock_guard<std::mutex> lock(m_drawMutex);
    for (const SubtitleFont &f : fonts)
        m_ass->addFont(f);
}

int SubtitleDrawer::setAssTrack(const QByteArray &header, int videoWidth, int videoHeight)
{
    int generation = 0;
    {
        std::lock_guard<std::mutex> lock(m_drawMutex);
        m_ass->setTrack(header, videoWidth, videoHeight);
        m_bitmaps->clear();
        m_kind = Kind::Ass;
        m_restyled = true;
        generation = ++m_generation;
    }
    std::lock_guard<std::mutex> lock(m_mutex);
    scheduleLocked();
    return generation;
}

int SubtitleDrawer::setTextTrack(int videoWidth, int videoHeight)
{
    return setAssTrack(SubtitleDecoder::textHeader(), videoWidth, videoHeight);
}

int SubtitleDrawer::setBitmapTrack(int canvasWidth, int canvasHeight)
{
    int generation = 0;
    {
        std::lock_guard<std::mutex> lock(m_drawMutex);
        m_bitmaps->clear();
        m_bitmaps->setCanvas(canvasWidth, canvasHeight);
        m_kind = Kind::Bitmap;
        m_restyled = true;
        generation = ++m_generation;
    }
    std::lock_guard<std::mutex> lock(m_mutex);
    scheduleLocked();
    return generation;
}

void SubtitleDrawer::clearTrack()
{
    {
        std::lock_guard<std::mutex> lock(m_drawMutex);
        m_kind = Kind::None;
        m_bitmaps->clear();
        m_restyled = true;
        ++m_generation;
    }
    std::lock_guard<std::mutex> lock(m_mutex);
    scheduleLocked();
}

void SubtitleDrawer::addEvents(int generation, const QVector<SubtitleEvent> &events)
{
    {
        std::lock_guard<std::mutex> lock(m_drawMutex);
        if (generation != m_generation)
            return;
        for (const SubtitleEvent &e : events) {
            if (m_kind == Kind::Bitmap && e.bitmap)
                m_bitmaps->add(e);
            else if (m_kind == Kind::Ass && !e.bitmap)
                m_ass->addEvent(e);
        }
    }
    std::lock_guard<std::mutex> lock(m_mutex);
    scheduleLocked(); // what is on screen may have changed
}

void SubtitleDrawer::setScale(double scale)
{
    {
        std::lock_guard<std::mutex> lock(m_drawMutex);
        m_scale = scale;
        m_ass->setScale(scale);
        m_restyled = true;
    }
    std::lock_guard<std::mutex> lock(m_mutex);
    scheduleLocked();
}

int SubtitleDrawer::eventCount() const
{
    std::lock_guard<std::mutex> lock(m_drawMutex);
    switch (m_kind) {
    case Kind::Ass:
        return m_ass->eventCount();
    case Kind::Bitmap:
        return m_bitmaps->eventCount();
    case Kind::None:
        break;
    }
    return 0;
}

void SubtitleDrawer::requestPicture(qint64 ms, int frameWidth, int frameHeight)
{
    if (frameWidth <= 0 || frameHeight <= 0)
        return;
    std::lock_guard<std::mutex> lock(m_mutex);
    m_request = Request{ms, frameWidth, frameHeight};
    m_hasRequest = true;
    scheduleLocked();
}

void SubtitleDrawer::scheduleLocked()
{
    // Only once a frame has asked: until then nobody looks.
    if (m_request.width <= 0 || m_stopping)
        return;
    m_hasRequest = true;
    if (m_scheduled)
        return;
    m_scheduled = true;
    QMetaObject::invokeMethod(m_context, [this] { renderPending(); });
}

void SubtitleDrawer::renderPending()
{
    for (;;) {
        Request r;
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            if (!m_hasRequest || m_stopping) {
                m_scheduled = false;
                return;
            }
            r = m_request;
            m_hasRequest = false;
        }
        bool changed = false;
        const SubtitlePicture picture = draw(r, &changed);
        // A picture is for one frame size: a new size always gets one. libass's own change
        // flag compares with its last picture, not with the last one sent (an empty one sent
        // after a new track, say), so the box of what was sent is compared too.
        const QRect box(picture.x, picture.y, picture.width, picture.height);
        changed =
            changed || r.width != m_shownWidth || r.height != m_shownHeight || box != m_shownBox;
        m_shownWidth = r.width;
        m_shownHeight = r.height;
        m_shownBox = box;
        qCDebug(lcDrawer, "picture at %lld ms for %dx%d: %s%s", r.ms, r.width, r.height,
                picture.isEmpty() ? "empty" : "drawn", changed ? "" : " (unchanged, not sent)");
        if (changed)
            emit pictureReady(r.ms, picture);
    }
}

SubtitlePicture SubtitleDrawer::draw(const Request &r, bool *changed)
{
    std::lock_guard<std::mutex> lock(m_drawMutex);
    SubtitlePicture picture;
    const bool restyled = m_restyled;
    m_restyled = false;
    switch (m_kind) {
    case Kind::None:
        *changed = m_shownKey != -1 || restyled;
        m_shownKey = -1;
        break;
    case Kind::Bitmap: {
        m_bitmaps->forgetBefore(r.ms - KeepBehindMs);
        qint64 start = -1;
        picture = m_bitmaps->at(r.ms, &start);
        picture.scale = m_scale;
        *changed = start != m_shownKey || restyled;
        m_shownKey = start;
        break;
    }
    case Kind::Ass:
        picture = m_ass->render(r.ms, r.width, r.height, changed);
        *changed = *changed || restyled;
        m_shownKey = -2;
        break;
    }
    return picture;
}

} // namespace swarmplay
