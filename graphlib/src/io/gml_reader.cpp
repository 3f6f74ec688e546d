// SPDX-License-Identifier: MIT
#include <charconv>
#include <optional>
#include <vector>

#include "field_binding.hpp"
#include "input_path.hpp"
#include "mapped_text.hpp"
#include "network_assembler.hpp"
#include "plain_text.hpp"
#include "wijknet/io/gml.hpp"
#include "wijknet/text/ascii.hpp"
#include "wijknet/model/tie_direction.hpp"

namespace wijknet {
namespace {

/// Lists nested deeper than this are refused: nothing writes them, and each level costs stack.
constexpr std::size_t max_depth = 32;

/// One `key value` of a GML list, the value a scalar (`text`) or a list (`items`).
struct GmlItem {
    std::string key;
    std::string text;
    std::vector<GmlItem> items;
    bool is_list = false;
    std::size_t line = 0;
};

/// Reads GML's tokens (keys, numbers, strings in double quotes, `[` and `]`; `#` starts a comment
/// line), counting lines.
class GmlScanner {
public:
    GmlScanner(std::string_view text, const std::string& file, DiagnosticList& problems)
        : text_(text), file_(file), problems_(problems) {}

    enum class Token { word, string, open, close, end, bad };

    Token next() {
        skip_space();
        token_line_ = line_;
        if (at_ == text_.size()) return Token::end;
        const char c = text_[at_];
        if (c == '[') return ++at_, Token::open;
        if (c == ']') return ++at_, Token::close;
        if (c == '"') return read_string();
        const std::size_t begin = at_;
        while (at_ < text_.size() && !is_space(text_[at_]) && text_[at_] != '[' && text_[at_] != ']' && text_[at_] != '"') ++at_;
        word_ = text_.substr(begin, at_ - begin);
        return Token::word;
    }
    /// The word or the decoded string of the last token.
    [[nodiscard]] std::string_view word() const { return word_; }
    [[nodiscard]] const std::string& string() const { return string_; }
    [[nodiscard]] std::size_t line() const { return token_line_; }
    void problem(std::string message) { problems_.add(file_, token_line_, std::move(message)); }

private:
    static bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

    void skip_space() {
        while (at_ < text_.size()) {
            const char c = text_[at_];
            if (c == '\n' || (c == '\r' && text_.substr(at_, 2) != "\r\n")) ++line_;
            if (is_space(c)) ++at_;
            else if (c == '#') at_ = std::min(text_.find_first_of("\r\n", at_), text_.size());
            else break;
        }
    }

    Token read_string() {
        const std::size_t begin = ++at_;
        const std::size_t end = text_.find('"', begin);
        if (end == std::string_view::npos) {
            problem("has a string that is not closed (expected a closing \")");
            at_ = text_.size();
            return Token::bad;
        }
        const std::string_view raw = text_.substr(begin, end - begin);
        for (const char c : raw)
            if (c == '\n') ++line_;
        at_ = end + 1;
        return decode(raw) ? Token::string : Token::bad;
    }

    /// GML strings hold no `"`; writers spell it and anything outside ASCII as `&quot;`, `&#233;`.
    bool decode(std::string_view raw) {
        string_.clear();
        for (std::size_t i = 0; i < raw.size(); ++i) {
            const std::size_t semicolon = raw[i] == '&' ? raw.find(';', i) : std::string_view::npos;
            if (semicolon == std::string_view::npos || semicolon - i > 10) {
                string_ += raw[i];
                continue;
            }
            if (!decode_entity(raw.substr(i + 1, semicolon - i - 1))) string_ += raw.substr(i, semicolon - i + 1);
            i = semicolon;
        }
        if (const std::size_t control = text::find_control_character(string_); control != std::string::npos) {
            problem("has a string holding what no text may hold: " + text::control_character_named(string_, control) +
                    " (expected text)");
            return false;
        }
        return true;
    }

