#include "sourceopener.h"

#include <QMimeData>
#include <QTimer>
#include <QUrl>

#include "session/session.h"

namespace swarmplay {

SourceOpener::SourceOpener(Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{}

void SourceOpener::open(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty()) {
        // Queued like every other answer, so callers see one order of events.
        QTimer::singleShot(0, this, [this, text] {
            emit failed(text, tr("There is nothing to open. Give a .torrent file, a magnet link, "
                                 "an info hash or the web address of a .torrent."));
        });
        return;
    }
    AddOptions options;
    options.files = AddOptions::Files::None;
    m_session->addTorrent(text, options).then(this, [this, text](const AddResult &result) {
        if (result.ok())
            emit opened(result.id, result.alreadyPresent, text);
        else
            emit failed(text, result.error.message);
    });
}

QStringList SourceOpener::sourcesIn(const QMimeData *mime)
{
    QStringList sources;
    if (!mime)
        return sources;
    if (mime->hasUrls()) {
        for (const QUrl &url : mime->urls()) {
            if (url.isLocalFile())
                sources << url.toLocalFile();
            else if (url.isValid() && !url.scheme().isEmpty())
                sources << url.toString(QUrl::FullyEncoded);
        }
    }
    // A browser's dragged link also comes as text; the URLs above already cover it.
    if (sources.isEmpty() && mime->hasText()) {
        const QStringList lines = mime->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString &line : lines) {
            const QString trimmed = line.trimmed();
            if (!trimmed.isEmpty())
                sources << trimmed;
        }
    }
    if (sources.size() > MaxSourcesAtOnce)
        sources.erase(sources.begin() + MaxSourcesAtOnce, sources.end());
    return sources;
}

} // namespace swarmplay
