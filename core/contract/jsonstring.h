#pragma once

#include <QByteArray>
#include <QStringView>

namespace tiergate {

/// Appends `text` as a JSON string literal, UTF-8 encoded, for writers that build JSON bytes
/// directly on a hot path (the Simulator's and the gateway's answers) instead of through QJsonDocument.
void appendJsonString(QByteArray &out, QStringView text);

} // namespace tiergate
