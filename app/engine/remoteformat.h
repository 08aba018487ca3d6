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

    // Text from the engine made safe for a terminal: names and paths come from torrents anyone
    // can make, and an ESC, CR or LF in them would move the cursor, clear the screen or forge
    // rows. C0, DEL and C1 controls become "\x1b", bidi overrides and isolates "\u202e".
    static QString printable(const QString &text);
    // The same for a line of JSON, as "\u001b", which keeps its strings valid JSON.
    static QString printableJson(const QString &json);
};

} // namespace swarmplay::engine
