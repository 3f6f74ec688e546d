// SPDX-License-Identifier: MIT
#include "wijknet/io/csv_table.hpp"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "wijknet/text/ascii.hpp"
#include "wijknet/text/byte_scan.hpp"

namespace wijknet {
namespace {

CsvTable parse_clean(std::string_view text) {
    DiagnosticList problems;
    auto table = parse_csv(text, "t.csv", problems);
    EXPECT_TRUE(problems.empty()) << (problems.empty() ? "" : problems.items().front().to_string());
    return table;
}

TEST(CsvTable, DetectsCommaAndSemicolon) {
    EXPECT_EQ(parse_clean("a,b\n1,2\n").separator, ',');
    const auto dutch = parse_clean("a;b\n1,5;2\n");
    EXPECT_EQ(dutch.separator, ';');
    EXPECT_EQ(dutch.records.at(0).fields.at(0), "1,5");
}

TEST(CsvTable, SkipsByteOrderMarkAndCarriageReturns) {
    const auto table = parse_clean("\xEF\xBB\xBFid,name\r\nr1,Anna\r\n");
    EXPECT_EQ(table.header.at(0), "id");
    EXPECT_EQ(table.records.at(0).fields.at(1), "Anna");
}

TEST(CsvTable, QuotedFieldsHoldSeparatorsQuotesAndNewlines) {
    const auto table = parse_clean("id,note\nr1,\"a, \"\"quoted\"\"\nsecond line\"\nr2,x\n");
    ASSERT_EQ(table.records.size(), 2u);
    EXPECT_EQ(table.records[0].fields[1], "a, \"quoted\"\nsecond line");
    EXPECT_EQ(table.records[0].line, 2u);
    EXPECT_EQ(table.records[1].line, 4u) << "line numbers count the newline inside the quotes";
}

TEST(CsvTable, TextAfterAClosingQuoteStaysInTheField) {
    // As spreadsheets read it: "a"b is the field ab, and a quote inside an unquoted field is text.
    const auto table = parse_clean("x,y,z\n\"a\"b,5\" pipe,\"\"\r\n");
    ASSERT_EQ(table.records.size(), 1u);
    EXPECT_EQ(table.records[0].fields, (std::vector<std::string>{"ab", "5\" pipe", ""}));
}

TEST(CsvTable, PadsShortRecordsAndSkipsBlankLines) {
    const auto table = parse_clean("a,b,c\n1\n\n2,3,4\n");
    ASSERT_EQ(table.records.size(), 2u);
    EXPECT_EQ(table.records[0].fields, (std::vector<std::string>{"1", "", ""}));
    EXPECT_EQ(table.records[1].line, 4u);
}

TEST(CsvTable, ReportsTooManyFieldsWithLine) {
    DiagnosticList problems;
    parse_csv("a,b\n1,2\n1,2,3\n", "t.csv", problems);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems.items()[0].line, 3u);
    EXPECT_NE(problems.items()[0].message.find("3 fields but the header has 2"), std::string::npos);
}

TEST(CsvTable, ReportsUnclosedQuoteWhereItOpened) {
    DiagnosticList problems;
    parse_csv("a,b\n1,2\n3,\"open\n4,5\n", "t.csv", problems);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems.items()[0].line, 3u);
    EXPECT_NE(problems.items()[0].message.find("never closed"), std::string::npos);
}

TEST(CsvTable, ReportsEachLineThatIsNotUtf8) {
    DiagnosticList problems;
    parse_csv("id,naam\nr1,Jos\xE9\nr2,ok\nr3,Zo\xEB\n", "t.csv", problems);
    ASSERT_EQ(problems.size(), 2u);
    EXPECT_EQ(problems.items()[0].line, 2u);
    EXPECT_EQ(problems.items()[1].line, 4u);
    EXPECT_NE(problems.items()[0].message.find("0xE9 is not UTF-8"), std::string::npos);
}

TEST(CsvTable, FindsTheLineThatIsNotUtf8InABigFile) {
    // Text is checked in blocks of 64 kB; a block with a bad byte is checked line by line, and a
    // character cut by a block's end is no problem.
    std::string text = "id,naam\n";
    std::size_t line = 1;
    while (text.size() < 200'000) {
        text += "r" + std::to_string(++line) + ",Zo\xC3\xAB Jans\xC3\xA9n\n";  // ë and é in UTF-8
    }
    const std::size_t bad_line = line + 1;
    text += "r" + std::to_string(bad_line) + ",Jos\xE9\n";  // é in Windows-1252
    for (int k = 0; k < 3000; ++k) text += "r" + std::to_string(++line + 1) + ",Zo\xC3\xAB\n";
    DiagnosticList problems;
    const auto table = parse_csv(text, "t.csv", problems);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems.items()[0].line, bad_line);
    EXPECT_EQ(table.records.size(), bad_line - 1 + 3000);
}

