// LiteLLM import at scale: a generated proxy config of 1,000 / 10,000 / 100,000 models (each with
// its own upstream id and rate limit, keys and hosts shared by groups of 100, the shape of a large
// real config), imported and exported back. Prints the time of each size and the ratio of the
// per-model time at 10,000 and 100,000 to the per-model time at 1,000 measured in the same run
// (1.0 = linear; a quadratic importer gives 10 and 100). Target: 10,000 models well under 1 s.

#include "core/export/litellmexporter.h"
#include "core/export/litellmimporter.h"
#include "tests/support/testenv.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace tiergate;

namespace {

QByteArray liteLlmConfig(int models)
{
    QByteArray yaml = "model_list:\n";
    yaml.reserve(models * 200);
    for (int i = 0; i < models; ++i) {
        yaml += "  - model_name: name-" + QByteArray::number(i) + "\n";
        yaml += "    litellm_params:\n      model: openai/model-" + QByteArray::number(i) + "\n";
        yaml += "      api_base: http://host-" + QByteArray::number(i / 100) + ".example/v1\n";
        yaml += "      api_key: os.environ/KEY_" + QByteArray::number(i / 100) + "\n";
        yaml += "      rpm: " + QByteArray::number(100 + i) + "\n";
        yaml += "      tpm: " + QByteArray::number(100000 + i) + "\n";
    }
    yaml += "router_settings:\n  num_retries: 2\n  fallbacks:\n";
    for (int i = 0; i + 1 < std::min(models, 100); i += 2)
        yaml += "    - name-" + QByteArray::number(i) + ": [name-" + QByteArray::number(i + 1) + "]\n";
    return yaml;
}

struct Figures
{
    double importMs = 0;
    double exportMs = 0;
};

Figures measure(int models)
{
    const QByteArray yaml = liteLlmConfig(models);
    Figures f;
    QElapsedTimer timer;
    timer.start();
    const LiteLlmImport imp = LiteLlmImporter::import(yaml);
    f.importMs = double(timer.nsecsElapsed()) / 1e6;
    if (!imp.ok() || imp.config.models.size() != models) {
        std::printf("import of %d models failed: %s (%lld models)\n", models, qPrintable(imp.error),
            qint64(imp.config.models.size()));
        return {};
    }
    timer.restart();
    const ExportResult out = LiteLlmExporter::exportProfile(imp.config, imp.profileName);
    f.exportMs = double(timer.nsecsElapsed()) / 1e6;
    if (!out.ok())
        std::printf("export of %d models failed: %s\n", models, qPrintable(out.error));
    return f;
}

QByteArray loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? f.readAll().split(' ').mid(0, 3).join(' ') : QByteArray("?");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    test::initTestEnvironment();
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    const QByteArray loadBefore = loadAverage();
    std::vector<std::pair<int, Figures>> rows;
    std::vector<int> sizes { 1000, 10000, 100000 };
    if (qEnvironmentVariableIntValue("BENCH_IMPORT_MAX") > 0)
        std::erase_if(sizes, [](int n) { return n > qEnvironmentVariableIntValue("BENCH_IMPORT_MAX"); });
    for (const int models : sizes) {
        // The best of three: the figure is the importer's cost, not the machine's noise.
        Figures best { 1e18, 1e18 };
        for (int run = 0; run < 3; ++run) {
            const Figures f = measure(models);
            if (f.importMs <= 0)
                return 1;
            best.importMs = std::min(best.importMs, f.importMs);
            best.exportMs = std::min(best.exportMs, f.exportMs);
        }
        rows.emplace_back(models, best);
        std::printf("%6d models: import %8.1f ms (%.2f us/model), export %8.1f ms (%.2f us/model)\n", models,
            best.importMs, 1000.0 * best.importMs / models, best.exportMs, 1000.0 * best.exportMs / models);
    }
    const double base = rows.at(0).second.importMs / rows.at(0).first;
    const double at10k = rows.at(1).second.importMs;
    std::printf("machine load average before / after: %s / %s\n\n", loadBefore.constData(), loadAverage().constData());
    std::printf("figure: litellm_import_10k_models = %.1f ms (target well under 1000; load %s)\n", at10k,
        loadAverage().constData());
    std::printf(
        "figure: litellm_import_per_model_10k_vs_1k = %.2f x (1 = linear)\n", (at10k / rows.at(1).first) / base);
    if (rows.size() > 2)
        std::printf("figure: litellm_import_per_model_100k_vs_1k = %.2f x (1 = linear)\n",
            (rows.at(2).second.importMs / rows.at(2).first) / base);
    std::printf("figure: litellm_export_10k_models = %.1f ms (target none)\n", rows.at(1).second.exportMs);
    return at10k < 1000 ? 0 : 1;
}
