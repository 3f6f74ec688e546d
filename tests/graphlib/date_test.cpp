// SPDX-License-Identifier: MIT
#include "wijknet/model/date.hpp"

#include <gtest/gtest.h>

namespace wijknet {
namespace {

TEST(Date, ReadsIsoAndDutchOrder) {
    EXPECT_EQ(Date::parse("2025-03-01")->to_string(), "2025-03-01");
    EXPECT_EQ(Date::parse("01-03-2025")->to_string(), "2025-03-01");
    EXPECT_EQ(Date::parse("01/03/2025")->to_string(), "2025-03-01");
    EXPECT_EQ(Date::parse("2024-02-29")->to_string(), "2024-02-29");
}

TEST(Date, ReadsDaysAsDutchExcelShowsThem) {
    EXPECT_EQ(Date::parse("1-3-2024")->to_string(), "2024-03-01");
    EXPECT_EQ(Date::parse("01-03-2024 00:00")->to_string(), "2024-03-01");
    EXPECT_EQ(Date::parse("1-3-2024 13:45:10")->to_string(), "2024-03-01");
    EXPECT_EQ(Date::parse("2024-3-1")->to_string(), "2024-03-01");
    EXPECT_EQ(Date::parse("2024-03-01T00:00:00Z")->to_string(), "2024-03-01");
    EXPECT_EQ(Date::parse("1.3.2024")->to_string(), "2024-03-01");
    EXPECT_FALSE(Date::parse("1-3-24")) << "1924 or 2024";
    EXPECT_TRUE(Date::has_two_digit_year("1-3-24"));
    EXPECT_TRUE(Date::has_two_digit_year("01/03/24"));
    EXPECT_FALSE(Date::has_two_digit_year("2024-03-01"));
    EXPECT_FALSE(Date::has_two_digit_year("24"));
}

TEST(Date, RefusesWhatIsNotACalendarDay) {
    for (const char* text : {"2025-02-29", "2025-13-01", "2025-00-10", "32-01-2025", "maart 2025",
                             "", "2025-03-01x", "2025-03/01", "+025-03-01", "2025-03-01 ", "2025-03-01 middag",
                             "1-3-2024-5", "123-3-2024"}) {
        EXPECT_FALSE(Date::parse(text)) << text;
    }
}

TEST(Date, OrdersByDay) {
    EXPECT_LT(*Date::parse("2024-12-31"), *Date::parse("2025-01-01"));
    EXPECT_EQ(Date::from_ymd(2025, 1, 1), *Date::parse("01-01-2025"));
}

}  // namespace
}  // namespace wijknet
