#pragma once

#include <QTreeView>

#include "model/torrentid.h"

namespace swarmplay {

class TorrentListModel;

// The open torrents as a list beside the player: name, state, progress, rate and peers, one
// row each, in the order they were opened until the user sorts by a header. The header's
// context menu shows or hides columns.
class TorrentListView : public QTreeView
{
    Q_OBJECT

public:
    explicit TorrentListView(TorrentListModel *model, QWidget *parent = nullptr);

    TorrentListModel *torrentModel() const { return m_model; }
    // The torrent of the current row; invalid when none.
    TorrentId currentTorrent() const;
    // Makes the torrent's row current; clears the selection for a torrent not listed.
    void selectTorrent(const TorrentId &id);

signals:
    void currentTorrentChanged(const swarmplay::TorrentId &id);
    // Double-click or Enter on a row.
    void torrentActivated(const swarmplay::TorrentId &id);

protected:
    void changeEvent(QEvent *e) override;

private:
    void retranslateColumnActions();

    TorrentListModel *m_model;
};

} // namespace swarmplay
