// SPDX-License-Identifier: MIT
#include "wijknet/model/vocabulary.hpp"

#include <array>
#include <bit>
#include <cstdint>
#include <stdexcept>

#include "wijknet/text/ascii.hpp"

namespace wijknet {
namespace {

constexpr std::array<Term<ActorKind>, 7> actor_kinds{{
    {ActorKind::resident, "resident", "bewoner"},
    {ActorKind::professional, "professional", "professional"},
    {ActorKind::volunteer, "volunteer", "vrijwilliger"},
    {ActorKind::organisation, "organisation", "organisatie"},
    {ActorKind::place, "place", "plek"},
    {ActorKind::group, "group", "groep"},
    {ActorKind::unspecified, "unspecified", "onbekend"},
}};

constexpr std::array<Term<TieKind>, 12> tie_kinds{{
    {TieKind::household, "household", "huishouden"},
    {TieKind::family, "family", "familie"},
    {TieKind::friendship, "friend", "vriend"},
    {TieKind::neighbour, "neighbour", "buur"},
    {TieKind::colleague, "colleague", "collega"},
    {TieKind::volunteer_help, "volunteer_help", "vrijwilligershulp"},
    {TieKind::membership, "membership", "lidmaatschap"},
    {TieKind::care, "care", "zorg"},
    {TieKind::employment, "employment", "dienstverband"},
    {TieKind::collaboration, "collaboration", "samenwerking"},
    {TieKind::referral, "referral", "verwijzing"},
    {TieKind::unspecified, "unspecified", "onbekend"},
}};

constexpr std::array<Term<Strength>, 3> strengths{{
    {Strength::weak, "weak", "zwak"},
    {Strength::normal, "normal", "normaal"},
    {Strength::strong, "strong", "sterk"},
}};

constexpr std::array<Term<Valence>, 4> valences{{
    {Valence::supportive, "supportive", "steunend"},
    {Valence::neutral, "neutral", "neutraal"},
    {Valence::stressful, "stressful", "belastend"},
    {Valence::conflict, "conflict", "conflict"},
}};

constexpr std::array<Term<SupportDirection>, 4> directions{{
    {SupportDirection::to_target, "to_target", "naar_doel"},
    {SupportDirection::to_source, "to_source", "naar_bron"},
    {SupportDirection::both, "both", "beide"},
    {SupportDirection::none, "none", "geen"},
}};

constexpr std::array<Term<Frequency>, 5> frequencies{{
    {Frequency::daily, "daily", "dagelijks"},
    {Frequency::weekly, "weekly", "wekelijks"},
    {Frequency::monthly, "monthly", "maandelijks"},
    {Frequency::yearly, "yearly", "jaarlijks"},
    {Frequency::rarely, "rarely", "zelden"},
}};

constexpr std::array<Term<Closeness>, 3> closenesses{{
    {Closeness::close, "close", "dichtbij"},
    {Closeness::middle, "middle", "midden"},
    {Closeness::far, "far", "ver"},
}};

constexpr std::array<Term<SupportType>, 4> support_types{{
    {SupportType::practical, "P", "P"},
    {SupportType::company, "G", "G"},
    {SupportType::advice, "A", "A"},
    {SupportType::emotional, "E", "E"},
}};

}  // namespace

template <> std::span<const Term<ActorKind>> vocabulary<ActorKind>() { return actor_kinds; }
template <> std::span<const Term<TieKind>> vocabulary<TieKind>() { return tie_kinds; }
template <> std::span<const Term<Strength>> vocabulary<Strength>() { return strengths; }
template <> std::span<const Term<Valence>> vocabulary<Valence>() { return valences; }
template <> std::span<const Term<SupportDirection>> vocabulary<SupportDirection>() { return directions; }
template <> std::span<const Term<Frequency>> vocabulary<Frequency>() { return frequencies; }
template <> std::span<const Term<Closeness>> vocabulary<Closeness>() { return closenesses; }
template <> std::span<const Term<SupportType>> vocabulary<SupportType>() { return support_types; }

namespace {

/// \brief An enum's terms by the first letter of their English or Dutch name (any case), so that
/// a value is compared with one term or two rather than with all: parse_term runs on five fields
/// of every tie, millions of times when a neighbourhood is loaded.
template <class Enum>
class TermsByFirstLetter {
public:
    TermsByFirstLetter() {
        const auto terms = vocabulary<Enum>();
        if (terms.size() > 32) throw std::logic_error("a vocabulary of more than 32 terms needs a wider index");
        for (std::size_t i = 0; i < terms.size(); ++i)
            for (const std::string_view name : {terms[i].english, terms[i].dutch})
                if (!name.empty()) terms_of_[index(name.front())] |= std::uint32_t{1} << i;
    }
    /// The terms whose name starts with `letter` (any case), one bit each (no vocabulary has more
    /// than 32 terms), in vocabulary order.
    [[nodiscard]] std::uint32_t terms_of(char letter) const { return terms_of_[index(letter)]; }

private:
    static std::size_t index(char letter) { return static_cast<unsigned char>(text::to_lower(letter)); }
    std::array<std::uint32_t, 256> terms_of_{};
};

}  // namespace

template <class Enum>
std::optional<Enum> parse_term(std::string_view text) {
    text = text::trim(text);
    static const TermsByFirstLetter<Enum> by_first_letter;
    const auto terms = vocabulary<Enum>();
    if (!text.empty()) {
        for (std::uint32_t candidates = by_first_letter.terms_of(text.front()); candidates; candidates &= candidates - 1) {
            const auto& term = terms[static_cast<std::size_t>(std::countr_zero(candidates))];
            if (text::iequals(text, term.english) || text::iequals(text, term.dutch)) return term.value;
        }
    }
    // Closeness is also written as the ring number, 1 (close) to 3 (far).
    if constexpr (std::is_same_v<Enum, Closeness>) {
        if (text == "1") return Closeness::close;
        if (text == "2") return Closeness::middle;
        if (text == "3") return Closeness::far;
    }
    return std::nullopt;
}

template <class Enum>
std::string_view name_of(Enum value) {
    return vocabulary<Enum>()[static_cast<std::size_t>(value)].english;
}

template <class Enum>
std::string_view dutch_name_of(Enum value) {
    return vocabulary<Enum>()[static_cast<std::size_t>(value)].dutch;
}

template <class Enum>
std::string expected_terms() {
    std::string out;
    for (const auto& term : vocabulary<Enum>()) {
        if (!out.empty()) out += ", ";
        out += term.english;
        if (term.dutch != term.english) {
            out += '/';
            out += term.dutch;
        }
    }
    return out;
}

#define WIJKNET_INSTANTIATE_VOCABULARY(Enum)                       \
    template std::optional<Enum> parse_term<Enum>(std::string_view); \
    template std::string_view name_of<Enum>(Enum);                 \
    template std::string_view dutch_name_of<Enum>(Enum);           \
    template std::string expected_terms<Enum>();

WIJKNET_INSTANTIATE_VOCABULARY(ActorKind)
WIJKNET_INSTANTIATE_VOCABULARY(TieKind)
WIJKNET_INSTANTIATE_VOCABULARY(Strength)
WIJKNET_INSTANTIATE_VOCABULARY(Valence)
WIJKNET_INSTANTIATE_VOCABULARY(SupportDirection)
WIJKNET_INSTANTIATE_VOCABULARY(Frequency)
WIJKNET_INSTANTIATE_VOCABULARY(Closeness)
WIJKNET_INSTANTIATE_VOCABULARY(SupportType)
#undef WIJKNET_INSTANTIATE_VOCABULARY

Formality formality_of(TieKind kind) {
    switch (kind) {
        case TieKind::care:
        case TieKind::employment:
        case TieKind::collaboration:
        case TieKind::referral:
            return Formality::formal;
        case TieKind::unspecified:
            return Formality::unknown;
        default:
            return Formality::informal;
    }
}

char letter_of(SupportType type) { return name_of(type)[0]; }

std::optional<SupportTypes> SupportTypes::parse(std::string_view text) {
    SupportTypes types;
    for (char c : text) {
        switch (text::to_upper(c)) {
            case 'P': types.add(SupportType::practical); break;
            case 'G': types.add(SupportType::company); break;
            case 'A': types.add(SupportType::advice); break;
            case 'E': types.add(SupportType::emotional); break;
            case ' ': case ',': case '+': case '/': case ';': break;
            default: return std::nullopt;
        }
    }
    return types;
}

int SupportTypes::count() const {
    int n = 0;
    for (const auto& term : vocabulary<SupportType>()) n += has(term.value) ? 1 : 0;
    return n;
}

std::string SupportTypes::letters() const {
    std::string out;
    for (const auto& term : vocabulary<SupportType>())
        if (has(term.value)) out += letter_of(term.value);
    return out;
}

}  // namespace wijknet
