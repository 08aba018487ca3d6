#include "probewalker.h"

namespace swarmplay::probe {

void Walker::mpegTs(bool tsName)
{
    int packet = 188;
    int sync = 0;
    tsLayout(m_in.head(), tsName, &packet, &sync);
    QByteArray d;
    if (!m_in.readUpTo(0, kTsSampleBytes, &d))
        d = m_in.head();
    // Null packets (padding to a constant rate) are not packets to FFmpeg's probesize; the PCRs
    // of one program give the rate of the file, padding included.
    qint64 packets = 0;
    qint64 nulls = 0;
    int pcrPid = -1;
    qint64 firstPcr = -1;
    qint64 firstPcrAt = 0;
    qint64 lastPcr = -1;
    qint64 lastPcrAt = 0;
    for (qint64 p = sync; p + 188 <= d.size(); p += packet) {
        const auto *t = reinterpret_cast<const uchar *>(d.constData() + p);
        if (t[0] != 0x47)
            break;
        ++packets;
        const int pid = ((t[1] & 0x1F) << 8) | t[2];
        if (pid == 0x1FFF) {
            ++nulls;
            continue;
        }
        // An adaptation field of at least 7 bytes with the PCR flag set.
        if (!(t[3] & 0x20) || t[4] < 7 || !(t[5] & 0x10) || (pcrPid >= 0 && pid != pcrPid))
            continue;
        pcrPid = pid;
        const qint64 pcr = (qint64(t[6]) << 25) | (qint64(t[7]) << 17) | (qint64(t[8]) << 9) |
                           (qint64(t[9]) << 1) | (t[10] >> 7); // 90 kHz
        if (firstPcr < 0) {
            firstPcr = pcr;
            firstPcrAt = p;
        } else if (pcr > firstPcr) {
            lastPcr = pcr;
            lastPcrAt = p;
        }
    }
    const double payloadShare = packets > 0 ? qMax(0.05, double(packets - nulls) / packets) : 1.0;
    double head = double(m_opt.probeBytes) * 188 / 184 / payloadShare;
    if (lastPcr > firstPcr) {
        const double bytesPerMs = double(lastPcrAt - firstPcrAt) * 90 / double(lastPcr - firstPcr);
        head = qMin(head, bytesPerMs * double(m_opt.probeMs));
    }
    // A fifth more for a rate that grows after the sample and for the stuffing in each PES
    // packet's last TS packet, and FFmpeg's read buffer.
    m_ranges.add(0, qMax(qint64(head * 1.2) + 64 * 1024, qint64(d.size())));
    m_ranges.add(m_in.size() - m_opt.tsTailBytes, m_opt.tsTailBytes);
}

} // namespace swarmplay::probe
