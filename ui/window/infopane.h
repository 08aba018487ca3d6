#pragma once

#include <QHash>
#include <QWidget>

#include "model/torrentinfo.h"

class QGridLayout;
class QLabel;
class QLineEdit;
class QStackedLayout;

namespace swarmplay {

// The torrent's metadata at a glance: info hashes (selectable, to copy), pieces, size, layout,
// creator, date and comment. The comment comes from whoever made the torrent, so it is shown
// as text with only its web addresses made into links.
class InfoPane : public QWidget
{
    Q_OBJECT

public:
    explicit InfoPane(QWidget *parent = nullptr);

    void setInfo(const TorrentInfo &info);
    // Back to "No metadata yet" (a magnet whose metadata has not arrived).
    void clear();
    bool hasInfo() const { return m_info.isValid(); }

    // The comment as rich text: every character escaped, line breaks kept, http(s) addresses
    // turned into links; over-long comments are cut.
    static QString commentToHtml(const QString &comment);

protected:
    void changeEvent(QEvent *e) override;

private:
    QLabel *addRow(const char *objectName);
    QLineEdit *addHashRow(const char *objectName);
    void addRow(QWidget *field, Qt::Alignment titleAlignment);
    void setRowVisible(QWidget *field, bool visible);
    void retranslate();
    void fill();

    TorrentInfo m_info;
    QStackedLayout *m_stack = nullptr;
    QLabel *m_placeholder = nullptr;
    QGridLayout *m_grid = nullptr;
    QHash<QWidget *, QLabel *> m_titles; // field -> its "Name:" label
    QLabel *m_name = nullptr;
    QLineEdit *m_v1Hash = nullptr;
    QLineEdit *m_v2Hash = nullptr;
    QLabel *m_format = nullptr;
    QLabel *m_pieces = nullptr;
    QLabel *m_totalSize = nullptr;
    QLabel *m_layout = nullptr;
    QLabel *m_private = nullptr;
    QLabel *m_creator = nullptr;
    QLabel *m_created = nullptr;
    QLabel *m_comment = nullptr;
};

} // namespace swarmplay
