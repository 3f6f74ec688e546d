// SPDX-License-Identifier: MIT
// Pseudonyms: stable for a key, untraceable without it, and never one for two people in an output.
#include <gtest/gtest.h>

#include <string>
#include <unordered_map>
#include <unordered_set>

#include "wijknet/privacy/pseudonymised_network.hpp"
#include "wijknet/privacy/pseudonyms.hpp"

namespace wijknet {
namespace {

const Actor anna{.id = "r001", .name = "Anna", .kind = ActorKind::resident};

std::string code_of(const std::string& pseudonym) { return pseudonym.substr(pseudonym.find(' ') + 1); }

TEST(Pseudonyms, StableForOneKeyDifferentForAnother) {
    const Pseudonymiser first("geheim"), again("geheim"), other("anders");
    EXPECT_EQ(first.pseudonym(anna), again.pseudonym(anna));
    EXPECT_NE(first.pseudonym(anna), other.pseudonym(anna));
    EXPECT_NE(first.position_seed("r001"), other.position_seed("r001"));
    EXPECT_EQ(first.position_seed("r001"), again.position_seed("r001"));
    const std::string code = code_of(first.pseudonym(anna));
    EXPECT_TRUE(first.pseudonym(anna).starts_with("Bewoner "));
    EXPECT_TRUE(first.pseudonym(anna, false).starts_with("Resident "));
    ASSERT_EQ(code.size(), Pseudonymiser::short_code_length);
    EXPECT_EQ(code.find_first_not_of("0123456789ABCDEFGHJKMNPQRSTVWXYZ"), std::string::npos) << "Crockford's letters";
}

TEST(Pseudonyms, ALongerCodeStartsWithTheShortOne) {
    const Pseudonymiser pseudonyms("geheim");
    const std::string whole = code_of(pseudonyms.pseudonym(anna, true, Pseudonymiser::max_code_length));
    EXPECT_EQ(whole.size(), Pseudonymiser::max_code_length);
    EXPECT_TRUE(whole.starts_with(code_of(pseudonyms.pseudonym(anna))));
    EXPECT_EQ(code_of(pseudonyms.pseudonym(anna, true, 1000)), whole) << "no longer than the digest holds";
}

TEST(Pseudonyms, PublicActorsAndTheFilesOwnPseudonymsAreKept) {
    const Pseudonymiser pseudonyms("geheim");
    EXPECT_EQ(pseudonyms.pseudonym({.id = "o1", .name = "Wijkteam", .kind = ActorKind::organisation}), "Wijkteam");
    EXPECT_EQ(pseudonyms.pseudonym({.id = "r2", .name = "Bert", .kind = ActorKind::resident, .pseudonym = "B."}), "B.");
}

// At 100,000 residents, 25-bit codes gave 175 pairs of residents one pseudonym, which merged
// them in every pseudonymised export. At a million, a short code is shared by some 15,000
// pairs; each of those people gets a longer code, and no two people show the same.
TEST(Pseudonyms, NoTwoOfAMillionResidentsShareOne) {
    Network network;
    constexpr std::size_t residents = 1'000'000;
    std::vector<Actor> actors(residents);
    for (std::size_t i = 0; i < residents; ++i) actors[i] = {.id = "r" + std::to_string(i), .kind = ActorKind::resident};
    network.add_actors(std::move(actors));
    const Pseudonymiser pseudonyms("een sleutel van de gemeente");
    const auto shown = unique_pseudonyms(network, pseudonyms);
    std::unordered_set<std::string> distinct(shown.begin(), shown.end());
    EXPECT_EQ(distinct.size(), residents);

    std::unordered_map<std::string, std::size_t> short_holders;
    for (std::size_t i = 0; i < residents; ++i) ++short_holders[pseudonyms.pseudonym(network.actor(ActorIndex{i}))];
    std::size_t lengthened = 0;
    for (std::size_t i = 0; i < residents; ++i) {
        const std::string short_one = pseudonyms.pseudonym(network.actor(ActorIndex{i}));
        const bool shares = short_holders.at(short_one) > 1;
        EXPECT_EQ(shown[i] != short_one, shares) << "only those who would share a code get a longer one";
        EXPECT_TRUE(shown[i].starts_with(short_one));
        lengthened += shares;
    }
    EXPECT_GT(lengthened, 20'000u);  // about 2 x 15,000; far fewer would mean codes longer than asked
    EXPECT_LT(lengthened, 40'000u);
}

TEST(Pseudonyms, TwoPeopleTheFileGaveOnePseudonymAreNumbered) {
    Network network;
    network.add_actor({.id = "a", .name = "Ans", .kind = ActorKind::resident, .pseudonym = "Buurvrouw"});
    network.add_actor({.id = "b", .name = "Bep", .kind = ActorKind::resident, .pseudonym = "Buurvrouw"});
    network.add_actor({.id = "o", .name = "Buurvrouw", .kind = ActorKind::organisation});
    const auto shown = unique_pseudonyms(network, Pseudonymiser("geheim"));
    EXPECT_EQ(shown[0], "Buurvrouw");
    EXPECT_EQ(shown[1], "Buurvrouw (2)");
    EXPECT_EQ(shown[2], "Buurvrouw") << "an organisation keeps its name";
}

}  // namespace
}  // namespace wijknet
