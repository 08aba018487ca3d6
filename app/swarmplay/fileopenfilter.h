#pragma once

#include <QObject>
#include <QStringList>

namespace swarmplay {

// macOS gives a running application the files and links it should open as QFileOpenEvent (a
// double-clicked .torrent, a clicked magnet: link, a file dropped on the Dock icon), not on the
// command line. This filter on the application object turns those events into sources.
class FileOpenFilter : public QObject
{
    Q_OBJECT

public:
    // Installs itself on the application object, which must exist.
    explicit FileOpenFilter(QObject *parent = nullptr);

signals:
    void sourcesRequested(const QStringList &sources);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace swarmplay
