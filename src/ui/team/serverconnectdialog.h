#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace cohort {

/// File ▸ Connect to Team Server…: where the team workspace is (host or Unix socket folder,
/// port, database, user, TLS) and the password for this connection only. The password is
/// never stored: an empty one lets libpq find it in PGPASSWORD or ~/.pgpass.
class ServerConnectDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ServerConnectDialog(QWidget *parent = nullptr);

    /// Fills the fields from a server address (the recent list's, without password).
    void setAddress(const QString &address);
    /// The address the fields describe, in libpq's URI form, without the password.
    QString address() const;
    QString password() const;
    /// Whether the user wants the password kept in the system keychain.
    bool rememberPassword() const;
    /// address() with password() for this connection (never remembered).
    QString addressWithPassword() const { return withPassword(address(), password()); }
    /// `address` with `password` as its libpq parameter; `address` when it is empty.
    static QString withPassword(const QString &address, const QString &password);
    /// Makes it File ▸ Publish to Team Server…'s dialog: its title, a line on what publishing
    /// does, and the button that starts it.
    void setPublishing();
    /// Makes it the dialog that asks where a team backup is restored to.
    void setRestoring();

private:
    void updateState();
    void setPurpose(const QString &title, const QString &button, const QString &intro);

    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QComboBox *m_tls = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_remember = nullptr;
    QLabel *m_preview = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace cohort
