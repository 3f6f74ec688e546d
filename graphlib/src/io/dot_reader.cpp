// SPDX-License-Identifier: MIT
// The DOT seam: the only code of graphlib that includes Graphviz. The file is parsed by cgraph,
// Graphviz's own reader, so that whatever `dot` accepts is read the same way here.
#include <graphviz/cgraph.h>

#include <algorithm>
#include <charconv>
#include <deque>
#include <memory>
#include <mutex>
#include <unordered_map>
#include <vector>

#include "field_binding.hpp"
#include "graphviz_names.hpp"
#include "input_path.hpp"
#include "mapped_text.hpp"
#include "network_assembler.hpp"
#include "plain_text.hpp"
#include "wijknet/io/dot.hpp"
#include "wijknet/text/ascii.hpp"
#include "wijknet/model/tie_direction.hpp"

namespace wijknet {
namespace {

/// cgraph's parser keeps its state, and its error handler, in globals: one read at a time.
std::mutex& cgraph_parser() {
    static std::mutex parser;
    return parser;
}

/// What cgraph says while it reads, collected instead of printed; only under cgraph_parser().
std::string* cgraph_messages = nullptr;

int collect_cgraph_message(char* message) {
    if (cgraph_messages) *cgraph_messages += message;
    return 0;
}

struct GraphClose {
    void operator()(Agraph_t* graph) const { agclose(graph); }
};
using Graph = std::unique_ptr<Agraph_t, GraphClose>;

/// The graph cgraph reads from `text`, how many more graphs followed it, and what cgraph said.
struct ParsedDot {
    Graph graph;
    std::size_t further_graphs = 0;
    std::string messages;
};

/// Reads `text` and drops whatever it gives, the rest of cgraph's buffer included.
void read_and_drop(const char* text) {
    if (Agraph_t* graph = agmemread(text)) agclose(graph);
    while (Agraph_t* further = agmemread("")) agclose(further);
}

/// Whether cgraph's scanner is in its first state: an empty graph then reads as one. The probe
/// holds nothing that opens or closes a string, a comment or an HTML string.
bool scanner_ready() {
    Agraph_t* graph = agmemread("graph{}");
    const bool ready = graph != nullptr;
    if (graph) agclose(graph);
    while (Agraph_t* further = agmemread("")) agclose(further);
    return ready;
}

/// Brings cgraph's scanner back to its first state after a file it could not read: a file that
/// ends inside a quoted string, a comment or an HTML string leaves the scanner there, and the next
/// file would be read as the rest of it. Each closer is tried in turn until an empty graph reads:
/// a quote, a comment's end, and one `>` for every `<` the file opened. Messages go to `scratch`.
void reset_scanner(std::string_view text, std::string& scratch) {
    cgraph_messages = &scratch;
    if (scanner_ready()) return;
    const auto opened = static_cast<std::size_t>(std::count(text.begin(), text.end(), '<'));
    for (const std::string& closer : {std::string("\""), std::string("*/"), std::string(opened + 1, '>')}) {
        read_and_drop(closer.c_str());
        if (scanner_ready()) return;
    }
}

ParsedDot parse_dot(const std::string& text) {
    const std::lock_guard lock(cgraph_parser());
    ParsedDot parsed;
    cgraph_messages = &parsed.messages;
    const auto previous_handler = agseterrf(collect_cgraph_message);
    const auto previous_level = agseterr(AGWARN);
    agreseterrors();
    parsed.graph.reset(agmemread(text.c_str()));
    // cgraph keeps the text after the first graph and would hand it to the next read: read it
    // to the end now, so that it is counted here and never shows up in another file.
    while (Agraph_t* further = agmemread("")) {
        ++parsed.further_graphs;
        agclose(further);
    }
    // Not only after errors: a file that ends inside a comment gives no graph and no error.
    std::string scratch;
    reset_scanner(text, scratch);
    agseterr(previous_level);
    agseterrf(previous_handler);
    cgraph_messages = nullptr;
    return parsed;
}

/// cgraph's messages ("Error: syntax error in line 4 near '}'") as problems of `file`, each at
/// the line it names; its warnings (a number run into a name) go to `warnings`.
void add_cgraph_messages(const std::string& messages, const std::string& file, DiagnosticList& problems,
                         DiagnosticList* warnings) {
    std::size_t begin = 0;
    while (begin < messages.size()) {
        std::size_t end = messages.find('\n', begin);
        if (end == std::string::npos) end = messages.size();
        std::string message(text::trim(std::string_view(messages).substr(begin, end - begin)));
        begin = end + 1;
        const bool warning = message.starts_with("Warning: ");
        for (const std::string_view prefix : {"Error: ", "Warning: "})
            if (message.starts_with(prefix)) message.erase(0, prefix.size());
        if (message.empty()) continue;
        std::size_t line = 0;
        if (const auto at = message.find(" in line "); at != std::string::npos) {
            const char* digits = message.data() + at + 9;
            const auto [after, error] = std::from_chars(digits, message.data() + message.size(), line);
            if (error == std::errc{}) message.erase(at, static_cast<std::size_t>(after - message.data()) - at);
        }
        if (!warning) problems.add(file, line, "is not DOT as Graphviz reads it: " + message);
        else if (warnings) warnings->add(file, line, "Graphviz warns: " + message);
    }
}

/// The attributes that wijknet's DOT writer drew with, derived from the fields: its graph's
/// `wijknet_drawing` names them, so that they are not kept as attributes on reading it back.
std::vector<std::string> derived_drawing(std::string_view listed) {
    std::vector<std::string> names;
    for (std::string_view rest = listed; !rest.empty();) {
        const std::size_t comma = std::min(rest.find(','), rest.size());
        names.emplace_back(text::trim(rest.substr(0, comma)));
        rest.remove_prefix(std::min(comma + 1, rest.size()));
    }
    return names;
}

/// A value as wijknet's DOT writer escaped it (`\\`, `\n`, and `\e` for nothing after a trailing
/// backslash, which no DOT string can end in).
std::string unescaped(std::string_view value) {
    std::string text;
    for (std::size_t i = 0; i < value.size(); ++i) {
        if (value[i] != '\\' || i + 1 == value.size()) {
            text += value[i];
            continue;
        }
        const char next = value[++i];
        if (next == 'n') text += '\n';
        else if (next != 'e') text += next;
    }
    return text;
}

/// How a file's values are read: as cgraph gives them, or, in a file wijknet wrote, unescaped,
/// leaving out the attributes it drew with.
struct ValueReading {
    bool written_by_wijknet = false;
    std::vector<std::string> derived;
};

ValueReading value_reading(Agraph_t* graph) {
    const char* drawn = agget(graph, const_cast<char*>("wijknet_drawing"));
    return {drawn != nullptr, derived_drawing(drawn ? drawn : "")};
}

/// The attributes declared for nodes or edges, in the order the file first uses them (cgraph
/// hands them out by name), so that attributes keep their order through a DOT file.
std::vector<Agsym_t*> declared_in_order(Agraph_t* graph, int kind) {
    std::vector<Agsym_t*> symbols;
    for (Agsym_t* symbol = agnxtattr(graph, kind, nullptr); symbol; symbol = agnxtattr(graph, kind, symbol)) symbols.push_back(symbol);
    std::sort(symbols.begin(), symbols.end(), [](const Agsym_t* a, const Agsym_t* b) { return a->id < b->id; });
    return symbols;
}

/// The values of one node or edge, by attribute name, skipping the empty ones and the derived.
template <class Visit>
void for_each_value(const std::vector<Agsym_t*>& symbols, void* object, const ValueReading& reading, Visit&& visit) {
    for (Agsym_t* symbol : symbols) {
        const char* given = agxget(object, symbol);
        if (!given || !*given) continue;
        if (std::find(reading.derived.begin(), reading.derived.end(), symbol->name) != reading.derived.end()) continue;
        // Trimmed, as the CSV pair trims its fields: what is read is what a CSV pair holds.
        const std::string value = reading.written_by_wijknet ? unescaped(given) : std::string(given);
        if (const std::string_view trimmed = text::trim(value); !trimmed.empty())
            visit(std::string_view(reading.written_by_wijknet ? unescaped(symbol->name) : std::string(symbol->name)), trimmed);
    }
}

/// Graphviz's `\N` in a label stands for the node's name.
std::string label_of(std::string_view label, std::string_view id) {
    std::string name;
    for (std::size_t i = 0; i < label.size(); ++i) {
        if (label.substr(i, 2) == "\\N") {
            name += id;
            ++i;
        } else {
            name += label[i];
        }
    }
    return name;
}

/// Reads a parsed graph into the assembler: nodes become actors, edges ties.
class DotReader {
public:
    DotReader(const std::string& file, DiagnosticList& problems, DiagnosticList* warnings, NetworkAssembler& assembler)
        : file_(file), problems_(problems), warnings_(warnings), assembler_(assembler) {}

