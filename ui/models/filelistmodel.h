#pragma once

#include <QIcon>
#include <QVector>

#include "keyedtablemodel.h"
#include "model/fileentry.h"

namespace swarmplay {

// One torrent's files, media first: videos, then audio, then the rest, each group in the order
// people count ("E2" before "E10"). That order is the model's own row order, so row 0 is what the
// player offers first. The name column carries a check box for the file's wanted state.
//
// Sorting: by name (natural order of the path), size or kind (the default order above);
// sort(-1) returns to the default. Not by progress: that changes every round and would move the
// file under the user's pointer.
class FileListModel : public KeyedTableModel<FileEntry, int>
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        SizeColumn,
        ProgressColumn,
        KindColumn,
        ColumnCount
    };

    enum Role
    {
        // The column's raw value: path (QString), size (qint64 bytes), progress (double 0..1,
        // -1 unknown), kind (int of MediaKind).
        RawRole = Qt::UserRole,
        FileIndexRole, // int, the torrent's file index, in every column
        KindRole,      // int of MediaKind, in every column
        WantedRole     // bool, in every column
    };

    explicit FileListModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // A torrent's file list (Session::files). A different set of files resets the model; the
    // same files again only update what changed.
    void setFiles(const QVector<FileEntry> &files);
    // Progress and wanted state of files already listed; never adds, removes or reorders rows.
    // A bytesDone of -1 (unknown in that snapshot) keeps the figure shown.
    void updateProgress(const QVector<FileEntry> &files);
    void clear();

    int fileIndex(int row) const; // -1 for a row that does not exist
    int row(int fileIndex) const; // -1 for a file not listed
    FileEntry file(int row) const;
    // The row of the largest video, the one to play when the user has not picked; -1 for none.
    int largestVideoRow() const;
    // Every wanted file's index, in the torrent's order, as Session::setWantedFiles takes them.
    QVector<int> wantedFileIndexes() const;

    // The icon shown for a kind: the desktop theme's when there is one, else the style's.
    static QIcon iconFor(MediaKind kind);
    // The order of the Name column: the paths as people count ("E2" before "E10"), then the
    // torrent's own order. What "the next episode" follows too.
    static bool pathLessThan(const FileEntry &a, const FileEntry &b);

signals:
    // The user ticked or cleared a file's box: every file that should now download.
    void wantedFilesRequested(const QVector<int> &fileIndexes);

protected:
    int keyOf(const FileEntry &item) const override { return item.index; }
    bool sameInColumn(const FileEntry &a, const FileEntry &b, int column) const override;
    bool lessThan(const FileEntry &a, const FileEntry &b, int column) const override;
    bool isSortable(int column) const override;

private:
    QVariant display(const FileEntry &f, int column) const;
    QVariant raw(const FileEntry &f, int column) const;
    bool sameFileSet(const QVector<FileEntry> &files) const;

    mutable QHash<int, QIcon> m_icons; // by MediaKind
};

} // namespace swarmplay
