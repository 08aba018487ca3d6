#pragma once

#include <algorithm>
#include <numeric>

#include <QAbstractTableModel>
#include <QHash>
#include <QVector>

namespace swarmplay {

// A table whose rows are items with a stable key (a torrent id, a peer's endpoint, a tracker's
// URL), brought up to date by diffing each new list against the rows shown, so views keep their
// selection, current index and scroll position across status rounds: changed rows get
// dataChanged, new rows are inserted, gone rows removed, and the model is never reset for it.
//
// Sorting lives in the model rather than in a QSortFilterProxyModel so row numbers mean the same
// thing to the window as to the view. Once sort() has chosen a column the order is kept through
// every update with a layout change that moves persistent indexes (selections follow their item).
//
// A template without Q_OBJECT: each concrete model adds its own, its columns and its tr() context.
template <typename Item, typename Key> class KeyedTableModel : public QAbstractTableModel
{
public:
    explicit KeyedTableModel(QObject *parent = nullptr)
        : QAbstractTableModel(parent)
    {}

    int rowCount(const QModelIndex &parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_items.size());
    }

    // Row of the item with this key, -1 when there is none.
    int row(const Key &key) const { return m_rowOf.value(key, -1); }
    const QVector<Item> &items() const { return m_items; }
    bool isValidRow(int row) const { return row >= 0 && row < m_items.size(); }

    // The column rows are kept sorted by, -1 for none (rows stay where they were added).
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // Column -1 stops sorting: rows keep their present order and new ones are appended.
    // A column the model cannot sort by is ignored.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override
    {
        if (column >= 0 && !isSortable(column))
            return;
        m_sortColumn = column;
        m_sortOrder = order;
        applyOrder(sortedOrder(), true);
    }

protected:
    virtual Key keyOf(const Item &item) const = 0;
    // False when anything the column shows (in any role) differs between the two.
    virtual bool sameInColumn(const Item &a, const Item &b, int column) const = 0;
    // Strict weak order by a column that isSortable() accepts.
    virtual bool lessThan(const Item &a, const Item &b, int column) const = 0;
    virtual bool isSortable(int column) const { return column >= 0 && column < columnCount(); }

    const Item &itemAt(int row) const { return m_items.at(row); }

    // Makes the rows the incoming items: gone keys removed, known keys updated in place, new
    // keys appended (in the order given), then the sort order restored. Duplicate keys after the
    // first are ignored.
    void applyUpdate(const QVector<Item> &incoming)
    {
        QHash<Key, int> incomingAt;
        incomingAt.reserve(incoming.size());
        for (int i = 0; i < incoming.size(); ++i) {
            const Key key = keyOf(incoming.at(i));
            if (!incomingAt.contains(key))
                incomingAt.insert(key, i);
        }

        // Bottom-up in contiguous runs, so each removal leaves the rows above it where they were.
        for (int last = static_cast<int>(m_items.size()) - 1; last >= 0;) {
            if (incomingAt.contains(keyOf(m_items.at(last)))) {
                --last;
                continue;
            }
            int first = last;
            while (first > 0 && !incomingAt.contains(keyOf(m_items.at(first - 1))))
                --first;
            beginRemoveRows(QModelIndex(), first, last);
            m_items.erase(m_items.begin() + first, m_items.begin() + last + 1);
            rebuildIndex(); // row() is right for whoever listens to rowsRemoved
            endRemoveRows();
            last = first - 1;
        }

        for (int row = 0; row < m_items.size(); ++row)
            replaceRow(row, incoming.at(incomingAt.value(keyOf(m_items.at(row)))));

        QVector<Item> added;
        for (int i = 0; i < incoming.size(); ++i) {
            const Key key = keyOf(incoming.at(i));
            if (incomingAt.value(key) == i && !m_rowOf.contains(key))
                added.push_back(incoming.at(i));
        }
        if (!added.isEmpty()) {
            const int first = static_cast<int>(m_items.size());
            beginInsertRows(QModelIndex(), first, first + static_cast<int>(added.size()) - 1);
            m_items += added;
            rebuildIndex();
            endInsertRows();
        }
        applyOrder(sortedOrder(), true);
    }