    bool decode_entity(std::string_view name) {
        static constexpr std::pair<std::string_view, char> named[]{{"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'}, {"apos", '\''}};
        for (const auto& [entity, c] : named)
            if (name == entity) return string_ += c, true;
        if (!name.starts_with('#') || name.size() < 2) return false;
        const bool hex = name[1] == 'x' || name[1] == 'X';
        const std::string_view digits = name.substr(hex ? 2 : 1);
        std::uint32_t code = 0;
        const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), code, hex ? 16 : 10);
        if (error != std::errc{} || end != digits.data() + digits.size() || digits.empty()) return false;
        if (code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return false;
        append_utf8(code);
        return true;
    }

    void append_utf8(std::uint32_t code) {
        const auto byte = [this](std::uint32_t b) { string_ += static_cast<char>(b); };
        if (code < 0x80) return byte(code);
        if (code < 0x800) return byte(0xC0 | (code >> 6)), byte(0x80 | (code & 0x3F));
        if (code < 0x10000) return byte(0xE0 | (code >> 12)), byte(0x80 | ((code >> 6) & 0x3F)), byte(0x80 | (code & 0x3F));
        byte(0xF0 | (code >> 18)), byte(0x80 | ((code >> 12) & 0x3F)), byte(0x80 | ((code >> 6) & 0x3F)), byte(0x80 | (code & 0x3F));
    }

    std::string_view text_;
    const std::string& file_;
    DiagnosticList& problems_;
    std::size_t at_ = 0;
    std::size_t line_ = 1;
    std::size_t token_line_ = 1;
    std::string_view word_;
    std::string string_;
};

/// Reads a GML file into the assembler: `graph [ node [...] ... edge [...] ... ]`, each node and
/// edge taken as a whole, the rest of the file read past.
class GmlReader {
public:
    GmlReader(const std::string& file, DiagnosticList& problems, DiagnosticList* warnings, NetworkAssembler& assembler)
        : file_(file), problems_(problems), warnings_(warnings), assembler_(assembler) {}

    void read(std::string_view text) {
        GmlScanner scanner(text, file_, problems_);
        bool saw_graph = false;
        for (auto token = scanner.next(); token != GmlScanner::Token::end; token = scanner.next()) {
            if (token != GmlScanner::Token::word) return scanner.problem("has no key before a value (expected key value, e.g. graph [ ... ])");
            const std::string key(scanner.word());
            if (key == "graph" && !saw_graph) {
                saw_graph = true;
                if (scanner.next() != GmlScanner::Token::open) return scanner.problem("has graph without [ (expected graph [ ... ])");
                if (!read_graph(scanner)) return;
            } else if (key == "graph") {
                return scanner.problem("has a second graph (expected one graph per file)");
            } else {
                GmlItem ignored;  // Creator, Version and the like
                if (!read_value(scanner, ignored, 0)) return;
            }
        }
        if (!saw_graph) problems_.add(file_, 0, "has no graph [ ... ] (expected a GML graph)");
    }

private:
    bool read_graph(GmlScanner& scanner) {
        const std::size_t opened = scanner.line();
        for (auto token = scanner.next();; token = scanner.next()) {
            if (token == GmlScanner::Token::close) return true;
            if (token == GmlScanner::Token::end) return not_closed("graph", opened), false;
            if (token != GmlScanner::Token::word) return scanner.problem("has no key before a value (expected key value)"), false;
            GmlItem item;
            item.key = scanner.word();
            item.line = scanner.line();
            if (!read_value(scanner, item, 1)) return false;
            if (item.key == "node" && item.is_list) read_node(item);
            else if (item.key == "edge" && item.is_list) read_edge(item);
            else if (item.key == "directed") directed_ = item.text == "1";
        }
    }

    /// Reads the value after a key into `item`: a scalar or a whole list.
    bool read_value(GmlScanner& scanner, GmlItem& item, std::size_t depth) {
        const auto token = scanner.next();
        item.line = item.line ? item.line : scanner.line();
        switch (token) {
            case GmlScanner::Token::word: item.text = scanner.word(); return true;
            // Trimmed, as the CSV pair trims its fields: what is read is what a CSV pair holds.
            case GmlScanner::Token::string: item.text = text::trim(scanner.string()); return true;
            case GmlScanner::Token::open: return read_list(scanner, item, depth + 1);
            case GmlScanner::Token::close:
            case GmlScanner::Token::end: scanner.problem("has key '" + item.key + "' without a value (expected key value)"); return false;
            case GmlScanner::Token::bad: return false;
        }
        return false;
    }

