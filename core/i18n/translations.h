#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace swarmplay {

// Installs Swarmplay's and Qt's own translations for a language into the application, replacing
// any installed before, so the language can change while the program runs. The locale also becomes
// the default QLocale, so dates and numbers follow the language.
class Translations
{
public:
    // Returns false when Swarmplay has no translation for the locale (English is then used).
    static bool install(const QLocale &locale);
    static QStringList available(); // language codes with a translation, e.g. "de", "es"
    // True while a translation of Swarmplay's own texts is installed (texts are not English).
    static bool isInstalled();
};

} // namespace swarmplay
