#include "filelistmodel.h"

#include <algorithm>

#include <QApplication>
#include <QStyle>

#include "cellformat.h"
#include "model/units.h"
#include "naturalcompare.h"

namespace swarmplay {

namespace {

// Videos, then audio, then everything else: what a player most likely wants first.
int mediaGroup(MediaKind kind)
{
    switch (kind) {
    case MediaKind::Video:
        return 0;
    case MediaKind::Audio:
        return 1;
    default:
        return 2;
    }
}

double progressOf(const FileEntry &f)
{
    if (f.bytesDone < 0)
        return -1.0;
    if (f.size <= 0)
        return 1.0; // nothing to download is complete
    return static_cast<double>(f.bytesDone) / static_cast<double>(f.size);
}

// A snapshot that does not know a file's progress (-1) must not wipe what is shown.
FileEntry merged(const FileEntry &shown, const FileEntry &incoming)
{
    FileEntry f = incoming;
    if (f.bytesDone < 0)
        f.bytesDone = shown.bytesDone;
    return f;
}

} // namespace

FileListModel::FileListModel(QObject *parent)
    : KeyedTableModel(parent)
{
    sort(-1);
}

int FileListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FileListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FileEntry &f = itemAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(f, index.column());
    case Qt::ToolTipRole:
        if (index.column() == NameColumn)
            return f.path;
        if (index.column() == ProgressColumn && f.bytesDone >= 0)
            return tr("%1 of %2").arg(formatBytes(f.bytesDone), formatBytes(f.size));
        return {};
    case Qt::DecorationRole:
        if (index.column() != NameColumn)
            return {};
        // Painting asks for this on every repaint of every row; ask the theme once per kind.
        if (!m_icons.contains(int(f.kind)))
            m_icons.insert(int(f.kind), iconFor(f.kind));
        return m_icons.value(int(f.kind));
    case Qt::CheckStateRole:
        return index.column() == NameColumn ? QVariant(f.wanted ? Qt::Checked : Qt::Unchecked)
                                            : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == SizeColumn || index.column() == ProgressColumn ? numberAlignment()
                                                                                : QVariant();
    case RawRole:
        return raw(f, index.column());
    case FileIndexRole:
        return f.index;
    case KindRole:
        return int(f.kind);
    case WantedRole:
        return f.wanted;
    default:
        return {};
    }
}

QVariant FileListModel::display(const FileEntry &f, int column) const
{
    switch (column) {
    case NameColumn:
        return f.path;
    case SizeColumn:
        return formatBytes(f.size);
    case ProgressColumn:
        return formatPercent(progressOf(f));
    case KindColumn:
        return mediaKindName(f.kind);
    default:
        return {};
    }
}

QVariant FileListModel::raw(const FileEntry &f, int column) const
{
    switch (column) {
    case NameColumn:
        return f.path;
    case SizeColumn:
        return f.size;
    case ProgressColumn:
        return progressOf(f);
    case KindColumn:
        return int(f.kind);
    default:
        return {};
    }
}

bool FileListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != NameColumn ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    FileEntry f = itemAt(index.row());
    const bool wanted = static_cast<Qt::CheckState>(value.toInt()) != Qt::Unchecked;
    if (f.wanted == wanted)
        return true;
    // Shown at once; the session's next file list confirms it.
    f.wanted = wanted;
    replaceRow(index.row(), f);
    emit wantedFilesRequested(wantedFileIndexes());
    return true;
}

Qt::ItemFlags FileListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags result = KeyedTableModel::flags(index);
    if (index.isValid() && index.column() == NameColumn)
        result |= Qt::ItemIsUserCheckable;
    return result;
}

QVariant FileListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return section == SizeColumn || section == ProgressColumn ? numberAlignment() : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case SizeColumn:
        return tr("Size");
    case ProgressColumn:
        return tr("Progress");
    case KindColumn:
        return tr("Kind");
    default:
        return {};
    }
}

void FileListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0)
        KeyedTableModel::sort(KindColumn, Qt::AscendingOrder);
    else
        KeyedTableModel::sort(column, order);
}

void FileListModel::setFiles(const QVector<FileEntry> &files)
{
    if (!sameFileSet(files)) {
        resetItems(files);
        return;
    }
    for (const FileEntry &f : files) {
        const int r = row(f.index);
        replaceRow(r, merged(itemAt(r), f));
    }
}

