#include "subtitlematcher.h"

#include <algorithm>

#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>

namespace swarmplay {

namespace {

QString folderOf(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : path.left(slash);
}

QString nameOf(const QString &path)
{
    return path.mid(path.lastIndexOf(QLatin1Char('/')) + 1);
}

// "Movie.en.forced.srt" -> "Movie.en.forced"
QString stemOf(const QString &name)
{
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    return dot <= 0 ? name : name.left(dot);
}

bool isSubsFolder(const QString &folderName)
{
    const QString f = folderName.toLower();
    return f == QLatin1String("subs") || f == QLatin1String("sub") ||
           f == QLatin1String("subtitles") || f == QLatin1String("subtitle");
}

// Whether the words after the video's name ("en.forced", "2_English") name the language.
QStringList wordsOf(const QString &tags)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}]+"));
    return tags.toLower().split(separators, Qt::SkipEmptyParts);
}

bool mentionsLanguage(const QString &tags, const QString &language)
{
    if (language.isEmpty())
        return false;
    const QLocale locale(language);
    const QStringList names{language,
                            QLocale::languageToCode(locale.language(), QLocale::ISO639Part2B),
                            QLocale::languageToCode(locale.language(), QLocale::ISO639Part2T),
                            QLocale::languageToString(locale.language())};
    const QStringList words = wordsOf(tags);
    return std::any_of(names.cbegin(), names.cend(), [&words](const QString &n) {
        return !n.isEmpty() && words.contains(n.toLower());
    });
}

} // namespace

bool SubtitleMatcher::isReadable(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("srt") || suffix == QLatin1String("vtt");
}

QVector<SubtitleMatcher::Match> SubtitleMatcher::match(const QVector<FileEntry> &files,
                                                       int videoIndex, const QString &language)
{
    const auto video = std::find_if(files.cbegin(), files.cend(), [videoIndex](const FileEntry &f) {
        return f.index == videoIndex;
    });
    if (video == files.cend())
        return {};
    const int videos = int(std::count_if(files.cbegin(), files.cend(), [](const FileEntry &f) {
        return f.kind == MediaKind::Video;
    }));
    const QString videoFolder = folderOf(video->path).toLower();
    const QString videoStem = stemOf(nameOf(video->path)).toLower();

    QVector<Match> matches;
    for (const FileEntry &f : files) {
        if (f.kind != MediaKind::Subtitle || !isReadable(f.path))
            continue;
        const QString folder = folderOf(f.path).toLower();
        const QString stem = stemOf(nameOf(f.path)).toLower();
        // Where it lies: beside the video, in Subs beside it, or in Subs/<video name>.
        const bool beside = folder == videoFolder;
        const QString parent = folderOf(folder);
        const bool inSubs = (isSubsFolder(nameOf(folder)) && parent == videoFolder) ||
                            (nameOf(folder) == videoStem && isSubsFolder(nameOf(parent)) &&
                             folderOf(parent) == videoFolder);
        int score = 0;
        QString tags; // what the name says beyond the video's: "en.forced"
        if ((beside || inSubs) && stem == videoStem) {
            score = 100;
        } else if ((beside || inSubs) && stem.startsWith(videoStem + QLatin1Char('.'))) {
            score = 90;
            tags = stem.mid(videoStem.size() + 1);
        } else if (inSubs && nameOf(folder) == videoStem) {
            score = 80; // Subs/Movie/2_English.srt
            tags = stem;
        } else if (videos == 1) {
            score = inSubs ? 70 : 60;
            tags = stem;
        } else {
            continue;
        }
        if (mentionsLanguage(tags, language))
            score += 5;
        // Forced subtitles show only the foreign parts; SDH ones add sounds: the full, plain
        // ones are what most viewers want first.
        const QStringList words = wordsOf(tags);
        if (words.contains(QLatin1String("forced")))
            score -= 10;
        if (words.contains(QLatin1String("sdh")) || words.contains(QLatin1String("hi")))
            score -= 1;
        matches.push_back({f.index, f.path, nameOf(f.path), score});
    }
    std::stable_sort(matches.begin(), matches.end(),
                     [](const Match &a, const Match &b) { return a.score > b.score; });
    return matches;
}

} // namespace swarmplay
