// The stream-chunk scanner against its oracle: for any input, StreamChunkReader::read() and the
// QJsonDocument path (ContractParser::parseChunk) agree on success and on the chunk read.
#include "core/contract/contractparser.h"

#include <cstdint>
#include <cstdlib>

using namespace tiergate;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    static StreamChunkReader reader; // one reader across inputs, as over a stream: its caches too
    StreamChunk direct;
    const RouteError error = reader.read(QByteArrayView(input), direct);
    const ContractResult<StreamChunk> oracle = ContractParser::parseChunk(input);
    if (error.isError() != !oracle.isOk())
        std::abort();
    if (oracle.isOk() && !(direct == oracle.value()))
        std::abort();
    return 0;
}
