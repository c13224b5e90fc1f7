#pragma once

#include <QImage>
#include <QList>
#include <QStringList>
#include <QWidget>

#include <functional>

class QHBoxLayout;
class QMimeData;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace tiergate {

/// The images attached to the next message: an "Attach image" button, and a thumbnail per image
/// (a click on one removes it). Images also come in by pasting (Ctrl+V) or dropping onto the
/// editor given to watch(). Each is kept as a `data:` URL, the form `image_url` content parts take.
///
/// Before an image is taken the check set with setImageCheck() runs; when it answers with a
/// sentence (the model takes text only) the image is refused, refused() carries the sentence, and
/// nothing is attached.
class AttachmentStrip : public QWidget
{
    Q_OBJECT
public:
    /// Largest image file taken (providers refuse far smaller ones in practice).
    static constexpr qint64 kMaxBytes = 20 * 1024 * 1024;

    explicit AttachmentStrip(QWidget *parent = nullptr);

    /// Takes pasted and dropped images of `editor` (not owned); its other pastes and drops go on as usual.
    void watch(QPlainTextEdit *editor);
    /// "" when images may be attached now; otherwise the sentence that says why not.
    using ImageCheck = std::function<QString()>;
    void setImageCheck(ImageCheck check) { m_check = std::move(check); }
    /// The sentence of the check ("" when images are welcome or no check is set).
    QString imageRefusal() const { return m_check ? m_check() : QString(); }

    bool addImage(const QImage &image);
    bool addFile(const QString &path);
    void removeAt(int index);
    void clear();

    int count() const { return int(m_urls.size()); }
    QStringList dataUrls() const { return m_urls; }
    QPushButton *attachButton() const { return m_attach; }
    QToolButton *thumbnail(int index) const { return m_thumbnails.value(index); }

Q_SIGNALS:
    void refused(const QString &message);
    void attachmentsChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool add(const QByteArray &bytes, const QString &mimeType, const QImage &preview, const QString &name);
    bool refuse(const QString &message);
    bool takeMime(const QMimeData *mime);
    void chooseFiles();

    QHBoxLayout *m_layout;
    QPushButton *m_attach;
    QPlainTextEdit *m_editor = nullptr;
    ImageCheck m_check;
    QStringList m_urls;
    QList<QToolButton *> m_thumbnails;
};

} // namespace tiergate
