#include "librarypane.h"

#include <QAction>
#include <QBoxLayout>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>

#include "model/units.h"
#include "models/librarymodel.h"

namespace swarmplay {

LibraryPane::LibraryPane(LibraryModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("libraryPane"));
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("libraryView"));
    m_view->setModel(model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->header()->setSortIndicator(model->sortColumn(), model->sortOrder());
    m_view->setSortingEnabled(true);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(LibraryModel::NameColumn, QHeaderView::Stretch);
    m_view->header()->setMinimumSectionSize(60);
    connect(m_view, &QTreeView::activated, this,
            [this](const QModelIndex &index) { emit playRequested(m_model->key(index.row())); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &LibraryPane::updateButtons);

    m_play = new QAction(this);
    connect(m_play, &QAction::triggered, this, [this] {
        const QStringList keys = selectedKeys();
        if (!keys.isEmpty())
            emit playRequested(keys.first());
    });
    m_remove = new QAction(this);
    m_remove->setShortcut(QKeySequence::Delete);
    m_remove->setShortcutContext(Qt::WidgetShortcut);
    connect(m_remove, &QAction::triggered, this, [this] {
        const QStringList keys = selectedKeys();
        if (!keys.isEmpty())
            emit removeRequested(keys);
    });
    m_cleanup = new QAction(this);
    connect(m_cleanup, &QAction::triggered, this, &LibraryPane::cleanupRequested);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addActions({m_play, m_remove, m_cleanup});

    m_usage = new QLabel(this);
    m_usage->setObjectName(QStringLiteral("libraryUsage"));
    m_removeButton = new QPushButton(this);
    m_removeButton->setObjectName(QStringLiteral("libraryRemoveButton"));
    connect(m_removeButton, &QPushButton::clicked, m_remove, &QAction::trigger);
    m_cleanupButton = new QPushButton(this);
    m_cleanupButton->setObjectName(QStringLiteral("libraryCleanupButton"));
    connect(m_cleanupButton, &QPushButton::clicked, m_cleanup, &QAction::trigger);

    auto *bottom = new QHBoxLayout;
    bottom->setContentsMargins(6, 2, 6, 4);
    bottom->addWidget(m_usage, 1);
    bottom->addWidget(m_removeButton);
    bottom->addWidget(m_cleanupButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);

    retranslate();
    updateButtons();
}

QStringList LibraryPane::selectedKeys() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList keys;
    for (const QModelIndex &index : std::as_const(rows))
        keys << m_model->key(index.row());
    return keys;
}

void LibraryPane::selectKey(const QString &key)
{
    const int row = m_model->row(key);
    if (row < 0)
        return;
    m_view->setCurrentIndex(m_model->index(row, 0));
    m_view->selectionModel()->select(m_model->index(row, 0), QItemSelectionModel::ClearAndSelect |
                                                                 QItemSelectionModel::Rows);
}

void LibraryPane::setUsage(qint64 usedBytes, qint64 capBytes)
{
    m_used = usedBytes;
    m_cap = capBytes;
    retranslate();
}

void LibraryPane::updateButtons()
{
    const bool any = m_view->selectionModel()->hasSelection();
    m_removeButton->setEnabled(any);
    m_remove->setEnabled(any);
    m_play->setEnabled(any);
}

void LibraryPane::changeEvent(QEvent *e)
{
    QWidget::changeEvent(e);
    if (e->type() == QEvent::LanguageChange)
        retranslate();
}

void LibraryPane::retranslate()
{
    if (m_cap > 0) {
        m_usage->setText(tr("Library uses %1 of %2").arg(formatBytes(m_used), formatBytes(m_cap)));
        // Over the limit is worth a second look; the button next to it is the remedy.
        m_usage->setStyleSheet(m_used > m_cap ? QStringLiteral("color: #c01c28;") : QString());
    } else {
        m_usage->setText(tr("Library uses %1 (no size limit)").arg(formatBytes(m_used)));
        m_usage->setStyleSheet(QString());
    }
    m_usage->setToolTip(tr("Space taken by the files of every torrent in the library. Set the "
                           "limit in Edit ▸ Settings…"));
    m_play->setText(tr("&Play"));
    m_remove->setText(tr("&Remove from library…"));
    m_cleanup->setText(tr("&Free space…"));
    m_removeButton->setText(tr("Remove…"));
    m_removeButton->setToolTip(tr("Remove the selected torrents from the library, with or "
                                  "without their files"));
    m_cleanupButton->setText(tr("Free space…"));
    m_cleanupButton->setToolTip(tr("Delete the files of the least recently watched torrents "
                                   "until the library fits its size limit; you see the list "
                                   "first"));
}

} // namespace swarmplay
