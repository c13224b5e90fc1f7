#pragma once

#include <QList>
#include <QString>
#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QPushButton;
class QCommandLinkButton;

namespace tiergate {

class ConfigStore;

/// A prompt the welcome view offers, with the model it asks for so the answer shows one thing of
/// the router at work on the built-in Simulator.
struct WelcomeSample
{
    QString id; ///< "routing", "fallback", "cost"
    QString title;
    QString description; ///< what the answer will show
    QString prompt;
    QString model; ///< the requested model
};

/// What Chat shows over an empty transcript: who answers (the built-in Simulator: no network, no
/// keys; or the provider of the active profile), three sample prompts that show routing, fallback
/// and cost on the Simulator, and "Connect a provider". It lays itself over the widget it is given
/// (the transcript's viewport) and shows while `transcript` has no rows. Config and model are not
/// owned.
class WelcomeView : public QWidget
{
    Q_OBJECT
public:
    WelcomeView(QAbstractItemModel *transcript, ConfigStore *config, QWidget *over);

    /// The samples, in the order shown (routing, fallback, cost).
    static QList<WelcomeSample> samples();
    QList<QCommandLinkButton *> sampleButtons() const { return m_sampleButtons; }
    QPushButton *connectButton() const { return m_connect; }
    QLabel *sourceLabel() const { return m_source; }
    /// Whether the active profile is answered by the Simulator (the samples show then).
    bool isSimulated() const { return m_simulated; }

Q_SIGNALS:
    void sampleChosen(const tiergate::WelcomeSample &sample);
    void connectProviderRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateVisibility();
    void updateSource();

    QAbstractItemModel *m_transcript;
    ConfigStore *m_config;
    QLabel *m_title = nullptr;
    QLabel *m_source = nullptr;
    QLabel *m_tryLabel = nullptr;
    QList<QCommandLinkButton *> m_sampleButtons;
    QPushButton *m_connect = nullptr;
    bool m_simulated = true;
};

} // namespace tiergate