    // Adds the item, or updates the row with its key.
    void upsert(const Item &item)
    {
        const int existing = row(keyOf(item));
        if (existing >= 0) {
            replaceRow(existing, item);
        } else {
            const int first = static_cast<int>(m_items.size());
            beginInsertRows(QModelIndex(), first, first);
            m_items.push_back(item);
            m_rowOf.insert(keyOf(item), first);
            endInsertRows();
        }
        applyOrder(sortedOrder(), true);
    }

    bool removeKey(const Key &key)
    {
        const int r = row(key);
        if (r < 0)
            return false;
        beginRemoveRows(QModelIndex(), r, r);
        m_items.removeAt(r);
        rebuildIndex();
        endRemoveRows();
        return true;
    }

    // A whole new list (a model reset); for when the rows are a different set of things.
    void resetItems(const QVector<Item> &items)
    {
        beginResetModel();
        m_items.clear();
        m_rowOf.clear();
        for (const Item &item : items) {
            if (!m_rowOf.contains(keyOf(item))) {
                m_rowOf.insert(keyOf(item), static_cast<int>(m_items.size()));
                m_items.push_back(item);
            }
        }
        applyOrder(sortedOrder(), false);
        endResetModel();
    }

    // Stores the item at the row and announces the columns whose content changed, if any.
    void replaceRow(int row, const Item &item)
    {
        int first = -1;
        int last = -1;
        for (int column = 0; column < columnCount(); ++column) {
            if (!sameInColumn(m_items.at(row), item, column)) {
                if (first < 0)
                    first = column;
                last = column;
            }
        }
        m_items[row] = item; // fields no column shows are kept current too
        if (first >= 0)
            emit dataChanged(index(row, first), index(row, last));
    }

private:
    void rebuildIndex()
    {
        m_rowOf.clear();
        m_rowOf.reserve(m_items.size());
        for (int i = 0; i < m_items.size(); ++i)
            m_rowOf.insert(keyOf(m_items.at(i)), i);
    }

    // Old row numbers in their sorted order. Stable, so equal rows never swap places between
    // rounds and a view does not flicker.
    QVector<int> sortedOrder() const
    {
        QVector<int> order(m_items.size());
        std::iota(order.begin(), order.end(), 0);
        if (m_sortColumn < 0)
            return order;
        std::stable_sort(order.begin(), order.end(), [this](int a, int b) {
            return m_sortOrder == Qt::AscendingOrder
                       ? lessThan(m_items.at(a), m_items.at(b), m_sortColumn)
                       : lessThan(m_items.at(b), m_items.at(a), m_sortColumn);
        });
        return order;
    }

    void applyOrder(const QVector<int> &order, bool announce)
    {
        bool moved = false;
        for (int i = 0; i < order.size() && !moved; ++i)
            moved = order.at(i) != i;
        if (!moved)
            return; // no layout change when nothing moves: most rounds
        if (announce)
            emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        QVector<Item> sorted;
        sorted.reserve(m_items.size());
        QVector<int> newRowOf(m_items.size());
        for (int i = 0; i < order.size(); ++i) {
            sorted.push_back(m_items.at(order.at(i)));
            newRowOf[order.at(i)] = i;
        }
        m_items = sorted;
        rebuildIndex();
        if (!announce)
            return;
        const QModelIndexList from = persistentIndexList();
        QModelIndexList to;
        to.reserve(from.size());
        for (const QModelIndex &index : from)
            to.push_back(this->index(newRowOf.at(index.row()), index.column()));
        changePersistentIndexList(from, to);
        emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    }

    QVector<Item> m_items;
    QHash<Key, int> m_rowOf;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace swarmplay
