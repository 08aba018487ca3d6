// The JSON bodies of the control API (docs/api.md) as a script or a hostile page would send them:
// the settings a running engine takes (SettingsFields, whole), an add's body as the route reads
// it (TorrentRoutes::readAdd: the source and its options), and JsonFields' readers of the kinds
// of field the other routes take (a string, a folder, indices, a flag, a bounded integer).

#include "api/apiroute.h"
#include "api/jsonfields.h"
#include "api/settingsfields.h"
#include "api/torrentroutes.h"
#include "fuzzinput.h"
#include "session/sessionsettings.h"

using namespace swarmplay;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const fuzz::Input in(data, size);
    if (in.choice % 3 == 2) {
        static const ApiRoute route = ApiRoute::match("/api/v1/torrents");
        ApiRequest request;
        request.method = "POST";
        request.target = "/api/v1/torrents";
        request.headers << qMakePair(QByteArray("content-type"), QByteArray("application/json"));
        request.body = in.bytes;
        TorrentSource source;
        AddOptions options;
        ApiAnswer error;
        if (!TorrentRoutes::readAdd(request, route, &source, &options, &error) &&
            (error.status != 400 || error.body.isEmpty()))
            __builtin_trap();
        return 0;
    }
    JsonFields fields(in.bytes);
    if (in.choice % 3 == 0) {
        SessionSettings settings;
        SettingsFields::read(fields, &settings);
        if (fields.ok())
            settings.validate();
    } else {
        fields.allowOnly({QStringLiteral("source"), QStringLiteral("save_path"),
                          QStringLiteral("files"), QStringLiteral("paused"),
                          QStringLiteral("limit")});
        fields.string(QStringLiteral("source"));
        fields.folder(QStringLiteral("save_path"));
        fields.indices(QStringLiteral("files"));
        fields.boolean(QStringLiteral("paused"));
        fields.integer(QStringLiteral("limit"), 0, 1 << 30);
    }
    // Every refusal names what was wrong.
    if (!fields.ok() && (fields.message().isEmpty() || fields.error().status != 400))
        __builtin_trap();
    return 0;
}
