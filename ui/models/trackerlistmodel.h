#pragma once

#include <QVector>

#include "keyedtablemodel.h"
#include "model/trackerentry.h"

namespace swarmplay {

// One torrent's trackers and what each last said (Session::trackers), one row per URL, updated
// in place so a selected tracker stays selected while announces come and go.
//
// Sorting: by any column (sort()); unsorted, rows keep libtorrent's order (tier, then as listed
// in the torrent), which is the order trackers are tried in.
class TrackerListModel : public KeyedTableModel<TrackerEntry, QString>
{
    Q_OBJECT

public:
    enum Column
    {
        UrlColumn,
        TierColumn,
        StatusColumn,
        MessageColumn,
        PeersColumn,
        SeedsColumn,
        NextAnnounceColumn,
        ColumnCount
    };

    enum Role
    {
        // The column's raw value: URL, message (QString), tier, peers, seeds (int, -1 unknown),
        // status (int of TrackerEntry::Status), next announce (qint64 seconds, -1 unknown).
        RawRole = Qt::UserRole,
        StatusRole // int of TrackerEntry::Status, in every column (to colour failing trackers)
    };

    explicit TrackerListModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The torrent's trackers now: URLs not in the list are removed.
    void update(const QVector<TrackerEntry> &trackers);
    void clear();

    using KeyedTableModel::row; // int row(const QString &url) const, -1 when not listed
    QString url(int row) const;
    TrackerEntry tracker(int row) const;

protected:
    QString keyOf(const TrackerEntry &item) const override { return item.url; }
    bool sameInColumn(const TrackerEntry &a, const TrackerEntry &b, int column) const override;
    bool lessThan(const TrackerEntry &a, const TrackerEntry &b, int column) const override;

private:
    QVariant display(const TrackerEntry &t, int column) const;
    QVariant raw(const TrackerEntry &t, int column) const;
};

} // namespace swarmplay
