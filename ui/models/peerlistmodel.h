#pragma once

#include <QVector>

#include "keyedtablemodel.h"
#include "model/peerentry.h"

namespace swarmplay {

// The peers one torrent is connected to (Session::peers), one row per endpoint, updated in place
// each time the list is fetched again so the user's selection and scroll position survive.
//
// Sorting: by any column (sort()), kept through every update, so "fastest first" stays true
// as rates change; the selection moves with its peer.
class PeerListModel : public KeyedTableModel<PeerEntry, QString>
{
    Q_OBJECT

public:
    enum Column
    {
        AddressColumn,
        ClientColumn,
        FlagsColumn,
        DownloadRateColumn,
        UploadRateColumn,
        ProgressColumn,
        TransportColumn,
        ColumnCount
    };

    enum Role
    {
        // The column's raw value: endpoint, client, flags (QString), rates (qint64 bytes/s),
        // progress (double 0..1), transport (bool, true for uTP).
        RawRole = Qt::UserRole,
        EndpointRole, // QString "address:port", in every column
        SeedRole      // bool, in every column
    };

    explicit PeerListModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The peers connected now: peers not in the list are removed.
    void update(const QVector<PeerEntry> &peers);
    void clear();

    using KeyedTableModel::row; // int row(const QString &endpoint) const, -1 when not listed
    QString endpoint(int row) const;
    PeerEntry peer(int row) const;

    // What each flag letter means, one line per letter present ("E: encrypted connection").
    static QString describeFlags(const QString &flags);
    // Every letter with its meaning, for the column header.
    static QString flagLegend();

protected:
    QString keyOf(const PeerEntry &item) const override { return item.endpoint(); }
    bool sameInColumn(const PeerEntry &a, const PeerEntry &b, int column) const override;
    bool lessThan(const PeerEntry &a, const PeerEntry &b, int column) const override;

private:
    QVariant display(const PeerEntry &p, int column) const;
    QVariant raw(const PeerEntry &p, int column) const;
};

} // namespace swarmplay
