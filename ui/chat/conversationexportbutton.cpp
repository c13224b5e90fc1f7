#include "ui/chat/conversationexportbutton.h"

#include "core/chat/conversationstore.h"

#include <QFileDialog>
#include <QMenu>
#include <QSaveFile>
#include <QStandardPaths>

namespace tiergate {

ConversationExportButton::ConversationExportButton(ConversationStore *store, QWidget *parent)
    : QToolButton(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("exportConversation"));
    setText(tr("Export"));
    setToolTip(tr("Save this conversation as Markdown or JSON"));
    setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(this);
    m_markdown = menu->addAction(
        tr("Markdown\u2026"), this, [this] { exportInteractive(ConversationExport::Format::Markdown); });
    m_json = menu->addAction(tr("JSON\u2026"), this, [this] { exportInteractive(ConversationExport::Format::Json); });
    setMenu(menu);
    m_chooser = [this](const QString &suggested, ConversationExport::Format format) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        return QFileDialog::getSaveFileName(this, tr("Export conversation"), folder + u'/' + suggested,
            format == ConversationExport::Format::Markdown ? tr("Markdown (*.md)") : tr("JSON (*.json)"));
    };
    setEnabled(false);
}

void ConversationExportButton::setConversation(qint64 conversationId)
{
    m_conversationId = conversationId;
    setEnabled(m_store->conversation(conversationId).isValid());
}

bool ConversationExportButton::exportTo(const QString &path, ConversationExport::Format format)
{
    const Conversation c = m_store->conversation(m_conversationId);
    if (!c.isValid()) {
        Q_EMIT failed(tr("There is no conversation to export."));
        return false;
    }
    m_store->flush();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        Q_EMIT failed(tr("%1 cannot be written: %2").arg(path, file.errorString()));
        return false;
    }
    file.write(ConversationExport::toBytes(format, c, m_store->messages(m_conversationId)));
    if (!file.commit()) {
        Q_EMIT failed(tr("%1 cannot be written: %2").arg(path, file.errorString()));
        return false;
    }
    Q_EMIT exported(path);
    return true;
}

void ConversationExportButton::exportInteractive(ConversationExport::Format format)
{
    const QString path
        = m_chooser(ConversationExport::fileName(m_store->conversation(m_conversationId), format), format);
    if (!path.isEmpty())
        exportTo(path, format);
}

} // namespace tiergate
