#pragma once

#include <QVector>

#include "keyedtablemodel.h"
#include "model/torrentsnapshot.h"

namespace swarmplay {

// The open torrents, one row each, fed by Session's status rounds (torrentsUpdated) and kept in
// place between rounds so the list's selection and scroll position survive.
//
// Sorting: by any column (sort()); the order is then kept through every round. Unsorted, rows
// stay in the order the torrents were opened.
class TorrentListModel : public KeyedTableModel<TorrentSnapshot, TorrentId>
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        StateColumn,
        ProgressColumn,
        DownloadRateColumn,
        UploadRateColumn,
        PeersColumn,
        SizeColumn,
        ColumnCount
    };

    enum Role
    {
        // The column's raw value for sorting and painting: name (QString), state (int of
        // TorrentState), progress (double 0..1), rates and size (qint64 bytes, bytes/s),
        // peers (int, connected).
        RawRole = Qt::UserRole,
        IdRole,          // TorrentId, in every column
        StateRole,       // int of TorrentState, in every column (to grey out paused rows)
        ErrorMessageRole // QString, empty unless the torrent is in error
    };

    explicit TorrentListModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // One status round with every torrent: rows of torrents not in it are removed.
    void update(const QVector<TorrentSnapshot> &snapshots);
    // A torrent just added (Session::torrentAdded), shown before the next round names it.
    void add(const TorrentSnapshot &snapshot);
    // A torrent just removed (Session::torrentRemoved).
    void remove(const TorrentId &id);

    using KeyedTableModel::row; // int row(const TorrentId &) const, -1 when not listed
    TorrentId id(int row) const;
    TorrentSnapshot snapshot(int row) const;

protected:
    TorrentId keyOf(const TorrentSnapshot &item) const override { return item.id; }
    bool sameInColumn(const TorrentSnapshot &a, const TorrentSnapshot &b,
                      int column) const override;
    bool lessThan(const TorrentSnapshot &a, const TorrentSnapshot &b, int column) const override;

private:
    QVariant display(const TorrentSnapshot &t, int column) const;
    QVariant raw(const TorrentSnapshot &t, int column) const;
    QVariant toolTip(const TorrentSnapshot &t, int column) const;
};

} // namespace swarmplay
