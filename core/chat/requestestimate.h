#pragma once

#include "core/cost/requestcost.h"
#include "core/routing/routeresult.h"

#include <QCoreApplication>
#include <QString>
#include <QtGlobal>

namespace tiergate {

class ChatRequest;
class CircuitRegistry;
class TiergateConfig;

/// What a chat request is expected to cost before it is sent, on the model the router would try
/// first: the profile's tier (or the tier override, or the criticality's tier) resolves the
/// requested model, then the chain is built as the router builds it (models that would be skipped
/// are passed over).
///
/// Prompt tokens come from TokenEstimator; completion tokens are the request's max_tokens when set,
/// else a typical answer (kTypicalCompletionTokens, capped by the model's max output). The cost is
/// RequestCost::estimateMicros() with the catalog prices (the flat rate when the model has none), the
/// estimator the router's budget check uses. Chat, Compare and the CLI show these figures.
/// A plain value; compute() is pure.
struct RequestEstimate
{
    Q_DECLARE_TR_FUNCTIONS(RequestEstimate)

public:
    static constexpr qint64 kTypicalCompletionTokens = RequestCost::kTypicalCompletionTokens;

    bool valid = false; ///< false: no model to route to (`problem` says why)
    QString problem;
    QString profile;
    QString tier;
    QString model; ///< the model the router would try first
    QString providerId;
    bool simulated = false;
    qint64 promptTokens = 0;
    qint64 completionTokens = 0;
    bool completionFromMaxTokens = false; ///< true: max_tokens bounds it; false: a typical answer
    qint64 costMicros = 0;
    bool priceKnown = false; ///< false: the model has no catalog price, the flat rate was used
    qint64 approvalThresholdMicros = 0; ///< of the profile; 0: never ask

    bool needsApproval() const { return valid && approvalThresholdMicros > 0 && costMicros > approvalThresholdMicros; }

    /// `profile` empty: the config's default profile. `tierOverride` non-empty replaces the tier the
    /// profile chooses for `criticality`. `circuits` may be null (no model is skipped as open).
    static RequestEstimate compute(const TiergateConfig &config, const QString &profile, const QString &tierOverride,
        Criticality criticality, const ChatRequest &request, const CircuitRegistry *circuits = nullptr,
        qint64 nowMs = 0);

    /// "≈ $0.0123 on sim-standard (simulated): ~1,234 tokens in + up to 500 out".
    QString text() const;
};

} // namespace tiergate