    bool read_list(GmlScanner& scanner, GmlItem& list, std::size_t depth) {
        list.is_list = true;
        if (depth > max_depth) return scanner.problem("has lists nested deeper than " + std::to_string(max_depth) + " (expected a GML graph)"), false;
        for (auto token = scanner.next();; token = scanner.next()) {
            if (token == GmlScanner::Token::close) return true;
            if (token == GmlScanner::Token::end) return not_closed(list.key, list.line), false;
            if (token != GmlScanner::Token::word) return scanner.problem("has no key before a value (expected key value)"), false;
            GmlItem& item = list.items.emplace_back();
            item.key = scanner.word();
            item.line = scanner.line();
            if (!read_value(scanner, item, depth)) return false;
        }
    }

    void not_closed(const std::string& key, std::size_t line) {
        problems_.add(file_, line, "has '" + key + " [' that is not closed (expected ] before the end of the file)");
    }

    /// A list's scalars by name; a nested list's as `list.key` (`graphics.x`), a repeated key's
    /// values joined by `|`.
    static void flatten(const GmlItem& list, const std::string& prefix, Attributes& values) {
        for (const GmlItem& item : list.items) {
            const std::string name = prefix + item.key;
            if (item.is_list) {
                flatten(item, name + ".", values);
            } else if (const std::string* earlier = find_attribute(values, name)) {
                set_attribute(values, name, *earlier + "|" + item.text);
            } else {
                values.push_back({name, item.text});
            }
        }
    }

    void read_node(const GmlItem& node) {
        Attributes values;
        flatten(node, "", values);
        binding::ActorDraft draft;
        for (auto& [name, value] : values) {
            if (value.empty()) continue;  // an empty value is no value, as an empty cell of the CSV pair
            if (name == "id") draft.actor.id = value;
            else if (name == "label") draft.actor.name = value;
            else read_actor_value(draft, name, value, node.line);
        }
        if (draft.actor.id.empty()) return problems_.add(file_, node.line, "has a node without an id (expected node [ id 1 ... ])");
        if (draft.actor.name.empty()) draft.actor.name = draft.actor.id;
        assembler_.add_actor(std::move(draft), file_, node.line);
    }

    void read_actor_value(binding::ActorDraft& draft, const std::string& name, const std::string& value, std::size_t line) {
        const auto field = binding::actor_field_named(name);
        if (!field) return set_attribute(draft.actor.attributes, name, value);
        // igraph writes the vertex name as `name`, networkx as `label`: either is the name.
        if (field == binding::ActorField::name && !draft.actor.name.empty())
            return set_attribute(draft.actor.attributes, "gml_name", value);
        if (auto wrong = binding::set_field(draft, *field, value, "key '" + name + "'")) problems_.add(file_, line, std::move(*wrong));
    }

    void read_edge(const GmlItem& edge) {
        Attributes values;
        flatten(edge, "", values);
        binding::TieDraft draft;
        for (auto& [name, value] : values) {
            if (value.empty()) continue;
            if (name == "source") draft.source_id = value;
            else if (name == "target") draft.target_id = value;
            else read_tie_value(draft, name, value, edge.line);
        }
        if (!draft.source_id.empty() && draft.source_id == draft.target_id) {
            if (warnings_) warnings_->add(file_, edge.line, "ties node '" + draft.source_id + "' to itself; left out");
            return;
        }
        if (directed_) mark_directed(draft.attributes);
        assembler_.add_tie(std::move(draft), file_, edge.line);
    }

    void read_tie_value(binding::TieDraft& draft, const std::string& name, const std::string& value, std::size_t line) {
        const auto field = binding::tie_field_named(name);
        if (!field) return set_attribute(draft.attributes, name, value);
        if (auto wrong = binding::set_field(draft, *field, value, "key '" + name + "'")) problems_.add(file_, line, std::move(*wrong));
    }

    const std::string& file_;
    DiagnosticList& problems_;
    DiagnosticList* warnings_;
    NetworkAssembler& assembler_;
    bool directed_ = false;
};

}  // namespace

Network read_gml_text(std::string_view text, const std::string& file, DiagnosticList* warnings) {
    expect_plain_text(text, file, "a GML file");
    return assemble_network<GmlReader>(file, warnings, [text](GmlReader& reader) {
        reader.read(text);
        return true;
    });
}

Network read_gml(const std::filesystem::path& path, DiagnosticList* warnings) {
    expect_input_file(path, "a .gml file");
    const MappedText text(path);
    return read_unchanged({&text}, [&] { return read_gml_text(text.text(), path.string(), warnings); });
}

}  // namespace wijknet
