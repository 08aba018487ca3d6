#include "subtitlecontroller.h"

#include <algorithm>

#include <QAction>
#include <QActionGroup>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMediaPlayer>
#include <QMenu>
#include <QShortcut>
#include <QVideoFrame>
#include <QVideoSink>

#include "promptbar.h"
#include "session/session.h"
#include "storage/playbackmemory.h"
#include "stream/streamview.h"
#include "subtitle/subtitlefetcher.h"
#include "subtitle/subtitlematcher.h"
#include "subtitle/subtitleparser.h"
#include "subtitleoverlay.h"
#include "videoview.h"

namespace swarmplay {

namespace {

const QLatin1String TorrentPrefix("torrent:");
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
    m_group = new QActionGroup(this);
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
}

QString SubtitleController::text() const
{
    return m_overlay->text();
}

void SubtitleController::reset()
{
    qDeleteAll(m_fetchers);
    m_fetchers.clear();
    m_entries.clear();
    m_current = -1;
    m_pending = -1;
    m_decided = false;
    m_lastShown = -1;
    m_remembered.clear();
    m_delayMs = 0;
    m_positionMs = 0;
    m_sinceFrame.invalidate();
    m_overlay->setCue({}, {});
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
    m_delayMs = memory.subtitleDelayMs;
    const QString language = QLocale().name().section(QLatin1Char('_'), 0, 0);
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
    autoChoose();
    emit changed();
}

int SubtitleController::target() const
{
    if (m_remembered == PlaybackMemory::SubtitleOff)
        return -1;
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).id == m_remembered && m_entries.at(i).state != State::Failed)
            return i;
    }
    // The best match that can still be read.
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).state != State::Failed)
            return i;
    }
    return -1;
}

void SubtitleController::autoChoose()
{
    if (m_decided)
        return;
    const int t = target();
    if (t < 0)
        return;
    switch (m_entries.at(t).state) {
    case State::Ready:
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
    m_overlay->setScalePercent(m_sizePercent);
    m_overlay->showNotice(tr("Subtitle size: %1 %").arg(m_sizePercent));
}

void SubtitleController::setFontPoints(int points)
{
    m_overlay->setFontPoints(points);
}

void SubtitleController::onFrame(const QVideoFrame &frame)
{
    if (!frame.isValid() || frame.startTime() < 0)
        return;
    m_positionMs = frame.startTime() / 1000;
    m_sinceFrame.start();
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
        m_overlay->setCue({}, {});
        return;
    }
    const SubtitleTrack &track = m_entries.at(m_current).track;
    const qint64 at = m_positionMs - m_delayMs;
    m_overlay->setCue(track.htmlAt(at), track.textAt(at));
}

void SubtitleController::showMessage(const QString &message)
{
    m_bar->ask(message, tr("Load subtitles from file…"), tr("Close"));
    emit messageShown(message);
}

void SubtitleController::addMenuActions(QMenu *menu)
{
    const bool playing = m_player->stage() == PlayerWidget::Stage::Playing;
    menu->addSeparator();
    if (!m_entries.isEmpty()) {
        QAction *off = menu->addAction(tr("No subtitle file"));
        off->setCheckable(true);
        off->setChecked(m_current < 0);
        off->setActionGroup(m_group);
        connect(off, &QAction::triggered, this, [this] { choose(-1); });
    }
    for (int i = 0; i < m_entries.size(); ++i) {
        const Entry &e = m_entries.at(i);
        QString text = e.label;
        if (e.state == State::Fetching)
            text = tr("%1 (downloading…)").arg(e.label);
        else if (e.state == State::Failed)
            text = tr("%1 (cannot be read)").arg(e.label);
        QAction *a = menu->addAction(text);
        a->setCheckable(true);
        a->setChecked(i == m_current);
        a->setActionGroup(m_group);
        a->setToolTip(e.state == State::Failed ? e.error : e.track.encoding());
        connect(a, &QAction::triggered, this, [this, i] { choose(i); });
    }
    QAction *load =
        menu->addAction(tr("&Load subtitles from file…"), this, &SubtitleController::chooseFile);
    load->setEnabled(playing);
    menu->addSeparator();
    // The keys are the player's own shortcuts; the menu only shows them.
    const auto item = [&](const QString &text, const QString &key, auto slot) {
        QAction *a = menu->addAction(text + QLatin1Char('\t') + key, this, slot);
        a->setEnabled(playing && m_current >= 0);
    };
    item(tr("Subtitles earlier (−0.1 s)"), QStringLiteral("Z"),
         [this] { changeDelay(-DelayStepMs); });
    item(tr("Subtitles later (+0.1 s)"), QStringLiteral("X"), [this] { changeDelay(DelayStepMs); });
    item(tr("Larger subtitles"), QStringLiteral("G"), [this] { changeSize(SizeStepPercent); });
    item(tr("Smaller subtitles"), QStringLiteral("Shift+G"),
         [this] { changeSize(-SizeStepPercent); });
}

} // namespace swarmplay
