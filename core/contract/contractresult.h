#pragma once

#include "core/contract/routeerror.h"

#include <utility>

namespace tiergate {

/// The outcome of a pure contract operation (parsing, reading JSON): either a value or a
/// RouteError (kind Malformed, cause InvalidJson / InvalidShape, message naming the field).
/// A failed result never carries a half-filled value that could pass for a success.
template <typename T>
class ContractResult
{
public:
    ContractResult() = default;
    static ContractResult success(T value)
    {
        ContractResult r;
        r.m_value = std::move(value);
        return r;
    }
    static ContractResult failure(RouteError error)
    {
        ContractResult r;
        r.m_error = std::move(error);
        return r;
    }

    bool isOk() const { return !m_error.isError(); }
    const T &value() const { return m_value; }
    T &value() { return m_value; }
    const RouteError &error() const { return m_error; }

private:
    T m_value {};
    RouteError m_error;
};

} // namespace tiergate
