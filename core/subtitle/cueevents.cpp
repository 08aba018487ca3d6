#include "cueevents.h"

namespace swarmplay {

QByteArray CueEvents::assText(const QString &html)
{
    QString out;
    out.reserve(html.size());
    for (qsizetype i = 0; i < html.size();) {
        const QChar c = html.at(i);
        if (c == QLatin1Char('<')) {
            const qsizetype close = html.indexOf(QLatin1Char('>'), i);
            if (close < 0)
                break;
            const QString tag = html.mid(i + 1, close - i - 1).trimmed().toLower();
            static const QStringList on = {QStringLiteral("i"), QStringLiteral("b"),
                                           QStringLiteral("u")};
            if (tag == QLatin1String("br") || tag == QLatin1String("br/"))
                out += QStringLiteral("\\N");
            else if (on.contains(tag))
                out += QStringLiteral("{\\%11}").arg(tag);
            else if (tag.startsWith(QLatin1Char('/')) && on.contains(tag.mid(1)))
                out += QStringLiteral("{\\%10}").arg(tag.mid(1));
            i = close + 1;
        } else if (c == QLatin1Char('&')) {
            static const std::pair<QLatin1String, QChar> entities[] = {
                {QLatin1String("&lt;"), QLatin1Char('<')},
                {QLatin1String("&gt;"), QLatin1Char('>')},
                {QLatin1String("&amp;"), QLatin1Char('&')},
                {QLatin1String("&quot;"), QLatin1Char('"')},
                {QLatin1String("&#39;"), QLatin1Char('\'')},
            };
            bool matched = false;
            for (const auto &[name, ch] : entities) {
                if (html.mid(i, name.size()) == name) {
                    out += ch;
                    i += name.size();
                    matched = true;
                    break;
                }
            }
            if (!matched) {
                out += c;
                ++i;
            }
        } else if (c == QLatin1Char('\n')) {
            out += QStringLiteral("\\N");
            ++i;
        } else if (c == QLatin1Char('{') || c == QLatin1Char('}')) {
            // Braces open ASS override blocks: shown as the nearest brackets instead.
            out += c == QLatin1Char('{') ? QLatin1Char('(') : QLatin1Char(')');
            ++i;
        } else if (c == QLatin1Char('\\')) {
            out += QChar(0x29F5); // a backslash would start \N, \h or \n
            ++i;
        } else {
            out += c;
            ++i;
        }
    }
    return out.toUtf8();
}

QVector<SubtitleEvent> CueEvents::fromTrack(const SubtitleTrack &track)
{
    QVector<SubtitleEvent> events;
    events.reserve(track.size());
    int order = 0;
    for (const SubtitleTrack::Cue &cue : track.cues()) {
        SubtitleEvent e;
        e.startMs = cue.startMs;
        e.durationMs = std::max<qint64>(0, cue.endMs - cue.startMs);
        e.assLine = QByteArray::number(order++) + ",0,Default,,0,0,0,," + assText(cue.html);
        events << e;
    }
    return events;
}

} // namespace swarmplay
