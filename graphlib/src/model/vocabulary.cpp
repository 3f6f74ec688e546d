// SPDX-License-Identifier: MIT
#include "wijknet/model/vocabulary.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <span>
#include <stdexcept>
#include <vector>

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

/// Up to eight bytes from `p` as one word, the first byte lowest.
std::uint64_t load_word(const char* p, std::size_t bytes) {
    std::uint64_t word = 0;
    std::memcpy(&word, p, bytes);  // a constant count at each call: one load
    return word;
}

/// `word` with its ASCII capitals in lower case, eight bytes at a time; other bytes (UTF-8
/// among them) are kept.
constexpr std::uint64_t folded(std::uint64_t word) {
    constexpr std::uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
    const std::uint64_t low7 = word & ~highs;
    // A byte's high bit is set in `above_z` when its low seven bits exceed 'Z', in `from_a` when
    // they reach 'A'; a capital is ASCII, reaches 'A' and does not exceed 'Z'.
    const std::uint64_t above_z = low7 + ones * (0x7F - 'Z');
    const std::uint64_t from_a = low7 + ones * (0x80 - 'A');
    const std::uint64_t capitals = ~word & (from_a ^ above_z) & highs;
    return word | capitals >> 2;  // 0x80 >> 2 is 0x20, the distance from 'A' to 'a'
}

/// \brief A name of at most 24 bytes as three words that cover it, its ASCII capitals folded
/// to lower case: two names are equal, ignoring case, when their sizes and words are. Made with
/// a few loads whatever the size, where comparing letter by letter ends its loop at a different
/// letter for each name, which the processor cannot foresee when a column's values vary.
struct FoldedName {
    static constexpr std::size_t longest = 24;
    std::uint64_t head = 0, middle = 0, tail = 0;
    std::size_t size = 0;

    explicit FoldedName(std::string_view name) : size(name.size()) {
        const char* p = name.data();
        const std::size_t n = name.size();
        if (n >= 8) {  // [0, 8), [8, 16) when longer than 16, and the last eight
            head = load_word(p, 8);
            middle = n > 16 ? load_word(p + 8, 8) : 0;
            tail = load_word(p + n - 8, 8);
        } else if (n >= 4) {  // the first four and the last four
            head = load_word(p, 4);
            tail = load_word(p + n - 4, 4);
        } else if (n > 0) {  // the first, middle and last letter
            head = static_cast<unsigned char>(p[0]) | std::uint64_t{static_cast<unsigned char>(p[n / 2])} << 8 |
                   std::uint64_t{static_cast<unsigned char>(p[n - 1])} << 16;
        }
        head = folded(head);
        middle = folded(middle);
        tail = folded(tail);
    }
    bool operator==(const FoldedName&) const = default;
    /// Which of 64 places in a TermIndex holds the name, by a hash with a given (odd) `seed`.
    [[nodiscard]] std::size_t place(std::uint64_t seed) const {
        // Rotated apart: the words overlap, and a name of four or eight letters has head == tail.
        return (head + std::rotl(middle, 21) + std::rotl(tail, 43) + size) * seed >> 58;
    }
};

/// \brief An enum's English and Dutch names, folded, each in a place of its own of a small
/// table: the hash's seed is chosen so that no two names share a place, and a value is found
/// with one comparison of a few words, without a search whose length would vary from name to
/// name. parse_term runs on five fields of every tie, millions of times when a neighbourhood is
/// loaded.
template <class Enum>
class TermIndex {
public:
    TermIndex() {
        const auto terms = vocabulary<Enum>();
        constexpr std::uint64_t first_seed = 0x9E3779B97F4A7C15ULL, seeds_tried = 1 << 20;
        for (std::uint64_t seed = first_seed; seed_ == 0; seed += 2) {
            if (seed == first_seed + 2 * seeds_tried) throw std::logic_error("no seed keeps the terms apart");
            places_.fill(std::nullopt);
            bool apart = true;
            for (const auto& term : terms) {
                for (const std::string_view name : {term.english, term.dutch}) {
                    if (name.empty() || name.size() > FoldedName::longest)
                        throw std::logic_error("a term the index cannot hold");
                    const FoldedName key(name);
                    auto& place = places_[key.place(seed)];
                    if (!place) place = Entry{key, term.value};
                    else if (!(place->name == key)) apart = false;  // a name of its own
                }
            }
            if (apart) seed_ = seed;
        }
    }
    [[nodiscard]] std::optional<Enum> find(std::string_view text) const {
        if (text.size() > FoldedName::longest) return std::nullopt;
        const FoldedName key(text);
        const auto& place = places_[key.place(seed_)];
        if (place && place->name == key) return place->value;
        return std::nullopt;
    }

private:
    struct Entry {
        FoldedName name;
        Enum value;
    };
    std::uint64_t seed_ = 0;  // odd, so never 0 once chosen
    std::array<std::optional<Entry>, 64> places_{};
};

}  // namespace

