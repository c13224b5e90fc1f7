#include "core/gateway/gatewaymetrics.h"

#include "core/cost/errorclass.h"
#include "core/routing/routeresult.h"

namespace tiergate {

namespace {

QByteArray escapeLabel(const QString &value)
{
    QByteArray out = value.toUtf8();
    out.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n");
    return out;
}

QByteArray number(double v)
{
    return QByteArray::number(v, 'g', 12);
}

void header(QByteArray &out, const char *name, const char *type, const char *help)
{
    out.append("# HELP ").append(name).append(' ').append(help).append('\n');
    out.append("# TYPE ").append(name).append(' ').append(type).append('\n');
}

void histogram(QByteArray &out, const char *name, const char *help, const GatewayMetrics::Histogram &h)
{
    header(out, name, "histogram", help);
    qint64 cumulative = 0;
    for (size_t i = 0; i < GatewayMetrics::kBuckets.size(); ++i) {
        cumulative += h.counts[i];
        out.append(name).append("_bucket{le=\"").append(number(GatewayMetrics::kBuckets[i])).append("\"} ");
        out.append(QByteArray::number(cumulative)).append('\n');
    }
    out.append(name).append("_bucket{le=\"+Inf\"} ").append(QByteArray::number(h.count)).append('\n');
    out.append(name).append("_sum ").append(number(h.sum)).append('\n');
    out.append(name).append("_count ").append(QByteArray::number(h.count)).append('\n');
}

} // namespace

void GatewayMetrics::Histogram::observe(double seconds)
{
    ++count;
    sum += seconds;
    for (size_t i = 0; i < kBuckets.size(); ++i) {
        if (seconds <= kBuckets[i]) {
            ++counts[i];
            return;
        }
    }
}

void GatewayMetrics::recordResult(const RouteResult &result)
{
    ++m_requests[RouteResult::statusName(result.status)];
    if (result.status != RouteResult::Status::Ok && result.error.isError())
        ++m_errors[errorClassName(result.error.kind)];
    if (result.fallbackUsed)
        ++m_fallbacks;
    m_retries += result.retries;
    m_spendMicros += result.costMicros;
    m_promptTokens += result.usage.promptTokens;
    m_completionTokens += result.usage.completionTokens;
    if (!result.modelUsed.isEmpty())
        ++m_answeredBy[result.modelUsed];
    if (result.status != RouteResult::Status::Cancelled)
        m_latency.observe(double(result.latencyMs) / 1000.0);
    if (result.ttftMs >= 0)
        m_ttft.observe(double(result.ttftMs) / 1000.0);
}

void GatewayMetrics::setCircuit(const QString &providerId, const QString &model, const QString &state)
{
    m_circuits.insert({ providerId, model }, state);
}

QByteArray GatewayMetrics::render() const
{
    QByteArray out;
    out.reserve(4096);
    header(out, "tiergate_gateway_requests_total", "counter", "Routed requests by final status.");
    for (const char *status : { "ok", "failed", "cancelled", "cut" }) {
        out.append("tiergate_gateway_requests_total{status=\"").append(status).append("\"} ");
        out.append(QByteArray::number(m_requests.value(QString::fromLatin1(status)))).append('\n');
    }
    header(out, "tiergate_gateway_errors_total", "counter", "Routed requests that did not succeed, by error class.");
    for (auto it = m_errors.constBegin(); it != m_errors.constEnd(); ++it)
        out.append("tiergate_gateway_errors_total{class=\"")
            .append(escapeLabel(it.key()))
            .append("\"} ")
            .append(QByteArray::number(it.value()))
            .append('\n');
    header(out, "tiergate_gateway_rejected_total", "counter", "Requests refused by the gateway itself, by reason.");
    for (auto it = m_rejected.constBegin(); it != m_rejected.constEnd(); ++it)
        out.append("tiergate_gateway_rejected_total{reason=\"")
            .append(escapeLabel(it.key()))
            .append("\"} ")
            .append(QByteArray::number(it.value()))
            .append('\n');
    header(out, "tiergate_gateway_http_responses_total", "counter", "HTTP responses by status code.");
    for (auto it = m_responses.constBegin(); it != m_responses.constEnd(); ++it)
        out.append("tiergate_gateway_http_responses_total{code=\"")
            .append(QByteArray::number(it.key()))
            .append("\"} ")
            .append(QByteArray::number(it.value()))
            .append('\n');
    header(out, "tiergate_gateway_answers_total", "counter", "Answered requests by the model that answered.");
    for (auto it = m_answeredBy.constBegin(); it != m_answeredBy.constEnd(); ++it)
        out.append("tiergate_gateway_answers_total{model=\"")
            .append(escapeLabel(it.key()))
            .append("\"} ")
            .append(QByteArray::number(it.value()))
            .append('\n');
    header(out, "tiergate_gateway_fallbacks_total", "counter", "Requests answered by a model after the first.");
    out.append("tiergate_gateway_fallbacks_total ").append(QByteArray::number(m_fallbacks)).append('\n');
    header(out, "tiergate_gateway_retries_total", "counter", "Retries on the same model.");
    out.append("tiergate_gateway_retries_total ").append(QByteArray::number(m_retries)).append('\n');
    header(out, "tiergate_gateway_spend_usd_total", "counter", "Spend of routed requests in US dollars.");
    out.append("tiergate_gateway_spend_usd_total ").append(number(double(m_spendMicros) / 1e6)).append('\n');
    header(out, "tiergate_gateway_tokens_total", "counter", "Tokens of answered requests.");
    out.append("tiergate_gateway_tokens_total{kind=\"prompt\"} ")
        .append(QByteArray::number(m_promptTokens))
        .append('\n');
    out.append("tiergate_gateway_tokens_total{kind=\"completion\"} ")
        .append(QByteArray::number(m_completionTokens))
        .append('\n');
    histogram(out, "tiergate_gateway_request_duration_seconds", "Whole-request latency, waits included.", m_latency);
    histogram(out, "tiergate_gateway_ttft_seconds", "Time to the first content token.", m_ttft);
    header(out, "tiergate_gateway_circuit_state", "gauge",
        "Circuit per provider and model: 0 closed, 1 half open, 2 open.");
    for (auto it = m_circuits.constBegin(); it != m_circuits.constEnd(); ++it) {
        const int v = it.value() == QLatin1String("open") ? 2 : it.value() == QLatin1String("half_open") ? 1 : 0;
        out.append("tiergate_gateway_circuit_state{provider=\"")
            .append(escapeLabel(it.key().first))
            .append("\",model=\"")
            .append(escapeLabel(it.key().second))
            .append("\"} ")
            .append(QByteArray::number(v))
            .append('\n');
    }
    header(out, "tiergate_gateway_in_flight", "gauge", "Requests being answered.");
    out.append("tiergate_gateway_in_flight ").append(QByteArray::number(m_inFlight)).append('\n');
    header(out, "tiergate_gateway_streams_in_flight", "gauge", "Streamed answers being sent.");
    out.append("tiergate_gateway_streams_in_flight ").append(QByteArray::number(m_streams)).append('\n');
    return out;
}

} // namespace tiergate
