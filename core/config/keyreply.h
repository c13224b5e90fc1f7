#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

namespace tiergate {

/// The answer of one KeyResolver call (resolve or store). Emits `finished()` exactly once, always
/// from the event loop (never inside the call that created it). The caller owns the reply; it is
/// parented to the resolver until taken (delete it, or call deleteLater() in the slot).
class KeyReply : public QObject
{
    Q_OBJECT
public:
    explicit KeyReply(QObject *parent = nullptr);

    bool isFinished() const { return m_finished; }
    bool isOk() const { return m_finished && m_error.isEmpty(); }
    /// The secret (resolve) — never log or display it. Empty for store and on error.
    QByteArray secret() const { return m_secret; }
    /// Plain translated sentence naming the variable / entry / file to set; never the value.
    QString errorString() const { return m_error; }

    /// Where store() put the key when no keychain took it: the 0600 file's path; "" when the
    /// keychain holds it (or for resolve()).
    QString storedFile() const { return m_storedFile; }
    void setStoredFile(const QString &path) { m_storedFile = path; }

    /// Completes the reply (used by KeyResolver): queued, so finished() never fires re-entrantly.
    void complete(const QByteArray &secret, const QString &error);

Q_SIGNALS:
    void finished();

private:
    QByteArray m_secret;
    QString m_error;
    QString m_storedFile;
    bool m_finished = false;
};

} // namespace tiergate
