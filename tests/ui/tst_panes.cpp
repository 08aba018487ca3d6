// The main window's small panes as a user meets them: the Open dialog's live checking and
// clipboard prefill, the info pane's handling of an untrusted comment, the status bar.

#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedLayout>
#include <QTextDocument>
#include <QtTest>

#include "input/torrentsource.h"
#include "model/units.h"
#include "window/infopane.h"
#include "window/opensourcedialog.h"
#include "window/statusbarwidget.h"

using namespace swarmplay;

namespace {

const QString ValidMagnet = QStringLiteral(
    "magnet:?xt=urn:btih:0123456789abcdef0123456789abcdef01234567&dn=Big%20Buck%20Bunny");
const QString BadMagnet = QStringLiteral("magnet:?xt=urn:btih:xyz");

QPushButton *okButton(OpenSourceDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

// What a rich-text label shows, as a reader sees it.
QString shownText(const QLabel *label)
{
    if (label->textFormat() == Qt::PlainText)
        return label->text();
    QTextDocument doc;
    doc.setHtml(label->text());
    return doc.toPlainText().replace(QChar::LineSeparator, QLatin1Char('\n'));
}

TorrentInfo sampleInfo()
{
    TorrentInfo info;
    info.id = TorrentId::fromString(QStringLiteral("0123456789abcdef0123456789abcdef01234567"));
    info.name = QStringLiteral("Big Buck Bunny");
    info.pieceLength = 1024 * 1024;
    info.pieceCount = 264;
    info.totalSize = 276'134'947;
    info.multiFile = true;
    info.v1 = true;
    info.creator = QStringLiteral("mktorrent 1.1");
    info.created = QDateTime(QDate(2008, 5, 20), QTime(12, 0), Qt::UTC);
    info.comment = QStringLiteral("<b>x</b>");
    info.files.resize(3);
    return info;
}

} // namespace

class TestPanes : public QObject
{
    Q_OBJECT

private slots:
    void init() { QGuiApplication::clipboard()->clear(); }

    void badMagnetShowsCoreMessageAndDisablesOk();
    void validSourcesEnableOk_data();
    void validSourcesEnableOk();
    void emptyFieldIsNotAnError();
    void clipboardPrefill_data();
    void clipboardPrefill();

    void infoPaneShowsMetadata();
    void infoPaneShowsCommentLiterally();
    void infoPaneLinksOnlyWebAddresses();
    void infoPaneClearSaysNoMetadata();

    void statusBarShowsSessionFigures();
    void statusBarMessageIsTransient();

    void screenshots();
};

void TestPanes::badMagnetShowsCoreMessageAndDisablesOk()
{
    OpenSourceDialog dialog;
    auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("sourceEdit"));
    QVERIFY(edit);
    edit->setFocus();
    QTest::keyClicks(edit, BadMagnet);

    const QString expected = TorrentSource::parse(BadMagnet).error().message;
    QVERIFY(!expected.isEmpty());
    QCOMPARE(dialog.hintText(), expected);
    QVERIFY(dialog.hintText().contains(QLatin1String("\"xyz\""))); // says which part is wrong
    QVERIFY(!okButton(dialog)->isEnabled());
    QVERIFY(!dialog.isAcceptable());

    // Enter does not open it either.
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(accepted.size(), 0);

    // Fixing the text fixes the dialog.
    edit->setText(ValidMagnet);
    QVERIFY(okButton(dialog)->isEnabled());
    QVERIFY(dialog.hintText().contains(QLatin1String("Big Buck Bunny")));
}

void TestPanes::validSourcesEnableOk_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("magnet") << ValidMagnet;
    QTest::newRow("magnet, spaces around") << QStringLiteral("  ") + ValidMagnet + QLatin1Char(' ');
    QTest::newRow("v1 hash") << QStringLiteral("0123456789abcdef0123456789abcdef01234567");
    QTest::newRow("v2 hash") << QStringLiteral("0123456789abcdef").repeated(4);
    QTest::newRow("https") << QStringLiteral("https://example.org/file.torrent");
}

void TestPanes::validSourcesEnableOk()
{
    QFETCH(QString, text);
    OpenSourceDialog dialog;
    dialog.setSource(text);
    QVERIFY2(okButton(dialog)->isEnabled(), qPrintable(dialog.hintText()));
    QCOMPARE(dialog.source(), text.trimmed());
    QVERIFY(dialog.parsedSource().isValid());

    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QCOMPARE(accepted.size(), 1);
}

void TestPanes::emptyFieldIsNotAnError()
{
    OpenSourceDialog dialog;
    QVERIFY(dialog.source().isEmpty());
    QVERIFY(!okButton(dialog)->isEnabled());
    QVERIFY(dialog.hintText().isEmpty());
}

