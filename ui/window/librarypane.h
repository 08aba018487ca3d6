#pragma once

#include <QStringList>
#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QTreeView;

namespace swarmplay {

class LibraryModel;

// The Library tab: every torrent ever opened (LibraryModel) as a list, how much disk the library
// takes against its limit, and the buttons to remove torrents from it and to free space. It only
// says what the viewer asked for; LibraryKeeper does it.
class LibraryPane : public QWidget
{
    Q_OBJECT

public:
    explicit LibraryPane(LibraryModel *model, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    QLabel *usageLabel() const { return m_usage; }
    QPushButton *removeButton() const { return m_removeButton; }
    QPushButton *cleanupButton() const { return m_cleanupButton; }
    // Keys of the selected rows, in the view's order.
    QStringList selectedKeys() const;
    void selectKey(const QString &key);

    // "Library uses 3.2 GiB of 10 GiB"; capBytes 0 = no limit.
    void setUsage(qint64 usedBytes, qint64 capBytes);

signals:
    void playRequested(const QString &key);
    void removeRequested(const QStringList &keys);
    void cleanupRequested();

protected:
    void changeEvent(QEvent *e) override;

private:
    void retranslate();
    void updateButtons();

    LibraryModel *m_model;
    QTreeView *m_view = nullptr;
    QLabel *m_usage = nullptr;
    QPushButton *m_removeButton = nullptr;
    QPushButton *m_cleanupButton = nullptr;
    QAction *m_play = nullptr;
    QAction *m_remove = nullptr;
    QAction *m_cleanup = nullptr;
    qint64 m_used = 0;
    qint64 m_cap = 0;
};

} // namespace swarmplay
