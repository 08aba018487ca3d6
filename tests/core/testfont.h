#pragma once

// A font for the subtitle tests whose family ("Swarmplay Test Face") is not installed, so only a
// file's attachment can give it to libass: DejaVu Serif Bold renamed with python3-fonttools.

#include <QStandardPaths>
#include <QString>
#include <QStringList>

#include "testutil.h"

namespace swarmplay::test {

// Writes the font to path; an empty string on success, else why it could not.
inline QString makeTestFont(const QString &path)
{
    const QString python =
        QStandardPaths::findExecutable(QStringLiteral("python3"), {QStringLiteral("/usr/bin")});
    if (python.isEmpty())
        return QStringLiteral("python3 is needed to make the test's font");
    const ProcessResult renamed = runProcess(
        python,
        {QStringLiteral("-c"),
         QStringLiteral("import sys\nfrom fontTools.ttLib import TTFont\n"
                        "f = TTFont('/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf')\n"
                        "for r in f['name'].names:\n"
                        "    if r.nameID in (1, 4, 16): r.string = 'Swarmplay Test Face'\n"
                        "    if r.nameID == 6: r.string = 'SwarmplayTestFace'\n"
                        "f.save(sys.argv[1])\n"),
         path},
        60000);
    return renamed.exitCode == 0 ? QString() : QStringLiteral("python3-fonttools: ") + renamed.err;
}

} // namespace swarmplay::test
