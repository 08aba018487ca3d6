#include "translations.h"

#include <memory>

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace swarmplay {

namespace {
std::unique_ptr<QTranslator> g_ours;
std::unique_ptr<QTranslator> g_qt;
} // namespace

bool Translations::install(const QLocale &locale)
{
    // Dates and numbers (QLocale()) in the same language as the words.
    QLocale::setDefault(locale);
    for (auto *t : {&g_ours, &g_qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(t->get());
            t->reset();
        }
    }
    auto ours = std::make_unique<QTranslator>();
    if (!ours->load(locale, QStringLiteral("swarmplay"), QStringLiteral("_"),
                    QStringLiteral(":/i18n")))
        return false;
    QCoreApplication::installTranslator(ours.get());
    g_ours = std::move(ours);
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        g_qt = std::move(qt);
    }
    return true;
}

bool Translations::isInstalled()
{
    return g_ours != nullptr;
}

QStringList Translations::available()
{
    QStringList result;
    const QStringList files =
        QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("swarmplay_*.qm")});
    for (const QString &f : files)
        result << f.mid(10, f.size() - 13);
    return result;
}

} // namespace swarmplay
