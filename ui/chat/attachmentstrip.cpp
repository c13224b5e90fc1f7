#include "ui/chat/attachmentstrip.h"

#include <QBuffer>
#include <QClipboard>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QImageReader>
#include <QKeyEvent>
#include <QMimeData>
#include <QMimeDatabase>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>

namespace tiergate {

namespace {

constexpr int kThumbnailSize = 56;

bool hasImage(const QMimeData *mime)
{
    if (!mime)
        return false;
    if (mime->hasImage())
        return true;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile() && QMimeDatabase().mimeTypeForFile(url.toLocalFile()).name().startsWith(u"image/"))
            return true;
    }
    return false;
}

} // namespace

AttachmentStrip::AttachmentStrip(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QHBoxLayout(this))
    , m_attach(new QPushButton(tr("Attach image\u2026"), this))
{
    setObjectName(QStringLiteral("attachmentStrip"));
    m_attach->setObjectName(QStringLiteral("attachImage"));
    m_attach->setToolTip(tr("Attach images to the next message (you can also paste or drop them into the message)"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addWidget(m_attach);
    m_layout->addStretch(1);
    connect(m_attach, &QPushButton::clicked, this, &AttachmentStrip::chooseFiles);
}

void AttachmentStrip::watch(QPlainTextEdit *editor)
{
    m_editor = editor;
    editor->installEventFilter(this);
    editor->viewport()->installEventFilter(this);
}

bool AttachmentStrip::refuse(const QString &message)
{
    Q_EMIT refused(message);
    return false;
}

bool AttachmentStrip::add(const QByteArray &bytes, const QString &mimeType, const QImage &preview, const QString &name)
{
    if (const QString refusal = imageRefusal(); !refusal.isEmpty())
        return refuse(refusal);
    if (bytes.size() > kMaxBytes)
        return refuse(tr("%1 is larger than %2 MB and was not attached.").arg(name).arg(kMaxBytes / (1024 * 1024)));
    m_urls << QStringLiteral("data:") + mimeType + QStringLiteral(";base64,") + QString::fromLatin1(bytes.toBase64());
    auto *thumb = new QToolButton(this);
    thumb->setObjectName(QStringLiteral("attachmentThumbnail"));
    thumb->setIcon(QIcon(QPixmap::fromImage(
        preview.scaled(kThumbnailSize, kThumbnailSize, Qt::KeepAspectRatio, Qt::SmoothTransformation))));
    thumb->setIconSize(QSize(kThumbnailSize, kThumbnailSize));
    thumb->setToolTip(
        tr("%1 (%2 \u00d7 %3) \u2014 click to remove").arg(name).arg(preview.width()).arg(preview.height()));
    m_layout->insertWidget(int(m_thumbnails.size()) + 1, thumb);
    thumb->show();
    m_thumbnails << thumb;
    connect(thumb, &QToolButton::clicked, this, [this, thumb] { removeAt(int(m_thumbnails.indexOf(thumb))); });
    Q_EMIT attachmentsChanged();
    return true;
}

bool AttachmentStrip::addImage(const QImage &image)
{
    if (image.isNull())
        return refuse(tr("The pasted data is not an image."));
    if (const QString refusal = imageRefusal(); !refusal.isEmpty())
        return refuse(refusal);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return add(png, QStringLiteral("image/png"), image, tr("Pasted image"));
}

bool AttachmentStrip::addFile(const QString &path)
{
    if (const QString refusal = imageRefusal(); !refusal.isEmpty())
        return refuse(refusal);
    const QFileInfo info(path);
    if (info.size() > kMaxBytes)
        return refuse(
            tr("%1 is larger than %2 MB and was not attached.").arg(info.fileName()).arg(kMaxBytes / (1024 * 1024)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(tr("%1 could not be read: %2").arg(info.fileName(), file.errorString()));
    const QByteArray bytes = file.readAll();
    const QImage preview = QImage::fromData(bytes);
    const QString mime = QMimeDatabase().mimeTypeForData(bytes).name();
    if (preview.isNull() || !mime.startsWith(u"image/"))
        return refuse(tr("%1 is not an image Tiergate can read.").arg(info.fileName()));
    return add(bytes, mime, preview, info.fileName());
}

void AttachmentStrip::removeAt(int index)
{
    if (index < 0 || index >= m_urls.size())
        return;
    m_urls.removeAt(index);
    delete m_thumbnails.takeAt(index);
    Q_EMIT attachmentsChanged();
}

void AttachmentStrip::clear()
{
    if (m_urls.isEmpty())
        return;
    m_urls.clear();
    qDeleteAll(m_thumbnails);
    m_thumbnails.clear();
    Q_EMIT attachmentsChanged();
}

bool AttachmentStrip::takeMime(const QMimeData *mime)
{
    if (mime->hasImage())
        return addImage(qvariant_cast<QImage>(mime->imageData()));
    bool any = false;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile())
            any = addFile(url.toLocalFile()) || any;
    }
    return any;
}

void AttachmentStrip::chooseFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Attach images"), QString(), tr("Images (*.png *.jpg *.jpeg *.gif *.webp)"));
    for (const QString &file : files) {
        if (!addFile(file))
            break;
    }
}

bool AttachmentStrip::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_editor || (watched != m_editor && watched != m_editor->viewport()))
        return QWidget::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::KeyPress: {
        auto *key = static_cast<QKeyEvent *>(event);
        const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
        if (key->matches(QKeySequence::Paste) && hasImage(mime) && (mime->hasImage() || !mime->hasText())) {
            takeMime(mime);
            return true;
        }
        break;
    }
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        if (hasImage(drag->mimeData())) {
            drag->acceptProposedAction();
            return true;
        }
        break;
    }
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        if (hasImage(drop->mimeData())) {
            takeMime(drop->mimeData());
            drop->acceptProposedAction();
            return true;
        }
        break;
    }
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace tiergate
