#include "subtitlechoice.h"

#include <QLocale>
#include <QRegularExpression>

namespace swarmplay {

namespace {

QLocale::Language languageOf(const QString &code)
{
    const QString c = code.trimmed();
    if (c.isEmpty())
        return QLocale::AnyLanguage;
    // ISO 639-2/B codes Matroska files carry that differ from the /T ones Qt knows.
    static const QHash<QString, QString> bibliographic = {
        {QStringLiteral("ger"), QStringLiteral("deu")},
        {QStringLiteral("fre"), QStringLiteral("fra")},
        {QStringLiteral("dut"), QStringLiteral("nld")},
        {QStringLiteral("chi"), QStringLiteral("zho")},
        {QStringLiteral("cze"), QStringLiteral("ces")},
        {QStringLiteral("gre"), QStringLiteral("ell")},
        {QStringLiteral("per"), QStringLiteral("fas")},
        {QStringLiteral("rum"), QStringLiteral("ron")},
        {QStringLiteral("slo"), QStringLiteral("slk")},
        {QStringLiteral("ice"), QStringLiteral("isl")},
        {QStringLiteral("alb"), QStringLiteral("sqi")},
        {QStringLiteral("arm"), QStringLiteral("hye")},
        {QStringLiteral("baq"), QStringLiteral("eus")},
        {QStringLiteral("bur"), QStringLiteral("mya")},
        {QStringLiteral("geo"), QStringLiteral("kat")},
        {QStringLiteral("mac"), QStringLiteral("mkd")},
        {QStringLiteral("may"), QStringLiteral("msa")},
        {QStringLiteral("wel"), QStringLiteral("cym")},
    };
    const QString lower = bibliographic.value(c.toLower(), c.toLower());
    if (lower.size() == 2 || lower.size() == 3) {
        const QLocale::Language l = QLocale::codeToLanguage(lower);
        if (l != QLocale::AnyLanguage)
            return l;
    }
    for (int i = QLocale::Abkhazian; i <= QLocale::LastLanguage; ++i) {
        const auto l = QLocale::Language(i);
        if (QLocale::languageToString(l).compare(c, Qt::CaseInsensitive) == 0)
            return l;
    }
    return QLocale::AnyLanguage;
}

} // namespace

bool SubtitleChoice::sameLanguage(const QString &a, const QString &b)
{
    const QLocale::Language la = languageOf(a);
    return la != QLocale::AnyLanguage && la == languageOf(b);
}

bool SubtitleChoice::nameMentions(const QString &fileName, const QString &language)
{
    static const QRegularExpression separators(QStringLiteral("[._\\-\\s\\[\\]()]+"));
    QStringList words = fileName.split(separators, Qt::SkipEmptyParts);
    if (!words.isEmpty())
        words.removeLast(); // the extension
    for (const QString &w : std::as_const(words)) {
        if (w.size() >= 2 && sameLanguage(w, language))
            return true;
    }
    return false;
}

int SubtitleChoice::pick(const QVector<Candidate> &candidates, const QString &remembered,
                         const QString &off, const QStringList &preferred,
                         const QString &audioLanguage)
{
    if (remembered == off)
        return -1;
    const auto find = [&](auto accepts) {
        for (int i = 0; i < candidates.size(); ++i) {
            if (!candidates.at(i).failed && accepts(candidates.at(i)))
                return i;
        }
        return -1;
    };
    int i = find([&](const Candidate &c) { return !remembered.isEmpty() && c.id == remembered; });
    for (const QString &language : preferred) {
        if (i >= 0)
            break;
        // Inside the file, the default one first; then a file beside it.
        i = find([&](const Candidate &c) {
            return c.embedded && !c.forced && c.isDefault && sameLanguage(c.language, language);
        });
        if (i < 0)
            i = find([&](const Candidate &c) {
                return c.embedded && !c.forced && sameLanguage(c.language, language);
            });
        if (i < 0)
            i = find(
                [&](const Candidate &c) { return !c.embedded && nameMentions(c.label, language); });
    }
    if (i < 0 && !audioLanguage.isEmpty())
        i = find([&](const Candidate &c) {
            return c.embedded && c.forced && sameLanguage(c.language, audioLanguage);
        });
    if (i < 0)
        i = find([](const Candidate &c) { return c.embedded && c.isDefault && !c.forced; });
    if (i < 0)
        i = find([](const Candidate &c) { return !c.embedded; });
    return i;
}

} // namespace swarmplay
