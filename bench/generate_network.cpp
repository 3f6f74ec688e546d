// SPDX-License-Identifier: MIT
//
// generate_network: writes a synthetic neighbourhood network as the wijknet CSV pair
// (actors.csv and ties.csv, see docs/formats.md) for benchmarks at 10k to 1M+ residents.
//
//   generate_network --residents N --out DIR [--seed S] [--areas A]
//
// Standalone, standard library only:
//   g++ -O2 -std=c++20 -o generate_network bench/generate_network.cpp
//
// Determinism: the files depend only on N, the seed and the number of areas, on every platform.
// All randomness comes from std::mt19937_64 (whose output sequence the standard fixes) through
// the small integer helpers in Rng, never through std::*_distribution (whose results differ
// between standard libraries). Floating point is used only where it is correctly rounded
// (sqrt, division), and every sort key is a total order, so std::sort cannot reorder ties.
// Each phase of the generator draws from its own stream, so changing one phase leaves the
// others as they were.

#include <algorithm>
#include <array>
#include <cerrno>
#include <charconv>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <random>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>
#include <vector>

namespace {

using u8 = std::uint8_t;
using u32 = std::uint32_t;
using u64 = std::uint64_t;
using i64 = std::int64_t;
__extension__ typedef unsigned __int128 u128;

constexpr const char* kProgram = "generate_network";
constexpr u64 kMaxResidents = 20'000'000;  // keeps every actor index in 32 bits
constexpr u32 kMaxAreas = 99 * 99;         // wijk and buurt digits of BU9998WWBB

// ---------------------------------------------------------------------------------------------
// Random numbers

u64 splitmix64(u64 x) {
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

class Rng {
public:
    Rng(u64 seed, u64 stream) : engine_(splitmix64(seed ^ splitmix64(stream))) {}

    u64 next() { return engine_(); }
    // Uniform in [0, n), n > 0: Lemire's multiply-shift (bias below n / 2^64).
    u64 below(u64 n) { return static_cast<u64>((static_cast<u128>(engine_()) * n) >> 64); }
    u32 below32(u64 n) { return static_cast<u32>(below(n)); }
    // Uniform in [lo, hi].
    u64 between(u64 lo, u64 hi) { return lo + below(hi - lo + 1); }
    // True with probability permille / 1000.
    bool chance(u32 permille) { return below(1000) < permille; }
    // Uniform in (0, 1], exactly representable.
    double unit_open() { return static_cast<double>((engine_() >> 11) + 1) * 0x1.0p-53; }

private:
    std::mt19937_64 engine_;
};

// Phases, one random stream each.
enum Stream : u64 {
    s_households = 1, s_isolation, s_clients, s_neighbours, s_friends, s_colleagues, s_memberships,
    s_professionals, s_care, s_collaboration, s_volunteers, s_family, s_names, s_attributes,
};

// A discrete distribution over a few values, with integer weights.
template <class T>
class Discrete {
public:
    struct Entry {
        T value;
        u32 weight;
    };
    Discrete(std::initializer_list<Entry> entries) {
        for (const Entry& e : entries) {
            total_ += e.weight;
            values_.push_back(e.value);
            cumulative_.push_back(total_);
        }
    }
    T operator()(Rng& rng) const {
        const u64 u = rng.below(total_);
        std::size_t i = 0;
        while (cumulative_[i] <= u) ++i;
        return values_[i];
    }

private:
    std::vector<T> values_;
    std::vector<u64> cumulative_;
    u64 total_ = 0;
};

using Texts = Discrete<std::string_view>;

// ---------------------------------------------------------------------------------------------
// Options

struct Options {
    u64 residents = 0;
    std::string out;
    u64 seed = 1;
    u32 areas = 0;  // 0: one per 1,000 residents
};

void print_help() {
    std::fputs(
        "Usage: generate_network --residents N --out DIR [--seed S] [--areas A]\n"
        "\n"
        "Writes a synthetic neighbourhood network as the wijknet CSV pair DIR/actors.csv and\n"
        "DIR/ties.csv (docs/formats.md; English headers, comma separated, UTF-8) for benchmarks.\n"
        "The same N, S and A always give byte-identical files, on every platform.\n"
        "\n"
        "Options:\n"
        "  --residents N  number of residents, 1 to 20000000; a suffix k or M multiplies by\n"
        "                 1,000 or 1,000,000 (10k, 100k, 1M)\n"
        "  --out DIR      output folder, created when missing; actors.csv, ties.csv and the\n"
        "                 buurt polygons buurten.geojson in it are replaced once all are\n"
        "                 completely written\n"
        "  --seed S       random seed, 0 to 18446744073709551615 (default 1)\n"
        "  --areas A      number of buurten, 1 to 9801 (default: 1 per 1,000 residents)\n"
        "  -h, --help     show this help and exit\n"
        "\n"
        "The network: a square town of 300 m2 of land per resident in RD New (EPSG:28992)\n"
        "around (155000, 463000), cut into a grid of buurten BU9998WWBB (row WW, column BB).\n"
        "Residents live in households of 1-5 people at one address. Per resident there are about\n"
        "5.5 ties: household (strong), neighbour (each household with 1-3 nearby households),\n"
        "friend (heavy-tailed, 2 friends per resident on average), colleague, membership of\n"
        "groups and of places (a Huis van de Wijk in every buurt), and family between\n"
        "households, which fills the total up to 5.5 per resident. 2% of residents live alone\n"
        "without any informal tie (some of them clients with only care ties). 3% are clients\n"
        "with care ties from professionals (1 per 700 residents; organisations of about 20,\n"
        "at least 5), who also collaborate and refer; volunteers (1 per 300 residents) help\n"
        "residents. Ties carry strength, valence, direction, support letters (P, G, A, E),\n"
        "frequency, since dates 2023-01-01..2025-12-31 and some until dates.\n"
        "\n"
        "Prints one summary line to standard error.\n"
        "Exit codes: 0 ok; 1 the files could not be written; 2 bad arguments.\n",
        stdout);
}

[[noreturn]] void usage_error(const std::string& message) {
    std::fprintf(stderr, "%s: %s\nTry '%s --help' for more information.\n", kProgram,
                 message.c_str(), kProgram);
    std::exit(2);
}

bool parse_u64(std::string_view text, u64& value) {
    if (text.empty() || text.front() < '0' || text.front() > '9') return false;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    return ec == std::errc{} && end == text.data() + text.size();
}

u64 parse_count(std::string_view option, std::string_view text, u64 max, bool suffixes) {
    u64 factor = 1;
    std::string_view digits = text;
    if (suffixes && !digits.empty()) {
        const char last = digits.back();
        if (last == 'k' || last == 'K') factor = 1'000;
        if (last == 'm' || last == 'M') factor = 1'000'000;
        if (factor != 1) digits.remove_suffix(1);
    }
    u64 value = 0;
    if (!parse_u64(digits, value) || value > max / factor || value * factor < 1)
        usage_error("option " + std::string(option) + " needs a whole number from 1 to " +
                    std::to_string(max) + ", not '" + std::string(text) + "'");
    return value * factor;
}

Options parse_options(int argc, char** argv) {
    Options options;
    bool seen_residents = false, seen_out = false, seen_seed = false, seen_areas = false;
    for (int i = 1; i < argc; ++i) {
        std::string_view arg = argv[i];
        if (arg == "-h" || arg == "--help") {
            print_help();
            std::exit(0);
        }
        std::string_view name = arg, value;
        bool has_value = false;
        if (const auto eq = arg.find('='); arg.starts_with("--") && eq != std::string_view::npos) {
            name = arg.substr(0, eq);
            value = arg.substr(eq + 1);
            has_value = true;
        }
        bool* seen = nullptr;
        if (name == "--residents") seen = &seen_residents;
        else if (name == "--out") seen = &seen_out;
        else if (name == "--seed") seen = &seen_seed;
        else if (name == "--areas") seen = &seen_areas;
        else if (arg.starts_with("-")) usage_error("unknown option '" + std::string(arg) + "'");
        else usage_error("unexpected argument '" + std::string(arg) + "'");
        if (*seen) usage_error("option " + std::string(name) + " given twice");
        *seen = true;
        if (!has_value) {
            if (i + 1 >= argc) usage_error("option " + std::string(name) + " needs a value");
            value = argv[++i];
        }
        if (name == "--residents") {
            options.residents = parse_count(name, value, kMaxResidents, true);
        } else if (name == "--out") {
            if (value.empty()) usage_error("option --out needs a folder");
            options.out = std::string(value);
        } else if (name == "--seed") {
            if (!parse_u64(value, options.seed))
                usage_error("option --seed needs a whole number from 0 to 18446744073709551615, "
                            "not '" + std::string(value) + "'");
        } else {
            options.areas = static_cast<u32>(parse_count(name, value, kMaxAreas, false));
        }
    }
    if (!seen_residents) usage_error("missing --residents N");
    if (!seen_out) usage_error("missing --out DIR");
    if (options.areas == 0)
        options.areas = static_cast<u32>(
            std::clamp<u64>((options.residents + 500) / 1000, 1, kMaxAreas));
    return options;
}

// ---------------------------------------------------------------------------------------------
// The town: a square in RD New, cut into rows of buurten. Coordinates are whole decimetres,
// relative to the south-west corner.

constexpr i64 kCentreX = 1'550'000;  // RD New of Amersfoort's Onze Lieve Vrouwetoren, in dm
constexpr i64 kCentreY = 4'630'000;

struct Town {
    i64 side = 0;  // decimetres
    i64 x0 = 0, y0 = 0;
    u32 areas = 0;
    u32 rows = 0;
    std::vector<u32> row_cols, row_first;
    std::vector<u32> area_row, area_col;

    Town(u64 residents, u32 area_count) : areas(area_count) {
        side = std::max<i64>(10, std::llround(std::sqrt(static_cast<double>(residents) * 300.0) * 10.0));
        x0 = kCentreX - side / 2;
        y0 = kCentreY - side / 2;
        rows = std::max<u32>(1, static_cast<u32>(std::llround(std::sqrt(static_cast<double>(areas)))));
        for (u32 r = 0, first = 0; r < rows; ++r) {
            const u32 cols = areas / rows + (r < areas % rows ? 1 : 0);
            row_cols.push_back(cols);
            row_first.push_back(first);
            for (u32 c = 0; c < cols; ++c) {
                area_row.push_back(r);
                area_col.push_back(c);
            }
            first += cols;
        }
    }
    bool codes_fit() const {
        return rows <= 99 && *std::max_element(row_cols.begin(), row_cols.end()) <= 99;
    }
    u32 area_at(i64 x, i64 y) const {
        const u32 r = static_cast<u32>(std::min<i64>(rows - 1, y * rows / side));
        const u32 cols = row_cols[r];
        const u32 c = static_cast<u32>(std::min<i64>(cols - 1, x * cols / side));
        return row_first[r] + c;
    }
    // Bounds of area a: [xmin, xmax) x [ymin, ymax).
    void bounds(u32 a, i64& xmin, i64& xmax, i64& ymin, i64& ymax) const {
        const i64 r = area_row[a], c = area_col[a], cols = row_cols[area_row[a]];
        ymin = r * side / rows;
        ymax = (r + 1) * side / rows;
        xmin = c * side / cols;
        xmax = (c + 1) * side / cols;
    }
    // "BU9998WWBB"
    void code(u32 a, char out[10]) const {
        std::memcpy(out, "BU9998", 6);
        const u32 w = area_row[a] + 1, b = area_col[a] + 1;
        out[6] = static_cast<char>('0' + w / 10);
        out[7] = static_cast<char>('0' + w % 10);
        out[8] = static_cast<char>('0' + b / 10);
        out[9] = static_cast<char>('0' + b % 10);
    }
};

// ---------------------------------------------------------------------------------------------
// Names: invented, in the style of the sample town Zonnedal, some with diacritics.

constexpr std::array kFirstNames = {
    "Anna", "Bram", "Daan", "Eva", "Fleur", "Gijs", "Hanna", "Iris", "Jeroen", "Joost", "Kees",
    "Lotte", "Maarten", "Noor", "Olaf", "Pien", "Ruud", "Sanne", "Thijs", "Vera", "Wim", "Yara",
    "Zoë", "Anaïs", "Renée", "Noël", "Daniël", "Ilse", "Gerrit", "Henk", "Truus", "Riet", "Joke",
    "Mies", "Bep", "Sjaak", "Ans", "Fatima", "Mohammed", "Yusuf", "Ayşe", "Mehmet", "Priya",
    "Łukasz", "Agnieszka", "Femke", "Lieke", "Sophie", "Luuk", "Emma", "Milan", "Julia", "Sem",
    "Tess", "Ruben", "Nina", "Stijn", "Roos", "Koen", "Mila", "Jesse", "Teun", "Saar", "Bas",
    "Nadia", "Kofi", "Esmée", "Björn", "Chantal", "Rachid", "Marloes", "Dirk", "Greetje", "Jan",
    "Marijke", "Hüseyin", "Céline", "Fenna", "Otto",
};
constexpr std::array kSurnames = {
    "Appelboom", "Zonnebloem", "Hagelslag", "Pannenkoek", "Klaproos", "Kaasschaaf", "Oliebol",
    "Poffertje", "Speculaas", "Tulpenbol", "Molenwiek", "Hutspot", "Kroket", "Bitterbal",
    "Zuurkool", "Muisjes", "Beschuit", "Ontbijtkoek", "Kruidnoot", "Taaitaai", "Drop", "Eénhoorn",
    "van Drieënhuizen", "Zeeëgel", "van 't Fietspad", "de Wolkenkrabber", "van der Knikkerbaan",
    "Schaatsenrijder", "Kletskop", "Slagroom", "Tompouce", "Rookworst", "Erwtensoep", "Stamppot",
    "Vlaflip", "Karnemelk", "Suikerspin", "Roomboter", "ter Koekoeksklok", "Boterbloem",
    "van de Wipwap", "Knotwilg", "Sneeuwklokje", "de Regenboog", "Vuurtoren", "Klompenmaker",
};
constexpr std::array kWorkSurnames = {
    "Paraplu", "Regenjas", "Fietsbel", "Theepot", "Koffiekan", "Lantaarn", "Vlieger", "Zeepbel",
    "Kompas", "Knoop", "Vergiet", "Agenda", "Nietmachine", "Paperclip", "Stempel", "Gummetje",
    "Puntenslijper", "Boekenlegger", "Kapstok", "Deurmat", "Wekker", "Zaklamp",
};
constexpr std::array kOrganisationKinds = {
    "Wijkteam", "Stichting Welzijn", "Thuiszorg", "Maatschappelijk Werk", "GGZ-team", "Jeugdteam",
    "Schuldhulp", "Huisartsenpraktijk", "Woningcorporatie", "Buurtzorgteam",
};
constexpr std::array kOrganisationNames = {
    "De Zonnewijzer", "Klavertje Vier", "Het Anker", "De Vuurtoren", "De Brug", "Het Kompas",
    "De Linde", "Zonnedauw",
};
constexpr std::array kGroupKinds = {
    "Repair Café", "Wandelclub", "Buurtmoestuin", "Taalcafé", "Koor", "Breiclub", "Schaakclub",
    "Kookclub", "Buurtpreventie", "Jeu-de-boulesclub", "Fietsmaatjes", "Samen Eten",
};

// ---------------------------------------------------------------------------------------------
// The network in memory

enum Kind : u32 {
    k_household, k_family, k_friend, k_neighbour, k_colleague, k_volunteer_help, k_membership,
    k_care, k_employment, k_collaboration, k_referral, k_count,
};
constexpr std::array<std::string_view, k_count> kKindNames = {
    "household", "family", "friend", "neighbour", "colleague", "volunteer_help", "membership",
    "care", "employment", "collaboration", "referral",
};

u64 key(u32 source, u32 target) { return (static_cast<u64>(source) << 32) | target; }
u64 undirected(u32 a, u32 b) { return a < b ? key(a, b) : key(b, a); }
u32 key_source(u64 k) { return static_cast<u32>(k >> 32); }
u32 key_target(u64 k) { return static_cast<u32>(k); }

// Sorts ascending: LSD radix sort on bytes, skipping the bytes all keys share (the high bytes of
// each 32-bit half are mostly zero). A few times faster than std::sort for millions of keys, and
// the result is the same: integers have one ascending order.
void radix_sort(std::vector<u64>& keys) {
    if (keys.size() < 4096) {
        std::sort(keys.begin(), keys.end());
        return;
    }
    std::array<std::array<std::size_t, 256>, 8> count{};
    for (u64 k : keys)
        for (u32 b = 0; b < 8; ++b) ++count[b][(k >> (8 * b)) & 0xFF];
    std::vector<u64> buffer(keys.size());
    for (u32 b = 0; b < 8; ++b) {
        auto& c = count[b];
        if (std::find(c.begin(), c.end(), keys.size()) != c.end()) continue;  // one value only
        std::size_t sum = 0;
        for (std::size_t& n : c) sum += std::exchange(n, sum);
        for (u64 k : keys) buffer[c[(k >> (8 * b)) & 0xFF]++] = k;
        keys.swap(buffer);
    }
}

void sort_unique(std::vector<u64>& keys) {
    radix_sort(keys);
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
}

// Calls gen (which appends 0 or more keys) until keys holds at least `target` distinct keys,
// or until repeated draws stop finding new ones (small networks).
template <class Gen>
void fill_unique(std::vector<u64>& keys, std::size_t target, Gen&& gen) {
    sort_unique(keys);
    for (int round = 0; round < 8 && keys.size() < target; ++round) {
        const std::size_t goal = target;
        const std::size_t sorted = keys.size();
        u64 attempts = 4 * (goal - keys.size()) + 64;
        while (keys.size() < goal && attempts-- > 0) gen(keys);
        // Sort only the new keys, then merge: later rounds add few.
        std::vector<u64> fresh(keys.begin() + static_cast<std::ptrdiff_t>(sorted), keys.end());
        radix_sort(fresh);
        std::copy(fresh.begin(), fresh.end(), keys.begin() + static_cast<std::ptrdiff_t>(sorted));
        std::inplace_merge(keys.begin(), keys.begin() + static_cast<std::ptrdiff_t>(sorted), keys.end());
        keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    }
}

struct Household {
    i64 x = 0, y = 0;  // decimetres from the south-west corner
    u32 area = 0;
    u32 first = 0;  // first resident
    u32 surname = 0;
    u8 size = 0;
    bool isolated = false;
};

struct Employment {
    u32 professional, organisation;
    int since, until;  // day numbers from 2023-01-01, -1: empty
};

struct Network {
    Options options;
    Town town;
    // actor index ranges
    u32 n_residents = 0, n_professionals = 0, n_volunteers = 0, n_organisations = 0,
        n_places = 0, n_groups = 0;
    u32 base_professional = 0, base_volunteer = 0, base_organisation = 0, base_place = 0,
        base_group = 0, n_actors = 0;

    std::vector<Household> households;   // sorted by area
    std::vector<u32> area_households;    // per area: first household, areas + 1 entries
    std::vector<u32> area_residents;     // per area: first resident, areas + 1 entries
    std::vector<u32> resident_household;
    std::vector<u8> client;
    u32 n_isolated = 0, n_clients = 0;

    std::vector<u32> professional_area, professional_organisation;
    std::vector<u32> area_professionals;  // per area: first professional
    std::vector<i64> volunteer_x, volunteer_y;
    std::vector<u32> volunteer_area;
    std::vector<i64> organisation_x, organisation_y;
    std::vector<u32> group_area, area_groups;

    std::array<std::vector<u64>, k_count> ties;
    std::vector<Employment> employment;

    explicit Network(const Options& o) : options(o), town(o.residents, o.areas) {}

    bool resident_isolated(u32 r) const { return households[resident_household[r]].isolated; }
    u32 resident_area(u32 r) const { return households[resident_household[r]].area; }
};

// Groups items numbered 0..n-1 whose area is area_of(i), non-decreasing, into per-area starts.
template <class AreaOf>
std::vector<u32> area_starts(u32 areas, u32 n, AreaOf area_of) {
    std::vector<u32> starts(areas + 1, n);
    for (u32 i = n; i-- > 0;) starts[area_of(i)] = i;
    for (u32 a = areas; a-- > 0;) starts[a] = std::min(starts[a], starts[a + 1]);
    return starts;
}

// ---------------------------------------------------------------------------------------------
// Generation

void place_households(Network& net) {
    Rng rng(net.options.seed, s_households);
    const Discrete<u32> household_size{{1, 39}, {2, 33}, {3, 12}, {4, 11}, {5, 5}};
    const Town& town = net.town;
    std::vector<Household> raw;
    raw.reserve(net.options.residents / 2 + 1);
    for (u64 left = net.options.residents; left > 0;) {
        Household h;
        h.size = static_cast<u8>(std::min<u64>(household_size(rng), left));
        left -= h.size;
        h.x = static_cast<i64>(rng.below(static_cast<u64>(town.side)));
        h.y = static_cast<i64>(rng.below(static_cast<u64>(town.side)));
        h.area = town.area_at(h.x, h.y);
        h.surname = rng.below32(kSurnames.size());
        raw.push_back(h);
    }
    // Counting sort by area (stable), so residents of a buurt get consecutive ids.
    std::vector<u32> count(town.areas + 1, 0);
    for (const Household& h : raw) ++count[h.area + 1];
    for (u32 a = 0; a < town.areas; ++a) count[a + 1] += count[a];
    net.area_households = count;
    net.households.resize(raw.size());
    for (const Household& h : raw) net.households[count[h.area]++] = h;

    net.n_residents = static_cast<u32>(net.options.residents);
    net.resident_household.resize(net.n_residents);
    u32 next = 0;
    for (u32 hi = 0; hi < net.households.size(); ++hi) {
        Household& h = net.households[hi];
        h.first = next;
        for (u32 m = 0; m < h.size; ++m) net.resident_household[next++] = hi;
    }
    net.area_residents.resize(town.areas + 1);
    for (u32 a = 0; a <= town.areas; ++a) {
        const u32 hi = net.area_households[a];
        net.area_residents[a] = hi < net.households.size() ? net.households[hi].first : net.n_residents;
    }
}

// 2% of residents: single-person households without any informal tie. 3% of residents are
// clients; 40% of the isolated ones among them (their care ties are then all they have).
void choose_isolated_and_clients(Network& net) {
    Rng rng(net.options.seed, s_isolation);
    std::vector<u32> singles;
    for (u32 hi = 0; hi < net.households.size(); ++hi)
        if (net.households[hi].size == 1) singles.push_back(hi);
    const u64 n = net.n_residents;
    const u32 isolated = static_cast<u32>(std::min<u64>((n + 25) / 50, singles.size()));
    for (u32 i = 0; i < isolated; ++i) {  // partial Fisher-Yates
        std::swap(singles[i], singles[i + rng.below(singles.size() - i)]);
        net.households[singles[i]].isolated = true;
    }
    net.n_isolated = isolated;

    Rng crng(net.options.seed, s_clients);
    net.client.assign(n, 0);
    const u32 clients = static_cast<u32>((3 * n + 50) / 100);
    const u32 isolated_clients = std::min(clients, (isolated * 2 + 2) / 5);
    for (u32 i = 0; i < isolated_clients; ++i) net.client[net.households[singles[i]].first] = 1;
    const auto others = static_cast<u32>(std::min<u64>(clients - isolated_clients, n - isolated));
    for (u32 c = 0; c < others;) {
        const u32 r = crng.below32(n);
        if (net.client[r] || net.resident_isolated(r)) continue;
        net.client[r] = 1;
        ++c;
    }
    net.n_clients = isolated_clients + others;
}

void count_actors(Network& net) {
    const u64 n = net.n_residents;
    net.n_professionals = static_cast<u32>(std::max<u64>(1, (n + 350) / 700));
    net.n_organisations = std::max<u32>(5, (net.n_professionals + 10) / 20);
    net.n_volunteers = static_cast<u32>(std::max<u64>(1, (n + 150) / 300));
    net.n_places = net.town.areas;  // a Huis van de Wijk per buurt
    net.n_groups = static_cast<u32>(std::max<u64>(1, (n + 125) / 250));
    net.base_professional = net.n_residents;
    net.base_volunteer = net.base_professional + net.n_professionals;
    net.base_organisation = net.base_volunteer + net.n_volunteers;
    net.base_place = net.base_organisation + net.n_organisations;
    net.base_group = net.base_place + net.n_places;
    net.n_actors = net.base_group + net.n_groups;
}

void household_ties(Network& net) {
    auto& out = net.ties[k_household];
    for (const Household& h : net.households)
        for (u32 a = 0; a < h.size; ++a)
            for (u32 b = a + 1; b < h.size; ++b) out.push_back(key(h.first + a, h.first + b));
}

// Each household that is not isolated links to 1-3 of its 6 nearest such households, found
// through a grid of buckets of about 4 households; the tie joins one member of each.
void neighbour_ties(Network& net) {
    Rng rng(net.options.seed, s_neighbours);
    std::vector<u32> open;
    for (u32 hi = 0; hi < net.households.size(); ++hi)
        if (!net.households[hi].isolated) open.push_back(hi);
    if (open.size() < 2) return;
    const i64 side = net.town.side;
    const i64 g = std::max<i64>(1, static_cast<i64>(std::sqrt(static_cast<double>(open.size()) / 4.0)));
    auto cell_of = [&](i64 v) { return std::min<i64>(g - 1, v * g / side); };
    std::vector<u32> start(static_cast<std::size_t>(g * g + 1), 0);
    for (u32 hi : open) {
        const Household& h = net.households[hi];
        ++start[static_cast<std::size_t>(cell_of(h.y) * g + cell_of(h.x) + 1)];
    }
    for (std::size_t c = 1; c < start.size(); ++c) start[c] += start[c - 1];
    std::vector<u32> items(open.size());
    {
        std::vector<u32> fill(start.begin(), start.end() - 1);
        for (u32 hi : open) {
            const Household& h = net.households[hi];
            items[fill[static_cast<std::size_t>(cell_of(h.y) * g + cell_of(h.x))]++] = hi;
        }
    }
    constexpr std::size_t kNearest = 6;
    std::vector<std::pair<i64, u32>> candidates;  // (squared distance, household)
    std::vector<u64> pairs;
    pairs.reserve(open.size() * 2);
    for (u32 hi : open) {
        const Household& h = net.households[hi];
        const i64 cx = cell_of(h.x), cy = cell_of(h.y);
        candidates.clear();
        for (i64 ring = 0; ring <= g; ++ring) {
            for (i64 dy = -ring; dy <= ring; ++dy) {
                const i64 y = cy + dy;
                if (y < 0 || y >= g) continue;
                const bool edge_row = dy == -ring || dy == ring;
                for (i64 dx = -ring; dx <= ring; dx += edge_row ? 1 : 2 * std::max<i64>(ring, 1)) {
                    const i64 x = cx + dx;
                    if (x >= 0 && x < g) {
                        const std::size_t c = static_cast<std::size_t>(y * g + x);
                        for (u32 i = start[c]; i < start[c + 1]; ++i) {
                            const u32 o = items[i];
                            if (o == hi) continue;
                            const i64 ex = net.households[o].x - h.x, ey = net.households[o].y - h.y;
                            candidates.emplace_back(ex * ex + ey * ey, o);
                        }
                    }
                    if (ring == 0) break;
                }
            }
            if (ring >= 1 && candidates.size() >= kNearest) break;
        }
        const std::size_t m = std::min(kNearest, candidates.size());
        std::partial_sort(candidates.begin(), candidates.begin() + static_cast<std::ptrdiff_t>(m),
                          candidates.end());
        const std::size_t k = std::min<std::size_t>(m, rng.between(1, 3));
        for (std::size_t i = 0; i < k; ++i) {
            std::swap(candidates[i], candidates[i + rng.below(m - i)]);
            pairs.push_back(undirected(hi, candidates[i].second));
        }
    }
    sort_unique(pairs);
    auto& out = net.ties[k_neighbour];
    out.reserve(pairs.size());
    for (u64 p : pairs) {
        const Household& a = net.households[key_source(p)];
        const Household& b = net.households[key_target(p)];
        out.push_back(undirected(a.first + rng.below32(a.size), b.first + rng.below32(b.size)));
    }
    sort_unique(out);
}

// Heavy-tailed friendships (Chung-Lu): each resident who is not isolated gets a weight from a
// Pareto distribution with exponent 2 (16 / sqrt(U), capped at 640, i.e. at most ~40 times the
// mean); both ends of a friendship are drawn in proportion to weight, the second end within the
// same buurt in 55% of draws. One friendship per resident: 2 friends per resident on average.
void friend_ties(Network& net) {
    Rng rng(net.options.seed, s_friends);
    const u32 n = net.n_residents;
    std::vector<u64> cumulative(n + 1, 0);
    for (u32 r = 0; r < n; ++r) {
        u64 w = 0;
        if (!net.resident_isolated(r))
            w = std::min<u64>(640, static_cast<u64>(16.0 / std::sqrt(rng.unit_open())));
        cumulative[r + 1] = cumulative[r] + w;
    }
    if (cumulative[n] == 0) return;
    // The resident drawn for u is the last i with cumulative[i] <= u < cumulative[i + 1]. A guide
    // table (Chen and Asau) gives, per bucket of `width` values of u, the resident for the
    // bucket's first value; from there a step or two finds it: the same answer as a binary
    // search over the whole array, without its cache misses.
    const u64 width = (cumulative[n] + n - 1) / n;
    std::vector<u32> guide((cumulative[n] - 1) / width + 1);  // u < cumulative[n]
    for (u32 i = 0, j = 0; j < guide.size(); ++j) {
        while (cumulative[i + 1] <= j * width) ++i;
        guide[j] = i;
    }
    auto draw = [&](u32 lo, u32 hi, u32& out) {
        const u64 total = cumulative[hi] - cumulative[lo];
        if (total == 0) return false;
        const u64 u = cumulative[lo] + rng.below(total);
        u32 i = guide[u / width];
        while (cumulative[i + 1] <= u) ++i;
        out = i;
        return true;
    };
    fill_unique(net.ties[k_friend], n, [&](std::vector<u64>& keys) {
        u32 a = 0, b = 0;
        draw(0, n, a);
        const u32 area = net.resident_area(a);
        if (!(rng.chance(550) && draw(net.area_residents[area], net.area_residents[area + 1], b)))
            draw(0, n, b);
        if (net.resident_household[a] != net.resident_household[b]) keys.push_back(undirected(a, b));
    });
}

// A uniformly drawn resident who is not isolated (the caller makes sure one exists).
u32 open_resident(const Network& net, Rng& rng) {
    for (;;) {
        const u32 r = rng.below32(net.n_residents);
        if (!net.resident_isolated(r)) return r;
    }
}

// Same, within [lo, hi); false after a few misses.
bool open_resident_in(const Network& net, Rng& rng, u32 lo, u32 hi, u32& out) {
    if (lo >= hi) return false;
    for (int attempt = 0; attempt < 16; ++attempt) {
        const u32 r = lo + rng.below32(hi - lo);
        if (!net.resident_isolated(r)) {
            out = r;
            return true;
        }
    }
    return false;
}

// Colleagues: 0.3 ties per resident, between random residents of different households.
void colleague_ties(Network& net) {
    Rng rng(net.options.seed, s_colleagues);
    if (net.n_residents - net.n_isolated < 2 || net.households.size() - net.n_isolated < 2) return;
    fill_unique(net.ties[k_colleague], 3 * static_cast<u64>(net.n_residents) / 10, [&](std::vector<u64>& keys) {
        const u32 a = open_resident(net, rng), b = open_resident(net, rng);
        if (net.resident_household[a] != net.resident_household[b]) keys.push_back(undirected(a, b));
    });
}

// Groups and places: every resident who is not isolated joins 0-4 (1.05 on average): 40% the
// Huis van de Wijk of the buurt, otherwise a group of the buurt (70%, if it has one) or of the
// town. Volunteers are members of their buurt's Huis van de Wijk, half of them of a group too.
void membership_ties(Network& net) {
    Rng rng(net.options.seed, s_memberships);
    const u32 areas = net.town.areas;
    net.group_area.resize(net.n_groups);
    for (u32 g = 0; g < net.n_groups; ++g) net.group_area[g] = static_cast<u32>(static_cast<u64>(g) * areas / net.n_groups);
    net.area_groups = area_starts(areas, net.n_groups, [&](u32 g) { return net.group_area[g]; });
    auto pick_group = [&](u32 area) {
        const u32 lo = net.area_groups[area], hi = net.area_groups[area + 1];
        if (lo < hi && rng.chance(700)) return net.base_group + lo + rng.below32(hi - lo);
        return net.base_group + rng.below32(net.n_groups);
    };
    const Discrete<u32> memberships{{0, 45}, {1, 25}, {2, 15}, {3, 10}, {4, 5}};
    auto& out = net.ties[k_membership];
    for (u32 r = 0; r < net.n_residents; ++r) {
        if (net.resident_isolated(r)) continue;
        const u32 area = net.resident_area(r);
        for (u32 m = memberships(rng); m > 0; --m)
            out.push_back(key(r, rng.chance(400) ? net.base_place + area : pick_group(area)));
    }
    for (u32 v = 0; v < net.n_volunteers; ++v) {
        const u32 area = net.volunteer_area[v];
        if (rng.chance(900)) out.push_back(key(net.base_volunteer + v, net.base_place + area));
        if (rng.chance(500)) out.push_back(key(net.base_volunteer + v, pick_group(area)));
    }
    sort_unique(out);
}

void place_volunteers_and_organisations(Network& net) {
    Rng rng(net.options.seed, s_volunteers);
    const u64 side = static_cast<u64>(net.town.side);
    for (u32 v = 0; v < net.n_volunteers; ++v) {
        const i64 x = static_cast<i64>(rng.below(side)), y = static_cast<i64>(rng.below(side));
        net.volunteer_x.push_back(x);
        net.volunteer_y.push_back(y);
        net.volunteer_area.push_back(net.town.area_at(x, y));
    }
    Rng prng(net.options.seed, s_professionals);
    for (u32 o = 0; o < net.n_organisations; ++o) {
        net.organisation_x.push_back(static_cast<i64>(prng.below(side)));
        net.organisation_y.push_back(static_cast<i64>(prng.below(side)));
    }
}

// Professionals serve a buurt each (spread evenly) and work for a random organisation; 8% of
// them changed organisation during 2023-2025 (an employment tie with an until date, then one
// with a since date).
void professional_ties(Network& net) {
    Rng rng(net.options.seed, s_professionals);
    const u32 areas = net.town.areas, np = net.n_professionals, no = net.n_organisations;
    for (u32 p = 0; p < np; ++p) net.professional_area.push_back(static_cast<u32>(static_cast<u64>(p) * areas / np));
    net.area_professionals = area_starts(areas, np, [&](u32 p) { return net.professional_area[p]; });
    for (u32 p = 0; p < np; ++p) {
        const u32 prof = net.base_professional + p;
        const u32 org = rng.below32(no);
        net.professional_organisation.push_back(org);
        if (rng.chance(80)) {
            u32 old = rng.below32(no - 1);
            if (old >= org) ++old;
            const int left = static_cast<int>(rng.between(60, 1000));
            const int joined_old = rng.chance(500) ? static_cast<int>(rng.below(static_cast<u64>(left) - 30)) : -1;
            net.employment.push_back({prof, net.base_organisation + old, joined_old, left});
            net.employment.push_back({prof, net.base_organisation + org, left + 1, -1});
        } else {
            const int since = rng.chance(600) ? static_cast<int>(rng.below(1096)) : -1;
            net.employment.push_back({prof, net.base_organisation + org, since, -1});
        }
    }

    // Care: each client gets 1-5 professionals (multi-problem clients several, from several
    // organisations), 70% from those serving the client's buurt.
    Rng crng(net.options.seed, s_care);
    const Discrete<u32> carers{{1, 45}, {2, 25}, {3, 15}, {4, 10}, {5, 5}};
    auto& care = net.ties[k_care];
    for (u32 r = 0; r < net.n_residents; ++r) {
        if (!net.client[r]) continue;
        const u32 area = net.resident_area(r);
        const u32 lo = net.area_professionals[area], hi = net.area_professionals[area + 1];
        for (u32 c = carers(crng); c > 0; --c) {
            const u32 p = (lo < hi && crng.chance(700)) ? lo + crng.below32(hi - lo) : crng.below32(np);
            care.push_back(key(net.base_professional + p, r));
        }
    }
    sort_unique(care);

    // Collaboration: 0-4 per professional (1.65 on average), 60% with one serving a nearby
    // buurt; each organisation with 1-3 others. Referrals: 0.3 per professional.
    Rng wrng(net.options.seed, s_collaboration);
    const Discrete<u32> partners{{0, 20}, {1, 30}, {2, 25}, {3, 15}, {4, 10}};
    auto& collab = net.ties[k_collaboration];
    for (u32 p = 0; p < np && np > 1; ++p) {
        for (u32 c = partners(wrng); c > 0; --c) {
            i64 q = wrng.below32(np);
            if (wrng.chance(600)) q = std::clamp<i64>(static_cast<i64>(p) + static_cast<i64>(wrng.between(0, 8)) - 4, 0, np - 1);
            if (q != p) collab.push_back(undirected(net.base_professional + p, net.base_professional + static_cast<u32>(q)));
        }
    }
    for (u32 o = 0; o < no; ++o) {
        for (u64 c = wrng.between(1, 3); c > 0; --c) {
            const u32 q = wrng.below32(no);
            if (q != o) collab.push_back(undirected(net.base_organisation + o, net.base_organisation + q));
        }
    }
    sort_unique(collab);
    auto& referral = net.ties[k_referral];
    for (u32 p = 0; p < np; ++p) {
        if (!wrng.chance(300)) continue;
        const u32 target = wrng.chance(500) ? net.base_professional + wrng.below32(np)
                                            : net.base_organisation + wrng.below32(no);
        if (target != net.base_professional + p) referral.push_back(key(net.base_professional + p, target));
    }
    sort_unique(referral);
}

// Volunteers help 1-5 residents who are not isolated: 40% a client anywhere in town, otherwise
// someone in their own buurt.
void volunteer_ties(Network& net) {
    Rng rng(net.options.seed, s_volunteers + 100);
    if (net.n_residents == net.n_isolated) return;
    std::vector<u32> open_clients;
    for (u32 r = 0; r < net.n_residents; ++r)
        if (net.client[r] && !net.resident_isolated(r)) open_clients.push_back(r);
    const Discrete<u32> helped{{1, 30}, {2, 30}, {3, 20}, {4, 12}, {5, 8}};
    auto& out = net.ties[k_volunteer_help];
    for (u32 v = 0; v < net.n_volunteers; ++v) {
        const u32 area = net.volunteer_area[v];
        for (u32 c = helped(rng); c > 0; --c) {
            u32 r = 0;
            if (!open_clients.empty() && rng.chance(400)) r = open_clients[rng.below(open_clients.size())];
            else if (!open_resident_in(net, rng, net.area_residents[area], net.area_residents[area + 1], r))
                r = open_resident(net, rng);
            out.push_back(key(net.base_volunteer + v, r));
        }
    }
    sort_unique(out);
}

// Family between households: the rest of the 5.5 ties per resident (at least 0.25). A family
// link joins a household with another one in the same buurt (40%) or anywhere, through 1-3
// pairs of their members.
void family_ties(Network& net) {
    Rng rng(net.options.seed, s_family);
    const u64 target_total = (11 * static_cast<u64>(net.n_residents) + 1) / 2;
    u64 others = net.employment.size();
    for (u32 k = 0; k < k_count; ++k) others += net.ties[k].size();
    const u64 target = std::max<u64>(net.n_residents / 4, target_total > others ? target_total - others : 0);
    const u32 nh = static_cast<u32>(net.households.size());
    if (nh - net.n_isolated < 2) return;
    auto open_household = [&]() {
        for (;;) {
            const u32 h = rng.below32(nh);
            if (!net.households[h].isolated) return h;
        }
    };
    fill_unique(net.ties[k_family], target, [&](std::vector<u64>& keys) {
        const u32 a = open_household();
        u32 b = 0;
        const u32 area = net.households[a].area;
        const u32 lo = net.area_households[area], hi = net.area_households[area + 1];
        if (rng.chance(400)) {
            b = lo + rng.below32(hi - lo);
            if (net.households[b].isolated) return;
        } else {
            b = open_household();
        }
        if (a == b) return;
        const Household& ha = net.households[a];
        const Household& hb = net.households[b];
        const u32 pairs = 1 + (rng.chance(400) ? 1 : 0) + (rng.chance(150) ? 1 : 0);
        for (u32 i = 0; i < pairs; ++i)
            keys.push_back(undirected(ha.first + rng.below32(ha.size), hb.first + rng.below32(hb.size)));
    });
}

// ---------------------------------------------------------------------------------------------
// Output

class CsvFile {
public:
    explicit CsvFile(std::filesystem::path final_path)
        : final_(std::move(final_path)), temp_(final_.string() + ".tmp") {
        file_ = std::fopen(temp_.c_str(), "wb");
        if (!file_) fail(temp_, errno);
        buffer_.reserve(kChunk + 4096);
    }
    CsvFile(const CsvFile&) = delete;
    CsvFile& operator=(const CsvFile&) = delete;
    ~CsvFile() {
        if (file_) std::fclose(file_);
    }

    std::string& buffer() { return buffer_; }
    // Call after each line.
    void line_done() {
        if (buffer_.size() >= kChunk) flush();
    }
    u64 bytes() const { return written_ + buffer_.size(); }
    void close() {
        flush();
        if (std::fclose(file_) != 0) {
            file_ = nullptr;
            fail(temp_, errno);
        }
        file_ = nullptr;
    }
    void commit() {
        std::error_code ec;
        std::filesystem::rename(temp_, final_, ec);
        if (ec) {
            std::fprintf(stderr, "%s: cannot write %s: %s\n", kProgram, final_.string().c_str(),
                         ec.message().c_str());
            std::exit(1);
        }
    }

private:
    static constexpr std::size_t kChunk = std::size_t{1} << 22;  // 4 MiB per fwrite

    void flush() {
        if (!buffer_.empty() && std::fwrite(buffer_.data(), 1, buffer_.size(), file_) != buffer_.size())
            fail(temp_, errno);
        written_ += buffer_.size();
        buffer_.clear();
    }
    [[noreturn]] void fail(const std::filesystem::path& path, int error) {
        std::fprintf(stderr, "%s: cannot write %s: %s\n", kProgram, path.string().c_str(),
                     std::strerror(error));
        if (file_) std::fclose(file_);
        file_ = nullptr;
        std::error_code ec;
        std::filesystem::remove(temp_, ec);
        std::exit(1);
    }

    std::filesystem::path final_, temp_;
    std::FILE* file_ = nullptr;
    std::string buffer_;
    u64 written_ = 0;
};

void put_number(std::string& out, u64 value, u32 width) {
    char digits[24];
    char* end = digits + sizeof digits;
    char* p = end;
    do {
        *--p = static_cast<char>('0' + value % 10);
        value /= 10;
    } while (value != 0);
    while (end - p < static_cast<std::ptrdiff_t>(width)) *--p = '0';
    out.append(p, static_cast<std::size_t>(end - p));
}

// A coordinate in decimetres as metres with one decimal.
void put_metres(std::string& out, i64 decimetres) {
    put_number(out, static_cast<u64>(decimetres / 10), 1);
    out.push_back('.');
    out.push_back(static_cast<char>('0' + decimetres % 10));
}

u32 digits(u64 value) {
    u32 d = 1;
    while (value >= 10) {
        value /= 10;
        ++d;
    }
    return d;
}

struct IdFormat {
    std::array<u32, 6> base{};
    std::array<u32, 6> width{};
    static constexpr std::array<std::string_view, 6> prefix = {"r", "p", "v", "o", "pl", "g"};

    explicit IdFormat(const Network& net) {
        base = {0, net.base_professional, net.base_volunteer, net.base_organisation, net.base_place,
                net.base_group};
        width = {std::max<u32>(7, digits(net.n_residents)), std::max<u32>(5, digits(net.n_professionals)),
                 std::max<u32>(4, digits(net.n_volunteers)), std::max<u32>(3, digits(net.n_organisations)),
                 std::max<u32>(3, digits(net.n_places)), std::max<u32>(3, digits(net.n_groups))};
    }
    void put(std::string& out, u32 actor) const {
        std::size_t c = 5;
        while (actor < base[c]) --c;
        out.append(prefix[c]);
        put_number(out, actor - base[c] + 1, width[c]);
    }
};

// "YYYY-MM-DD" for day numbers 0..1095 (2023-01-01..2025-12-31).
constexpr int kDays = 1096;
struct Dates {
    std::vector<std::array<char, 10>> text;
    Dates() {
        static constexpr int month_days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
        for (int year = 2023; year <= 2025; ++year)
            for (int month = 1; month <= 12; ++month) {
                const int days = month_days[month - 1] + (month == 2 && year % 4 == 0 ? 1 : 0);
                for (int day = 1; day <= days; ++day) {
                    const auto digit = [](int v) { return static_cast<char>('0' + v % 10); };
                    text.push_back({digit(year / 1000), digit(year / 100), digit(year / 10), digit(year), '-',
                                    digit(month / 10), digit(month), '-', digit(day / 10), digit(day)});
                }
            }
    }
    void put(std::string& out, int day) const {
        if (day >= 0) out.append(text[static_cast<std::size_t>(day)].data(), 10);
    }
};

void write_actors(const Network& net, const IdFormat& ids, CsvFile& file) {
    Rng rng(net.options.seed, s_names);
    std::string& out = file.buffer();
    const Town& town = net.town;
    out.append("id,name,kind,x,y,crs,area,organisation,client\n");
    char code[10];
    auto put_xy_area = [&](i64 x, i64 y, u32 area) {
        put_metres(out, town.x0 + x);
        out.push_back(',');
        put_metres(out, town.y0 + y);
        out.append(",,");
        town.code(area, code);
        out.append(code, 10);
    };
    auto put_person = [&](std::string_view first, std::string_view surname) {
        out.append(first);
        out.push_back(' ');
        out.append(surname);
    };

    const std::size_t nk = kOrganisationKinds.size(), nn = kOrganisationNames.size();
    for (u32 o = 0; o < net.n_organisations; ++o) {
        ids.put(out, net.base_organisation + o);
        out.push_back(',');
        out.append(kOrganisationKinds[o % nk]);
        out.push_back(' ');
        out.append(kOrganisationNames[(o / nk) % nn]);
        if (o >= nk * nn) {
            out.push_back(' ');
            put_number(out, o / (nk * nn) + 1, 1);
        }
        out.append(",organisation,");
        const i64 x = net.organisation_x[o], y = net.organisation_y[o];
        put_xy_area(x, y, town.area_at(x, y));
        out.append(",,\n");
        file.line_done();
    }
    for (u32 a = 0; a < net.n_places; ++a) {
        ids.put(out, net.base_place + a);
        out.append(",Huis van de Wijk ");
        town.code(a, code);
        out.append(code + 6, 4);
        out.append(",place,");
        i64 xmin, xmax, ymin, ymax;
        town.bounds(a, xmin, xmax, ymin, ymax);
        const i64 x = xmin + (xmax - xmin) * static_cast<i64>(rng.between(30, 70)) / 100;
        const i64 y = ymin + (ymax - ymin) * static_cast<i64>(rng.between(30, 70)) / 100;
        put_xy_area(x, y, a);
        out.append(",,\n");
        file.line_done();
    }
    for (u32 g = 0; g < net.n_groups; ++g) {
        ids.put(out, net.base_group + g);
        out.push_back(',');
        out.append(kGroupKinds[g % kGroupKinds.size()]);
        out.push_back(' ');
        town.code(net.group_area[g], code);
        out.append(code + 6, 4);
        out.append(",group,,,,");
        out.append(code, 10);
        out.append(",,\n");
        file.line_done();
    }
    for (u32 p = 0; p < net.n_professionals; ++p) {
        ids.put(out, net.base_professional + p);
        out.push_back(',');
        put_person(kFirstNames[rng.below(kFirstNames.size())], kWorkSurnames[rng.below(kWorkSurnames.size())]);
        out.append(",professional,,,,");
        town.code(net.professional_area[p], code);
        out.append(code, 10);
        out.push_back(',');
        ids.put(out, net.base_organisation + net.professional_organisation[p]);
        out.append(",\n");
        file.line_done();
    }
    for (u32 v = 0; v < net.n_volunteers; ++v) {
        ids.put(out, net.base_volunteer + v);
        out.push_back(',');
        put_person(kFirstNames[rng.below(kFirstNames.size())], kSurnames[rng.below(kSurnames.size())]);
        out.append(",volunteer,");
        put_xy_area(net.volunteer_x[v], net.volunteer_y[v], net.volunteer_area[v]);
        out.append(",,\n");
        file.line_done();
    }
    for (const Household& h : net.households) {
        for (u32 m = 0; m < h.size; ++m) {
            const u32 r = h.first + m;
            ids.put(out, r);
            out.push_back(',');
            // Most members share the household's surname.
            const u32 surname = (m == 0 || rng.chance(750)) ? h.surname : rng.below32(kSurnames.size());
            put_person(kFirstNames[rng.below(kFirstNames.size())], kSurnames[surname]);
            out.append(",resident,");
            put_xy_area(h.x, h.y, h.area);
            out.append(net.client[r] ? ",,yes\n" : ",,no\n");
            file.line_done();
        }
    }
}

// How the optional columns of a kind of tie are filled; "" leaves a cell empty.
struct Profile {
    Texts strength, valence, direction, support, frequency;
    u32 since_permille, until_permille;  // until only after a since
    int until_min, until_max;            // days after since
};

std::array<Profile, k_count> make_profiles() {
    return {{
        // household
        {{{"strong", 100}},
         {{"supportive", 55}, {"neutral", 20}, {"stressful", 6}, {"conflict", 2}, {"", 17}},
         {{"both", 60}, {"", 40}},
         {{"PGAE", 30}, {"PGE", 25}, {"PG", 15}, {"GE", 10}, {"", 20}},
         {{"daily", 85}, {"", 15}},
         350, 30, 60, 900},
        // family
        {{{"strong", 35}, {"normal", 35}, {"weak", 15}, {"", 15}},
         {{"supportive", 50}, {"neutral", 25}, {"stressful", 7}, {"conflict", 3}, {"", 15}},
         {{"both", 35}, {"to_target", 10}, {"to_source", 10}, {"", 45}},
         {{"E", 15}, {"PE", 10}, {"GE", 15}, {"PGAE", 8}, {"A", 5}, {"P", 7}, {"", 40}},
         {{"weekly", 30}, {"monthly", 30}, {"yearly", 15}, {"daily", 5}, {"", 20}},
         300, 20, 60, 900},
        // friend
        {{{"strong", 20}, {"normal", 40}, {"weak", 25}, {"", 15}},
         {{"supportive", 55}, {"neutral", 25}, {"stressful", 4}, {"conflict", 1}, {"", 15}},
         {{"both", 45}, {"to_target", 10}, {"to_source", 10}, {"", 35}},
         {{"G", 25}, {"GE", 20}, {"E", 10}, {"AE", 8}, {"PG", 7}, {"", 30}},
         {{"weekly", 35}, {"monthly", 35}, {"daily", 5}, {"yearly", 5}, {"rarely", 5}, {"", 15}},
         600, 60, 30, 900},
        // neighbour
        {{{"normal", 30}, {"weak", 55}, {"", 15}},
         {{"neutral", 45}, {"supportive", 35}, {"stressful", 5}, {"conflict", 3}, {"", 12}},
         {{"both", 30}, {"to_target", 15}, {"to_source", 15}, {"", 40}},
         {{"P", 35}, {"PG", 15}, {"G", 10}, {"A", 5}, {"", 35}},
         {{"weekly", 30}, {"monthly", 30}, {"rarely", 20}, {"daily", 5}, {"", 15}},
         550, 70, 30, 900},
        // colleague
        {{{"normal", 40}, {"weak", 45}, {"", 15}},
         {{"neutral", 50}, {"supportive", 35}, {"stressful", 5}, {"", 10}},
         {{"both", 40}, {"", 60}},
         {{"A", 30}, {"G", 20}, {"AG", 15}, {"", 35}},
         {{"daily", 20}, {"weekly", 40}, {"monthly", 20}, {"", 20}},
         600, 100, 30, 900},
        // volunteer_help
        {{{"normal", 60}, {"weak", 25}, {"", 15}},
         {{"supportive", 80}, {"neutral", 15}, {"", 5}},
         {{"to_target", 90}, {"both", 5}, {"", 5}},
         {{"P", 30}, {"G", 25}, {"PG", 25}, {"A", 10}, {"", 10}},
         {{"weekly", 60}, {"monthly", 25}, {"", 15}},
         850, 150, 30, 720},
        // membership
        {{{"weak", 50}, {"normal", 30}, {"", 20}},
         {{"supportive", 30}, {"neutral", 40}, {"", 30}},
         {{"to_source", 25}, {"both", 15}, {"", 60}},
         {{"G", 50}, {"GA", 15}, {"", 35}},
         {{"weekly", 45}, {"monthly", 35}, {"", 20}},
         600, 80, 30, 900},
        // care
        {{{"normal", 60}, {"strong", 15}, {"weak", 10}, {"", 15}},
         {{"supportive", 45}, {"neutral", 40}, {"stressful", 10}, {"conflict", 2}, {"", 3}},
         {{"to_target", 95}, {"", 5}},
         {{"P", 20}, {"A", 25}, {"AE", 20}, {"E", 10}, {"PA", 15}, {"PAE", 5}, {"", 5}},
         {{"weekly", 45}, {"monthly", 35}, {"daily", 10}, {"", 10}},
         950, 250, 30, 540},
        // employment (dates come from the employment record)
        {{{"normal", 100}}, {{"neutral", 100}}, {{"none", 100}}, {{"", 100}}, {{"", 100}}, 0, 0, 0, 0},
        // collaboration
        {{{"normal", 40}, {"weak", 40}, {"strong", 10}, {"", 10}},
         {{"supportive", 30}, {"neutral", 55}, {"stressful", 8}, {"conflict", 2}, {"", 5}},
         {{"both", 70}, {"", 30}},
         {{"A", 60}, {"", 40}},
         {{"monthly", 40}, {"weekly", 20}, {"rarely", 20}, {"", 20}},
         800, 100, 30, 900},
        // referral
        {{{"weak", 50}, {"normal", 40}, {"", 10}},
         {{"neutral", 80}, {"", 20}},
         {{"none", 50}, {"to_target", 30}, {"", 20}},
         {{"A", 70}, {"", 30}},
         {{"rarely", 40}, {"yearly", 20}, {"monthly", 20}, {"", 20}},
         900, 50, 1, 365},
    }};
}

void write_ties(const Network& net, const IdFormat& ids, CsvFile& file) {
    Rng rng(net.options.seed, s_attributes);
    const Dates dates;
    const auto profiles = make_profiles();
    std::string& out = file.buffer();
    out.append("source,target,kind,strength,valence,direction,support,frequency,since,until\n");
    auto put_tie = [&](u32 kind, u32 source, u32 target, bool own_dates, int since, int until) {
        const Profile& p = profiles[kind];
        ids.put(out, source);
        out.push_back(',');
        ids.put(out, target);
        out.push_back(',');
        out.append(kKindNames[kind]);
        out.push_back(',');
        out.append(p.strength(rng));
        out.push_back(',');
        out.append(p.valence(rng));
        out.push_back(',');
        out.append(p.direction(rng));
        out.push_back(',');
        out.append(p.support(rng));
        out.push_back(',');
        out.append(p.frequency(rng));
        out.push_back(',');
        if (!own_dates) {
            since = until = -1;
            if (rng.chance(p.since_permille)) {
                since = rng.below32(kDays);
                if (rng.chance(p.until_permille) && since + p.until_min < kDays)
                    until = since + static_cast<int>(rng.between(static_cast<u64>(p.until_min),
                                                                 static_cast<u64>(std::min(p.until_max, kDays - 1 - since))));
            }
        }
        dates.put(out, since);
        out.push_back(',');
        dates.put(out, until);
        out.push_back('\n');
        file.line_done();
    };
    for (u32 kind = 0; kind < k_count; ++kind) {
        if (kind == k_employment) {
            for (const Employment& e : net.employment)
                put_tie(kind, e.professional, e.organisation, true, e.since, e.until);
            continue;
        }
        for (u64 k : net.ties[kind]) put_tie(kind, key_source(k), key_target(k), false, 0, 0);
    }
}

void prepare_folder(const std::string& dir) {
    std::error_code ec;
    const std::filesystem::path path(dir);
    if (std::filesystem::exists(path, ec) && !std::filesystem::is_directory(path, ec)) {
        std::fprintf(stderr, "%s: cannot write to %s: it exists and is not a folder\n", kProgram, dir.c_str());
        std::exit(1);
    }
    std::filesystem::create_directories(path, ec);
    if (ec) {
        std::fprintf(stderr, "%s: cannot create folder %s: %s\n", kProgram, dir.c_str(), ec.message().c_str());
        std::exit(1);
    }
}

}  // namespace

// The buurten as polygons (their grid rectangles) in GeoJSON, RD New, with CBS-style fields, so
// maps and area assignment can be benchmarked on the same town.
void write_areas(const Network& net, CsvFile& file) {
    const Town& town = net.town;
    std::string& out = file.buffer();
    out += "{\"type\": \"FeatureCollection\", \"name\": \"buurten\",\n"
           "\"crs\": {\"type\": \"name\", \"properties\": {\"name\": \"urn:ogc:def:crs:EPSG::28992\"}},\n"
           "\"features\": [\n";
    for (u32 a = 0; a < town.areas; ++a) {
        i64 xmin, xmax, ymin, ymax;
        town.bounds(a, xmin, xmax, ymin, ymax);
        char code[11] = {};
        town.code(a, code);
        out += a ? ",\n" : "";
        out += "{\"type\": \"Feature\", \"properties\": {\"statcode\": \"";
        out += code;
        out += "\", \"statnaam\": \"Buurt ";
        out += code + 6;
        out += "\"}, \"geometry\": {\"type\": \"Polygon\", \"coordinates\": [[";
        const i64 corners[5][2] = {{xmin, ymin}, {xmax, ymin}, {xmax, ymax}, {xmin, ymax}, {xmin, ymin}};
        for (int c = 0; c < 5; ++c) {
            out += c ? ", [" : "[";
            put_metres(out, town.x0 + corners[c][0]);
            out += ", ";
            put_metres(out, town.y0 + corners[c][1]);
            out += "]";
        }
        out += "]]}}";
        file.line_done();
    }
    out += "\n]}\n";
}

int main(int argc, char** argv) {
    const auto started = std::chrono::steady_clock::now();
    const Options options = parse_options(argc, argv);
    Network net(options);
    if (!net.town.codes_fit()) usage_error("too many areas for BU9998WWBB codes");
    prepare_folder(options.out);

    place_households(net);
    choose_isolated_and_clients(net);
    count_actors(net);
    place_volunteers_and_organisations(net);
    household_ties(net);
    neighbour_ties(net);
    friend_ties(net);
    colleague_ties(net);
    membership_ties(net);
    professional_ties(net);
    volunteer_ties(net);
    family_ties(net);

    const IdFormat ids(net);
    const std::filesystem::path dir(options.out);
    CsvFile actors(dir / "actors.csv");
    write_actors(net, ids, actors);
    actors.close();
    CsvFile ties(dir / "ties.csv");
    write_ties(net, ids, ties);
    ties.close();
    CsvFile areas(dir / "buurten.geojson");
    write_areas(net, areas);
    areas.close();
    actors.commit();
    ties.commit();
    areas.commit();

    u64 n_ties = net.employment.size();
    for (const auto& t : net.ties) n_ties += t.size();
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    std::fprintf(stderr,
                 "%s: %u actors (%u residents, %u without informal ties, %u clients), %llu ties "
                 "(%.2f per resident), %u buurten, seed %llu, %.1f MB in %.2f s -> %s\n",
                 kProgram, net.n_actors, net.n_residents, net.n_isolated, net.n_clients,
                 static_cast<unsigned long long>(n_ties),
                 static_cast<double>(n_ties) / net.n_residents, net.town.areas,
                 static_cast<unsigned long long>(options.seed),
                 static_cast<double>(actors.bytes() + ties.bytes()) / 1e6, seconds, options.out.c_str());
    return 0;
}