// Fields are cut 64 bytes at a time: records and fields of every length around those blocks,
// plain and quoted, with either separator and either line end, read as a plain reading of the
// rules (written out below, one character at a time) reads them.
TEST(CsvTable, RecordsOfEveryLengthAcrossBlocksReadAsTheRulesSay) {
    struct Expected {
        std::size_t line;
        std::vector<std::string> fields;
    };
    std::mt19937 random(20261124);
    const auto pick = [&](std::size_t below) { return std::uniform_int_distribution<std::size_t>(0, below - 1)(random); };
    for (const char separator : {',', ';'}) {
        for (const std::string line_end : {"\n", "\r\n"}) {
            constexpr std::size_t columns = 4;
            std::string text = "a" + std::string(1, separator) + "b" + separator + "c" + separator + "d" + line_end;
            std::vector<Expected> expected;
            std::size_t line = 2;
            for (std::size_t record = 0; record < 400; ++record) {
                Expected row{line, {}};
                for (std::size_t column = 0; column < columns; ++column) {
                    // Lengths up to 140 cross one or two 64-byte blocks; most fields are short.
                    const std::size_t length = pick(4) == 0 ? pick(140) : pick(12);
                    std::string value;
                    for (std::size_t k = 0; k < length; ++k) value += "abcdefghijklmnopqrstuvwxyz0123456789 "[pick(37)];
                    const std::size_t form = pick(12);
                    if (form == 0 && value.size() > 1) value[1 + pick(value.size() - 1)] = '"';  // a quote inside is text
                    if (form == 1) {  // quoted, holding a separator, a quote and a line end
                        value.insert(pick(value.size() + 1), std::string(1, separator) + "\"\n");
                        std::string quoted = "\"";
                        for (const char c : value) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
                        text += quoted + "\"";
                        line += 1;
                    } else {
                        text += value;
                    }
                    row.fields.push_back(value);
                    text += column + 1 < columns ? std::string(1, separator) : line_end;
                }
                expected.push_back(row);
                ++line;
            }
            text.resize(text.size() - line_end.size());  // the last line has no line end
            const auto table = parse_clean(text);
            ASSERT_EQ(table.separator, separator);
            ASSERT_EQ(table.records.size(), expected.size());
            for (std::size_t k = 0; k < expected.size(); ++k) {
                EXPECT_EQ(table.records[k].line, expected[k].line) << k;
                EXPECT_EQ(table.records[k].fields, expected[k].fields) << "record " << k << " on line " << expected[k].line;
            }
        }
    }
}


// Line ends are counted 16 bytes at a time, in byte-wide counters: a text of nothing but line
// ends (past a counter's 255) and texts of every length around 16 are counted exactly.
TEST(ByteScan, CountsEveryLineEndInAnyText) {
    EXPECT_EQ(text::count_byte("", '\n'), 0u);
    EXPECT_EQ(text::count_byte(std::string(100'003, '\n'), '\n'), 100'003u);
    std::mt19937 random(7);
    for (std::size_t length = 0; length < 300; ++length) {
        std::string sample(length, 'x');
        std::size_t expected = 0;
        for (auto& c : sample)
            if (random() % 3 == 0) c = '\n', ++expected;
        EXPECT_EQ(text::count_byte(sample, '\n'), expected) << length;
    }
}

// Marks are found in the 64 bytes ahead, fewer at the end of the text, never past it.
TEST(ByteScan, MarksTheBytesAskedForAndNoneBeyondTheText) {
    const std::string sample = "r1,r2;\"x\"\n" + std::string(60, 'a') + ",";
    const char* end = sample.data() + sample.size();
    EXPECT_EQ(text::marks_ahead(sample.data(), end, ',', '\n', '"'), 0b11'0100'0100u);  // , " " and the line end
    EXPECT_EQ(text::marks_ahead(sample.data() + 9, end, ',', '\n', '"'), 1u | std::uint64_t{1} << 61);
    EXPECT_EQ(text::marks_ahead(end - 1, end, ',', '\n', '"'), 1u);
}


// A bad byte is found at its offset wherever it falls: before or after letters outside ASCII,
// at any place in an eight-byte word; and what is not UTF-8 (overlong forms, surrogates, code
// points past U+10FFFF, cut sequences) is refused.
TEST(Utf8, BadBytesFoundAtTheirOffsetAfterLettersOutsideAscii) {
    for (std::size_t before = 0; before < 20; ++before) {
        for (std::size_t after = 0; after < 20; ++after) {
            const std::string good = std::string(before, 'a') + "Zo\xC3\xAB" + std::string(after, 'b') + "\xE2\x82\xAC";
            EXPECT_TRUE(text::is_utf8(good)) << before << ' ' << after;
            for (const std::string bad : {"\xE9", "\xC3(", "\xC0\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xF0\x9F\x98"}) {
                std::size_t offset = 0;
                EXPECT_FALSE(text::is_utf8(good + std::string(after % 3, 'c') + bad, &offset)) << before << ' ' << after;
                EXPECT_EQ(offset, good.size() + after % 3) << before << ' ' << after;
            }
        }
    }
}

TEST(CsvTable, QuotesFieldsOnlyWhenNeeded) {
    EXPECT_EQ(csv_field("plain"), "plain");
    EXPECT_EQ(csv_field("a,b"), "\"a,b\"");
    EXPECT_EQ(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
    EXPECT_EQ(csv_field("two\nlines"), "\"two\nlines\"");
    EXPECT_EQ(csv_field("a;b", ';'), "\"a;b\"");
    // A semicolon in a comma-separated file too: a header "count;;;" would make it look like one
    // separated by semicolons (found by graphml_fuzz).
    EXPECT_EQ(csv_field("count;;;"), "\"count;;;\"");
    EXPECT_EQ(csv_field("1,5", ';'), "\"1,5\"");
    // And a tab, which readers count as a separator too (found by ego_tables_fuzz).
    EXPECT_EQ(csv_field("a\t\tb"), "\"a\t\tb\"");
}

}  // namespace
}  // namespace wijknet
