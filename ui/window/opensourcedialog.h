#pragma once

#include <QDialog>

#include "input/torrentsource.h"

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace swarmplay {

// "Open magnet or URL": one field for a magnet link, an info hash or the web address of a
// .torrent file, checked as the user types with the core's own parser, so the user reads the
// same specific message the engine would give and cannot press Open on something that fails.
class OpenSourceDialog : public QDialog
{
    Q_OBJECT

public:
    // Prefills the field from the clipboard when it holds a magnet link, an http(s) address
    // or an info hash that parses.
    explicit OpenSourceDialog(QWidget *parent = nullptr);

    QString source() const; // the text, trimmed
    TorrentSource parsedSource() const { return m_parsed; }
    void setSource(const QString &text);
    bool isAcceptable() const { return m_parsed.isValid(); }
    // The message under the field: the parser's error, or what the text was understood as.
    QString hintText() const;

    // Magnet links, http(s) addresses and bare info hashes: what is worth taking from the
    // clipboard (a path there is rarely meant for this dialog, and parsing it reads the file).
    static bool looksLikeRemoteSource(const QString &text);

protected:
    void changeEvent(QEvent *e) override;

private:
    void prefillFromClipboard();
    void validate();
    void retranslate();

    QLabel *m_prompt = nullptr;
    QLineEdit *m_edit = nullptr;
    QLabel *m_hint = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    TorrentSource m_parsed;
};

} // namespace swarmplay
