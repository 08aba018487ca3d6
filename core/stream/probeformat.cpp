#include "probeformat.h"

#include <QFileInfo>
#include <QStringList>

namespace swarmplay::probe {

bool tsLayout(const QByteArray &head, bool tsName, int *packetSize, int *firstSync)
{
    for (const int packet : {188, 192, 204}) {
        for (int start = 0; start < packet && start < head.size(); ++start) {
            int found = 0;
            int p = start;
            while (p < head.size() && head.at(p) == 0x47) {
                ++found;
                p += packet;
            }
            if (p >= head.size() && (found >= 5 || (tsName && found >= 1))) {
                *packetSize = packet;
                *firstSync = start;
                return true;
            }
        }
    }
    return false;
}

bool isTsName(const QString &fileName)
{
    static const QStringList extensions = {QStringLiteral("ts"),  QStringLiteral("m2ts"),
                                           QStringLiteral("mts"), QStringLiteral("m2t"),
                                           QStringLiteral("tp"),  QStringLiteral("trp")};
    return extensions.contains(QFileInfo(fileName).suffix().toLower());
}

bool isFourcc(const QByteArray &type)
{
    return type.size() == 4 &&
           std::all_of(type.begin(), type.end(), [](char c) { return c >= 0x20 && c < 0x7F; });
}

QString hex(quint32 id)
{
    return QStringLiteral("0x%1").arg(id, 0, 16);
}

bool findBox(const QByteArray &d, qint64 b, qint64 e, const char *type, qint64 *cb, qint64 *ce)
{
    bool found = false;
    forEachBox(d, b, e, [&](const QByteArray &t, qint64 pb, qint64 pe) {
        if (!found && t == type) {
            found = true;
            *cb = pb;
            *ce = pe;
        }
    });
    return found;
}

bool parseElementHeader(const char *p, qint64 avail, Element *e)
{
    if (avail < 2 || p[0] == 0)
        return false;
    const auto b0 = uchar(p[0]);
    int idLen = 1;
    while (!(b0 & (0x80 >> (idLen - 1))))
        ++idLen;
    if (idLen > 4 || idLen >= avail || p[idLen] == 0)
        return false;
    const auto s0 = uchar(p[idLen]);
    int sizeLen = 1;
    while (!(s0 & (0x80 >> (sizeLen - 1))))
        ++sizeLen;
    if (idLen + sizeLen > avail)
        return false;
    quint32 id = 0;
    for (int i = 0; i < idLen; ++i)
        id = (id << 8) | uchar(p[i]);
    const quint64 firstMask = 0xFFu >> sizeLen;
    quint64 value = s0 & firstMask;
    bool allOnes = value == firstMask;
    for (int i = 1; i < sizeLen; ++i) {
        value = (value << 8) | uchar(p[idLen + i]);
        allOnes = allOnes && uchar(p[idLen + i]) == 0xFF;
    }
    e->id = id;
    e->headerSize = idLen + sizeLen;
    e->size = allOnes ? -1 : qint64(value); // at most 56 bits: never negative
    return true;
}

quint64 ebmlUint(const QByteArray &d, qint64 b, qint64 e)
{
    quint64 v = 0;
    for (qint64 i = b; i < e && i < b + 8; ++i)
        v = (v << 8) | uchar(d[i]);
    return v;
}

} // namespace swarmplay::probe
