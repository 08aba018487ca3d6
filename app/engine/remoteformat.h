#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace swarmplay::engine {

// What `swarmplay-engine remote` prints of the API's answers: tables for people (the API's JSON
// is there for programs).
class RemoteFormat
{
    Q_DECLARE_TR_FUNCTIONS(RemoteFormat)

public:
    // GET /torrents: info hash, state, progress, rates, peers, name.
    static QString torrents(const QJsonArray &torrents);
    // GET /torrents/{ih}/files: index, kind, size, progress, chosen, path.
    static QString files(const QJsonArray &files);
    // A stream's buffer state: "buffering: 3.1 MiB of 15.0 MiB ready, 0:04 to go".
    static QString buffer(const QJsonObject &stream);
};

} // namespace swarmplay::engine
