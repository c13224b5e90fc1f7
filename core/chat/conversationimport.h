#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace tiergate {

class ConversationStore;

/// Reads a conversation exported as JSON (ConversationExport::toJson: title, profile, tier,
/// model, system prompt, parameters, messages with each answer's route figures) back into the
/// store as a new conversation. Pure over the store; no network.
class ConversationImport
{
    Q_DECLARE_TR_FUNCTIONS(ConversationImport)

public:
    /// The new conversation's id, or 0 with `error` set to a plain sentence.
    static qint64 fromJson(ConversationStore &store, const QByteArray &json, QString *error = nullptr);
};

} // namespace tiergate
