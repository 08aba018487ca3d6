#pragma once

#include <QVector>

#include "keyedtablemodel.h"
#include "model/torrentstate.h"
#include "storage/library.h"

namespace swarmplay {

// One row of the library: the stored record and what the running program knows besides.
struct LibraryRow
{
    Library::Record record;
    bool inSession = false; // open in the session now
    TorrentState state = TorrentState::Checking;
    double progress = 0;     // live progress while in the session
    qint64 bytesOnDisk = -1; // allocated by its files; -1 not measured yet
    bool playing = false;
    QString lastFileName; // file name (no folders) of the file played last
};

// Every torrent ever opened (Library), one row each: name, state, progress, space on disk, the
// file played last and where it stopped, and when. Rows keep their place between refreshes;
// sorted by last watched, newest first, until the user clicks a header.
class LibraryModel : public KeyedTableModel<LibraryRow, QString>
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        StateColumn,
        ProgressColumn,
        DiskColumn,
        LastFileColumn,
        PositionColumn,
        WatchedColumn,
        ColumnCount
    };

    enum Role
    {
        // The column's raw value for sorting: name (QString), state (QString), progress (double),
        // bytes on disk, position (ms), last used (ms since epoch).
        RawRole = Qt::UserRole,
        KeyRole, // QString, the torrent's key, in every column
    };

    explicit LibraryModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Every row at once; rows of keys not in it go.
    void setRows(const QVector<LibraryRow> &rows);
    QString key(int row) const;
    LibraryRow rowData(int row) const;

    // "Not open, files kept", "Downloading", ...
    static QString stateText(const LibraryRow &row);

protected:
    QString keyOf(const LibraryRow &item) const override { return item.record.key; }
    bool sameInColumn(const LibraryRow &a, const LibraryRow &b, int column) const override;
    bool lessThan(const LibraryRow &a, const LibraryRow &b, int column) const override;

private:
    QVariant display(const LibraryRow &r, int column) const;
    QVariant raw(const LibraryRow &r, int column) const;
    QVariant toolTip(const LibraryRow &r, int column) const;
};

} // namespace swarmplay
