#include "reports/weekly/pseudonymizer.h"

#include <QMessageAuthenticationCode>

namespace cohort {

QString Pseudonymizer::code(qint64 memberId) const
{
    const QByteArray message = QByteArray::number(memberId);
    const QByteArray mac
        = QMessageAuthenticationCode::hash(message, m_key, QCryptographicHash::Sha256);
    return QString::fromLatin1(mac.left(3).toHex().toUpper());
}

QString Pseudonymizer::name(qint64 memberId) const
{
    return tr("Member %1").arg(code(memberId));
}

} // namespace cohort
