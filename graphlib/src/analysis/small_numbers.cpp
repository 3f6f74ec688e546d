// SPDX-License-Identifier: MIT
#include "wijknet/analysis/small_numbers.hpp"

namespace wijknet {

PublishedCount PublishedCount::publish(std::size_t count, const CountPolicy& policy) {
    PublishedCount published;
    if (count > 0 && count < policy.min_cell) return published;
    published.value_ = policy.round_to_5 ? (count + 2) / 5 * 5 : count;
    return published;
}

std::optional<double> published_share(std::size_t part, std::size_t whole, const CountPolicy& policy) {
    if (whole == 0 || PublishedCount::publish(part, policy).suppressed() ||
        PublishedCount::publish(whole, policy).suppressed())
        return std::nullopt;
    return static_cast<double>(part) / static_cast<double>(whole);
}

}  // namespace wijknet
