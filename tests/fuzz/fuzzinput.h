#pragma once

// What every fuzz target starts from: libFuzzer's bytes, and a first byte that picks a variant
// (a file name, a kind of input) so that one target covers every branch of its parser.

#include <cstddef>
#include <cstdint>

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace swarmplay::fuzz {

struct Input
{
    Input(const uint8_t *data, size_t size)
        : choice(size > 0 ? data[0] : 0)
        , bytes(size > 1 ? QByteArray(reinterpret_cast<const char *>(data + 1), int(size - 1))
                         : QByteArray())
    {}
    // One of the names, by the first byte.
    QString pick(const QStringList &names) const { return names.at(choice % names.size()); }

    uint8_t choice;
    QByteArray bytes; // the rest
};

} // namespace swarmplay::fuzz

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
