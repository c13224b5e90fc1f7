#include "core/config/keyreply.h"

#include <QTimer>

namespace tiergate {

KeyReply::KeyReply(QObject *parent)
    : QObject(parent)
{ }

void KeyReply::complete(const QByteArray &secret, const QString &error)
{
    if (m_finished)
        return;
    // Queued: the caller connects to finished() after resolve() returns.
    QTimer::singleShot(0, this, [this, secret, error] {
        if (m_finished)
            return;
        m_secret = secret;
        m_error = error;
        m_finished = true;
        Q_EMIT finished();
    });
}

} // namespace tiergate