/// Words of Dutch practice that mean one term only, as social workers write them in a spreadsheet.
template <class Enum>
struct EverydayWord {
    std::string_view word;
    Enum value;
};

template <class Enum>
std::span<const EverydayWord<Enum>> everyday_words() {
    if constexpr (std::is_same_v<Enum, ActorKind>) {
        static constexpr std::array<EverydayWord<ActorKind>, 4> words{{{"hulpverlener", ActorKind::professional},
                                                                       {"beroepskracht", ActorKind::professional},
                                                                       {"buurtbewoner", ActorKind::resident},
                                                                       {"inwoner", ActorKind::resident}}};
        return words;
    } else if constexpr (std::is_same_v<Enum, TieKind>) {
        static constexpr std::array<EverydayWord<TieKind>, 9> words{{{"buurman", TieKind::neighbour},
                                                                     {"buurvrouw", TieKind::neighbour},
                                                                     {"buren", TieKind::neighbour},
                                                                     {"vriendin", TieKind::friendship},
                                                                     {"vrienden", TieKind::friendship},
                                                                     {"vriendschap", TieKind::friendship},
                                                                     {"hulpverlener", TieKind::care},
                                                                     {"hulpverlening", TieKind::care},
                                                                     {"gezin", TieKind::household}}};
        return words;
    } else {
        return {};
    }
}

template <class Enum>
std::optional<Enum> parse_term(std::string_view text) {
    static const TermIndex<Enum> index;
    text = text::trim(text);
    if (const auto found = index.find(text)) return found;
    for (const auto& everyday : everyday_words<Enum>())
        if (text::iequals(text, everyday.word)) return everyday.value;
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

namespace {

/// Edits (insert, delete, replace, swap two neighbours) from `a` to `b`, ignoring case.
std::size_t spelling_distance(std::string_view a, std::string_view b) {
    std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
    for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
    for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
    const auto lower = [](char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c); };
    for (std::size_t i = 1; i <= a.size(); ++i) {
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t change = lower(a[i - 1]) == lower(b[j - 1]) ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + change});
            if (i > 1 && j > 1 && lower(a[i - 1]) == lower(b[j - 2]) && lower(a[i - 2]) == lower(b[j - 1]))
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[a.size()][b.size()];
}

}  // namespace

template <class Enum>
std::optional<std::string_view> closest_term(std::string_view text) {
    text = text::trim(text);
    // Short words are near everything; a long one may be two letters off ("buren" for "buur").
    const std::size_t allowed = text.size() < 4 ? 0 : text.size() < 7 ? 2 : 3;
    std::optional<std::string_view> best;
    std::optional<Enum> best_value;
    std::size_t best_distance = allowed + 1;
    bool tied = false;
    // Dutch plurals and feminine forms change the end of a word: "buren" is "buur" plus "en"
    // with one letter less, "vriendin" is "vriend".
    std::vector<std::string_view> forms{text};
    for (const std::string_view ending : {"en", "in", "s", "e"})
        if (text.size() > ending.size() + 2 && text::iequals(text.substr(text.size() - ending.size()), ending))
            forms.push_back(text.substr(0, text.size() - ending.size()));
    for (const auto& term : vocabulary<Enum>()) {
        for (const std::string_view word : {term.english, term.dutch}) {
            std::size_t distance = allowed + 1;
            for (const std::string_view form : forms) distance = std::min(distance, spelling_distance(form, word));
            if (distance < best_distance) {
                best = word;
                best_value = term.value;
                best_distance = distance;
                tied = false;
            } else if (distance == best_distance && best_value != term.value) {
                tied = true;
            }
        }
    }
    if (tied) return std::nullopt;
    return best;
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
    template std::string expected_terms<Enum>();                    \
    template std::optional<std::string_view> closest_term<Enum>(std::string_view);

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
