// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>

namespace wijknet::server {

/// \brief The secret of one run of `wijknet serve`: made at random when it starts, printed once
/// in the address, never stored. libsodium is known only in session_token.cpp.
class SessionToken {
public:
    /// 32 random bytes from the operating system, as 64 hexadecimal digits.
    SessionToken();
    explicit SessionToken(std::string text) : text_(std::move(text)) {}
    [[nodiscard]] const std::string& text() const { return text_; }
    /// Whether `offered` is this token, in time that does not depend on where they differ.
    [[nodiscard]] bool matches(std::string_view offered) const;

private:
    std::string text_;
};

/// A random key for the pseudonyms of a run that was given none.
std::string random_hex(std::size_t bytes);

}  // namespace wijknet::server