    void read(Agraph_t* graph) {
        reading_ = value_reading(graph);
        node_symbols_ = declared_in_order(graph, AGNODE);
        edge_symbols_ = declared_in_order(graph, AGEDGE);
        mark_subgraphs(graph);
        for (Agnode_t* node = agfstnode(graph); node; node = agnxtnode(graph, node)) read_node(node);
        assembler_.end_of_actors();
        for (Agedge_t* edge : edges_in_file_order(graph)) read_edge(graph, edge);
    }

private:
    /// Each node's innermost named subgraph (a `cluster_...`), kept as its `subgraph`.
    void mark_subgraphs(Agraph_t* graph) {
        for (Agraph_t* sub = agfstsubg(graph); sub; sub = agnxtsubg(sub)) {
            const std::string_view name = agnameof(sub);
            // cgraph names an anonymous subgraph `%N`: nothing the user wrote.
            if (!name.empty() && !name.starts_with('%'))
                for (Agnode_t* node = agfstnode(sub); node; node = agnxtnode(sub, node)) subgraph_of_[node] = name;
            mark_subgraphs(sub);
        }
    }

    void read_node(Agnode_t* node) {
        binding::ActorDraft draft;
        draft.actor.id = name_of(node);
        draft.actor.name = draft.actor.id;
        const std::string& place = place_named("node '" + draft.actor.id + "'");
        // An id is one line wherever wijknet writes it; a quoted DOT name may hold any.
        if (draft.actor.id.find_first_of("\r\n") != std::string::npos)
            problems_.add(place, 0, "has a name with a line break in it (expected a node name on one line)");
        // cgraph takes a name starting with % for one of its own, nameless nodes: the name in
        // the file is lost on reading (the node is called %3), or, after trimming, on writing.
        if (draft.actor.id.starts_with(graphviz_own_name_mark))
            problems_.add(place, 0, "has a name starting with '%', which Graphviz keeps for the nodes it names itself, so the name in the file does not reach wijknet (expected a name that does not start with %)");
        for_each_value(node_symbols_, node, reading_, [&](std::string_view name, std::string_view value) {
            if (name == "label")
                return void(draft.actor.name = reading_.written_by_wijknet ? std::string(value) : label_of(value, draft.actor.id));
            const auto field = binding::actor_field_named(name);
            // DOT's own `id` (the SVG element's) is not the actor's.
            if (!field || field == binding::ActorField::id)
                return set_attribute(draft.actor.attributes, field ? "dot_" + std::string(name) : name, std::string(value));
            if (auto wrong = binding::set_field(draft, *field, value, "attribute '" + std::string(name) + "'"))
                problems_.add(place, 0, std::move(*wrong));
        });
        if (const auto sub = subgraph_of_.find(node); sub != subgraph_of_.end())
            set_attribute(draft.actor.attributes, "subgraph", std::string(sub->second));
        assembler_.add_actor(std::move(draft), place, 0);
    }