void TestPanes::clipboardPrefill_data()
{
    QTest::addColumn<QString>("clipboard");
    QTest::addColumn<QString>("field");
    QTest::newRow("magnet") << ValidMagnet << ValidMagnet;
    QTest::newRow("hash") << QStringLiteral("0123456789ABCDEF0123456789ABCDEF01234567")
                          << QStringLiteral("0123456789ABCDEF0123456789ABCDEF01234567");
    QTest::newRow("url") << QStringLiteral(" https://example.org/a.torrent\n")
                         << QStringLiteral("https://example.org/a.torrent");
    QTest::newRow("bad magnet") << BadMagnet << QString();
    QTest::newRow("prose") << QStringLiteral("hello world") << QString();
    QTest::newRow("path") << QStringLiteral(SWARMPLAY_SOURCE_DIR "/README.md") << QString();
    QTest::newRow("ftp") << QStringLiteral("ftp://example.org/a.torrent") << QString();
}

void TestPanes::clipboardPrefill()
{
    QFETCH(QString, clipboard);
    QFETCH(QString, field);
    QGuiApplication::clipboard()->setText(clipboard);
    QCOMPARE(QGuiApplication::clipboard()->text(), clipboard);

    OpenSourceDialog dialog;
    QCOMPARE(dialog.source(), field);
    QCOMPARE(okButton(dialog)->isEnabled(), !field.isEmpty());
    if (!field.isEmpty()) {
        // Selected, so typing or pasting replaces it.
        auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("sourceEdit"));
        QCOMPARE(edit->selectedText(), field);
    }
}

void TestPanes::infoPaneShowsMetadata()
{
    InfoPane pane;
    pane.resize(600, 400);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    pane.setInfo(sampleInfo());
    QVERIFY(pane.hasInfo());

    const auto value = [&](const char *name) {
        if (auto *edit = pane.findChild<QLineEdit *>(QLatin1String(name)))
            return edit->text();
        auto *label = pane.findChild<QLabel *>(QLatin1String(name));
        return label ? shownText(label) : QStringLiteral("(missing)");
    };
    const auto visible = [&](const char *name) {
        return pane.findChild<QWidget *>(QLatin1String(name))->isVisible();
    };
    QCOMPARE(value("v1HashValue"), QStringLiteral("0123456789abcdef0123456789abcdef01234567"));
    QVERIFY(visible("v1HashValue"));
    QVERIFY(!visible("v2HashValue")); // a v1-only torrent has no v2 hash to show
    auto *hash = pane.findChild<QLineEdit *>(QStringLiteral("v1HashValue"));
    QVERIFY(hash->isReadOnly()); // selectable and copyable, not editable
    hash->selectAll();
    QCOMPARE(hash->selectedText(), hash->text());
    QCOMPARE(value("piecesValue"), QStringLiteral("264 × %1").arg(formatBytes(1024 * 1024)));
    QCOMPARE(value("totalSizeValue"),
             QStringLiteral("%1 (276,134,947 bytes)").arg(formatBytes(276'134'947)));
    QCOMPARE(value("layoutValue"), QStringLiteral("Folder with 3 files"));
    QCOMPARE(value("creatorValue"), QStringLiteral("mktorrent 1.1"));
    QVERIFY(value("createdValue").contains(QLatin1String("08"))); // locale's short date
    QCOMPARE(value("formatValue"), QStringLiteral("v1"));

    TorrentInfo single = sampleInfo();
    single.multiFile = false;
    single.creator.clear();
    single.created = {};
    pane.setInfo(single);
    QCOMPARE(value("layoutValue"), QStringLiteral("Single file"));
    QVERIFY(!visible("creatorValue"));
    QVERIFY(!visible("createdValue"));
}

void TestPanes::infoPaneShowsCommentLiterally()
{
    InfoPane pane;
    TorrentInfo info = sampleInfo();
    info.comment = QStringLiteral("<b>x</b> & <img src=\"file:///etc/passwd\">\nline two");
    pane.setInfo(info);
    auto *comment = pane.findChild<QLabel *>(QStringLiteral("commentValue"));
    QVERIFY(comment);
    QCOMPARE(shownText(comment),
             QStringLiteral("<b>x</b> & <img src=\"file:///etc/passwd\">\nline two"));
    QVERIFY(!comment->text().contains(QLatin1String("<b>")));
    QVERIFY(!comment->text().contains(QLatin1String("<img")));

    info.comment = QStringLiteral("<b>x</b>");
    pane.setInfo(info);
    QCOMPARE(shownText(comment), QStringLiteral("<b>x</b>"));
}

