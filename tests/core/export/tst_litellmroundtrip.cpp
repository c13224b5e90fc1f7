#include "core/config/configvalidator.h"
#include "core/export/envexporter.h"
#include "core/export/litellmexporter.h"
#include "core/export/litellmimporter.h"
#include "core/export/portkeyexporter.h"
#include "core/export/typescriptexporter.h"
#include "tests/support/testenv.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>
#include <yaml-cpp/yaml.h>

using namespace tiergate;

namespace {

QString text(const YAML::Node &node)
{
    return node && node.IsScalar() ? QString::fromStdString(node.Scalar()).trimmed() : QString();
}

/// What a LiteLLM config means to LiteLLM, read independently of the importer: the deployments
/// behind each name (provider, upstream model, address, key variable), the aliases, and the
/// fallback lists. Two configs with equal meanings route every request the same way.
struct Meaning
{
    QStringList deployments; ///< "name | provider | model | api_base | key variable | api_version", sorted
    QStringList names;
    QMap<QString, QString> aliases;
    QMap<QString, QStringList> fallbacks;
    QMap<QString, QStringList> contextWindowFallbacks;
    QStringList keyVariables;
    QStringList unusable; ///< input paths of entries LiteLLM could not call either
};

/// LiteLLM's provider of a model written without prefix (its model map, for the families that
/// appear in the data).
QString bareProvider(const QString &model)
{
    if (model.startsWith(QLatin1String("claude")))
        return QStringLiteral("anthropic");
    if (model.startsWith(QLatin1String("gemini")))
        return QStringLiteral("vertex_ai");
    if (model.startsWith(QLatin1String("command")))
        return QStringLiteral("cohere");
    return QStringLiteral("openai");
}

QString normalizedBase(QString base)
{
    while (base.endsWith(u'/'))
        base.chop(1);
    return base;
}

QMap<QString, QStringList> lists(const YAML::Node &node, const QStringList &known)
{
    QMap<QString, QStringList> out;
    auto readMap = [&](const YAML::Node &map) {
        for (auto it = map.begin(); it != map.end(); ++it) {
            const QString from = text(it->first);
            if (!known.contains(from))
                continue;
            QStringList to;
            if (it->second.IsSequence()) {
                // A copy: `it->second` belongs to a temporary that a range-for would outlive.
                const YAML::Node targets = it->second;
                for (const YAML::Node &n : targets) {
                    if (known.contains(text(n)))
                        to.append(text(n));
                }
            } else if (known.contains(text(it->second))) {
                to.append(text(it->second));
            }
            if (!to.isEmpty())
                out.insert(from, to);
        }
    };
    if (node && node.IsMap())
        readMap(node);
    else if (node && node.IsSequence())
        for (const YAML::Node &item : node)
            if (item.IsMap())
                readMap(item);
    return out;
}

Meaning meaningOf(const QByteArray &yaml)
{
    Meaning m;
    const YAML::Node root = YAML::Load(yaml.toStdString());
    const YAML::Node list = root["model_list"];
    for (std::size_t i = 0; i < list.size(); ++i) {
        const YAML::Node entry = list[i];
        const QString name = text(entry["model_name"]);
        const YAML::Node params = entry["litellm_params"];
        const QString model = text(params["model"]);
        const qsizetype slash = model.indexOf(u'/');
        const QString provider = slash > 0 ? model.left(slash) : bareProvider(model);
        const QString upstream = slash > 0 ? model.mid(slash + 1) : model;
        if (name.isEmpty() || upstream.isEmpty()) {
            m.unusable.append(QStringLiteral("model_list[%1]").arg(i));
            continue;
        }
        QString key = text(params["api_key"]);
        key = key.startsWith(QLatin1String("os.environ/")) ? key.mid(11) : QString();
        QString base = text(params["api_base"]);
        if (base.isEmpty())
            base = text(params["base_url"]);
        const QString apiVersion = text(params["api_version"]);
        m.deployments.append(QStringList { name, provider, upstream, normalizedBase(base), key, apiVersion }.join(
            QStringLiteral(" | ")));
        if (!m.names.contains(name))
            m.names.append(name);
        if (!key.isEmpty() && !m.keyVariables.contains(key))
            m.keyVariables.append(key);
    }
    const YAML::Node router = root["router_settings"];
    const YAML::Node settings = root["litellm_settings"];
    if (router && router.IsMap() && router["model_group_alias"] && router["model_group_alias"].IsMap()) {
        for (auto it = router["model_group_alias"].begin(); it != router["model_group_alias"].end(); ++it) {
            const QString target = it->second.IsMap() ? text(it->second["model"]) : text(it->second);
            if (m.names.contains(target))
                m.aliases.insert(text(it->first), target);
        }
    }
    const QStringList known = m.names + m.aliases.keys();
    auto pick = [&](const char *key) {
        if (router && router.IsMap() && router[key] && !router[key].IsNull())
            return router[key];
        if (settings && settings.IsMap() && settings[key] && !settings[key].IsNull())
            return settings[key];
        return YAML::Node();
    };
    m.fallbacks = lists(pick("fallbacks"), known);
    m.contextWindowFallbacks = lists(pick("context_window_fallbacks"), known);
    m.deployments.sort();
    m.names.sort();
    m.keyVariables.sort();
    return m;
}

QStringList missingFrom(const QStringList &a, const QStringList &b)
{
    QStringList out;
    QStringList rest = b;
    for (const QString &x : a) {
        if (!rest.removeOne(x))
            out.append(x);
    }
    return out;
}

} // namespace

