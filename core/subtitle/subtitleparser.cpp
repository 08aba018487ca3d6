#include "subtitleparser.h"

#include <QFileInfo>
#include <QRegularExpression>

#include "textdecoding.h"

namespace swarmplay {

namespace {

const QRegularExpression &timingLine()
{
    // "00:00:01,000 --> 00:00:02,500 X1:100" (SRT coordinates) or "00:01.000 --> 00:02.500
    // line:0 align:start" (VTT settings): what follows the second time is ignored.
    static const QRegularExpression re(QStringLiteral(
        R"(^\s*(\d+(?::\d+){1,2}(?:[.,]\d+)?)\s*-->\s*(\d+(?::\d+){1,2}(?:[.,]\d+)?)(?:\s.*)?$)"));
    return re;
}

bool isNumber(const QString &line)
{
    const QString t = line.trimmed();
    if (t.isEmpty())
        return false;
    return std::all_of(t.cbegin(), t.cend(), [](QChar c) { return c.isDigit(); });
}

QString decodeEntities(QString s)
{
    if (!s.contains(QLatin1Char('&')))
        return s;
    s.replace(QLatin1String("&lt;"), QLatin1String("<"));
    s.replace(QLatin1String("&gt;"), QLatin1String(">"));
    s.replace(QLatin1String("&nbsp;"), QString(QChar(0x00A0)));
    s.replace(QLatin1String("&quot;"), QLatin1String("\""));
    s.replace(QLatin1String("&apos;"), QLatin1String("'"));
    s.replace(QLatin1String("&lrm;"), QString(QChar(0x200E)));
    s.replace(QLatin1String("&rlm;"), QString(QChar(0x200F)));
    s.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return s;
}

} // namespace

qint64 SubtitleParser::parseTime(QStringView text)
{
    text = text.trimmed();
    qsizetype fraction = text.indexOf(QLatin1Char(','));
    if (fraction < 0)
        fraction = text.indexOf(QLatin1Char('.'));
    const QStringView clock = fraction < 0 ? text : text.left(fraction);
    const QList<QStringView> parts = clock.split(QLatin1Char(':'));
    if (parts.size() < 2 || parts.size() > 3)
        return -1;
    // No part of a real time comes near this; three of them at most stay far from overflowing.
    constexpr qint64 MaxPart = 1'000'000'000;
    qint64 seconds = 0;
    for (const QStringView p : parts) {
        bool ok = false;
        const qint64 v = p.toLongLong(&ok);
        if (!ok || v < 0 || v > MaxPart || p.isEmpty())
            return -1;
        seconds = seconds * 60 + v;
    }
    qint64 ms = 0;
    if (fraction >= 0) {
        // "5" after the comma is 500 ms, "05" 50 ms: digits past the third are dropped.
        QString digits = text.mid(fraction + 1).left(3).toString();
        if (digits.isEmpty() ||
            !std::all_of(digits.cbegin(), digits.cend(), [](QChar c) { return c.isDigit(); }))
            return -1;
        while (digits.size() < 3)
            digits.append(QLatin1Char('0'));
        ms = digits.toLongLong();
    }
    return seconds * 1000 + ms;
}

void SubtitleParser::convertText(const QString &raw, QString *plain, QString *html)
{
    // ASS override blocks that SRT files carry over ({\an8}, {\i1}) are instructions, not text.
    static const QRegularExpression overrides(QStringLiteral(R"(\{\\[^}]*\})"));
    static const QRegularExpression tag(QStringLiteral(R"(<\s*(/?)\s*([A-Za-z]+|[\d:.]+)[^>]*>)"));
    const QString text = QString(raw).remove(overrides);
    plain->clear();
    html->clear();
    qsizetype at = 0;
    const auto addText = [&](QStringView piece) {
        const QString decoded = decodeEntities(piece.toString());
        plain->append(decoded);
        html->append(decoded.toHtmlEscaped());
    };
    for (auto it = tag.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        addText(QStringView(text).mid(at, m.capturedStart() - at));
        at = m.capturedEnd();
        const QString name = m.captured(2).toLower();
        if (name == QLatin1String("i") || name == QLatin1String("b") || name == QLatin1String("u"))
            html->append(QLatin1Char('<') + m.captured(1) + name + QLatin1Char('>'));
    }
    addText(QStringView(text).mid(at));
    *plain = plain->trimmed();
    html->replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

bool SubtitleParser::parse(const QByteArray &bytes, const QString &fileName, SubtitleTrack *track,
                           QString *error)
{
    const QString name = QFileInfo(fileName).fileName();
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (bytes.trimmed().isEmpty())
        return fail(tr("“%1” is empty: there are no subtitles in it.").arg(name));
    TextDecoding::Encoding encoding;
    QString text = TextDecoding::decode(bytes, &encoding);
    if (TextDecoding::looksBinary(text))
        return fail(tr("“%1” is not a subtitle file: it holds binary data, not text.").arg(name));
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    const QStringList lines = text.split(QLatin1Char('\n'));

    QVector<SubtitleTrack::Cue> cues;
    bool inCue = false;
    bool skipping = false; // a VTT header, NOTE, STYLE or REGION block: up to the blank line
    QStringList cueLines;
    SubtitleTrack::Cue cue;
    const auto finish = [&] {
        if (!inCue)
            return;
        inCue = false;
        // An SRT without blank lines between cues: the next cue's number is not text.
        while (!cueLines.isEmpty() && cueLines.constLast().trimmed().isEmpty())
            cueLines.removeLast();
        QString plain;
        QString html;
        convertText(cueLines.join(QLatin1Char('\n')), &plain, &html);
        cueLines.clear();
        if (plain.isEmpty() || cue.endMs <= cue.startMs)
            return;
        cue.text = plain;
        cue.html = html;
        cues.push_back(cue);
    };
    for (int i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty()) {
            finish();
            skipping = false;
            continue;
        }
        if (skipping)
            continue;
        const QRegularExpressionMatch m = timingLine().match(line);
        if (m.hasMatch()) {
            const qint64 start = parseTime(m.capturedView(1));
            const qint64 end = parseTime(m.capturedView(2));
            if (start >= 0 && end >= 0) {
                // A number just before a timing line inside a cue is the next cue's number.
                if (inCue && !cueLines.isEmpty() && isNumber(cueLines.constLast()))
                    cueLines.removeLast();
                finish();
                inCue = true;
                cue = SubtitleTrack::Cue();
                cue.startMs = start;
                cue.endMs = end;
                continue;
            }
        }
        if (inCue) {
            cueLines << line;
            continue;
        }
        // Outside a cue: a VTT header or block to skip whole, else a cue number or identifier.
        if (trimmed.startsWith(QLatin1String("WEBVTT")) ||
            trimmed.startsWith(QLatin1String("NOTE")) ||
            trimmed.startsWith(QLatin1String("STYLE")) ||
            trimmed.startsWith(QLatin1String("REGION")))
            skipping = true;
    }
    finish();
    if (cues.isEmpty())
        return fail(tr("“%1” is not a subtitle file Swarmplay can read: no cue with a start and "
                       "an end time was found (SubRip .srt and WebVTT .vtt are supported).")
                        .arg(name));
    *track = SubtitleTrack(std::move(cues));
    track->setEncoding(TextDecoding::name(encoding));
    if (error)
        error->clear();
    return true;
}

} // namespace swarmplay
