// Without libFuzzer (a gcc build, CI): runs every file of the corpus folders given through the
// target once, so that each input that once crashed it stays a regression test.

#include <cstdio>

#include <QDir>
#include <QDirIterator>
#include <QFile>

#include "fuzzinput.h"

int main(int argc, char **argv)
{
    int inputs = 0;
    for (int i = 1; i < argc; ++i) {
        QDirIterator it(QString::fromLocal8Bit(argv[i]), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (!file.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "cannot read %s\n", qPrintable(file.fileName()));
                return 1;
            }
            const QByteArray bytes = file.readAll();
            LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(bytes.constData()),
                                   size_t(bytes.size()));
            ++inputs;
        }
    }
    std::printf("%d inputs replayed\n", inputs);
    // A corpus that went missing would pass without testing anything.
    return inputs > 0 ? 0 : 1;
}
