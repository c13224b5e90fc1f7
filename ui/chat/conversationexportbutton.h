#pragma once

#include "core/chat/conversationexport.h"

#include <QToolButton>

#include <functional>

namespace tiergate {

class ConversationStore;

/// "Export" in the Chat panel: a menu of Markdown and JSON that writes the open conversation
/// (ConversationExport's formats) to a file the user picks. The store is not owned.
class ConversationExportButton : public QToolButton
{
    Q_OBJECT
public:
    explicit ConversationExportButton(ConversationStore *store, QWidget *parent = nullptr);

    void setConversation(qint64 conversationId);
    qint64 conversationId() const { return m_conversationId; }

    /// Asks where to save (default: a file dialog); returns "" when the user cancels. Tests set it.
    using FileChooser = std::function<QString(const QString &suggestedName, ConversationExport::Format format)>;
    void setFileChooser(FileChooser chooser) { m_chooser = std::move(chooser); }

    /// Writes the conversation to `path`; false (and failed()) when it cannot.
    bool exportTo(const QString &path, ConversationExport::Format format);
    QAction *markdownAction() const { return m_markdown; }
    QAction *jsonAction() const { return m_json; }

Q_SIGNALS:
    void exported(const QString &path);
    void failed(const QString &message);

private:
    void exportInteractive(ConversationExport::Format format);

    ConversationStore *m_store;
    qint64 m_conversationId = 0;
    FileChooser m_chooser;
    QAction *m_markdown;
    QAction *m_json;
};

} // namespace tiergate
