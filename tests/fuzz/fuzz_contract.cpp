// The contract parser on any bytes: requests, responses, model lists and error bodies never
// crash, what parses writes back and parses again to the same value, and a response body given up
// to the parser (its long-answer path) reads the same as through QJsonDocument.
#include "core/contract/contractparser.h"
#include "core/contract/errorclassifier.h"

#include <cstdint>
#include <cstdlib>

using namespace tiergate;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto request = ContractParser::parseRequest(input);
    if (request.isOk()) {
        const auto again = ContractParser::parseRequest(request.value().toBytes());
        if (!again.isOk())
            std::abort();
    }
    const auto response = ContractParser::parseResponse(input);
    // The long-answer path (here for any answer length) against the QJsonDocument path.
    QString text;
    ResponseBuffer buffer;
    buffer.append(input);
    const auto direct = ContractParser::parseResponse(std::move(buffer), &text, 0);
    if (direct.isOk() != response.isOk())
        std::abort();
    if (response.isOk()) {
        // The text is given out, the response keeps an empty string in its place.
        ChatResponse withText = direct.value();
        if (response.value().choices.value(0).message.content.isString()) {
            if (withText.choices.first().message.content != QJsonValue(QString()))
                std::abort();
            withText.choices.first().message.content = text;
        }
        if (!(withText == response.value()) || text != response.value().content())
            std::abort();
    }
    if (!response.isOk() && direct.error().message != response.error().message)
        std::abort();
    (void)ContractParser::parseModels(input);
    (void)ContractParser::parseErrorBody(input);
    (void)ErrorClassifier::classify(400, input, QNetworkReply::NoError);
    (void)ErrorClassifier::redact(QString::fromUtf8(input));
    return 0;
}
