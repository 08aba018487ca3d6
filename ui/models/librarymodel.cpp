#include "librarymodel.h"

#include <QDateTime>
#include <QLocale>

#include "cellformat.h"
#include "model/units.h"
#include "naturalcompare.h"

namespace swarmplay {

namespace {

// What the row shows as progress: the live figure while open, else the last known one, and
// nothing once its files are gone.
double shownProgress(const LibraryRow &r)
{
    if (r.inSession)
        return r.progress;
    if (r.bytesOnDisk == 0)
        return 0;
    return r.record.progress();
}

QString position(const LibraryRow &r)
{
    const Library::Record &rec = r.record;
    if (rec.lastFile < 0 || rec.lastPositionMs < 0)
        return {};
    if (rec.lastDurationMs > 0)
        return LibraryModel::tr("%1 of %2")
            .arg(formatDuration(rec.lastPositionMs / 1000),
                 formatDuration(rec.lastDurationMs / 1000));
    return formatDuration(rec.lastPositionMs / 1000);
}

} // namespace

LibraryModel::LibraryModel(QObject *parent)
    : KeyedTableModel(parent)
{
    sort(WatchedColumn, Qt::DescendingOrder);
}

int LibraryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LibraryModel::stateText(const LibraryRow &r)
{
    if (r.playing)
        return tr("Playing");
    if (r.inSession)
        return torrentStateName(r.state);
    if (r.bytesOnDisk < 0)
        return tr("Not open");
    return r.bytesOnDisk > 0 ? tr("Not open, files kept") : tr("Not open, no files");
}

QVariant LibraryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LibraryRow &r = itemAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(r, index.column());
    case Qt::ToolTipRole:
        return toolTip(r, index.column());
    case Qt::TextAlignmentRole:
        return index.column() == ProgressColumn || index.column() == DiskColumn ||
                       index.column() == PositionColumn
                   ? numberAlignment()
                   : QVariant();
    case RawRole:
        return raw(r, index.column());
    case KeyRole:
        return r.record.key;
    default:
        return {};
    }
}

QVariant LibraryModel::display(const LibraryRow &r, int column) const
{
    switch (column) {
    case NameColumn:
        return r.record.name.isEmpty() ? r.record.key : r.record.name;
    case StateColumn:
        return stateText(r);
    case ProgressColumn:
        return formatPercent(shownProgress(r));
    case DiskColumn:
        return r.bytesOnDisk < 0 ? formatCount(-1) : formatBytes(r.bytesOnDisk);
    case LastFileColumn:
        return r.lastFileName;
    case PositionColumn:
        return position(r);
    case WatchedColumn:
        if (r.record.lastWatchedMs <= 0)
            return tr("Never");
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(r.record.lastWatchedMs),
                                  QLocale::ShortFormat);
    default:
        return {};
    }
}

QVariant LibraryModel::raw(const LibraryRow &r, int column) const
{
    switch (column) {
    case NameColumn:
        return r.record.name;
    case StateColumn:
        return stateText(r);
    case ProgressColumn:
        return shownProgress(r);
    case DiskColumn:
        return r.bytesOnDisk;
    case LastFileColumn:
        return r.lastFileName;
    case PositionColumn:
        return r.record.lastPositionMs;
    case WatchedColumn:
        return r.record.lastUsedMs();
    default:
        return {};
    }
}

QVariant LibraryModel::toolTip(const LibraryRow &r, int column) const
{
    switch (column) {
    case NameColumn:
        return r.inSession ? tr("Double-click to play the file you watched last")
                           : tr("Double-click to open it again and play the file you watched "
                                "last");
    case ProgressColumn:
        if (r.record.wantedBytes > 0)
            return tr("%1 of %2")
                .arg(formatBytes(r.record.wantedDone), formatBytes(r.record.wantedBytes));
        return {};
    case DiskColumn:
        return r.record.savePath.isEmpty() ? QVariant() : QVariant(r.record.savePath);
    case LastFileColumn:
        if (r.record.lastFile >= 0 && r.record.lastFile < r.record.files.size())
            return r.record.files.at(r.record.lastFile);
        return {};
    case WatchedColumn:
        if (r.record.addedMs > 0)
            return tr("First opened %1")
                .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(r.record.addedMs),
                                        QLocale::ShortFormat));
        return {};
    default:
        return {};
    }
}

QVariant LibraryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return section == ProgressColumn || section == DiskColumn || section == PositionColumn
                   ? numberAlignment()
                   : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case StateColumn:
        return tr("State");
    case ProgressColumn:
        return tr("Progress");
    case DiskColumn:
        return tr("On disk");
    case LastFileColumn:
        return tr("Last played");
    case PositionColumn:
        return tr("Position");
    case WatchedColumn:
        return tr("Last watched");
    default:
        return {};
    }
}

void LibraryModel::setRows(const QVector<LibraryRow> &rows)
{
    applyUpdate(rows);
}

QString LibraryModel::key(int row) const
{
    return isValidRow(row) ? itemAt(row).record.key : QString();
}

LibraryRow LibraryModel::rowData(int row) const
{
    return isValidRow(row) ? itemAt(row) : LibraryRow();
}

bool LibraryModel::sameInColumn(const LibraryRow &a, const LibraryRow &b, int column) const
{
    switch (column) {
    case NameColumn:
        return a.record.name == b.record.name && a.inSession == b.inSession;
    case StateColumn:
        return stateText(a) == stateText(b);
    case ProgressColumn:
        return shownProgress(a) == shownProgress(b) && a.record.wantedDone == b.record.wantedDone &&
               a.record.wantedBytes == b.record.wantedBytes;
    case DiskColumn:
        return a.bytesOnDisk == b.bytesOnDisk && a.record.savePath == b.record.savePath;
    case LastFileColumn:
        return a.lastFileName == b.lastFileName && a.record.lastFile == b.record.lastFile &&
               a.record.files == b.record.files;
    case PositionColumn:
        return a.record.lastPositionMs == b.record.lastPositionMs &&
               a.record.lastDurationMs == b.record.lastDurationMs &&
               a.record.lastFile == b.record.lastFile;
    case WatchedColumn:
        return a.record.lastWatchedMs == b.record.lastWatchedMs &&
               a.record.addedMs == b.record.addedMs;
    default:
        return true;
    }
}

bool LibraryModel::lessThan(const LibraryRow &a, const LibraryRow &b, int column) const
{
    switch (column) {
    case NameColumn:
        return NaturalCompare::lessThan(display(a, column).toString(),
                                        display(b, column).toString());
    case StateColumn:
    case LastFileColumn:
        return NaturalCompare::lessThan(raw(a, column).toString(), raw(b, column).toString());
    case ProgressColumn:
        return shownProgress(a) < shownProgress(b);
    case DiskColumn:
        return a.bytesOnDisk < b.bytesOnDisk;
    case PositionColumn:
        return a.record.lastPositionMs < b.record.lastPositionMs;
    case WatchedColumn:
        return a.record.lastUsedMs() < b.record.lastUsedMs();
    default:
        return false;
    }
}

} // namespace swarmplay
