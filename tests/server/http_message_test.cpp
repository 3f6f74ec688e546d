// SPDX-License-Identifier: MIT
#include "http_message.hpp"

#include <gtest/gtest.h>

namespace wijknet::server {
namespace {

TEST(RequestTarget, CutsSegmentsAndDecodesEachOnItsOwn) {
    HttpRequest request;
    ASSERT_TRUE(parse_request_target("/api/actors/a%2Fb/%C3%A9?q=Zo%C3%AB+de&at=2025-01-01&&flag", request));
    EXPECT_EQ(request.segments, (std::vector<std::string>{"api", "actors", "a/b", "\xC3\xA9"}));
    ASSERT_EQ(request.query.size(), 3u);
    EXPECT_EQ(*request.query_value("q"), "Zo\xC3\xAB de");
    EXPECT_EQ(*request.query_value("at"), "2025-01-01");
    EXPECT_EQ(*request.query_value("flag"), "");
    EXPECT_EQ(request.query_value("other"), nullptr);
}

TEST(RequestTarget, DotSegmentsAreOnlyNamesAndNeverClimb) {
    HttpRequest request;
    ASSERT_TRUE(parse_request_target("/app/../../etc/passwd", request));
    EXPECT_EQ(request.segments, (std::vector<std::string>{"app", "..", "..", "etc", "passwd"}));
}

TEST(RequestTarget, RefusesWhatIsNotAPathOrHasBrokenEscapes) {
    HttpRequest request;
    EXPECT_FALSE(parse_request_target("", request));
    EXPECT_FALSE(parse_request_target("http://evil.example/", request));
    EXPECT_FALSE(parse_request_target("/api/%", request));
    EXPECT_FALSE(parse_request_target("/api/%4", request));
    EXPECT_FALSE(parse_request_target("/api/%zz", request));
    EXPECT_FALSE(parse_request_target("/api?x=%g1", request));
    EXPECT_TRUE(parse_request_target("/", request));
    EXPECT_TRUE(request.segments.empty());
}

}  // namespace
}  // namespace wijknet::server
