#include "subtitlemenu.h"

#include <QAction>
#include <QActionGroup>
#include <QLocale>
#include <QMenu>

#include "playerwidget.h"
#include "subtitlecontroller.h"

namespace swarmplay {

SubtitleMenu::SubtitleMenu(SubtitleController *subtitles, PlayerWidget *player)
    : QObject(subtitles)
    , m_subtitles(subtitles)
    , m_player(player)
    , m_group(new QActionGroup(this))
{}

QString SubtitleMenu::trackLabel(const EmbeddedTrack &t)
{
    const bool code = t.language.size() == 2 || t.language.size() == 3;
    const QLocale::Language language =
        code ? QLocale::codeToLanguage(t.language) : QLocale::AnyLanguage;
    const QString name =
        language == QLocale::AnyLanguage ? t.language : QLocale::languageToString(language);
    const QString title = t.title.trimmed();
    QString label;
    if (name.isEmpty() && title.isEmpty())
        label = tr("Track %1").arg(t.number + 1);
    else if (name.isEmpty() || title.isEmpty() || title.compare(name, Qt::CaseInsensitive) == 0)
        label = name.isEmpty() ? title : name;
    else
        label = tr("%1 — %2", "language — track title").arg(name, title);
    if (t.forced)
        return tr("%1 (forced)").arg(label);
    if (t.isDefault)
        return tr("%1 (default)").arg(label);
    return label;
}

void SubtitleMenu::addTo(QMenu *menu)
{
    SubtitleController *s = m_subtitles;
    const bool playing = m_player->stage() == PlayerWidget::Stage::Playing;
    if (s->entries().isEmpty()) {
        menu->addAction(playing && !s->embeddedKnown() ? tr("Looking for subtitles…")
                                                       : tr("No subtitles"))
            ->setEnabled(false);
    } else {
        QAction *off = menu->addAction(tr("Off"));
        off->setCheckable(true);
        off->setChecked(s->current() < 0);
        off->setActionGroup(m_group);
        connect(off, &QAction::triggered, s, [s] { s->choose(-1); });
    }
    addEntries(menu, true);
    menu->addSeparator();
    addEntries(menu, false);
    QAction *load =
        menu->addAction(tr("&Load subtitles from file…"), s, &SubtitleController::chooseFile);
    load->setEnabled(playing);
    menu->addSeparator();
    // The keys are the player's own shortcuts; the menu only shows them.
    const auto item = [&](const QString &text, const QString &key, auto slot) {
        QAction *a = menu->addAction(text + QLatin1Char('\t') + key, s, slot);
        a->setEnabled(playing && s->current() >= 0);
    };
    const qint64 step = SubtitleController::DelayStepMs;
    const int size = SubtitleController::SizeStepPercent;
    item(tr("Subtitles earlier (−0.1 s)"), QStringLiteral("Z"),
         [s, step] { s->changeDelay(-step); });
    item(tr("Subtitles later (+0.1 s)"), QStringLiteral("X"), [s, step] { s->changeDelay(step); });
    item(tr("Larger subtitles"), QStringLiteral("G"), [s, size] { s->changeSize(size); });
    item(tr("Smaller subtitles"), QStringLiteral("Shift+G"), [s, size] { s->changeSize(-size); });
}

void SubtitleMenu::addEntries(QMenu *menu, bool embedded)
{
    using State = SubtitleController::State;
    SubtitleController *s = m_subtitles;
    for (int i = 0; i < s->entries().size(); ++i) {
        const SubtitleController::Entry &e = s->entries().at(i);
        if ((e.stream >= 0) != embedded)
            continue;
        QString text = e.label;
        if (e.state == State::Fetching)
            text = tr("%1 (downloading…)").arg(e.label);
        else if (e.state == State::Failed)
            text = embedded ? tr("%1 (cannot be shown)").arg(e.label)
                            : tr("%1 (cannot be read)").arg(e.label);
        QAction *a = menu->addAction(text);
        a->setCheckable(true);
        a->setChecked(i == s->current());
        a->setEnabled(e.state != State::Failed || !embedded);
        a->setActionGroup(m_group);
        a->setToolTip(e.state == State::Failed ? e.error
                      : embedded               ? e.embedded.codec
                                               : e.track.encoding());
        connect(a, &QAction::triggered, s, [s, i] { s->choose(i); });
    }
}

} // namespace swarmplay
