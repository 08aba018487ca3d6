#include "subtitlecontroller.h"

#include <algorithm>

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMediaMetaData>
#include <QMediaPlayer>
#include <QMenu>
#include <QShortcut>
#include <QVideoFrame>
#include <QVideoSink>

#include "embeddedtracks.h"
#include "promptbar.h"
#include "session/session.h"
#include "storage/playbackmemory.h"
#include "stream/streamview.h"
#include "subtitle/cueevents.h"
#include "subtitle/subtitledrawer.h"
#include "subtitle/subtitlefetcher.h"
#include "subtitle/subtitlematcher.h"
#include "subtitle/subtitleparser.h"
#include "subtitlechoice.h"
#include "subtitlemenu.h"
#include "subtitleoverlay.h"
#include "videoview.h"

namespace swarmplay {

namespace {

const QLatin1String TorrentPrefix("torrent:");
const QLatin1String EmbeddedPrefix("embedded:");
// While frames arrive their times place the subtitles; the player's position only without them.
constexpr int FrameFreshMs = 500;
constexpr int MinSizePercent = 50;
constexpr int MaxSizePercent = 250;
constexpr qint64 MaxDelayMs = 600'000;

} // namespace

SubtitleController::SubtitleController(PlayerWidget *player, PlaybackMemory *memory,
                                       QObject *parent)
    : QObject(parent)
    , m_player(player)
    , m_memory(memory)
{
    m_overlay = new SubtitleOverlay(player->videoView());
    m_drawer = new SubtitleDrawer(this);
    m_embedded = new EmbeddedTracks(m_drawer, this);
    connect(m_drawer, &SubtitleDrawer::pictureReady, this, &SubtitleController::onPicture);
    connect(m_overlay, &SubtitleOverlay::drawingSizeChanged, this, &SubtitleController::refresh);
    connect(m_embedded, &EmbeddedTracks::tracksKnown, this, &SubtitleController::onEmbeddedKnown);
    connect(m_embedded, &EmbeddedTracks::trackFailed, this, &SubtitleController::onEmbeddedFailed);
    m_menu = new SubtitleMenu(this, player);
    m_bar = new PromptBar(player);
    m_bar->setObjectName(QStringLiteral("subtitleBar"));
    connect(m_bar, &PromptBar::accepted, this, &SubtitleController::chooseFile);
    connect(player, &PlayerWidget::fileFound, this, &SubtitleController::onFileFound);
    connect(player, &PlayerWidget::stageChanged, this, &SubtitleController::onStageChanged);
    connect(player->videoSink(), &QVideoSink::videoFrameChanged, this,
            &SubtitleController::onFrame);
    connect(player->mediaPlayer(), &QMediaPlayer::positionChanged, this,
            &SubtitleController::onPosition);

    const auto key = [this, player](const QKeySequence &keys, auto slot) {
        auto *s = new QShortcut(keys, player);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        s->setEnabled(false);
        connect(s, &QShortcut::activated, this, slot);
        m_shortcuts << s;
    };
    // mpv's keys for the delay; G for the size, as mpv has it (F is full screen here).
    key(Qt::Key_Z, [this] { changeDelay(-DelayStepMs); });
    key(Qt::Key_X, [this] { changeDelay(DelayStepMs); });
    key(QKeySequence(Qt::SHIFT | Qt::Key_Z), [this] { changeDelay(DelayStepMs); });
    key(Qt::Key_G, [this] { changeSize(SizeStepPercent); });
    key(QKeySequence(Qt::SHIFT | Qt::Key_G), [this] { changeSize(-SizeStepPercent); });
    key(Qt::Key_V, [this] { toggle(); });
}

SubtitleController::~SubtitleController()
{
    qDeleteAll(m_fetchers); // each aborts its read and waits for its thread
    m_embedded->close();    // its demuxer feeds the drawer until then
}

QString SubtitleController::text() const
{
    return m_overlay->text();
}

void SubtitleController::reset()
{
    qDeleteAll(m_fetchers);
    m_fetchers.clear();
    m_embedded->close();
    m_drawer->clearTrack();
    m_videoSize = QSize();
    m_entries.clear();
    m_current = -1;
    m_pending = -1;
    m_decided = false;
    m_lastShown = -1;
    m_remembered.clear();
    m_delayMs = 0;
    m_positionMs = 0;
    m_sinceFrame.invalidate();
    m_overlay->setText({});
    m_overlay->setPicture({});
    m_bar->hide();
    emit changed();
}

void SubtitleController::onStageChanged(PlayerWidget::Stage stage)
{
    const bool playing = stage == PlayerWidget::Stage::Playing;
    for (QShortcut *s : std::as_const(m_shortcuts))
        s->setEnabled(playing);
    if (playing) {
        emit changed();
        return;
    }
    // A new file (its subtitles are found once its metadata is, see onFileFound()), or none.
    reset();
    m_id = TorrentId();
    m_file = -1;
}

void SubtitleController::onFileFound()
{
    // Called before the prober opens its reader: the fetches' readers come first.
    if (m_player->torrentId() == m_id && m_player->fileIndex() == m_file)
        return;
    reset();
    m_id = m_player->torrentId();
    m_file = m_player->fileIndex();
    Session *session = m_player->session();
    if (!session)
        return;
    const PlaybackMemory::Entry memory = m_memory->entry(m_id.key(), m_file);
    m_remembered = memory.subtitleFile;
    // Chosen before Swarmplay drew tracks inside files: QMediaPlayer's index among them.
    if (m_remembered.isEmpty() && memory.subtitleTrack >= 0)
        m_remembered = EmbeddedPrefix + QString::number(memory.subtitleTrack);
    else if (m_remembered.isEmpty() && memory.subtitleTrack == -1)
        m_remembered = PlaybackMemory::SubtitleOff;
    m_delayMs = memory.subtitleDelayMs;
    const QString language = m_preferred.isEmpty()
                                 ? QLocale().name().section(QLatin1Char('_'), 0, 0)
                                 : m_preferred.first();
    const QVector<SubtitleMatcher::Match> matches =
        SubtitleMatcher::match(session->cachedInfo(m_id).files, m_file, language);
    for (const SubtitleMatcher::Match &m : matches) {
        Entry e;
        e.id = TorrentPrefix + m.path;
        e.label = m.label;
        e.fileIndex = m.fileIndex;
        m_entries << e;
    }
    // A file from disk chosen last time is offered again (and shown, being the choice).
    if (!m_remembered.isEmpty() && !m_remembered.startsWith(TorrentPrefix) &&
        m_remembered != PlaybackMemory::SubtitleOff && QFileInfo::exists(m_remembered)) {
        QFile file(m_remembered);
        SubtitleTrack track;
        QString error;
        if (file.open(QIODevice::ReadOnly) && file.size() <= SubtitleParser::MaxFileBytes &&
            SubtitleParser::parse(file.readAll(), m_remembered, &track, &error)) {
            Entry e;
            e.id = m_remembered;
            e.label = QFileInfo(m_remembered).fileName();
            e.state = State::Ready;
            e.track = track;
            m_entries << e;
        }
    }
    m_embedded->open(session, m_id, m_file);
    autoChoose();
    emit changed();
}

bool SubtitleController::embeddedKnown() const
{
    return m_embedded->isKnown();
}

void SubtitleController::onEmbeddedKnown()
{
    for (const EmbeddedTrack &t : m_embedded->tracks()) {
        Entry e;
        e.id = EmbeddedPrefix + QString::number(t.number);
        e.stream = t.stream;
        e.embedded = t;
        e.state = t.problem.isEmpty() ? State::Ready : State::Failed;
        e.error = t.problem.isEmpty() ? QString() : tr("cannot be shown: %1").arg(t.problem);
        e.label = SubtitleMenu::trackLabel(t);
        m_entries << e;
    }
    autoChoose();
    emit changed();
}

void SubtitleController::onEmbeddedFailed(int stream, const QString &reason)
{
    for (int i = 0; i < m_entries.size(); ++i) {
        Entry &e = m_entries[i];
        if (e.stream != stream)
            continue;
        e.state = State::Failed;
        e.error = tr("cannot be shown: %1").arg(reason);
        if (i == m_current) {
            m_current = -1;
            m_drawer->clearTrack();
            showMessage(tr("The subtitles “%1” cannot be shown: %2").arg(e.label, reason));
        }
    }
    emit changed();
}

void SubtitleController::setPreferredLanguages(const QStringList &languages)
{
    m_preferred = languages;
}

QString SubtitleController::audioLanguage() const
{
    const QMediaPlayer *media = m_player->mediaPlayer();
    const QList<QMediaMetaData> tracks = media->audioTracks();
    const int active = std::max(media->activeAudioTrack(), 0);
    if (active >= tracks.size())
        return {};
    const QVariant l = tracks.at(active).value(QMediaMetaData::Language);
    return l.isValid() ? QLocale::languageToCode(l.value<QLocale::Language>()) : QString();
}

int SubtitleController::target() const
{
    QVector<SubtitleChoice::Candidate> candidates;
    for (const Entry &e : m_entries) {
        SubtitleChoice::Candidate c;
        c.id = e.id;
        c.embedded = e.stream >= 0;
        c.language = e.embedded.language;
        c.label = e.label;
        c.isDefault = e.embedded.isDefault;
        c.forced = e.embedded.forced;
        c.failed = e.state == State::Failed;
        candidates << c;
    }
    QStringList preferred = m_preferred;
    if (preferred.isEmpty())
        preferred << QLocale().name().section(QLatin1Char('_'), 0, 0);
    return SubtitleChoice::pick(candidates, m_remembered, PlaybackMemory::SubtitleOff, preferred,
                                audioLanguage());
}

void SubtitleController::autoChoose()
{
    // Until the file's own tracks are known, a file beside it may only be fetched, not shown.
    if (m_decided)
        return;
    const int t = target();
    if (t < 0)
        return;
    switch (m_entries.at(t).state) {
    case State::Ready:
        if (!m_embedded->isKnown())
            break;
        m_decided = true;
        show(t, false);
        break;
    case State::Waiting:
        startFetch(t);
        break;
    case State::Fetching:
    case State::Failed:
        break;
    }
}

void SubtitleController::startFetch(int entry)
{
    Entry &e = m_entries[entry];
    Session *session = m_player->session();
    if (e.fileIndex < 0 || !session || m_fetchers.contains(entry))
        return;
    auto *fetcher = new SubtitleFetcher(session->streams(), m_id.key(), e.fileIndex, this);
    connect(fetcher, &SubtitleFetcher::finished, this,
            [this, entry](const SubtitleTrack &track) { onFetched(entry, track, {}); });
    connect(fetcher, &SubtitleFetcher::failed, this,
            [this, entry](const QString &error) { onFetched(entry, {}, error); });
    if (!fetcher->start()) {
        delete fetcher;
        e.state = State::Failed;
        e.error = tr("“%1” could not be read from the torrent.").arg(e.label);
        return;
    }
    m_fetchers.insert(entry, fetcher);
    e.state = State::Fetching;
    e.error.clear();
}

void SubtitleController::onFetched(int entry, const SubtitleTrack &track, const QString &error)
{
    if (SubtitleFetcher *f = m_fetchers.take(entry))
        f->deleteLater(); // its thread has ended: this came from it
    if (entry < 0 || entry >= m_entries.size())
        return;
    Entry &e = m_entries[entry];
    e.state = error.isEmpty() ? State::Ready : State::Failed;
    e.track = track;
    e.error = error;
    if (!error.isEmpty()) {
        // Said when it was about to be shown: chosen, or the automatic choice.
        if (entry == m_pending || !m_decided)
            showMessage(error);
        if (entry == m_pending)
            m_pending = -1;
        else
            autoChoose(); // the next best, if there is one
    } else if (entry == m_pending) {
        m_pending = -1;
        m_decided = true;
        show(entry, true);
    } else {
        autoChoose();
    }
    emit changed();
}

void SubtitleController::choose(int entry)
{
    if (m_player->stage() != PlayerWidget::Stage::Playing &&
        m_player->stage() != PlayerWidget::Stage::Preparing)
        return;
    m_decided = true;
    m_pending = -1;
    if (entry < 0 || entry >= m_entries.size()) {
        show(-1, true);
        return;
    }
    Entry &e = m_entries[entry];
    if (e.state == State::Ready) {
        show(entry, true);
        return;
    }
    // Fetched now, shown when it is here; a failed one is tried again.
    m_pending = entry;
    if (e.state != State::Fetching) {
        e.state = State::Waiting;
        startFetch(entry);
    }
    emit changed();
}

void SubtitleController::toggle()
{
    if (m_current >= 0)
        choose(-1);
    else if (m_lastShown >= 0)
        choose(m_lastShown);
    else if (target() >= 0)
        choose(target());
}

void SubtitleController::show(int entry, bool remember)
{
    m_current = entry;
    if (entry >= 0)
        m_lastShown = entry;
    draw(entry);
    if (remember && m_id.isValid()) {
        m_remembered = entry >= 0 ? m_entries.at(entry).id : PlaybackMemory::SubtitleOff;
        m_memory->setSubtitleFile(m_id.key(), m_file, m_remembered);
        m_memory->save();
    }
    refresh();
    emit changed();
}

bool SubtitleController::loadFile(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    QString error;
    SubtitleTrack track;
    if (!file.open(QIODevice::ReadOnly))
        error = tr("“%1” cannot be opened: %2").arg(name, file.errorString());
    else if (file.size() > SubtitleParser::MaxFileBytes)
        error = tr("“%1” is too large to be a subtitle file.").arg(name);
    else
        SubtitleParser::parse(file.readAll(), path, &track, &error);
    if (!error.isEmpty()) {
        showMessage(error);
        return false;
    }
    const QString id = QFileInfo(path).absoluteFilePath();
    auto it = std::find_if(m_entries.begin(), m_entries.end(),
                           [&id](const Entry &e) { return e.id == id; });
    if (it == m_entries.end()) {
        Entry e;
        e.id = id;
        e.label = name;
        m_entries << e;
        it = m_entries.end() - 1;
    }
    it->state = State::Ready;
    it->track = track;
    it->error.clear();
    m_bar->hide();
    m_decided = true;
    m_pending = -1;
    show(int(it - m_entries.begin()), true);
    return true;
}

void SubtitleController::chooseFile()
{
    if (m_player->stage() != PlayerWidget::Stage::Playing)
        return;
    const QString path =
        QFileDialog::getOpenFileName(m_player->window(), tr("Load subtitles"), QString(),
                                     tr("Subtitles (*.srt *.vtt);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

void SubtitleController::changeDelay(qint64 deltaMs)
{
    m_delayMs = std::clamp(m_delayMs + deltaMs, -MaxDelayMs, MaxDelayMs);
    if (m_id.isValid()) {
        m_memory->setSubtitleDelay(m_id.key(), m_file, m_delayMs);
        m_memory->save();
    }
    m_overlay->showNotice(delayText());
    refresh();
}

QString SubtitleController::delayText() const
{
    const QString seconds = (m_delayMs > 0 ? QStringLiteral("+") : QString()) +
                            QLocale().toString(double(m_delayMs) / 1000.0, 'f', 1);
    return tr("Subtitle delay: %1 s").arg(seconds);
}

void SubtitleController::changeSize(int deltaPercent)
{
    m_sizePercent = std::clamp(m_sizePercent + deltaPercent, MinSizePercent, MaxSizePercent);
    applyScale();
    m_overlay->showNotice(tr("Subtitle size: %1 %").arg(m_sizePercent));
}

void SubtitleController::setFontPoints(int points)
{
    m_fontPoints = std::max(points, 1);
    m_overlay->setFontPoints(points);
    applyScale();
}

void SubtitleController::applyScale()
{
    // The settings' size against the one that leaves the track's own, times the viewer's G.
    m_drawer->setScale(double(m_fontPoints) / DefaultFontPoints * m_sizePercent / 100.0);
}

void SubtitleController::draw(int entry)
{
    if (entry < 0 || entry >= m_entries.size()) {
        m_embedded->show(-1, 0);
        m_drawer->clearTrack();
        return;
    }
    const Entry &e = m_entries.at(entry);
    if (e.stream >= 0) {
        m_embedded->show(e.stream, m_positionMs);
        return;
    }
    m_embedded->show(-1, 0);
    const int generation = m_drawer->setTextTrack(m_videoSize.width(), m_videoSize.height());
    m_drawer->addEvents(generation, CueEvents::fromTrack(e.track));
}

void SubtitleController::onFrame(const QVideoFrame &frame)
{
    if (!frame.isValid() || frame.startTime() < 0)
        return;
    m_positionMs = frame.startTime() / 1000;
    m_sinceFrame.start();
    m_embedded->followFrame(m_positionMs);
    if (m_videoSize != frame.size()) {
        const bool first = !m_videoSize.isValid();
        m_videoSize = frame.size();
        // A file's text was set up before its picture's size was known.
        if (first && m_current >= 0 && m_entries.at(m_current).stream < 0)
            draw(m_current);
    }
    refresh();
}

void SubtitleController::onPosition(qint64 ms)
{
    if (m_sinceFrame.isValid() && m_sinceFrame.elapsed() < FrameFreshMs)
        return;
    m_positionMs = ms;
    refresh();
}

void SubtitleController::refresh()
{
    if (m_current < 0 || m_current >= m_entries.size() ||
        m_player->stage() != PlayerWidget::Stage::Playing) {
        m_overlay->setText({});
        m_overlay->setPicture({});
        return;
    }
    const qint64 at = m_positionMs - m_delayMs;
    const SubtitleTrack &track = m_entries.at(m_current).track;
    m_overlay->setText(track.textAt(at));
    const QSize size = m_overlay->drawingSize();
    m_drawer->requestPicture(at, size.width(), size.height());
}

void SubtitleController::onPicture(qint64, const SubtitlePicture &picture)
{
    // A picture still on its way when subtitles were switched off is not shown.
    m_overlay->setPicture(m_current >= 0 ? picture : SubtitlePicture());
}

void SubtitleController::showMessage(const QString &message)
{
    m_bar->ask(message, tr("Load subtitles from file…"), tr("Close"));
    emit messageShown(message);
}

void SubtitleController::addMenuActions(QMenu *menu)
{
    m_menu->addTo(menu);
}

} // namespace swarmplay
