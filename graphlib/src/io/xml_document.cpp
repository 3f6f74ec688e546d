// SPDX-License-Identifier: MIT
#include "xml_document.hpp"

#include <expat.h>

#include <algorithm>
#include <fstream>

#include "wijknet/text/ascii.hpp"

namespace wijknet {
namespace {

std::string_view local_name(const XML_Char* qualified) {
    std::string_view name(qualified);
    // The parser runs with namespace processing: names arrive as "uri|local".
    const auto bar = name.rfind('|');
    return bar == std::string_view::npos ? name : name.substr(bar + 1);
}

/// Whether the XML declaration names an encoding other than UTF-8 (which expat then converts).
bool declares_other_encoding(std::string_view xml) {
    if (!xml.starts_with("<?xml")) return false;
    const auto declaration = xml.substr(0, xml.find("?>"));
    const auto at = declaration.find("encoding");
    if (at == std::string_view::npos) return false;
    const auto value = text::lower(declaration.substr(at + 8));
    return value.find("utf-8") == std::string::npos && value.find("utf8") == std::string::npos;
}

/// How many bytes at the end of `text` begin a character that the next piece finishes.
std::size_t unfinished_tail(std::string_view text) {
    for (std::size_t back = 1; back <= std::min<std::size_t>(3, text.size()); ++back) {
        const auto byte = static_cast<unsigned char>(text[text.size() - back]);
        if ((byte & 0xC0) == 0x80) continue;  // a continuation byte: look further back
        const std::size_t length = (byte & 0xE0) == 0xC0 ? 2 : (byte & 0xF0) == 0xE0 ? 3 : (byte & 0xF8) == 0xF0 ? 4 : 1;
        return length > back ? back : 0;
    }
    return 0;
}

/// Pieces handed to expat at a time: a file of gigabytes is read at bounded memory, and expat
/// takes at most 2 GiB in one call.
constexpr std::size_t piece_bytes = std::size_t{1} << 20;

void XMLCALL on_start(void* handler, const XML_Char* name, const XML_Char** attributes) {
    static_cast<XmlHandler*>(handler)->start(local_name(name), XmlAttributes(attributes));
}
void XMLCALL on_end(void* handler, const XML_Char* name) { static_cast<XmlHandler*>(handler)->end(local_name(name)); }
void XMLCALL on_text(void* handler, const XML_Char* text, int length) {
    static_cast<XmlHandler*>(handler)->text(std::string_view(text, static_cast<std::size_t>(length)));
}
void XMLCALL on_namespace(void* handler, const XML_Char*, const XML_Char* uri) {
    if (uri) static_cast<XmlHandler*>(handler)->namespace_declared(uri);
}

}  // namespace

const char* XmlAttributes::find(std::string_view wanted) const {
    for (int i = 0; raw_[i]; i += 2)
        if (local_name(raw_[i]) == wanted) return raw_[i + 1];
    return nullptr;
}

struct XmlDocument::Parser {
    struct Free {
        void operator()(XML_Parser parser) const { XML_ParserFree(parser); }
    };
    std::unique_ptr<std::remove_pointer_t<XML_Parser>, Free> handle;
};

XmlDocument::XmlDocument(std::string file, std::string format, DiagnosticList& problems, XmlHandler& handler)
    : file_(std::move(file)), format_(std::move(format)), problems_(problems), handler_(handler), parser_(std::make_unique<Parser>()) {}

XmlDocument::~XmlDocument() = default;

std::size_t XmlDocument::line() const { return XML_GetCurrentLineNumber(parser_->handle.get()); }

void XmlDocument::begin(std::string_view beginning) {
    check_utf8_ = !declares_other_encoding(beginning);
    parser_->handle.reset(XML_ParserCreateNS("UTF-8", '|'));
    XML_Parser parser = parser_->handle.get();
    XML_SetUserData(parser, &handler_);
    XML_SetElementHandler(parser, on_start, on_end);
    XML_SetCharacterDataHandler(parser, on_text);
    XML_SetStartNamespaceDeclHandler(parser, on_namespace);
}

bool XmlDocument::feed(std::string_view chunk, bool last) {
    if (check_utf8_ && !utf8_so_far(chunk, last)) return false;
    XML_Parser parser = parser_->handle.get();
    if (XML_Parse(parser, chunk.data(), static_cast<int>(chunk.size()), last ? XML_TRUE : XML_FALSE) != XML_STATUS_ERROR) return true;
    const auto code = XML_GetErrorCode(parser);
    const bool truncated = code == XML_ERROR_NO_ELEMENTS || code == XML_ERROR_UNCLOSED_TOKEN ||
                           code == XML_ERROR_UNCLOSED_CDATA_SECTION || code == XML_ERROR_PARTIAL_CHAR;
    problems_.add(file_, XML_GetCurrentLineNumber(parser),
                  (truncated ? format_ + " ends too early: " : "malformed " + format_ + ": ") + XML_ErrorString(code) +
                      " (expected well-formed XML)");
    return false;
}

bool XmlDocument::utf8_so_far(std::string_view chunk, bool last) {
    // Only a piece that finishes a character of the one before is copied, to join the two.
    std::string joined;
    std::string_view text = chunk;
    if (!unfinished_character_.empty()) {
        joined = std::move(unfinished_character_) + std::string(chunk);
        text = joined;
    }
    const std::size_t whole = last ? text.size() : text.size() - unfinished_tail(text);
    const std::string_view checked = text.substr(0, whole);
    std::size_t bad = 0;
    if (!text::is_utf8(checked, &bad)) {
        const auto line = lines_checked_ + 1 +
                          static_cast<std::size_t>(std::count(checked.begin(), checked.begin() + static_cast<std::ptrdiff_t>(bad), '\n'));
        problems_.add(file_, line, text::byte_named(checked[bad]) + " is not UTF-8 (expected UTF-8, or an encoding named in the XML declaration)");
        return false;
    }
    lines_checked_ += static_cast<std::size_t>(std::count(checked.begin(), checked.end(), '\n'));
    unfinished_character_ = std::string(text.substr(whole));
    return true;
}

bool XmlDocument::read_text(std::string_view xml) {
    begin(xml.substr(0, piece_bytes));
    do {
        const std::string_view piece = xml.substr(0, piece_bytes);
        xml.remove_prefix(piece.size());
        if (!feed(piece, xml.empty())) return false;
    } while (!xml.empty());
    return true;
}

bool XmlDocument::read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError(path.string(), 0, "cannot be opened (expected a readable " + format_ + " file)");
    // Two buffers: the piece expat reads, and the next, read ahead to know whether it is the last.
    std::string buffers[2];
    const auto read_piece = [&](std::string& buffer) {
        buffer.resize(piece_bytes);
        in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
        buffer.resize(static_cast<std::size_t>(in.gcount()));
        if (in.bad()) throw InputError(path.string(), 0, "cannot be read to the end (expected a readable " + format_ + " file)");
    };
    std::size_t turn = 0;
    read_piece(buffers[0]);
    begin(buffers[0]);
    for (;;) {
        std::string& piece = buffers[turn % 2];
        std::string& following = buffers[++turn % 2];
        following.clear();
        if (!piece.empty()) read_piece(following);
        const bool last = following.empty();
        if (!feed(piece, last)) return false;
        if (last) return true;
    }
}

}  // namespace wijknet
