// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace wijknet {

enum class ActorKind : std::uint8_t { resident, professional, volunteer, organisation, place, group, unspecified };

enum class TieKind : std::uint8_t {
    household,
    family,
    friendship,
    neighbour,
    colleague,
    volunteer_help,
    membership,
    care,
    employment,
    collaboration,
    referral,
    unspecified
};

enum class Strength : std::uint8_t { weak, normal, strong };
enum class Valence : std::uint8_t { supportive, neutral, stressful, conflict };
/// Which way support flows along a tie, relative to its source and target as written.
enum class SupportDirection : std::uint8_t { to_target, to_source, both, none };
enum class Frequency : std::uint8_t { daily, weekly, monthly, yearly, rarely };
/// The ring a contact is drawn in on an ecomap.
enum class Closeness : std::uint8_t { close, middle, far };
/// The Dutch ecogram's four support types.
enum class SupportType : std::uint8_t { practical, company, advice, emotional };

/// Formal help is paid or organised care; informal help is family, friends, neighbours, volunteers.
enum class Formality : std::uint8_t { informal, formal, unknown };
Formality formality_of(TieKind kind);

/// \brief One word of the file vocabulary: the value, its English name (written out) and a Dutch alias.
template <class Enum>
struct Term {
    Enum value;
    std::string_view english;
    std::string_view dutch;
};

/// The accepted terms for each enum, in declaration order.
template <class Enum>
std::span<const Term<Enum>> vocabulary();

/// Finds the value whose English or Dutch term matches `text`, ignoring case and surrounding spaces.
template <class Enum>
std::optional<Enum> parse_term(std::string_view text);

/// The term (English or Dutch, as written there) closest to `text` in spelling, when one is near
/// enough to be what was meant: "buren" gives "buur". Nothing when none is, or two are as near.
template <class Enum>
std::optional<std::string_view> closest_term(std::string_view text);

/// The English term, as wijknet writes it.
template <class Enum>
std::string_view name_of(Enum value);

/// The Dutch term.
template <class Enum>
std::string_view dutch_name_of(Enum value);

/// "resident/bewoner, professional, ..." for error messages.
template <class Enum>
std::string expected_terms();

/// \brief A set of support types, written as letters P, G, A, E.
class SupportTypes {
public:
    constexpr SupportTypes() = default;
    /// Parses letters P, G, A, E in any order and case, optionally separated by spaces, commas,
    /// `+` or `/`. Returns nothing when another character appears.
    static std::optional<SupportTypes> parse(std::string_view text);

    void add(SupportType type) { bits_ |= bit(type); }
    [[nodiscard]] bool has(SupportType type) const { return (bits_ & bit(type)) != 0; }
    [[nodiscard]] bool empty() const { return bits_ == 0; }
    [[nodiscard]] int count() const;
    /// Letters in the fixed order P, G, A, E.
    [[nodiscard]] std::string letters() const;
    bool operator==(const SupportTypes&) const = default;

private:
    static constexpr std::uint8_t bit(SupportType type) {
        return static_cast<std::uint8_t>(1U << static_cast<unsigned>(type));
    }
    std::uint8_t bits_ = 0;
};

char letter_of(SupportType type);

}  // namespace wijknet
