#pragma once

#include <QByteArray>
#include <QHash>
#include <QMap>
#include <QString>

#include <array>

namespace tiergate {

struct RouteResult;

/// The gateway's counters, rendered in the Prometheus text format (version 0.0.4) for
/// `GET /metrics`: requests by status, errors by class, HTTP responses by code, fallbacks,
/// retries, latency and TTFT histograms, spend, circuit states and requests in flight.
/// A plain value updated by GatewayServer; nothing here does I/O.
class GatewayMetrics
{
public:
    static constexpr std::array<double, 12> kBuckets { 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30 };

    struct Histogram
    {
        std::array<qint64, kBuckets.size()> counts {}; ///< per bucket (not cumulative)
        qint64 count = 0;
        double sum = 0;
        void observe(double seconds);
    };

    void recordResult(const RouteResult &result);
    void recordResponse(int httpStatus) { ++m_responses[httpStatus]; }
    void recordRejected(const QString &errorClass) { ++m_rejected[errorClass]; }
    void setCircuit(const QString &providerId, const QString &model, const QString &state);
    void setInFlight(int requests, int streams)
    {
        m_inFlight = requests;
        m_streams = streams;
    }

    qint64 requests(const QString &status) const { return m_requests.value(status); }
    qint64 fallbacks() const { return m_fallbacks; }
    qint64 spendMicros() const { return m_spendMicros; }

    QByteArray render() const;

private:
    QMap<QString, qint64> m_requests; ///< by status name
    QMap<QString, qint64> m_errors; ///< routed requests by error class
    QMap<QString, qint64> m_rejected; ///< refused by the gateway itself, by reason
    QMap<int, qint64> m_responses;
    QMap<QString, qint64> m_answeredBy;
    QMap<QPair<QString, QString>, QString> m_circuits;
    qint64 m_fallbacks = 0;
    qint64 m_retries = 0;
    qint64 m_spendMicros = 0;
    qint64 m_promptTokens = 0;
    qint64 m_completionTokens = 0;
    Histogram m_latency;
    Histogram m_ttft;
    int m_inFlight = 0;
    int m_streams = 0;
};

} // namespace tiergate
