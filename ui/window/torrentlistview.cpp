#include "torrentlistview.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>

#include "models/torrentlistmodel.h"

namespace swarmplay {

TorrentListView::TorrentListView(TorrentListModel *model, QWidget *parent)
    : QTreeView(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("torrentList"));
    setModel(model);
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAllColumnsShowFocus(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    // Unsorted (the order torrents were opened in) until the user clicks a header.
    header()->setSortIndicator(-1, Qt::AscendingOrder);
    setSortingEnabled(true);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(TorrentListModel::NameColumn, QHeaderView::Stretch);
    // The pane is narrow: the figures a viewer needs least wait in the header's menu.
    setColumnHidden(TorrentListModel::UploadRateColumn, true);
    setColumnHidden(TorrentListModel::SizeColumn, true);
    header()->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (int column = 0; column < TorrentListModel::ColumnCount; ++column) {
        auto *toggle = new QAction(header());
        toggle->setCheckable(true);
        toggle->setChecked(!isColumnHidden(column));
        // The name column is what identifies a row; it cannot be hidden.
        toggle->setEnabled(column != TorrentListModel::NameColumn);
        connect(toggle, &QAction::toggled, this,
                [this, column](bool on) { setColumnHidden(column, !on); });
        header()->addAction(toggle);
    }
    retranslateColumnActions();

    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    emit currentTorrentChanged(m_model->id(current.row()));
            });
    connect(this, &QTreeView::activated, this,
            [this](const QModelIndex &index) { emit torrentActivated(m_model->id(index.row())); });
}

TorrentId TorrentListView::currentTorrent() const
{
    const QModelIndex index = currentIndex();
    return index.isValid() ? m_model->id(index.row()) : TorrentId();
}

void TorrentListView::selectTorrent(const TorrentId &id)
{
    const int row = m_model->row(id);
    if (row < 0) {
        clearSelection();
        return;
    }
    if (currentIndex().row() != row || !selectionModel()->isRowSelected(row))
        setCurrentIndex(m_model->index(row, 0));
}

void TorrentListView::changeEvent(QEvent *e)
{
    QTreeView::changeEvent(e);
    if (e->type() == QEvent::LanguageChange)
        retranslateColumnActions();
}

void TorrentListView::retranslateColumnActions()
{
    const QList<QAction *> toggles = header()->actions();
    for (int column = 0; column < toggles.size(); ++column)
        toggles.at(column)->setText(m_model->headerData(column, Qt::Horizontal).toString());
}

} // namespace swarmplay
