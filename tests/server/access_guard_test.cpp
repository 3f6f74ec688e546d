// SPDX-License-Identifier: MIT
#include "access_guard.hpp"

#include <gtest/gtest.h>

namespace wijknet::server {
namespace {

const std::string token(64, 'a');

HttpRequest with(std::vector<std::pair<std::string, std::string>> headers) {
    HttpRequest request;
    request.method = "GET";
    request.target = "/api/project";
    request.headers = std::move(headers);
    return request;
}

TEST(AccessGuard, TakesOnlyTheLoopbackAddressAndPortAsHost) {
    const AccessGuard guard(8123, SessionToken(token));
    EXPECT_FALSE(guard.check_origin(with({{"host", "127.0.0.1:8123"}})));
    EXPECT_FALSE(guard.check_origin(with({{"host", "localhost:8123"}})));
    for (const char* host : {"127.0.0.1:8124", "evil.example:8123", "127.0.0.1", "attacker.127.0.0.1.nip.io:8123"}) {
        const auto refusal = guard.check_origin(with({{"host", host}}));
        ASSERT_TRUE(refusal) << host;
        EXPECT_EQ(refusal->status, 421);
    }
    EXPECT_TRUE(guard.check_origin(with({})));  // no Host at all
}

TEST(AccessGuard, RefusesAForeignOriginAndCrossSiteFetches) {
    const AccessGuard guard(8123, SessionToken(token));
    const auto host = std::pair<std::string, std::string>{"host", "127.0.0.1:8123"};
    EXPECT_FALSE(guard.check_origin(with({host, {"origin", "http://127.0.0.1:8123"}, {"sec-fetch-site", "same-origin"}})));
    EXPECT_FALSE(guard.check_origin(with({host, {"sec-fetch-site", "none"}})));  // typed into the address bar
    EXPECT_EQ(guard.check_origin(with({host, {"origin", "http://evil.example"}}))->status, 403);
    EXPECT_EQ(guard.check_origin(with({host, {"origin", "http://127.0.0.1:9999"}}))->status, 403);
    EXPECT_EQ(guard.check_origin(with({host, {"sec-fetch-site", "cross-site"}}))->status, 403);
    EXPECT_EQ(guard.check_origin(with({host, {"sec-fetch-site", "same-site"}}))->status, 403);
}

TEST(AccessGuard, WantsTheTokenHeaderWithTheCookieOrBearer) {
    const AccessGuard guard(8123, SessionToken(token));
    const auto header = std::pair<std::string, std::string>{"x-wijknet-token", token};
    const auto cookie = std::pair<std::string, std::string>{"cookie", "theme=dark; wijknet_token_8123=" + token + "; x=1"};
    const auto bearer = std::pair<std::string, std::string>{"authorization", "Bearer " + token};
    EXPECT_FALSE(guard.check_api(with({header, cookie})));
    EXPECT_FALSE(guard.check_api(with({header, bearer})));
    EXPECT_TRUE(guard.check_api(with({cookie})));   // a cross-site form can send the cookie, never the header
    EXPECT_TRUE(guard.check_api(with({bearer})));
    EXPECT_TRUE(guard.check_api(with({header})));
    EXPECT_TRUE(guard.check_api(with({{"x-wijknet-token", token.substr(1)}, bearer})));
    EXPECT_TRUE(guard.check_api(with({header, {"cookie", "wijknet_token_8123=" + std::string(64, 'b')}})));
    EXPECT_TRUE(guard.has_cookie(with({cookie})));
    EXPECT_EQ(guard.cookie(), "wijknet_token_8123=" + token + "; HttpOnly; SameSite=Strict; Path=/");
    EXPECT_TRUE(guard.check_api(with({header, {"cookie", "wijknet_token_9999=" + token}})));  // another server's
}

TEST(SessionToken, IsRandomAndSixtyFourHexDigits) {
    const SessionToken one, two;
    EXPECT_EQ(one.text().size(), 64u);
    EXPECT_EQ(one.text().find_first_not_of("0123456789abcdef"), std::string::npos);
    EXPECT_NE(one.text(), two.text());
    EXPECT_TRUE(one.matches(one.text()));
    EXPECT_FALSE(one.matches(two.text()));
    EXPECT_FALSE(one.matches(""));
}

}  // namespace
}  // namespace wijknet::server
