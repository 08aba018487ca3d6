#include "filechoice.h"

#include <algorithm>

#include <libtorrent/torrent_info.hpp>

#include "../internal/posixdiskio.h"

namespace swarmplay {

using namespace file_priorities;

namespace {

constexpr int MagnetPriorityPlaceholder = 1 << 16; // files a magnet's metadata may list at most
// Status ticks that compare libtorrent's file priorities with the choice (see verify()).
constexpr int SelectionChecks = 5;

} // namespace

AwaitedPieces FileChoice::prepare(lt::add_torrent_params &atp, const AddOptions &options,
                                  bool fresh)
{
    if (!fresh && atp.ti)
        return {}; // the resume data has the file priorities
    // A magnet's file count is unknown until its metadata arrives; libtorrent trims the list
    // then, and apply() sets the exact priorities.
    const int count = atp.ti ? atp.ti->num_files() : MagnetPriorityPlaceholder;
    if (options.files != AddOptions::Files::All)
        atp.file_priorities = selectionPriorities(count, options.files, options.wantedFiles);
    if (!fresh || options.files != AddOptions::Files::None || !options.headStart)
        return {};
    // A magnet waiting for a choice must not look finished when its metadata lands (it would
    // tell its peers it wants nothing, and seeds hang up), nor want every file for the moment
    // before keepInterested() runs: its first file is wanted until then.
    if (!atp.ti) {
        if (!atp.file_priorities.empty())
            atp.file_priorities.front() = lt::low_priority;
        return {};
    }
    // With its metadata at hand it starts as keepInterested() leaves it, and not finished for a
    // moment before: a torrent that wants nothing says "upload only" in its handshake, and a
    // seed hangs up on it and is not asked again.
    const AwaitedPieces a = awaitedPieces(atp.ti->files());
    if (a.first >= 0) {
        atp.file_priorities[static_cast<size_t>(static_cast<int>(a.file))] = ChosenFilePriority;
        atp.piece_priorities = awaitedPriorities(atp.ti->num_pieces(), a.first, a.last);
    }
    return a;
}

FileChoice::FileChoice(lt::torrent_handle handle, const lt::sha1_hash &diskKey,
                       lt_convert::PosixDiskIo *const &diskIo, const AddOptions &options,
                       bool fresh, const AwaitedPieces &awaited)
    : m_handle(std::move(handle))
    , m_diskKey(diskKey)
    , m_diskIo(diskIo)
    , m_files(options.files)
    , m_wanted(options.wantedFiles)
    , m_headStart(options.headStart)
    , m_awaitingChoice(fresh && options.files == AddOptions::Files::None && options.headStart)
    , m_awaitedFirst(awaited.first)
    , m_awaitedLast(awaited.last)
{}

void FileChoice::choose(AddOptions::Files mode, const QVector<int> &files)
{
    m_files = mode;
    m_wanted = files;
    // A file no longer chosen forgets its priority: chosen again, it starts from the default.
    for (auto it = m_levels.begin(); it != m_levels.end();)
        it = mode == AddOptions::Files::All || files.contains(it.key()) ? std::next(it)
                                                                        : m_levels.erase(it);
    apply();
    if (mode != AddOptions::Files::None)
        stopAwaiting();
    else if (m_awaitingChoice)
        keepInterested();
}

bool FileChoice::addWantedFile(int fileIndex)
{
    // From the choice recorded here, not libtorrent's file priorities: those are updated only
    // when the disk thread has applied a change, so right after metadata they are stale.
    if (fileIndex < 0 || m_files == AddOptions::Files::All || m_wanted.contains(fileIndex))
        return false;
    QVector<int> files = m_files == AddOptions::Files::Listed ? m_wanted : QVector<int>();
    files.push_back(fileIndex);
    choose(AddOptions::Files::Listed, files);
    return true;
}

bool FileChoice::setFilePriorities(const QHash<int, int> &priorities)
{
    const auto ti = m_handle.torrent_file();
    if (!ti)
        return false;
    const int count = ti->num_files();
    QVector<int> wanted;
    if (m_files == AddOptions::Files::All) {
        for (int i = 0; i < count; ++i)
            wanted.push_back(i);
    } else if (m_files == AddOptions::Files::Listed) {
        wanted = m_wanted;
    }
    for (auto it = priorities.cbegin(); it != priorities.cend(); ++it) {
        if (it.key() < 0 || it.key() >= count)
            continue;
        const int level = std::clamp(it.value(), 0, int(lt::top_priority));
        wanted.removeAll(it.key());
        m_levels.remove(it.key());
        if (level == 0)
            continue;
        wanted.push_back(it.key());
        if (level != int(ChosenFilePriority))
            m_levels.insert(it.key(), level);
    }
    std::sort(wanted.begin(), wanted.end());
    const AddOptions::Files mode = wanted.size() == count ? AddOptions::Files::All
                                   : wanted.isEmpty()     ? AddOptions::Files::None
                                                          : AddOptions::Files::Listed;
    choose(mode, mode == AddOptions::Files::Listed ? wanted : QVector<int>());
    return true;
}

void FileChoice::restoreLevels(const QHash<int, int> &levels)
{
    m_levels = levels;
    // Resume data keeps libtorrent's file priorities; a torrent added again from its .torrent
    // copy (damaged resume data) gets them here.
    if (!m_levels.isEmpty() && m_handle.torrent_file())
        apply();
}

bool FileChoice::ensureWanted(int fileIndex)
{
    if (m_files == AddOptions::Files::All || m_wanted.contains(fileIndex))
        return false;
    m_files = AddOptions::Files::Listed;
    m_wanted.push_back(fileIndex);
    cancelHeadPieces();
    m_handle.file_priority(lt::file_index_t(fileIndex), lt::low_priority);
    stopAwaiting();
    return true;
}

void FileChoice::stopAwaiting()
{
    m_awaitingChoice = false;
    m_awaitedFirst = m_awaitedLast = -1;
}

void FileChoice::keepInterested()
{
    // The head of the largest file: what a player most likely opens first anyway.
    const auto ti = m_handle.torrent_file();
    const AwaitedPieces a = ti ? awaitedPieces(ti->files()) : AwaitedPieces{};
    if (a.first < 0)
        return;
    // The file itself is wanted (a piece of an unwanted file would go to the part file) but
    // only its head is: the stream's scheduler sets the rest when a reader comes. A file that
    // is already wanted stays so: blocks written into it must not move to the part file (a
    // magnet wants its first file until its metadata arrives, see prepare()).
    std::vector<lt::download_priority_t> files = m_handle.get_file_priorities();
    files.resize(static_cast<size_t>(ti->num_files()), lt::dont_download);
    // At the priority a choice of that file gives it: choosing it then changes no file
    // priority, and libtorrent does not recompute every piece's priority from the files on its
    // disk thread, which would undo the stream's plan until the next update.
    files[static_cast<size_t>(static_cast<int>(a.file))] = ChosenFilePriority;
    // Only the head the moment libtorrent has applied that: the whole file would otherwise be
    // wanted until wantAwaitedPieces() runs, and peers asked for megabytes of it meanwhile.
    if (m_diskIo) {
        m_diskIo->setPiecePrioritiesAfterFiles(
            diskKey(), m_handle, files, awaitedPriorities(ti->num_pieces(), a.first, a.last));
    }
    m_handle.prioritize_files(files);
    // libtorrent applies file priorities on its disk thread and then recomputes every piece's
    // priority from them: the head's pieces are set once that is done (file_prio_alert).
    m_awaitedFirst = a.first;
    m_awaitedLast = a.last;
}

void FileChoice::cancelHeadPieces()
{
    // A choice made before keepInterested()'s update completed must not be undone by it.
    if (m_diskIo)
        m_diskIo->cancelPiecePriorities(diskKey());
}

lt::sha1_hash FileChoice::diskKey() const
{
    // The hash the torrent was added by until it has metadata; a hybrid torrent added by its v1
    // magnet is then named by its v2 hash (libtorrent's storage takes info_hashes().get_best()).
    const lt::info_hash_t hashes = m_handle.info_hashes();
    return hashes.has_v1() || hashes.has_v2() ? hashes.get_best() : m_diskKey;
}

void FileChoice::wantAwaitedPieces()
{
    const auto ti = m_handle.torrent_file();
    if (!ti || m_awaitedFirst < 0 || m_awaitedFirst >= ti->num_pieces())
        return;
    m_handle.prioritize_pieces(awaitedPriorities(ti->num_pieces(), m_awaitedFirst, m_awaitedLast));
}

void FileChoice::apply()
{
    const auto ti = m_handle.torrent_file();
    if (!ti)
        return;
    const std::vector<lt::download_priority_t> files =
        selectionPriorities(ti->num_files(), m_files, m_wanted, m_levels);
    cancelHeadPieces();
    m_handle.prioritize_files(files);
    // libtorrent recomputes the pieces' priorities only when a file's priority changes, and
    // they were set one by one since (the head of a torrent waiting for a choice, a stream's
    // plan): they follow the files again now.
    m_handle.prioritize_pieces(piecePriorities(ti->files(), files));
    m_selectionChecksLeft = SelectionChecks;
}

void FileChoice::verify()
{
    if (m_selectionChecksLeft <= 0)
        return;
    // libtorrent 2.0.8 sometimes loses a prioritize_files() made just after a magnet's metadata
    // arrived (seen: the all-zero choice made with the metadata holds, the file chosen a few
    // milliseconds later never downloads, and no file_prio_alert follows). So the next ticks
    // compare what downloads with what was chosen and choose again until it holds.
    const auto ti = m_handle.torrent_file();
    if (!ti || m_awaitingChoice) { // awaiting: keepInterested() wants one file on purpose
        m_selectionChecksLeft = 0;
        return;
    }
    const std::vector<lt::download_priority_t> wanted =
        selectionPriorities(ti->num_files(), m_files, m_wanted, m_levels);
    const std::vector<lt::download_priority_t> actual = m_handle.get_file_priorities();
    bool holds = actual.size() == wanted.size();
    for (size_t i = 0; holds && i < wanted.size(); ++i)
        holds = (actual[i] == lt::dont_download) == (wanted[i] == lt::dont_download);
    if (holds) {
        m_selectionChecksLeft = 0;
        return;
    }
    --m_selectionChecksLeft;
    cancelHeadPieces();
    m_handle.prioritize_files(wanted);
}

void FileChoice::metadataReceived()
{
    if (m_awaitingChoice && m_files == AddOptions::Files::None)
        keepInterested();
    else
        apply();
}

void FileChoice::filePrioritiesApplied()
{
    // libtorrent has just recomputed every piece's priority from the file priorities, undoing
    // the piece priorities set since.
    if (m_awaitingChoice)
        wantAwaitedPieces();
}

FileChoice::Count FileChoice::count(const lt::file_storage &fs) const
{
    // The choice as recorded here, not libtorrent's file priorities: libtorrent applies a new
    // choice on its disk thread and reports the old one until then, so a torrent whose one kept
    // piece was in looked finished, with nothing left to want, right after its file was chosen
    // (and a torrent removed at that moment left an empty file). While awaiting a choice
    // libtorrent's priorities are the ones to count (keepInterested() wants a few pieces on
    // purpose).
    if (!m_awaitingChoice && m_files == AddOptions::Files::None)
        return {}; // nothing chosen: libtorrent's count stands
    // A round trip to libtorrent's thread on every status round: only when it is the answer.
    const std::vector<lt::download_priority_t> prios =
        m_awaitingChoice ? m_handle.get_file_priorities() : std::vector<lt::download_priority_t>();
    const auto chosen = [&](size_t i) {
        if (m_awaitingChoice)
            return i < prios.size() && prios[i] != lt::dont_download;
        return m_files == AddOptions::Files::All ||
               (m_files == AddOptions::Files::Listed && m_wanted.contains(static_cast<int>(i)));
    };
    const std::vector<std::int64_t> done =
        m_handle.file_progress(lt::torrent_handle::piece_granularity);
    Count c;
    for (const lt::file_index_t f : fs.file_range()) {
        const auto i = static_cast<size_t>(static_cast<int>(f));
        if (!chosen(i) || fs.pad_file_at(f))
            continue;
        c.wanted += fs.file_size(f);
        c.done += i < done.size() ? qint64(done[i]) : 0;
    }
    return c;
}

} // namespace swarmplay
