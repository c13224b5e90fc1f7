#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

namespace tiergate {

class KeyResolver;
class ModelsCall;
class TiergateConfig;
class Transport;

/// One line of a model check: a model the profile can route to, and what its provider said.
struct ModelCheckFinding
{
    enum class Severity
    {
        Ok, ///< listed by the provider's `GET /models` and in the catalog
        Warning, ///< missing from the catalog or from the provider's list, or not checkable
    };
    Severity severity = Severity::Ok;
    QString path; ///< JSON path of the reference in the document (focusable in the editor)
    QString model;
    QString providerId;
    QString message; ///< plain translated sentence

    bool isProblem() const { return severity != Severity::Ok; }
};

/// Checks that every model a profile can route to (its tier's default and aliases, the tiers its
/// criticality routing picks, its fallback chain) exists: in the catalog, and in the answer of
/// `GET {baseUrl}/models` of the provider serving it. One listModels() call per provider, with
/// the provider's key and headers. start() on a snapshot; `finished()` fires exactly once per
/// start(), always from the event loop; a new start() or the destructor abandons a running check
/// without emitting.
class ModelChecker : public QObject
{
    Q_OBJECT
public:
    /// `transport` and `keys` are not owned and must outlive the checker.
    ModelChecker(Transport *transport, KeyResolver *keys, QObject *parent = nullptr);
    ~ModelChecker() override;

    void start(std::shared_ptr<const TiergateConfig> config, const QString &profile);
    bool isRunning() const { return m_running; }
    QString profile() const { return m_profile; }
    QList<ModelCheckFinding> findings() const { return m_findings; }
    int problemCount() const;

Q_SIGNALS:
    void finished();

private:
    struct Ref
    {
        QString path;
        QString model;
    };
    void checkProvider(const QString &providerId, const QList<Ref> &refs, const QByteArray &key);
    void providerDone();
    void abandon();

    Transport *m_transport;
    KeyResolver *m_keys;
    std::shared_ptr<const TiergateConfig> m_config;
    QString m_profile;
    QList<ModelCheckFinding> m_findings;
    QList<QPointer<QObject>> m_pending; ///< key replies and models calls in flight
    int m_outstanding = 0;
    bool m_running = false;
    quint64 m_generation = 0;
};

} // namespace tiergate