    static std::vector<Agedge_t*> edges_in_file_order(Agraph_t* graph) {
        std::vector<Agedge_t*> edges;
        for (Agnode_t* node = agfstnode(graph); node; node = agnxtnode(graph, node))
            for (Agedge_t* edge = agfstout(graph, node); edge; edge = agnxtout(graph, edge)) edges.push_back(edge);
        std::sort(edges.begin(), edges.end(), [](Agedge_t* a, Agedge_t* b) { return AGSEQ(a) < AGSEQ(b); });
        return edges;
    }

    void read_edge(Agraph_t* graph, Agedge_t* edge) {
        binding::TieDraft draft;
        draft.source_id = name_of(agtail(edge));
        draft.target_id = name_of(aghead(edge));
        const bool directed = agisdirected(graph);
        const std::string& place = place_named("edge '" + draft.source_id + (directed ? "' -> '" : "' -- '") + draft.target_id + "'");
        if (draft.source_id == draft.target_id) {
            // Graphviz draws a loop; in a support network a contact's tie to itself says nothing.
            if (warnings_) warnings_->add(place, 0, "ties a node to itself; left out");
            return;
        }
        for_each_value(edge_symbols_, edge, reading_, [&](std::string_view name, std::string_view value) {
            using binding::TieField;
            const auto field = binding::tie_field_named(name);
            const bool dots_own = field == TieField::source || field == TieField::target;
            if (!field || dots_own)
                return set_attribute(draft.attributes, dots_own ? "dot_" + std::string(name) : name, std::string(value));
            if (auto wrong = binding::set_field(draft, *field, value, "attribute '" + std::string(name) + "'"))
                problems_.add(place, 0, std::move(*wrong));
        });
        if (directed) mark_directed(draft.attributes);
        assembler_.add_tie(std::move(draft), place, 0);
    }

