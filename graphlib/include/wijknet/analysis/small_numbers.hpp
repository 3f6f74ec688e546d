// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <optional>

namespace wijknet {

/// \brief How counts about people are published: small numbers hidden so no one can be singled out.
struct CountPolicy {
    /// Counts from 1 up to min_cell - 1 are suppressed. Zero is shown: it points at no one.
    std::size_t min_cell = 10;
    /// Round what is shown to a multiple of 5, as Statistics Netherlands publishes.
    bool round_to_5 = false;
};

/// \brief A count as it may be shown: a value, or suppressed. There is no way to read a suppressed
/// count back, so it cannot leak into an output by mistake.
class PublishedCount {
public:
    static PublishedCount publish(std::size_t count, const CountPolicy& policy);
    [[nodiscard]] bool suppressed() const { return !value_; }
    /// The value to show; nothing when suppressed.
    [[nodiscard]] std::optional<std::size_t> value() const { return value_; }

private:
    std::optional<std::size_t> value_;
};

/// The share part/whole to show, or nothing when either count is suppressed or whole is zero.
std::optional<double> published_share(std::size_t part, std::size_t whole, const CountPolicy& policy);

}  // namespace wijknet
