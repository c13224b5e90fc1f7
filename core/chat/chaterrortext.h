#pragma once

#include <QCoreApplication>
#include <QString>

namespace tiergate {

struct RouteResult;

/// Turns the error of a finished chat request into plain words with what to do about it: which
/// environment variable or keychain entry holds a missing key, which profile's budget cap blocked
/// the request, when to press Regenerate, where in the profile editor to fix a setting.
/// Pure; the result never contains a key.
class ChatErrorText
{
    Q_DECLARE_TR_FUNCTIONS(ChatErrorText)

public:
    /// Empty for a successful or cancelled request. `model` / `provider`: what the request was
    /// expected to use (named when the result itself does not say, e.g. a key that was never read).
    static QString explain(
        const RouteResult &result, const QString &model = QString(), const QString &provider = QString());
};

} // namespace tiergate