void FileListModel::updateProgress(const QVector<FileEntry> &files)
{
    for (const FileEntry &f : files) {
        const int r = row(f.index);
        if (r < 0)
            continue;
        FileEntry now = itemAt(r);
        if (f.bytesDone >= 0)
            now.bytesDone = f.bytesDone;
        now.wanted = f.wanted;
        replaceRow(r, now);
    }
}

void FileListModel::clear()
{
    resetItems({});
}

int FileListModel::fileIndex(int row) const
{
    return isValidRow(row) ? itemAt(row).index : -1;
}

int FileListModel::row(int fileIndex) const
{
    return KeyedTableModel::row(fileIndex);
}

FileEntry FileListModel::file(int row) const
{
    return isValidRow(row) ? itemAt(row) : FileEntry();
}

int FileListModel::largestVideoRow() const
{
    int best = -1;
    for (int r = 0; r < rowCount(); ++r) {
        const FileEntry &f = itemAt(r);
        if (f.kind == MediaKind::Video && (best < 0 || f.size > itemAt(best).size))
            best = r;
    }
    return best;
}

QVector<int> FileListModel::wantedFileIndexes() const
{
    QVector<int> result;
    for (const FileEntry &f : items()) {
        if (f.wanted)
            result.push_back(f.index);
    }
    std::sort(result.begin(), result.end());
    return result;
}

QIcon FileListModel::iconFor(MediaKind kind)
{
    // Without a QApplication there is no style to ask (a command-line tool using the model).
    if (!qobject_cast<QApplication *>(QCoreApplication::instance()))
        return {};
    QStyle *style = QApplication::style();
    // Freedesktop icon names; the style's standard icons stand in when there is no icon theme
    // (offscreen, a bare window manager, Windows and macOS).
    switch (kind) {
    case MediaKind::Video:
        return QIcon::fromTheme(QStringLiteral("video-x-generic"),
                                style->standardIcon(QStyle::SP_MediaPlay));
    case MediaKind::Audio:
        return QIcon::fromTheme(QStringLiteral("audio-x-generic"),
                                style->standardIcon(QStyle::SP_MediaVolume));
    case MediaKind::Subtitle:
        return QIcon::fromTheme(QStringLiteral("text-x-generic"),
                                style->standardIcon(QStyle::SP_FileDialogDetailedView));
    case MediaKind::Image:
        return QIcon::fromTheme(QStringLiteral("image-x-generic"),
                                style->standardIcon(QStyle::SP_FileIcon));
    case MediaKind::Archive:
        return QIcon::fromTheme(QStringLiteral("package-x-generic"),
                                style->standardIcon(QStyle::SP_FileIcon));
    case MediaKind::Other:
        break;
    }
    return QIcon::fromTheme(QStringLiteral("application-octet-stream"),
                            style->standardIcon(QStyle::SP_FileIcon));
}

bool FileListModel::sameInColumn(const FileEntry &a, const FileEntry &b, int column) const
{
    switch (column) {
    case NameColumn:
        return a.path == b.path && a.kind == b.kind && a.wanted == b.wanted;
    case SizeColumn:
        return a.size == b.size;
    case ProgressColumn:
        return a.bytesDone == b.bytesDone && a.size == b.size;
    case KindColumn:
        return a.kind == b.kind;
    default:
        return true;
    }
}

bool FileListModel::pathLessThan(const FileEntry &a, const FileEntry &b)
{
    const int c = NaturalCompare::compare(a.path, b.path);
    return c != 0 ? c < 0 : a.index < b.index;
}

bool FileListModel::lessThan(const FileEntry &a, const FileEntry &b, int column) const
{
    // Ties go to the path and then the torrent's own order, so the order is total.
    const auto byPath = [&a, &b] {
        return pathLessThan(a, b);
    };
    switch (column) {
    case SizeColumn:
        return a.size != b.size ? a.size < b.size : byPath();
    case KindColumn:
        if (mediaGroup(a.kind) != mediaGroup(b.kind))
            return mediaGroup(a.kind) < mediaGroup(b.kind);
        return byPath();
    case NameColumn:
    default:
        return byPath();
    }
}

bool FileListModel::isSortable(int column) const
{
    return column == NameColumn || column == SizeColumn || column == KindColumn;
}

bool FileListModel::sameFileSet(const QVector<FileEntry> &files) const
{
    if (files.size() != rowCount())
        return false;
    for (const FileEntry &f : files) {
        const int r = row(f.index);
        if (r < 0 || itemAt(r).path != f.path)
            return false;
    }
    return true;
}

} // namespace swarmplay
