#pragma once

#include <QCache>
#include <QFuture>
#include <QHash>
#include <QObject>
#include <QPromise>
#include <QQueue>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class QProcess;

namespace tiergate {

/// The one code-highlighting interface of the UI.
///
/// Colours code with KDE syntax-highlighting's command-line front end (`kate-syntax-highlighter
/// --stdin -s <Syntax> -t <Theme> -f html`), run through QProcess asynchronously: the UI never waits.
/// Results are cached by (syntax, theme, code hash); at most maxConcurrentProcesses() run at once,
/// the rest queue. Until the coloured HTML arrives, callers show plainHtml(). When the tool cannot
/// be started, every request resolves to plain monospace and unavailable() fires once.
///
/// The returned HTML is a `<pre>` fragment with inline colours that QTextDocument renders directly.
/// highlighted() fires for every coloured result that was not served from the cache.
class CodeHighlighter : public QObject
{
    Q_OBJECT
public:
    explicit CodeHighlighter(QObject *parent = nullptr);
    ~CodeHighlighter() override;

    /// Program to run; default "kate-syntax-highlighter" (searched in PATH).
    void setExecutable(const QString &program);
    QString executable() const;
    void setMaxConcurrentProcesses(int count); ///< default 2
    int maxConcurrentProcesses() const;
    void setTimeout(int ms); ///< a process running longer is killed (plain result); default 10 s
    /// Chooses "Breeze Dark" or "Breeze Light" (or the closest theme the tool has).
    void setDark(bool dark);
    bool isDark() const;
    QString themeName() const;

    bool isAvailable() const; ///< false once the tool could not be run
    bool isReady() const; ///< syntax and theme lists are loaded
    QStringList syntaxNames() const; ///< from `-l`, empty until loaded
    QStringList themeNames() const; ///< from `--list-themes`, empty until loaded

    /// KDE syntax name for a Markdown fence tag ("py" → "Python", "c++" → "C++"); empty when the
    /// tool has no matching syntax or the lists are not loaded yet.
    QString syntaxForLanguage(const QString &fenceTag) const;
    /// Cache key of (syntax, theme, code); empty when the language is unknown or lists are not loaded.
    QString keyFor(const QString &fenceTag, const QString &code) const;
    /// Coloured HTML from the cache, or an empty string (no process is started).
    QString cachedHtml(const QString &fenceTag, const QString &code) const;
    /// Starts (or joins) colouring `code`. The future yields the coloured fragment, or plainHtml()
    /// when the language is unknown, the tool is missing or it failed.
    QFuture<QString> highlight(const QString &fenceTag, const QString &code);

    /// Monospace `<pre>` fragment of `code` without colours.
    static QString plainHtml(const QString &code);
    /// The `<pre>` body of the tool's HTML page with its inline span colours, wrapped in a `<pre>`
    /// carrying the page's foreground and background colours. Empty when `page` has no `<pre>`.
    static QString extractFragment(const QString &page);

    int processesStarted() const; ///< every process run so far, list queries included
    int runningProcesses() const;
    int queuedRequests() const;

Q_SIGNALS:
    void highlighted(const QString &key, const QString &html);
    void unavailable(const QString &reason);
    void ready(); ///< syntax and theme lists are loaded

private:
    struct Job
    {
        QString key;
        QString syntax;
        QString theme;
        QString code;
        std::vector<QPromise<QString>> promises;
    };
    struct Waiting
    {
        QString fenceTag;
        QString code;
        std::shared_ptr<QPromise<QString>> promise;
    };

    void loadLists();
    void onListsLoaded();
    void markUnavailable(const QString &reason);
    void enqueue(const QString &fenceTag, const QString &code, QPromise<QString> promise);
    void startNext();
    void finishJob(const QString &key, const QString &html, bool coloured);
    QProcess *newProcess(const QStringList &arguments);

    QString m_executable;
    int m_maxProcesses = 2;
    int m_timeoutMs = 10000;
    bool m_dark = false;
    bool m_available = true;
    bool m_unavailableNotified = false;
    bool m_listing = false;
    bool m_ready = false;
    QStringList m_syntaxes;
    QHash<QString, QString> m_syntaxByLowerName;
    QStringList m_themes;
    QCache<QString, QString> m_cache;
    QHash<QString, std::shared_ptr<Job>> m_jobs; ///< queued or running, by key
    QQueue<QString> m_queue;
    std::vector<Waiting> m_waiting; ///< requests made before the lists were loaded
    int m_running = 0;
    int m_started = 0;
};

} // namespace tiergate
