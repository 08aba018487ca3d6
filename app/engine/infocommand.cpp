#include "infocommand.h"

#include <QJsonDocument>

#include "infoformat.h"
#include "input/torrentfetcher.h"
#include "input/torrentsource.h"
#include "session/session.h"

namespace swarmplay::engine {

void InfoCommand::start()
{
    const TorrentSource source = TorrentSource::parse(options().source());
    if (!source.isValid()) {
        fail(source.error().message, 3);
        return;
    }
    switch (source.kind()) {
    case TorrentSource::Kind::TorrentFile:
        print(source.info());
        return;
    case TorrentSource::Kind::Url: {
        auto *fetcher = new TorrentFetcher(this);
        if (options().timeoutSeconds() > 0)
            fetcher->setTimeout(options().timeoutSeconds() * 1000);
        fetcher->fetch(source.url()).then(this, [this](const TorrentSource &got) {
            if (got.isValid())
                print(got.info());
            else
                fail(got.error().message, 3);
        });
        return;
    }
    case TorrentSource::Kind::Magnet:
        fetchMetadata(source);
        return;
    case TorrentSource::Kind::Invalid:
        break;
    }
}

void InfoCommand::fetchMetadata(const TorrentSource &source)
{
    if (!m_scratch.isValid()) {
        fail(tr("Cannot create a temporary folder: %1").arg(m_scratch.errorString()));
        return;
    }
    // Nothing of this lookup is kept: state and data go to a folder deleted on exit.
    sessionSettings().stateDir = m_scratch.filePath(QStringLiteral("state"));
    sessionSettings().downloadDir = m_scratch.filePath(QStringLiteral("data"));
    Session *s = session();
    connect(s, &Session::metadataReceived, this,
            [this](const TorrentId &, const TorrentInfo &info) { print(info); });
    if (!options().quiet())
        err() << tr("Fetching metadata from the swarm…") << Qt::endl;
    startTimeout(120, tr("no peer sent the metadata of this magnet link. Check that the swarm "
                         "has peers, or open the .torrent file instead."));
    AddOptions add;
    add.files = AddOptions::Files::None;
    s->addTorrent(source, add).then(this, [this](const AddResult &r) {
        if (!r.ok())
            fail(r.error.message, 3);
        else
            contactNamedPeers(r.id);
    });
}

void InfoCommand::print(const TorrentInfo &info)
{
    if (isDone())
        return;
    if (options().json())
        out() << QJsonDocument(InfoFormat::json(info)).toJson(QJsonDocument::Indented);
    else
        out() << InfoFormat::table(info);
    done(0);
}

} // namespace swarmplay::engine
