// SPDX-License-Identifier: MIT
#pragma once

// The XML seam: expat is known only in xml_document.cpp. The GraphML and GEXF readers see
// elements with their local names (namespaces dropped), attributes and text, and the line of
// each event; a document is fed piece by piece, so a file of gigabytes is read at bounded memory.

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

#include "wijknet/io/diagnostic.hpp"

namespace wijknet {

/// The attributes of an element as expat hands them: name, value, name, value, ..., null.
class XmlAttributes {
public:
    explicit XmlAttributes(const char** raw) : raw_(raw) {}
    /// The value of the attribute with this local name, or null.
    [[nodiscard]] const char* find(std::string_view local_name) const;

private:
    const char** raw_;
};

/// What a reader does with the events of a document.
class XmlHandler {
public:
    virtual ~XmlHandler() = default;
    virtual void start(std::string_view element, const XmlAttributes& attributes) = 0;
    virtual void end(std::string_view element) = 0;
    /// Text inside an element, in as many parts as expat likes.
    virtual void text(std::string_view part) = 0;
    virtual void namespace_declared(std::string_view /*uri*/) {}
};

/// \brief One XML document read into a handler, checked to be UTF-8 (unless its declaration
/// names another encoding) and well-formed; problems go to `problems` with their line.
class XmlDocument {
public:
    /// `format` names the document in messages ("GraphML").
    XmlDocument(std::string file, std::string format, DiagnosticList& problems, XmlHandler& handler);
    ~XmlDocument();
    XmlDocument(const XmlDocument&) = delete;
    XmlDocument& operator=(const XmlDocument&) = delete;

    /// The line of the event being handled.
    [[nodiscard]] std::size_t line() const;

    /// Reads a whole document from memory, or from a file piece by piece. False when the XML
    /// could not be read to its end (the problem is then in the list).
    bool read_text(std::string_view xml);
    /// \throws InputError when the file cannot be opened or read.
    bool read_file(const std::filesystem::path& path);

private:
    void begin(std::string_view beginning);
    bool feed(std::string_view chunk, bool last);
    bool utf8_so_far(std::string_view chunk, bool last);

    struct Parser;
    std::string file_;
    std::string format_;
    DiagnosticList& problems_;
    XmlHandler& handler_;
    std::unique_ptr<Parser> parser_;
    bool check_utf8_ = true;
    std::string unfinished_character_;  // the first bytes of a character cut between two pieces
    std::size_t lines_checked_ = 0;
};

}  // namespace wijknet