    /// Trimmed as a CSV id is, so `" 4"` and `4` are one id (and two such nodes a duplicate).
    std::string name_of(Agnode_t* node) const {
        const std::string name = reading_.written_by_wijknet ? unescaped(agnameof(node)) : std::string(agnameof(node));
        return std::string(text::trim(name));
    }

    /// A node or an edge named in messages, as cgraph keeps no lines; alive until finish().
    const std::string& place_named(const std::string& what) { return places_.emplace_back(file_ + ": " + what); }

    const std::string& file_;
    DiagnosticList& problems_;
    DiagnosticList* warnings_;
    NetworkAssembler& assembler_;
    ValueReading reading_;
    std::vector<Agsym_t*> node_symbols_, edge_symbols_;
    std::unordered_map<Agnode_t*, std::string_view> subgraph_of_;
    std::deque<std::string> places_;
};

}  // namespace

Network read_dot_text(std::string_view text, const std::string& file, DiagnosticList* warnings) {
    expect_plain_text(text, file, "a DOT file");
    const ParsedDot parsed = parse_dot(std::string(text));
    DiagnosticList problems;
    add_cgraph_messages(parsed.messages, file, problems, warnings);
    if (!parsed.graph && problems.empty()) problems.add(file, 0, "holds no graph (expected e.g. graph { a -- b })");
    if (parsed.further_graphs > 0)
        problems.add(file, 0, "holds " + std::to_string(parsed.further_graphs + 1) + " graphs (expected one graph per file)");
    problems.throw_if_any();
    return assemble_network<DotReader>(file, warnings, [&parsed](DotReader& reader) {
        reader.read(parsed.graph.get());
        return true;
    });
}

Network read_dot(const std::filesystem::path& path, DiagnosticList* warnings) {
    expect_input_file(path, "a Graphviz .dot file");
    const MappedText text(path);
    return read_unchanged({&text}, [&] { return read_dot_text(text.text(), path.string(), warnings); });
}

}  // namespace wijknet
