#pragma once

#include <QDialog>

#include "settings/appsettings.h"

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace swarmplay {

class Session;

// Edit ▸ Settings…: the download folder, what removing a torrent does with its files, the
// listen port, rate limits, DHT, local discovery and port mapping, whether other programs may
// control the engine, the library's size limit and its automatic cleanup, the subtitle size, the
// languages whose subtitles show first, and the language. OK checks every value first; a wrong one
// is named in the dialog, which stays open. What the viewer changed is stored and, for the network
// and the folder, applied to the running session at once; what was left alone is not touched (a
// --download-dir given on the command line stays in force until the folder is changed here).
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    // session may be null: the values are then only stored.
    SettingsDialog(AppSettings *settings, Session *session, QWidget *parent = nullptr);

    // Checks, stores and applies; false (with errorText() shown) when a value is refused.
    bool apply();
    QString errorText() const;

    void accept() override;

signals:
    // Settings ▸ "Allow other programs to control Swarmplay" was switched and stored.
    void remoteControlChanged(bool on);

private:
    struct Values
    {
        QString downloadDir;
        AppSettings::RemovePolicy removePolicy = AppSettings::RemovePolicy::Ask;
        int port = 0;
        int downloadKiB = 0;
        int uploadKiB = 0;
        bool dht = true;
        bool lsd = true;
        bool portMapping = true;
        bool checkPieces = false;
        int subtitlePoints = 0;
        QStringList subtitleLanguages; // as typed, most wanted first
        QString language;
        qint64 libraryCapMiB = 0; // -1: what was typed is not a number
        bool autoCleanup = false;
        bool remoteControl = false;
    };

    void buildForm();
    void load();
    void chooseFolder();
    // Empty when valid; else the message, with *field set to the widget to fix.
    QString check(const Values &v, QWidget **field) const;
    bool readPort(int *port) const;
    bool readLibraryCap(qint64 *mib) const;
    Values current() const;
    void showError(const QString &message, QWidget *field);
    void applyToSession(const Values &before, const Values &after);

    AppSettings *m_settings;
    Session *m_session;
    Values m_loaded;

    QLineEdit *m_downloadDir = nullptr;
    QComboBox *m_removePolicy = nullptr;
    QLineEdit *m_port = nullptr;
    QSpinBox *m_downloadLimit = nullptr;
    QSpinBox *m_uploadLimit = nullptr;
    QCheckBox *m_dht = nullptr;
    QCheckBox *m_lsd = nullptr;
    QCheckBox *m_portMapping = nullptr;
    QCheckBox *m_checkPieces = nullptr;
    QSpinBox *m_subtitleSize = nullptr;
    QLineEdit *m_subtitleLanguages = nullptr;
    QComboBox *m_language = nullptr;
    QLineEdit *m_libraryCap = nullptr;
    QCheckBox *m_autoCleanup = nullptr;
    QCheckBox *m_remoteControl = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace swarmplay