void TestPanes::infoPaneLinksOnlyWebAddresses()
{
    const QString html = InfoPane::commentToHtml(
        QStringLiteral("See https://example.org/a?b=1&c=2. Not javascript:alert(1) or "
                       "file:///etc/passwd; also http://x.test/\"><script>"));
    QVERIFY2(html.contains(QLatin1String("<a href=\"https://example.org/a?b=1&amp;c=2\">")),
             qPrintable(html));
    QVERIFY(html.contains(QLatin1String("c=2</a>. Not"))); // the full stop stays text
    QVERIFY(!html.contains(QLatin1String("href=\"javascript")));
    QVERIFY(!html.contains(QLatin1String("href=\"file")));
    QVERIFY(!html.contains(QLatin1String("<script>")));
    QCOMPARE(html.count(QLatin1String("<a ")), 2);

    QTextDocument doc;
    doc.setHtml(html);
    QVERIFY(doc.toPlainText().contains(QLatin1String("http://x.test/\"><script>")));

    // An enormous comment is cut.
    const QString huge = InfoPane::commentToHtml(QString(100'000, QLatin1Char('a')));
    QVERIFY(huge.size() < 5'000);
    QVERIFY(huge.endsWith(QChar(0x2026)));
}

void TestPanes::infoPaneClearSaysNoMetadata()
{
    InfoPane pane;
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    auto *placeholder = pane.findChild<QLabel *>(QStringLiteral("placeholder"));
    QVERIFY(placeholder->isVisible());
    QCOMPARE(placeholder->text(), QStringLiteral("No metadata yet"));
    pane.setInfo(sampleInfo());
    QVERIFY(!placeholder->isVisible());
    pane.clear();
    QVERIFY(placeholder->isVisible());
    QVERIFY(!pane.hasInfo());
}

void TestPanes::statusBarShowsSessionFigures()
{
    StatusBarWidget bar;
    SessionStats stats;
    stats.downloadRate = 1'258'291;
    stats.uploadRate = 35'840;
    stats.peersConnected = 12;
    stats.dhtEnabled = true;
    stats.dhtNodes = 250;
    bar.setStats(stats);
    QCOMPARE(bar.downloadText(), QStringLiteral("↓ 1.20 MiB/s"));
    QCOMPARE(bar.uploadText(), QStringLiteral("↑ 35.0 KiB/s"));
    QCOMPARE(bar.peersText(), QStringLiteral("12 peers"));
    QCOMPARE(bar.dhtText(), QStringLiteral("DHT: 250 nodes"));
    auto *warning = bar.findChild<QLabel *>(QStringLiteral("listenWarning"));
    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bar));
    QVERIFY(!warning->isVisible());

    stats.dhtEnabled = false;
    stats.peersConnected = 1;
    stats.listenError = QStringLiteral("Address already in use");
    bar.setStats(stats);
    QCOMPARE(bar.dhtText(), QStringLiteral("DHT off"));
    QCOMPARE(bar.peersText(), QStringLiteral("1 peer"));
    QVERIFY(warning->isVisible());
    QVERIFY(warning->toolTip().contains(QLatin1String("Address already in use")));
}

void TestPanes::statusBarMessageIsTransient()
{
    StatusBarWidget bar;
    bar.showMessage(QStringLiteral("<i>Added</i> Big Buck Bunny"), 100);
    QCOMPARE(bar.message(), QStringLiteral("<i>Added</i> Big Buck Bunny"));
    QCOMPARE(bar.findChild<QLabel *>(QStringLiteral("messageLabel"))->textFormat(), Qt::PlainText);
    QTRY_VERIFY_WITH_TIMEOUT(bar.message().isEmpty(), 2'000);

    bar.showMessage(QStringLiteral("stays"), 0);
    QTest::qWait(150);
    QCOMPARE(bar.message(), QStringLiteral("stays"));
    bar.clearMessage();
    QVERIFY(bar.message().isEmpty());
}

// Not a check: pictures for a person to look at (SWARMPLAY_SCREENSHOT_DIR=/tmp, under
// xvfb-run with QT_QPA_PLATFORM=xcb).
void TestPanes::screenshots()
{
    const QString dir = qEnvironmentVariable("SWARMPLAY_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("SWARMPLAY_SCREENSHOT_DIR not set");

    OpenSourceDialog dialog;
    dialog.setSource(BadMagnet);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.grab().save(dir + QLatin1String("/widgets-open-bad.png")));
    dialog.setSource(ValidMagnet);
    QVERIFY(dialog.grab().save(dir + QLatin1String("/widgets-open-good.png")));

    InfoPane pane;
    TorrentInfo info = sampleInfo();
    // A hybrid torrent: both hashes.
    const TorrentId v2 = TorrentId::fromString(QStringLiteral("0123456789abcdef").repeated(4));
    info.id = TorrentId(info.id.v1(), v2.v2());
    info.v2 = true;
    info.comment = QStringLiteral("<b>x</b> — see https://peach.blender.org/ for more.");
    info.name = QStringLiteral("Big.Buck.Bunny.2008.1080p.BluRay.x264-SWARM.Extended.Edition");
    pane.setInfo(info);
    pane.resize(380, 360);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QVERIFY(pane.grab().save(dir + QLatin1String("/widgets-info.png")));

    StatusBarWidget bar;
    SessionStats stats;
    stats.downloadRate = 1'258'291;
    stats.uploadRate = 35'840;
    stats.peersConnected = 12;
    stats.dhtEnabled = true;
    stats.dhtNodes = 250;
    stats.listenError = QStringLiteral("Address already in use");
    bar.setStats(stats);
    bar.showMessage(QStringLiteral("Added Big Buck Bunny"), 0);
    bar.resize(720, bar.sizeHint().height());
    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bar));
    QVERIFY(bar.grab().save(dir + QLatin1String("/widgets-statusbar.png")));
}

QTEST_MAIN(TestPanes)
#include "tst_panes.moc"