/// Every public LiteLLM configuration of tests/data/litellm-real imports, validates, exports to
/// LiteLLM and means the same as before: no model, deployment, fallback, alias, key variable or
/// provider lost, invented or changed.
class TestLiteLlmRoundTrip : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void roundTripKeepsTheMeaning_data()
    {
        QTest::addColumn<QString>("file");
        const QDir dir(test::dataFile(QStringLiteral("litellm-real")));
        const QStringList files = dir.entryList({ QStringLiteral("*.yaml") }, QDir::Files, QDir::Name);
        QVERIFY2(files.size() >= 10, "tests/data/litellm-real holds at least ten configurations");
        for (const QString &f : files)
            QTest::newRow(qPrintable(f)) << dir.filePath(f);
    }

    void roundTripKeepsTheMeaning()
    {
        QFETCH(QString, file);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray source = f.readAll();

        const LiteLlmImport imp = LiteLlmImporter::import(source, QStringLiteral("real"));
        QVERIFY2(imp.ok(), qPrintable(imp.error));
        const QList<ValidationIssue> issues = ConfigValidator::validate(imp.config);
        for (const ValidationIssue &i : issues)
            QVERIFY2(!i.isError(), qPrintable(i.toString()));

        const ExportResult exported = LiteLlmExporter::exportProfile(imp.config, QStringLiteral("real"));
        QVERIFY2(exported.ok(), qPrintable(exported.error));

        const Meaning before = meaningOf(source);
        const Meaning after = meaningOf(exported.text.toUtf8());
        // What LiteLLM cannot call either was skipped, with a warning naming the entry.
        for (const QString &path : before.unusable) {
            const bool warned = std::any_of(imp.warnings.cbegin(), imp.warnings.cend(),
                [&](const ExportWarning &w) { return w.option.startsWith(path); });
            QVERIFY2(warned, qPrintable(path));
        }
        QVERIFY(after.unusable.isEmpty());
        const QStringList lost = missingFrom(before.deployments, after.deployments);
        const QStringList invented = missingFrom(after.deployments, before.deployments);
        QVERIFY2(lost.isEmpty(), qPrintable(QStringLiteral("lost: ") + lost.join(QStringLiteral("; "))));
        QVERIFY2(invented.isEmpty(), qPrintable(QStringLiteral("invented: ") + invented.join(QStringLiteral("; "))));
        QCOMPARE(after.names, before.names);
        QCOMPARE(after.aliases, before.aliases);
        QCOMPARE(after.fallbacks, before.fallbacks);
        QCOMPARE(after.contextWindowFallbacks, before.contextWindowFallbacks);
        QCOMPARE(after.keyVariables, before.keyVariables);
        // The .env export names every variable the other exports read.
        const QStringList env = EnvExporter::variableNames(imp.config, QStringLiteral("real"));
        static const QRegularExpression envRef(QStringLiteral("os\\.environ/([A-Za-z0-9_]+)"));
        for (const auto &m : envRef.globalMatch(exported.text))
            QVERIFY2(env.contains(m.captured(1)), qPrintable(m.captured(1)));
        for (const QString &v : PortkeyExporter::runnerVariables(imp.config, QStringLiteral("real")))
            QVERIFY2(env.contains(v), qPrintable(v));
        static const QRegularExpression processEnv(QStringLiteral("process\\.env\\.([A-Za-z0-9_]+)"));
        const QString ts = TypeScriptExporter::exportProfile(imp.config, QStringLiteral("real")).text;
        for (const auto &m : processEnv.globalMatch(ts))
            QVERIFY2(env.contains(m.captured(1)), qPrintable(m.captured(1)));
    }
};

QTEST_GUILESS_MAIN(TestLiteLlmRoundTrip)
#include "tst_litellmroundtrip.moc"
