#include "filepriorities.h"

#include <algorithm>

namespace swarmplay::file_priorities {

std::vector<lt::download_priority_t> selectionPriorities(int fileCount, AddOptions::Files mode,
                                                         const QVector<int> &wanted,
                                                         const QHash<int, int> &levels)
{
    std::vector<lt::download_priority_t> prios(static_cast<size_t>(fileCount),
                                               mode == AddOptions::Files::All ? lt::default_priority
                                                                              : lt::dont_download);
    if (mode == AddOptions::Files::Listed) {
        for (const int i : wanted) {
            if (i >= 0 && i < fileCount)
                prios[static_cast<size_t>(i)] = ChosenFilePriority;
        }
    }
    for (auto it = levels.cbegin(); it != levels.cend(); ++it) {
        const auto i = static_cast<size_t>(it.key());
        if (it.key() >= 0 && i < prios.size() && prios[i] != lt::dont_download)
            prios[i] = lt::download_priority_t(static_cast<std::uint8_t>(it.value()));
    }
    return prios;
}

AwaitedPieces awaitedPieces(const lt::file_storage &fs)
{
    AwaitedPieces a;
    for (const lt::file_index_t f : fs.file_range()) {
        if (!fs.pad_file_at(f) && fs.file_size(f) > fs.file_size(a.file))
            a.file = f;
    }
    const std::int64_t size = fs.num_files() > 0 ? fs.file_size(a.file) : 0;
    if (size <= 0)
        return a;
    a.first = static_cast<int>(fs.map_file(a.file, 0, 1).piece);
    const std::int64_t head =
        std::min(size, std::max<std::int64_t>(AwaitedHeadBytes, 2 * fs.piece_length()));
    a.last = static_cast<int>(fs.map_file(a.file, head - 1, 1).piece);
    return a;
}

std::vector<lt::download_priority_t> awaitedPriorities(int pieceCount, int first, int last)
{
    std::vector<lt::download_priority_t> pieces(static_cast<size_t>(pieceCount), lt::dont_download);
    for (int p = first; p <= last && p < pieceCount; ++p)
        pieces[static_cast<size_t>(p)] = p == first ? lt::default_priority : lt::low_priority;
    return pieces;
}

std::vector<lt::download_priority_t>
piecePriorities(const lt::file_storage &fs, const std::vector<lt::download_priority_t> &files)
{
    std::vector<lt::download_priority_t> pieces(static_cast<size_t>(fs.num_pieces()),
                                                lt::dont_download);
    for (const lt::file_index_t f : fs.file_range()) {
        const size_t i = static_cast<size_t>(static_cast<int>(f));
        if (i >= files.size() || files[i] == lt::dont_download || fs.pad_file_at(f) ||
            fs.file_size(f) <= 0)
            continue;
        const int first = static_cast<int>(fs.map_file(f, 0, 1).piece);
        const int last = static_cast<int>(fs.map_file(f, fs.file_size(f) - 1, 1).piece);
        for (int p = first; p <= last; ++p)
            pieces[static_cast<size_t>(p)] = std::max(pieces[static_cast<size_t>(p)], files[i]);
    }
    return pieces;
}

} // namespace swarmplay::file_priorities
