#include "trackerlistmodel.h"

#include "cellformat.h"
#include "model/units.h"
#include "naturalcompare.h"

namespace swarmplay {

TrackerListModel::TrackerListModel(QObject *parent)
    : KeyedTableModel(parent)
{}

int TrackerListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TrackerListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TrackerEntry &t = itemAt(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(t, column);
    case Qt::ToolTipRole:
        // A long error does not fit the column; the status cell shows it whole.
        if (column == StatusColumn || column == MessageColumn)
            return t.message.isEmpty() ? QVariant() : QVariant(t.message);
        return column == UrlColumn ? QVariant(t.url) : QVariant();
    case Qt::TextAlignmentRole:
        return column == TierColumn || column == PeersColumn || column == SeedsColumn ||
                       column == NextAnnounceColumn
                   ? numberAlignment()
                   : QVariant();
    case RawRole:
        return raw(t, column);
    case StatusRole:
        return int(t.status);
    default:
        return {};
    }
}

QVariant TrackerListModel::display(const TrackerEntry &t, int column) const
{
    switch (column) {
    case UrlColumn:
        return t.url;
    case TierColumn:
        return t.tier;
    case StatusColumn:
        return TrackerEntry::statusName(t.status);
    case MessageColumn:
        return t.message;
    case PeersColumn:
        return formatCount(t.peers);
    case SeedsColumn:
        return formatCount(t.seeds);
    case NextAnnounceColumn:
        return formatDuration(t.nextAnnounceSeconds);
    default:
        return {};
    }
}

QVariant TrackerListModel::raw(const TrackerEntry &t, int column) const
{
    switch (column) {
    case UrlColumn:
        return t.url;
    case TierColumn:
        return t.tier;
    case StatusColumn:
        return int(t.status);
    case MessageColumn:
        return t.message;
    case PeersColumn:
        return t.peers;
    case SeedsColumn:
        return t.seeds;
    case NextAnnounceColumn:
        return t.nextAnnounceSeconds;
    default:
        return {};
    }
}

QVariant TrackerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return section == TierColumn || section == PeersColumn || section == SeedsColumn ||
                       section == NextAnnounceColumn
                   ? numberAlignment()
                   : QVariant();
    if (role == Qt::ToolTipRole) {
        if (section == PeersColumn)
            return tr("Peers still downloading, as the tracker last counted them");
        if (section == SeedsColumn)
            return tr("Peers with the whole torrent, as the tracker last counted them");
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case UrlColumn:
        return tr("URL");
    case TierColumn:
        return tr("Tier");
    case StatusColumn:
        return tr("Status");
    case MessageColumn:
        return tr("Message");
    case PeersColumn:
        return tr("Peers");
    case SeedsColumn:
        return tr("Seeds");
    case NextAnnounceColumn:
        return tr("Next announce");
    default:
        return {};
    }
}

void TrackerListModel::update(const QVector<TrackerEntry> &trackers)
{
    applyUpdate(trackers);
}

void TrackerListModel::clear()
{
    applyUpdate({});
}

QString TrackerListModel::url(int row) const
{
    return isValidRow(row) ? itemAt(row).url : QString();
}

TrackerEntry TrackerListModel::tracker(int row) const
{
    return isValidRow(row) ? itemAt(row) : TrackerEntry();
}

bool TrackerListModel::sameInColumn(const TrackerEntry &a, const TrackerEntry &b, int column) const
{
    switch (column) {
    case UrlColumn:
        return true; // the URL is the key
    case TierColumn:
        return a.tier == b.tier;
    case StatusColumn:
        return a.status == b.status && a.message == b.message;
    case MessageColumn:
        return a.message == b.message;
    case PeersColumn:
        return a.peers == b.peers;
    case SeedsColumn:
        return a.seeds == b.seeds;
    case NextAnnounceColumn:
        return a.nextAnnounceSeconds == b.nextAnnounceSeconds;
    default:
        return true;
    }
}

bool TrackerListModel::lessThan(const TrackerEntry &a, const TrackerEntry &b, int column) const
{
    switch (column) {
    case UrlColumn:
        return NaturalCompare::lessThan(a.url, b.url);
    case TierColumn:
        return a.tier < b.tier;
    case StatusColumn:
        return a.status < b.status;
    case MessageColumn:
        return NaturalCompare::lessThan(a.message, b.message);
    case PeersColumn:
        return a.peers < b.peers;
    case SeedsColumn:
        return a.seeds < b.seeds;
    case NextAnnounceColumn:
        return a.nextAnnounceSeconds < b.nextAnnounceSeconds;
    default:
        return false;
    }
}

} // namespace swarmplay
