#pragma once

#include <QJsonObject>
#include <QString>

namespace tiergate {

/// The provider's error body: `{"error": {"message", "type", "code", "param"}}`. `code` and
/// `param` may be strings, numbers or null on the wire; they are kept as text.
class ProviderError
{
public:
    QString message;
    QString type;
    QString code;
    QString param;

    QJsonObject toJson() const; ///< the whole `{"error": {...}}` body
    friend bool operator==(const ProviderError &, const ProviderError &) = default;
};

} // namespace tiergate
