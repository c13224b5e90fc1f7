#include "ui/common/codehighlighter.h"

#include <QCryptographicHash>
#include <QLoggingCategory>
#include <QProcess>
#include <QRegularExpression>
#include <QTimer>

namespace tiergate {

Q_LOGGING_CATEGORY(lcHighlight, "tiergate.ui.highlight")

namespace {

// Fence tags that differ from the KDE syntax name; anything else is matched against the tool's
// syntax list without regard to case ("rust" → "Rust", "sql" → "SQL").
const QHash<QString, QString> &fenceAliases()
{
    static const QHash<QString, QString> aliases {
        { QStringLiteral("py"), QStringLiteral("Python") },
        { QStringLiteral("py3"), QStringLiteral("Python") },
        { QStringLiteral("python3"), QStringLiteral("Python") },
        { QStringLiteral("cpp"), QStringLiteral("C++") },
        { QStringLiteral("cxx"), QStringLiteral("C++") },
        { QStringLiteral("cc"), QStringLiteral("C++") },
        { QStringLiteral("hpp"), QStringLiteral("C++") },
        { QStringLiteral("h"), QStringLiteral("C++") },
        { QStringLiteral("js"), QStringLiteral("JavaScript") },
        { QStringLiteral("mjs"), QStringLiteral("JavaScript") },
        { QStringLiteral("node"), QStringLiteral("JavaScript") },
        { QStringLiteral("jsx"), QStringLiteral("JavaScript React (JSX)") },
        { QStringLiteral("ts"), QStringLiteral("TypeScript") },
        { QStringLiteral("tsx"), QStringLiteral("TypeScript React (TSX)") },
        { QStringLiteral("sh"), QStringLiteral("Bash") },
        { QStringLiteral("shell"), QStringLiteral("Bash") },
        { QStringLiteral("console"), QStringLiteral("Bash") },
        { QStringLiteral("shellsession"), QStringLiteral("Bash") },
        { QStringLiteral("jsonc"), QStringLiteral("JSON") },
        { QStringLiteral("json5"), QStringLiteral("JSON") },
        { QStringLiteral("yml"), QStringLiteral("YAML") },
        { QStringLiteral("rs"), QStringLiteral("Rust") },
        { QStringLiteral("golang"), QStringLiteral("Go") },
        { QStringLiteral("postgres"), QStringLiteral("SQL (PostgreSQL)") },
        { QStringLiteral("postgresql"), QStringLiteral("SQL (PostgreSQL)") },
        { QStringLiteral("mysql"), QStringLiteral("SQL (MySQL)") },
        { QStringLiteral("htm"), QStringLiteral("HTML") },
        { QStringLiteral("xhtml"), QStringLiteral("HTML") },
        { QStringLiteral("svg"), QStringLiteral("XML") },
        { QStringLiteral("kt"), QStringLiteral("Kotlin") },
        { QStringLiteral("kts"), QStringLiteral("Kotlin") },
        { QStringLiteral("cs"), QStringLiteral("C#") },
        { QStringLiteral("csharp"), QStringLiteral("C#") },
        { QStringLiteral("rb"), QStringLiteral("Ruby") },
        { QStringLiteral("php"), QStringLiteral("PHP/PHP") },
        { QStringLiteral("ini"), QStringLiteral("INI Files") },
        { QStringLiteral("cfg"), QStringLiteral("INI Files") },
        { QStringLiteral("md"), QStringLiteral("Markdown") },
        { QStringLiteral("patch"), QStringLiteral("Diff") },
        { QStringLiteral("make"), QStringLiteral("Makefile") },
        { QStringLiteral("mk"), QStringLiteral("Makefile") },
        { QStringLiteral("pl"), QStringLiteral("Perl") },
        { QStringLiteral("r"), QStringLiteral("R Script") },
        { QStringLiteral("hs"), QStringLiteral("Haskell") },
        { QStringLiteral("ps1"), QStringLiteral("PowerShell") },
        { QStringLiteral("pwsh"), QStringLiteral("PowerShell") },
        { QStringLiteral("tex"), QStringLiteral("LaTeX") },
        { QStringLiteral("ex"), QStringLiteral("Elixir") },
        { QStringLiteral("exs"), QStringLiteral("Elixir") },
        { QStringLiteral("erl"), QStringLiteral("Erlang") },
        { QStringLiteral("clj"), QStringLiteral("Clojure") },
        { QStringLiteral("ml"), QStringLiteral("Objective Caml") },
        { QStringLiteral("ocaml"), QStringLiteral("Objective Caml") },
        { QStringLiteral("fs"), QStringLiteral("FSharp") },
        { QStringLiteral("f#"), QStringLiteral("FSharp") },
        { QStringLiteral("objc"), QStringLiteral("Objective-C") },
        { QStringLiteral("objective-c"), QStringLiteral("Objective-C") },
        { QStringLiteral("proto"), QStringLiteral("Protobuf") },
        { QStringLiteral("tf"), QStringLiteral("Terraform") },
        { QStringLiteral("hcl"), QStringLiteral("Terraform") },
        { QStringLiteral("bat"), QStringLiteral("MS-DOS Batch") },
        { QStringLiteral("cmd"), QStringLiteral("MS-DOS Batch") },
        { QStringLiteral("docker"), QStringLiteral("Dockerfile") },
        { QStringLiteral("gql"), QStringLiteral("GraphQL") },
        { QStringLiteral("vue"), QStringLiteral("HTML") },
        { QStringLiteral("scss"), QStringLiteral("SCSS") },
        { QStringLiteral("less"), QStringLiteral("LESSCSS") },
        { QStringLiteral("m"), QStringLiteral("Objective-C") },
        { QStringLiteral("asm"), QStringLiteral("GNU Assembler") },
    };
    return aliases;
}

QString normalisedTag(const QString &fenceTag)
{
    // "```python title=x" or "```{.py}" keep only the language word.
    QString tag = fenceTag.trimmed();
    const qsizetype space = tag.indexOf(QLatin1Char(' '));
    if (space > 0)
        tag.truncate(space);
    if (tag.startsWith(QLatin1Char('{')))
        tag = tag.mid(1);
    if (tag.startsWith(QLatin1Char('.')))
        tag = tag.mid(1);
    if (tag.endsWith(QLatin1Char('}')))
        tag.chop(1);
    return tag.toLower();
}

QString attribute(const QString &style, const QString &property)
{
    const QRegularExpression re(
        QStringLiteral("(?:^|[;\\s])") + QRegularExpression::escape(property) + QStringLiteral("\\s*:\\s*([^;\"]+)"));
    const QRegularExpressionMatch m = re.match(style);
    return m.hasMatch() ? m.captured(1).trimmed() : QString();
}

} // namespace

CodeHighlighter::CodeHighlighter(QObject *parent)
    : QObject(parent)
    , m_executable(QStringLiteral("kate-syntax-highlighter"))
    , m_cache(8 * 1024 * 1024)
{ }

CodeHighlighter::~CodeHighlighter()
{
    // Processes are children and die with this object; unresolved promises resolve as plain text
    // so no waiter hangs.
    for (auto &w : m_waiting) {
        w.promise->addResult(plainHtml(w.code));
        w.promise->finish();
    }
    for (const auto &job : std::as_const(m_jobs)) {
        for (auto &p : job->promises) {
            p.addResult(plainHtml(job->code));
            p.finish();
        }
    }
}

void CodeHighlighter::setExecutable(const QString &program)
{
    m_executable = program;
}

QString CodeHighlighter::executable() const
{
    return m_executable;
}

void CodeHighlighter::setMaxConcurrentProcesses(int count)
{
    m_maxProcesses = qMax(1, count);
}

int CodeHighlighter::maxConcurrentProcesses() const
{
    return m_maxProcesses;
}

void CodeHighlighter::setTimeout(int ms)
{
    m_timeoutMs = qMax(100, ms);
}

void CodeHighlighter::setDark(bool dark)
{
    m_dark = dark;
}

bool CodeHighlighter::isDark() const
{
    return m_dark;
}

QString CodeHighlighter::themeName() const
{
    const QString wanted = m_dark ? QStringLiteral("Breeze Dark") : QStringLiteral("Breeze Light");
    if (m_themes.isEmpty() || m_themes.contains(wanted))
        return wanted;
    const QString suffix = m_dark ? QStringLiteral("Dark") : QStringLiteral("Light");
    for (const QString &t : m_themes) {
        if (t.endsWith(suffix, Qt::CaseInsensitive))
            return t;
    }
    return m_themes.first();
}

bool CodeHighlighter::isAvailable() const
{
    return m_available;
}

bool CodeHighlighter::isReady() const
{
    return m_ready;
}

QStringList CodeHighlighter::syntaxNames() const
{
    return m_syntaxes;
}

QStringList CodeHighlighter::themeNames() const
{
    return m_themes;
}

QString CodeHighlighter::syntaxForLanguage(const QString &fenceTag) const
{
    if (!m_ready)
        return {};
    const QString tag = normalisedTag(fenceTag);
    if (tag.isEmpty())
        return {};
    const auto alias = fenceAliases().constFind(tag);
    if (alias != fenceAliases().constEnd()) {
        const QString name = m_syntaxByLowerName.value(alias->toLower());
        if (!name.isEmpty())
            return name;
    }
    return m_syntaxByLowerName.value(tag);
}

QString CodeHighlighter::keyFor(const QString &fenceTag, const QString &code) const
{
    const QString syntax = syntaxForLanguage(fenceTag);
    if (syntax.isEmpty())
        return {};
    const QByteArray hash = QCryptographicHash::hash(code.toUtf8(), QCryptographicHash::Sha1).toHex();
    return syntax + QLatin1Char('\x1f') + themeName() + QLatin1Char('\x1f') + QString::fromLatin1(hash);
}

QString CodeHighlighter::cachedHtml(const QString &fenceTag, const QString &code) const
{
    const QString key = keyFor(fenceTag, code);
    if (key.isEmpty())
        return {};
    const QString *html = m_cache.object(key);
    return html ? *html : QString();
}

QFuture<QString> CodeHighlighter::highlight(const QString &fenceTag, const QString &code)
{
    QPromise<QString> promise;
    QFuture<QString> future = promise.future();
    promise.start();
    if (!m_available) {
        promise.addResult(plainHtml(code));
        promise.finish();
        return future;
    }
    if (!m_ready) {
        m_waiting.push_back(Waiting { fenceTag, code, std::make_shared<QPromise<QString>>(std::move(promise)) });
        loadLists();
        return future;
    }
    enqueue(fenceTag, code, std::move(promise));
    return future;
}

void CodeHighlighter::enqueue(const QString &fenceTag, const QString &code, QPromise<QString> promise)
{
    const QString key = keyFor(fenceTag, code);
    if (key.isEmpty() || !m_available) {
        promise.addResult(plainHtml(code));
        promise.finish();
        return;
    }
    if (const QString *html = m_cache.object(key)) {
        promise.addResult(*html);
        promise.finish();
        return;
    }
    auto existing = m_jobs.constFind(key);
    if (existing != m_jobs.constEnd()) {
        (*existing)->promises.push_back(std::move(promise));
        return;
    }
    auto job = std::make_shared<Job>();
    job->key = key;
    job->syntax = syntaxForLanguage(fenceTag);
    job->theme = themeName();
    job->code = code;
    job->promises.push_back(std::move(promise));
    m_jobs.insert(key, job);
    m_queue.enqueue(key);
    startNext();
}

QProcess *CodeHighlighter::newProcess(const QStringList &arguments)
{
    auto *process = new QProcess(this);
    process->setProgram(m_executable);
    process->setArguments(arguments);
    process->setProcessChannelMode(QProcess::SeparateChannels);
    QTimer::singleShot(m_timeoutMs, process, [process] {
        qCWarning(lcHighlight) << "highlighter process timed out; killing it";
        process->kill();
    });
    ++m_started;
    return process;
}

void CodeHighlighter::loadLists()
{
    if (m_listing || m_ready || !m_available)
        return;
    m_listing = true;
    QProcess *list = newProcess({ QStringLiteral("--list") });
    connect(list, &QProcess::errorOccurred, this, [this, list](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        list->deleteLater();
        markUnavailable(tr("The code highlighter \"%1\" could not be started (%2); code is shown without colours.")
                            .arg(m_executable, list->errorString()));
    });
    connect(list, &QProcess::finished, this, [this, list](int exitCode, QProcess::ExitStatus status) {
        list->deleteLater();
        if (status != QProcess::NormalExit || exitCode != 0) {
            markUnavailable(
                tr("The code highlighter \"%1\" could not list its syntaxes; code is shown without colours.")
                    .arg(m_executable));
            return;
        }
        const QStringList lines = QString::fromUtf8(list->readAllStandardOutput()).split(QLatin1Char('\n'));
        m_syntaxes.clear();
        m_syntaxByLowerName.clear();
        for (const QString &line : lines) {
            const QString name = line.trimmed();
            if (name.isEmpty() || name == QLatin1String("None"))
                continue;
            m_syntaxes.append(name);
            m_syntaxByLowerName.insert(name.toLower(), name);
        }
        QProcess *themes = newProcess({ QStringLiteral("--list-themes") });
        connect(themes, &QProcess::errorOccurred, this, [this, themes](QProcess::ProcessError error) {
            if (error != QProcess::FailedToStart)
                return;
            themes->deleteLater();
            markUnavailable(tr("The code highlighter \"%1\" could not be started (%2); code is shown without colours.")
                                .arg(m_executable, themes->errorString()));
        });
        connect(themes, &QProcess::finished, this, [this, themes](int code, QProcess::ExitStatus st) {
            themes->deleteLater();
            if (st == QProcess::NormalExit && code == 0) {
                const QStringList names = QString::fromUtf8(themes->readAllStandardOutput()).split(QLatin1Char('\n'));
                for (const QString &name : names) {
                    if (!name.trimmed().isEmpty())
                        m_themes.append(name.trimmed());
                }
            }
            onListsLoaded();
        });
        themes->start();
    });
    list->start();
}

void CodeHighlighter::onListsLoaded()
{
    m_listing = false;
    m_ready = true;
    qCDebug(lcHighlight) << m_syntaxes.size() << "syntaxes," << m_themes.size() << "themes";
    Q_EMIT ready();
    std::vector<Waiting> waiting;
    waiting.swap(m_waiting);
    for (auto &w : waiting)
        enqueue(w.fenceTag, w.code, std::move(*w.promise));
}

void CodeHighlighter::markUnavailable(const QString &reason)
{
    m_available = false;
    m_listing = false;
    qCWarning(lcHighlight) << reason;
    std::vector<Waiting> waiting;
    waiting.swap(m_waiting);
    for (auto &w : waiting) {
        w.promise->addResult(plainHtml(w.code));
        w.promise->finish();
    }
    const QStringList keys = m_queue;
    m_queue.clear();
    for (const QString &key : keys)
        finishJob(key, QString(), false);
    if (!m_unavailableNotified) {
        m_unavailableNotified = true;
        Q_EMIT unavailable(reason);
    }
}

void CodeHighlighter::startNext()
{
    while (m_running < m_maxProcesses && !m_queue.isEmpty()) {
        const QString key = m_queue.dequeue();
        const std::shared_ptr<Job> job = m_jobs.value(key);
        if (!job)
            continue;
        QProcess *process = newProcess({ QStringLiteral("--stdin"), QStringLiteral("-s"), job->syntax,
            QStringLiteral("-t"), job->theme, QStringLiteral("-f"), QStringLiteral("html") });
        ++m_running;
        connect(process, &QProcess::started, process, [process, code = job->code.toUtf8()] {
            process->write(code);
            process->closeWriteChannel();
        });
        connect(process, &QProcess::errorOccurred, this, [this, process, key](QProcess::ProcessError error) {
            if (error != QProcess::FailedToStart)
                return;
            process->deleteLater();
            --m_running;
            finishJob(key, QString(), false);
            markUnavailable(tr("The code highlighter \"%1\" could not be started (%2); code is shown without colours.")
                                .arg(m_executable, process->errorString()));
        });
        connect(process, &QProcess::finished, this, [this, process, key](int exitCode, QProcess::ExitStatus status) {
            process->deleteLater();
            --m_running;
            QString html;
            if (status == QProcess::NormalExit && exitCode == 0)
                html = extractFragment(QString::fromUtf8(process->readAllStandardOutput()));
            else
                qCDebug(lcHighlight) << "highlighter failed:" << process->readAllStandardError().left(200);
            finishJob(key, html, !html.isEmpty());
            startNext();
        });
        process->start();
    }
}

void CodeHighlighter::finishJob(const QString &key, const QString &html, bool coloured)
{
    const std::shared_ptr<Job> job = m_jobs.take(key);
    if (!job)
        return;
    // A failed run is cached as plain text too, so the same snippet does not start a process again.
    const QString result = coloured ? html : plainHtml(job->code);
    if (m_available)
        m_cache.insert(key, new QString(result), qMax<qsizetype>(1, result.size()));
    for (auto &p : job->promises) {
        p.addResult(result);
        p.finish();
    }
    if (coloured)
        Q_EMIT highlighted(key, result);
}

QString CodeHighlighter::plainHtml(const QString &code)
{
    QString body = code;
    if (body.endsWith(QLatin1Char('\n')))
        body.chop(1);
    return QStringLiteral("<pre>") + body.toHtmlEscaped() + QStringLiteral("</pre>");
}

QString CodeHighlighter::extractFragment(const QString &page)
{
    const qsizetype preStart = page.indexOf(QLatin1String("<pre"));
    if (preStart < 0)
        return {};
    const qsizetype bodyStart = page.indexOf(QLatin1Char('>'), preStart);
    const qsizetype preEnd = page.lastIndexOf(QLatin1String("</pre>"));
    if (bodyStart < 0 || preEnd < bodyStart)
        return {};
    QString inner = page.mid(bodyStart + 1, preEnd - bodyStart - 1);
    if (inner.startsWith(QLatin1Char('\n')))
        inner.remove(0, 1);
    if (inner.endsWith(QLatin1Char('\n')))
        inner.chop(1);

    QString style;
    static const QRegularExpression bodyTag(QStringLiteral("<body[^>]*style=\"([^\"]*)\""));
    const QRegularExpressionMatch m = bodyTag.match(page);
    if (m.hasMatch()) {
        const QString background = attribute(m.captured(1), QStringLiteral("background-color"));
        const QString foreground = attribute(m.captured(1), QStringLiteral("color"));
        if (!background.isEmpty())
            style += QStringLiteral("background-color:") + background + QLatin1Char(';');
        if (!foreground.isEmpty())
            style += QStringLiteral("color:") + foreground + QLatin1Char(';');
    }
    if (style.isEmpty())
        return QStringLiteral("<pre>") + inner + QStringLiteral("</pre>");
    return QStringLiteral("<pre style=\"") + style + QStringLiteral("\">") + inner + QStringLiteral("</pre>");
}

int CodeHighlighter::processesStarted() const
{
    return m_started;
}

int CodeHighlighter::runningProcesses() const
{
    return m_running;
}

int CodeHighlighter::queuedRequests() const
{
    return int(m_queue.size() + m_waiting.size());
}

} // namespace tiergate
