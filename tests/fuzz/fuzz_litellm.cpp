// The LiteLLM importer on any YAML: no crash, no hang, and an import merges into a configuration.
#include "core/config/tiergateconfig.h"
#include "core/export/litellmimporter.h"

#include <cstdint>

using namespace tiergate;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const LiteLlmImport import = LiteLlmImporter::import(input);
    TiergateConfig target;
    (void)LiteLlmImporter::merge(target, import);
    return 0;
}
