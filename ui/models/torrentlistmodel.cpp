#include "torrentlistmodel.h"

#include "cellformat.h"
#include "model/units.h"
#include "naturalcompare.h"

namespace swarmplay {

TorrentListModel::TorrentListModel(QObject *parent)
    : KeyedTableModel(parent)
{}

int TorrentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TorrentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TorrentSnapshot &t = itemAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(t, index.column());
    case Qt::ToolTipRole:
        return toolTip(t, index.column());
    case Qt::TextAlignmentRole:
        return index.column() >= ProgressColumn ? numberAlignment() : QVariant();
    case RawRole:
        return raw(t, index.column());
    case IdRole:
        return QVariant::fromValue(t.id);
    case StateRole:
        return int(t.state);
    case ErrorMessageRole:
        return t.errorMessage;
    default:
        return {};
    }
}

QVariant TorrentListModel::display(const TorrentSnapshot &t, int column) const
{
    switch (column) {
    case NameColumn:
        // A magnet has no name until its metadata arrives; the hash is what identifies it then.
        return t.name.isEmpty() ? t.id.key() : t.name;
    case StateColumn:
        return torrentStateName(t.state);
    case ProgressColumn:
        return t.hasMetadata ? formatPercent(t.progress) : formatPercent(-1);
    case DownloadRateColumn:
        return formatRate(t.downloadRate);
    case UploadRateColumn:
        return formatRate(t.uploadRate);
    case PeersColumn:
        // Connected, and how many the trackers and the DHT know of, as other clients show it.
        return t.peersInSwarm >= 0 ? tr("%1 (%2)").arg(t.peersConnected).arg(t.peersInSwarm)
                                   : QString::number(t.peersConnected);
    case SizeColumn:
        return t.hasMetadata ? formatBytes(t.wantedBytes) : formatCount(-1);
    default:
        return {};
    }
}

QVariant TorrentListModel::raw(const TorrentSnapshot &t, int column) const
{
    switch (column) {
    case NameColumn:
        return t.name;
    case StateColumn:
        return int(t.state);
    case ProgressColumn:
        return t.progress;
    case DownloadRateColumn:
        return t.downloadRate;
    case UploadRateColumn:
        return t.uploadRate;
    case PeersColumn:
        return t.peersConnected;
    case SizeColumn:
        return t.wantedBytes;
    default:
        return {};
    }
}

QVariant TorrentListModel::toolTip(const TorrentSnapshot &t, int column) const
{
    switch (column) {
    case NameColumn:
    case StateColumn:
        if ((t.state == TorrentState::Error || t.state == TorrentState::CannotWrite) &&
            !t.errorMessage.isEmpty())
            return t.errorMessage;
        return column == NameColumn ? QVariant(t.name) : QVariant();
    case ProgressColumn:
        if (!t.hasMetadata)
            return tr("Waiting for the torrent's metadata");
        return tr("%1 of %2").arg(formatBytes(t.wantedDone), formatBytes(t.wantedBytes));
    case PeersColumn:
        return tr("%1 connected, %2 of them seeds").arg(t.peersConnected).arg(t.seedsConnected);
    case SizeColumn:
        // Size is of the chosen files, as progress is; say so when that is not everything.
        if (t.hasMetadata && t.wantedBytes != t.totalBytes)
            return tr("%1 chosen of %2 in the torrent")
                .arg(formatBytes(t.wantedBytes), formatBytes(t.totalBytes));
        return {};
    default:
        return {};
    }
}

QVariant TorrentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return section >= ProgressColumn ? numberAlignment() : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case StateColumn:
        return tr("State");
    case ProgressColumn:
        return tr("Progress");
    case DownloadRateColumn:
        return tr("Down");
    case UploadRateColumn:
        return tr("Up");
    case PeersColumn:
        return tr("Peers");
    case SizeColumn:
        return tr("Size");
    default:
        return {};
    }
}

void TorrentListModel::update(const QVector<TorrentSnapshot> &snapshots)
{
    applyUpdate(snapshots);
}

void TorrentListModel::add(const TorrentSnapshot &snapshot)
{
    upsert(snapshot);
}

void TorrentListModel::remove(const TorrentId &id)
{
    removeKey(id);
}

TorrentId TorrentListModel::id(int row) const
{
    return isValidRow(row) ? itemAt(row).id : TorrentId();
}

TorrentSnapshot TorrentListModel::snapshot(int row) const
{
    return isValidRow(row) ? itemAt(row) : TorrentSnapshot();
}

bool TorrentListModel::sameInColumn(const TorrentSnapshot &a, const TorrentSnapshot &b,
                                    int column) const
{
    switch (column) {
    case NameColumn:
        return a.name == b.name && a.state == b.state && a.errorMessage == b.errorMessage;
    case StateColumn:
        return a.state == b.state && a.errorMessage == b.errorMessage;
    case ProgressColumn:
        return a.hasMetadata == b.hasMetadata && a.progress == b.progress &&
               a.wantedDone == b.wantedDone && a.wantedBytes == b.wantedBytes;
    case DownloadRateColumn:
        return a.downloadRate == b.downloadRate;
    case UploadRateColumn:
        return a.uploadRate == b.uploadRate;
    case PeersColumn:
        return a.peersConnected == b.peersConnected && a.seedsConnected == b.seedsConnected &&
               a.peersInSwarm == b.peersInSwarm;
    case SizeColumn:
        return a.hasMetadata == b.hasMetadata && a.wantedBytes == b.wantedBytes &&
               a.totalBytes == b.totalBytes;
    default:
        return true;
    }
}

bool TorrentListModel::lessThan(const TorrentSnapshot &a, const TorrentSnapshot &b,
                                int column) const
{
    switch (column) {
    case NameColumn:
        return NaturalCompare::lessThan(a.name, b.name);
    case StateColumn:
        return a.state < b.state;
    case ProgressColumn:
        return a.progress < b.progress;
    case DownloadRateColumn:
        return a.downloadRate < b.downloadRate;
    case UploadRateColumn:
        return a.uploadRate < b.uploadRate;
    case PeersColumn:
        return a.peersConnected < b.peersConnected;
    case SizeColumn:
        return a.wantedBytes < b.wantedBytes;
    default:
        return false;
    }
}

} // namespace swarmplay
