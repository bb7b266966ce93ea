#pragma once

// Malformed JSON documents, each with the JSON reader's error ("line:column: message", in
// English as the engine writes it): tst_json checks the errors, tst_gui_language that each is
// said in the other languages.

#include <QByteArray>
#include <QString>

#include <vector>

namespace corescope::testing {

struct BadJson {
    QByteArray tag;
    QByteArray text;
    QString error;   ///< json::ParseError::toString()
};

inline std::vector<BadJson> badJsonDocuments()
{
    std::vector<BadJson> out;
    const auto row = [&out](const char *tag, const QByteArray &text, const char *error) {
        out.push_back({tag, text, QString::fromUtf8(error)});
    };
    row("empty", "", "1:1: empty input: expected a JSON value");
    row("only spaces", "  \n ", "2:2: empty input: expected a JSON value");
    row("truncated list", "[1, 2",
        "1:6: unexpected end of input: the list opened at 1:1 is not closed (truncated file?)");
    row("truncated object", "{\"a\": [1],\n \"b\": 2",
        "2:8: unexpected end of input: the object opened at 1:1 is not closed (truncated file?)");
    row("truncated after key", "{\"a\"",
        "1:5: unexpected end of input: the object opened at 1:1 is not closed (truncated file?)");
    row("truncated string", "{\"a\": \"xy",
        "1:10: unexpected end of input inside the string started at 1:7 (truncated file?)");
    row("truncated number", "[-",
        "1:3: unexpected end of input inside a number (truncated file?)");
    row("truncated escape", "[\"\\u12",
        "1:7: unexpected end of input inside a \\u escape (truncated file?)");
    row("trailing garbage", "[1] x",
        "1:5: trailing data after the JSON value: character 'x'");
    row("second document", "{}\n{}", "2:1: trailing data after the JSON value: character '{'");
    row("binary garbage", QByteArray("\x89PNG\r\n\x1a\n", 8),
        "1:1: expected a value, got byte 0x89, not valid UTF-8 (is this a binary file?)");
    row("nul byte", QByteArray("[1,\0]", 5), "1:4: expected a value, got NUL byte (is this a binary file?)");
    row("nul after value", QByteArray("{}\0", 3),
        "1:3: trailing data after the JSON value: NUL byte (is this a binary file?)");
    row("nul in string", QByteArray("[\"a\0\"]", 6),
        "1:4: NUL byte in a string (is this a binary file?)");
    row("invalid utf-8 in string", "[\"a\xFF\"]",
        "1:4: byte 0xff in a string is not valid UTF-8 (is this a binary file?)");
    row("overlong utf-8", "[\"\xC0\xAF\"]",
        "1:3: byte 0xc0 in a string is not valid UTF-8 (is this a binary file?)");
    row("utf-8 surrogate", "[\"\xED\xA0\x80\"]",
        "1:3: byte 0xed in a string is not valid UTF-8 (is this a binary file?)");
    row("truncated utf-8", "[\"\xE4\xB8\"]",
        "1:3: byte 0xe4 in a string is not valid UTF-8 (is this a binary file?)");
    row("above U+10FFFF", "[\"\xF4\x90\x80\x80\"]",
        "1:3: byte 0xf4 in a string is not valid UTF-8 (is this a binary file?)");
    row("non-ascii outside string", "[\xC3\xA9]", "1:2: expected a value, got character '\xC3\xA9'");
    row("control byte", "[\x07]", "1:2: expected a value, got control byte 0x07 (is this a binary file?)");
    row("control in string", "[\"a\tb\"]",
        "1:4: control byte 0x09 in a string must be written as a \\u escape");
    row("line break in string", "[\"ab\ncd\"]",
        "1:2: unterminated string: a line break comes before the closing quote");
    row("duplicate key", "{\"a\": 1,\n \"a\": 2}", "2:2: duplicate key \"a\" (first at 1:2)");
    row("duplicate nested key", "{\"o\": {\"k\": 1, \"x\": 2, \"k\": 3}}",
        "1:24: duplicate key \"k\" (first at 1:8)");
    row("trailing comma list", "[1, 2,]", "1:7: trailing commas are not allowed");
    row("trailing comma object", "{\"a\": 1, }", "1:10: trailing commas are not allowed");
    row("leading zero", "[01]", "1:2: invalid number: leading zeros are not allowed");
    row("bare minus", "[-]", "1:3: invalid number: expected a digit after '-', got character ']'");
    row("bare fraction", "[1.]", "1:4: invalid number: expected a digit after '.', got character ']'");
    row("bare exponent", "[1e+]",
        "1:5: invalid number: expected a digit in the exponent, got character ']'");
    row("leading plus", "[+1]", "1:2: expected a value, got character '+'");
    row("leading dot", "[.5]", "1:2: expected a value, got character '.'");
    row("number then garbage", "[5.0.1]",
        "1:5: expected ',' or ']' after a list element, got character '.'");
    row("NaN", "[NaN]",
        "1:2: unexpected word 'NaN' (JSON's literals are true, false and null; strings need "
        "double quotes)");
    row("capitalised literal", "[True]",
        "1:2: unexpected word 'True' (JSON's literals are true, false and null; strings need "
        "double quotes)");
    row("truncated literal", "[tru]",
        "1:2: unexpected word 'tru' (JSON's literals are true, false and null; strings need "
        "double quotes)");
    row("bare word", "[two]",
        "1:2: unexpected word 'two' (JSON's literals are true, false and null; strings need "
        "double quotes)");
    row("single quotes", "['a']", "1:2: strings need double quotes, not single quotes");
    row("single-quoted key", "{'a': 1}", "1:2: keys need double quotes, not single quotes");
    row("unquoted key", "{a: 1}", "1:2: expected a key in double quotes, got character 'a'");
    row("number key", "{1: 1}", "1:2: expected a key in double quotes, got character '1'");
    row("missing colon", "{\"a\" 1}", "1:6: expected ':' after the key, got character '1'");
    row("missing comma", "[1 2]", "1:4: expected ',' or ']' after a list element, got character '2'");
    row("missing comma in object", "{\"a\": 1 \"b\": 2}",
        "1:9: expected ',' or '}' after an object member, got character '\"'");
    row("missing value", "{\"a\": }", "1:7: expected a value, got character '}'");
    row("mismatched bracket", "[1}", "1:3: expected ',' or ']' after a list element, got character '}'");
    row("line comment", "// workload\n{}", "1:1: comments are not allowed in JSON");
    row("block comment", "{/* x */}", "1:2: comments are not allowed in JSON");
    row("bad escape", "[\"\\x\"]", "1:3: invalid escape sequence in a string: character 'x' after '\\'");
    row("short \\u escape", "[\"\\u12g4\"]",
        "1:7: expected 4 hex digits after \\u, got character 'g'");
    row("lone high surrogate", "[\"\\ud800\"]", "1:3: unpaired UTF-16 surrogate in a \\u escape");
    row("high surrogate then text", "[\"\\ud800abcdef\"]",
        "1:3: unpaired UTF-16 surrogate in a \\u escape");
    row("lone low surrogate", "[\"\\udc00\"]", "1:3: unpaired UTF-16 surrogate in a \\u escape");
    row("two high surrogates", "[\"\\ud800\\ud800\"]",
        "1:3: unpaired UTF-16 surrogate in a \\u escape");
    row("position on a later line", "{\n  \"a\": [1,\n   x]\n}",
        "3:4: unexpected word 'x' (JSON's literals are true, false and null; strings need double "
        "quotes)");
    return out;
}

}   // namespace corescope::testing
