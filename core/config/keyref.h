#pragma once

#include <QMetaType>
#include <QString>

namespace tiergate {

/// A reference to a secret, never the secret itself: `env:NAME`, `keychain:NAME` or `file:PATH`
/// (an empty string means "no key"). It is what the configuration, exports and logs carry; only
/// KeyResolver turns it into bytes, at the moment a request needs them.
///
/// A string that is not a valid reference parses to scheme Invalid and keeps its text, so a
/// document round-trips and the validator can point at the bad entry.
class KeyRef
{
public:
    enum class Scheme
    {
        None, ///< no key (local servers, the Simulator)
        Env, ///< environment variable `name`
        Keychain, ///< entry `name` of the system keychain (service "tiergate")
        File, ///< file at path `name`; must be mode 0600 (or stricter) and owned by the user
        Invalid, ///< unparseable text, kept in `name`
    };

    Scheme scheme = Scheme::None;
    QString name; ///< variable name, keychain entry, file path, or the raw text when Invalid

    KeyRef() = default;
    KeyRef(Scheme s, const QString &n)
        : scheme(s)
        , name(n)
    { }

    static KeyRef env(const QString &variable) { return KeyRef(Scheme::Env, variable); }
    static KeyRef keychain(const QString &entry) { return KeyRef(Scheme::Keychain, entry); }
    static KeyRef file(const QString &path) { return KeyRef(Scheme::File, path); }

    /// Parses `env:NAME`, `keychain:NAME`, `file:PATH` (`~/` expands at resolution, not here),
    /// or "" / "none" (no key). Anything else yields Scheme::Invalid with the text kept.
    static KeyRef parse(const QString &text);
    /// The inverse of parse(): `env:NAME`, ... ; "" for None; the original text for Invalid.
    QString toString() const;

    bool isNone() const { return scheme == Scheme::None; }
    bool isValid() const { return scheme != Scheme::Invalid; }
    /// Why the reference is invalid (empty when valid), as a plain translatable sentence.
    QString problem() const;

    friend bool operator==(const KeyRef &, const KeyRef &) = default;
};

} // namespace tiergate

Q_DECLARE_METATYPE(tiergate::KeyRef)
