// SPDX-License-Identifier: MIT
#pragma once

#include <compare>
#include <cstdint>
#include <functional>
#include <limits>

namespace wijknet {

/// \brief A strongly typed index, so an actor's position is never mistaken for a tie's.
template <class Tag>
class Index {
public:
    using value_type = std::uint32_t;
    static constexpr value_type invalid_value = std::numeric_limits<value_type>::max();

    constexpr Index() = default;
    constexpr explicit Index(value_type value) : value_(value) {}
    constexpr explicit Index(std::size_t value) : value_(static_cast<value_type>(value)) {}

    [[nodiscard]] constexpr value_type value() const { return value_; }
    [[nodiscard]] constexpr bool valid() const { return value_ != invalid_value; }
    constexpr auto operator<=>(const Index&) const = default;

private:
    value_type value_ = invalid_value;
};

struct ActorTag;
struct TieTag;

/// Position of an actor in a Network (0 .. actor_count()-1). Not the user's id.
using ActorIndex = Index<ActorTag>;
/// Position of a tie in a Network (0 .. tie_count()-1).
using TieIndex = Index<TieTag>;

}  // namespace wijknet

template <class Tag>
struct std::hash<wijknet::Index<Tag>> {
    std::size_t operator()(wijknet::Index<Tag> index) const noexcept { return index.value(); }
};
