#include "ui/team/serverconnectdialog.h"

#include "storage/serveraddress.h"
#include "storage/serverpasswords.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace cohort {

namespace {

constexpr int DefaultPort = 5432;

QString encoded(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

} // namespace

ServerConnectDialog::ServerConnectDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Connect to Team Server"));
    m_host = new QLineEdit(QStringLiteral("localhost"), this);
    m_host->setToolTip(tr("The server's name or address, or the folder of its Unix socket "
                          "(starting with /)."));
    m_port = new QSpinBox(this);
    m_port->setRange(1, 65535);
    m_port->setValue(DefaultPort);
    m_database = new QLineEdit(this);
    m_database->setPlaceholderText(tr("the team's database"));
    m_user = new QLineEdit(this);
    m_user->setText(qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME")));
    m_tls = new QComboBox(this);
    m_tls->addItem(tr("Use TLS when the server offers it"), QStringLiteral("prefer"));
    m_tls->addItem(tr("Require TLS"), QStringLiteral("require"));
    m_tls->addItem(tr("Require TLS and verify the server's certificate"),
                   QStringLiteral("verify-full"));
    m_tls->addItem(tr("No TLS"), QStringLiteral("disable"));
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(ServerPasswords::isAvailable()
                                       ? tr("empty: from the keychain, PGPASSWORD or ~/.pgpass")
                                       : tr("empty: from PGPASSWORD or ~/.pgpass"));
    m_preview = new QLabel(this);
    m_preview->setTextFormat(Qt::PlainText);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setWordWrap(true);

    m_host->setObjectName(QStringLiteral("host"));
    m_port->setObjectName(QStringLiteral("port"));
    m_database->setObjectName(QStringLiteral("database"));
    m_user->setObjectName(QStringLiteral("user"));
    m_tls->setObjectName(QStringLiteral("tls"));
    m_password->setObjectName(QStringLiteral("password"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Security:"), m_tls);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(tr("Address:"), m_preview);
    m_remember = new QCheckBox(tr("&Remember the password in the system keychain"), this);
    m_remember->setObjectName(QStringLiteral("rememberPassword"));
    m_remember->setChecked(ServerPasswords::isAvailable());
    m_remember->setEnabled(ServerPasswords::isAvailable());
    form->addRow(QString(), m_remember);
    auto *note = new QLabel(ServerPasswords::isAvailable()
                                ? tr("A password kept in the keychain is found again the next "
                                     "time, by the window and by cohort-cli; Cohort never writes "
                                     "it anywhere else.")
                                : tr("The password is used for this connection only; this build "
                                     "of Cohort has no keychain to keep it in."),
                            this);
    note->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_buttons);

    for (QLineEdit *edit : { m_host, m_database, m_user })
        connect(edit, &QLineEdit::textChanged, this, &ServerConnectDialog::updateState);
    connect(m_port, &QSpinBox::valueChanged, this, &ServerConnectDialog::updateState);
    connect(m_tls, &QComboBox::currentIndexChanged, this, &ServerConnectDialog::updateState);
    // Wide enough for the password field's hint in every language, and a usual address.
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    m_database->setFocus();
    updateState();
}

void ServerConnectDialog::setPurpose(const QString &title, const QString &button,
                                     const QString &intro)
{
    setWindowTitle(title);
    m_buttons->button(QDialogButtonBox::Ok)->setText(button);
    auto *label = new QLabel(intro, this);
    label->setWordWrap(true);
    static_cast<QBoxLayout *>(layout())->insertWidget(0, label);
}

void ServerConnectDialog::setPublishing()
{
    setPurpose(tr("Publish to Team Server"), tr("&Publish"),
               tr("Cohort copies this workspace, every row with its ids, into an empty database "
                  "on the server, in one transaction. Create the database first (createdb); a "
                  "database that holds anything is refused."));
}

void ServerConnectDialog::setRestoring()
{
    setPurpose(tr("Restore into a New Database"), tr("&Restore"),
               tr("Cohort restores the backup into an empty database on the server, in one "
                  "transaction. Create the database first (createdb); a database that holds "
                  "anything is refused."));
}

QString ServerConnectDialog::withPassword(const QString &address, const QString &password)
{
    return ServerPasswords::withPassword(address, password);
}

bool ServerConnectDialog::rememberPassword() const
{
    return m_remember->isChecked() && !m_password->text().isEmpty();
}

void ServerConnectDialog::setAddress(const QString &text)
{
    const ServerAddress address = ServerAddress::parse(text);
    if (!address.isValid())
        return;
    m_host->setText(address.host().isEmpty() ? QStringLiteral("localhost") : address.host());
    m_port->setValue(address.port() > 0 ? address.port() : DefaultPort);
    m_database->setText(address.databaseName());
    m_user->setText(address.user());
    for (const auto &[key, value] : address.options()) {
        if (key == QLatin1String("sslmode") && m_tls->findData(value) >= 0)
            m_tls->setCurrentIndex(m_tls->findData(value));
    }
    updateState();
}

QString ServerConnectDialog::address() const
{
    const QString host = m_host->text().trimmed();
    const bool socket = host.startsWith(QLatin1Char('/'));
    QString uri = QStringLiteral("postgresql://");
    if (!m_user->text().trimmed().isEmpty())
        uri += encoded(m_user->text().trimmed()) + QLatin1Char('@');
    if (!socket) {
        uri += host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']')
                                               : encoded(host);
        uri += QLatin1Char(':') + QString::number(m_port->value());
    }
    uri += QLatin1Char('/') + encoded(m_database->text().trimmed());
    QStringList query;
    if (socket) {
        query << QStringLiteral("host=") + encoded(host)
              << QStringLiteral("port=%1").arg(m_port->value());
    } else if (m_tls->currentData().toString() != QLatin1String("prefer")) {
        // libpq's default is "prefer"; TLS does not apply to a Unix socket.
        query << QStringLiteral("sslmode=") + m_tls->currentData().toString();
    }
    if (!query.isEmpty())
        uri += QLatin1Char('?') + query.join(QLatin1Char('&'));
    return uri;
}

QString ServerConnectDialog::password() const
{
    return m_password->text();
}

void ServerConnectDialog::updateState()
{
    const bool socket = m_host->text().trimmed().startsWith(QLatin1Char('/'));
    m_tls->setEnabled(!socket);
    const bool complete
        = !m_host->text().trimmed().isEmpty() && !m_database->text().trimmed().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(complete && ServerAddress::parse(address()).isValid());
    m_preview->setText(complete ? address() : QString());
}

} // namespace cohort
