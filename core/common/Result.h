#pragma once

#include "common/Error.h"

#include <optional>
#include <utility>
#include <variant>

namespace relasi {

// A value or an Error. Core functions that can fail return Result<T>; nothing in core throws.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_data(std::in_place_index<1>, std::move(error)) {}
    Result(ErrorCode code, QString message) : m_data(std::in_place_index<1>, Error(code, std::move(message))) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &std::get<0>(m_data); }
    T *operator->() { return &std::get<0>(m_data); }

    const Error &error() const { return std::get<1>(m_data); }
    ErrorCode code() const { return ok() ? ErrorCode::Other : error().code; }

private:
    std::variant<T, Error> m_data;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}
    Result(ErrorCode code, QString message) : m_error(Error(code, std::move(message))) {}

    static Result success() { return Result(); }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }
    ErrorCode code() const { return ok() ? ErrorCode::Other : m_error->code; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace relasi
