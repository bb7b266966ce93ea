#include "core/util/json.h"

#include <climits>
#include <cstddef>
#include <unordered_map>

namespace corescope::json {

namespace {

struct Failure {
    ParseError error;
};

std::string positionText(Position p)
{
    return std::to_string(p.line) + ':' + std::to_string(p.column);
}

// Length of the valid UTF-8 sequence starting at text[pos], or 0 if it is not one (overlong
// forms, surrogates and code points above U+10FFFF are invalid, as RFC 3629 says).
std::size_t utf8SequenceLength(std::string_view text, std::size_t pos)
{
    const auto byte = [&](std::size_t i) -> unsigned {
        return pos + i < text.size() ? static_cast<unsigned char>(text[pos + i]) : 0x100u;
    };
    const auto cont = [](unsigned b, unsigned lo = 0x80, unsigned hi = 0xBF) {
        return b >= lo && b <= hi;
    };
    const unsigned b0 = byte(0);
    if (b0 < 0x80)
        return 1;
    if (b0 >= 0xC2 && b0 <= 0xDF)
        return cont(byte(1)) ? 2 : 0;
    if (b0 >= 0xE0 && b0 <= 0xEF) {
        const unsigned lo = b0 == 0xE0 ? 0xA0 : 0x80;
        const unsigned hi = b0 == 0xED ? 0x9F : 0xBF;
        return cont(byte(1), lo, hi) && cont(byte(2)) ? 3 : 0;
    }
    if (b0 >= 0xF0 && b0 <= 0xF4) {
        const unsigned lo = b0 == 0xF0 ? 0x90 : 0x80;
        const unsigned hi = b0 == 0xF4 ? 0x8F : 0xBF;
        return cont(byte(1), lo, hi) && cont(byte(2)) && cont(byte(3)) ? 4 : 0;
    }
    return 0;
}

void appendUtf8(std::string &out, std::uint32_t cp)
{
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

std::string hexByte(unsigned char c)
{
    static constexpr char kDigits[] = "0123456789abcdef";
    return std::string("0x") + kDigits[c >> 4] + kDigits[c & 0xF];
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

} // namespace

// Recursive descent; the recursion is bounded by kMaxDepth, so stack use is bounded too.
class Parser {
public:
    Parser(std::string_view text, std::size_t maxValues)
        : m_text(text)
        , m_maxValues(maxValues)
        , m_valuesLeft(maxValues)
    {
    }

    Value parseDocument()
    {
        if (m_text.substr(0, 3) == "\xEF\xBB\xBF")   // editors on Windows add a BOM
            m_pos = 3;
        skipWhitespace();
        if (atEnd())
            fail(here(), "empty input: expected a JSON value");
        Value root = parseValue();
        skipWhitespace();
        if (!atEnd())
            fail(here(), "trailing data after the JSON value: " + describeCharAt(m_pos));
        return root;
    }

private:
    struct Open {
        char kind;   // '[' or '{'
        Position position;
    };

    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek() const { return m_text[m_pos]; }
    Position here() const { return {m_line, m_column}; }

    // Advances one byte. Columns count code points: UTF-8 continuation bytes do not move them.
    void advance()
    {
        const auto c = static_cast<unsigned char>(m_text[m_pos++]);
        if (c == '\n') {
            if (m_line < INT_MAX)
                ++m_line;
            m_column = 1;
        } else if ((c & 0xC0) != 0x80 && m_column < INT_MAX) {
            ++m_column;
        }
    }

    [[noreturn]] static void fail(Position at, std::string message)
    {
        throw Failure{ParseError{at, std::move(message)}};
    }

    [[noreturn]] void failAtEnd(std::string_view inside = {})
    {
        std::string message = "unexpected end of input";
        if (!inside.empty()) {
            message += " inside ";
            message += inside;
        } else if (!m_open.empty()) {
            const Open &open = m_open.back();
            message += open.kind == '[' ? ": the list opened at " : ": the object opened at ";
            message += positionText(open.position) + " is not closed";
        }
        fail(here(), message + " (truncated file?)");
    }

    // What the byte(s) at `pos` are, for "unexpected ..." messages.
    std::string describeCharAt(std::size_t pos) const
    {
        const auto c = static_cast<unsigned char>(m_text[pos]);
        if (c == 0)
            return "NUL byte (is this a binary file?)";
        if (c >= 0x80) {
            const std::size_t n = utf8SequenceLength(m_text, pos);
            if (n == 0)
                return "byte " + hexByte(c) + ", not valid UTF-8 (is this a binary file?)";
            return "character '" + std::string(m_text.substr(pos, n)) + '\'';
        }
        if (c < 0x20 || c == 0x7F)
            return "control byte " + hexByte(c) + " (is this a binary file?)";
        return std::string("character '") + static_cast<char>(c) + '\'';
    }

    void skipWhitespace()
    {
        while (!atEnd()) {
            const char c = peek();
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                advance();
            } else if (c == '/' && m_pos + 1 < m_text.size()
                       && (m_text[m_pos + 1] == '/' || m_text[m_pos + 1] == '*')) {
                fail(here(), "comments are not allowed in JSON");
            } else {
                return;
            }
        }
    }

    Value parseValue()
    {
        if (atEnd())
            failAtEnd();
        if (m_valuesLeft == 0) {
            ParseError error{here(), "more than " + std::to_string(m_maxValues)
                                         + " values in one document (the limit bounds memory use)"};
            error.tooManyValues = true;
            throw Failure{std::move(error)};
        }
        --m_valuesLeft;
        switch (peek()) {
        case '{':
            return parseObject();
        case '[':
            return parseArray();
        case '"': {
            Value v;
            v.m_position = here();
            v.m_data = parseString();
            return v;
        }
        case '\'':
            fail(here(), "strings need double quotes, not single quotes");
        default:
            break;
        }
        const char c = peek();
        if (c == '-' || isDigit(c))
            return parseNumber();
        if (isLetter(c))
            return parseWord();
        fail(here(), "expected a value, got " + describeCharAt(m_pos));
    }

    void enter(char kind)
    {
        if (static_cast<int>(m_open.size()) >= kMaxDepth)
            fail(here(), "nesting deeper than " + std::to_string(kMaxDepth) + " levels");
        m_open.push_back({kind, here()});
        advance();
    }

    Value parseArray()
    {
        Value v;
        v.m_position = here();
        enter('[');
        Array items;
        skipWhitespace();
        if (!atEnd() && peek() == ']') {
            advance();
        } else {
            for (;;) {
                skipWhitespace();
                if (!atEnd() && peek() == ']')
                    fail(here(), "trailing commas are not allowed");
                items.push_back(parseValue());
                skipWhitespace();
                if (atEnd())
                    failAtEnd();
                if (peek() == ',') {
                    advance();
                    continue;
                }
                if (peek() == ']') {
                    advance();
                    break;
                }
                fail(here(), "expected ',' or ']' after a list element, got "
                                 + describeCharAt(m_pos));
            }
        }
        m_open.pop_back();
        v.m_data = std::move(items);
        return v;
    }

    Value parseObject()
    {
        Value v;
        v.m_position = here();
        enter('{');
        Object members;
        // Keys are copied into the index: Member strings move when the vector grows.
        std::unordered_map<std::string, Position> seen;
        skipWhitespace();
        if (!atEnd() && peek() == '}') {
            advance();
        } else {
            for (;;) {
                skipWhitespace();
                if (atEnd())
                    failAtEnd();
                if (peek() == '}')
                    fail(here(), "trailing commas are not allowed");
                if (peek() != '"') {
                    fail(here(), peek() == '\''
                                     ? std::string("keys need double quotes, not single quotes")
                                     : "expected a key in double quotes, got "
                                           + describeCharAt(m_pos));
                }
                Member member;
                member.keyPosition = here();
                member.key = parseString();
                const auto [it, inserted] = seen.emplace(member.key, member.keyPosition);
                if (!inserted) {
                    fail(member.keyPosition, "duplicate key " + quote(member.key)
                                                 + " (first at " + positionText(it->second)
                                                 + ')');
                }
                skipWhitespace();
                if (atEnd())
                    failAtEnd();
                if (peek() != ':')
                    fail(here(), "expected ':' after the key, got " + describeCharAt(m_pos));
                advance();
                skipWhitespace();
                member.value = parseValue();
                members.push_back(std::move(member));
                skipWhitespace();
                if (atEnd())
                    failAtEnd();
                if (peek() == ',') {
                    advance();
                    continue;
                }
                if (peek() == '}') {
                    advance();
                    break;
                }
                fail(here(), "expected ',' or '}' after an object member, got "
                                 + describeCharAt(m_pos));
            }
        }
        m_open.pop_back();
        v.m_data = std::move(members);
        return v;
    }

    unsigned parseHex4()
    {
        unsigned value = 0;
        for (int i = 0; i < 4; ++i) {
            if (atEnd())
                failAtEnd("a \\u escape");
            const char c = peek();
            unsigned digit = 0;
            if (c >= '0' && c <= '9')
                digit = static_cast<unsigned>(c - '0');
            else if (c >= 'a' && c <= 'f')
                digit = static_cast<unsigned>(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F')
                digit = static_cast<unsigned>(c - 'A' + 10);
            else
                fail(here(), "expected 4 hex digits after \\u, got " + describeCharAt(m_pos));
            value = value * 16 + digit;
            advance();
        }
        return value;
    }

    // At the opening quote; returns the decoded contents.
    std::string parseString()
    {
        const Position start = here();
        advance();
        std::string out;
        for (;;) {
            if (atEnd())
                failAtEnd("the string started at " + positionText(start));
            const auto c = static_cast<unsigned char>(peek());
            if (c == '"') {
                advance();
                return out;
            }
            if (c == '\\') {
                const Position escape = here();
                advance();
                if (atEnd())
                    failAtEnd("the string started at " + positionText(start));
                const char e = peek();
                switch (e) {
                case '"': out += '"'; break;
                case '\\': out += '\\'; break;
                case '/': out += '/'; break;
                case 'b': out += '\b'; break;
                case 'f': out += '\f'; break;
                case 'n': out += '\n'; break;
                case 'r': out += '\r'; break;
                case 't': out += '\t'; break;
                case 'u': {
                    advance();
                    std::uint32_t cp = parseHex4();
                    if (cp >= 0xDC00 && cp <= 0xDFFF)
                        fail(escape, "unpaired UTF-16 surrogate in a \\u escape");
                    if (cp >= 0xD800 && cp <= 0xDBFF) {
                        if (m_pos + 1 >= m_text.size() || peek() != '\\'
                            || m_text[m_pos + 1] != 'u')
                            fail(escape, "unpaired UTF-16 surrogate in a \\u escape");
                        advance();
                        advance();
                        const std::uint32_t low = parseHex4();
                        if (low < 0xDC00 || low > 0xDFFF)
                            fail(escape, "unpaired UTF-16 surrogate in a \\u escape");
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                    }
                    appendUtf8(out, cp);
                    continue;   // parseHex4 already moved past the digits
                }
                default:
                    fail(escape, "invalid escape sequence in a string: " + describeCharAt(m_pos)
                                     + " after '\\'");
                }
                advance();
                continue;
            }
            if (c == '\n' || c == '\r')
                fail(start, "unterminated string: a line break comes before the closing quote");
            if (c == 0)
                fail(here(), "NUL byte in a string (is this a binary file?)");
            if (c < 0x20 || c == 0x7F) {
                fail(here(), "control byte " + hexByte(c)
                                 + " in a string must be written as a \\u escape");
            }
            if (c >= 0x80) {
                const std::size_t n = utf8SequenceLength(m_text, m_pos);
                if (n == 0) {
                    fail(here(), "byte " + hexByte(c)
                                     + " in a string is not valid UTF-8 (is this a binary file?)");
                }
                out.append(m_text.substr(m_pos, n));
                for (std::size_t i = 0; i < n; ++i)
                    advance();
                continue;
            }
            out += static_cast<char>(c);
            advance();
        }
    }

    Value parseNumber()
    {
        Value v;
        v.m_position = here();
        const std::size_t begin = m_pos;
        Number number;
        if (peek() == '-') {
            number.isNegative = true;
            advance();
        }
        if (atEnd())
            failAtEnd("a number");
        if (!isDigit(peek()))
            fail(here(), "invalid number: expected a digit after '-', got " + describeCharAt(m_pos));
        number.fitsUint64 = true;
        const auto addDigit = [&number](char c) {
            const auto d = static_cast<std::uint64_t>(c - '0');
            if (number.magnitude > (UINT64_MAX - d) / 10)
                number.fitsUint64 = false;
            else
                number.magnitude = number.magnitude * 10 + d;
        };
        if (peek() == '0') {
            advance();
            if (!atEnd() && isDigit(peek()))
                fail(v.m_position, "invalid number: leading zeros are not allowed");
        } else {
            while (!atEnd() && isDigit(peek())) {
                addDigit(peek());
                advance();
            }
        }
        bool integer = true;
        if (!atEnd() && peek() == '.') {
            integer = false;
            advance();
            if (atEnd())
                failAtEnd("a number");
            if (!isDigit(peek()))
                fail(here(), "invalid number: expected a digit after '.', got "
                                 + describeCharAt(m_pos));
            while (!atEnd() && isDigit(peek()))
                advance();
        }
        if (!atEnd() && (peek() == 'e' || peek() == 'E')) {
            integer = false;
            advance();
            if (!atEnd() && (peek() == '+' || peek() == '-'))
                advance();
            if (atEnd())
                failAtEnd("a number");
            if (!isDigit(peek()))
                fail(here(), "invalid number: expected a digit in the exponent, got "
                                 + describeCharAt(m_pos));
            while (!atEnd() && isDigit(peek()))
                advance();
        }
        number.isInteger = integer;
        if (!integer) {
            number.fitsUint64 = false;
            number.magnitude = 0;
        } else if (!number.fitsUint64) {
            number.magnitude = 0;
        }
        number.literal = std::string(m_text.substr(begin, m_pos - begin));
        v.m_data = std::move(number);
        return v;
    }

    // true, false, null, or a bare word that was meant to be a string.
    Value parseWord()
    {
        Value v;
        v.m_position = here();
        std::size_t end = m_pos;
        while (end < m_text.size() && (isLetter(m_text[end]) || isDigit(m_text[end]))
               && end - m_pos < 40)
            ++end;
        const std::string_view word = m_text.substr(m_pos, end - m_pos);
        if (word == "true") {
            v.m_data = true;
        } else if (word == "false") {
            v.m_data = false;
        } else if (word == "null") {
            v.m_data = nullptr;
        } else {
            fail(v.m_position, "unexpected word '" + std::string(word)
                                   + "' (JSON's literals are true, false and null; strings "
                                     "need double quotes)");
        }
        for (std::size_t i = m_pos; i < end; ++i)
            advance();
        return v;
    }

    std::string_view m_text;
    std::size_t m_maxValues = 0;
    std::size_t m_valuesLeft = 0;   // values still allowed before the document is refused
    std::size_t m_pos = 0;
    int m_line = 1;
    int m_column = 1;
    std::vector<Open> m_open;   // containers being parsed, innermost last
};

Value::Value() = default;
Value::Value(const Value &) = default;
Value::Value(Value &&) noexcept = default;
Value &Value::operator=(const Value &) = default;
Value &Value::operator=(Value &&) noexcept = default;
Value::~Value() = default;

const Member *Value::find(std::string_view key) const
{
    if (!isObject())
        return nullptr;
    for (const Member &m : asObject())
        if (m.key == key)
            return &m;
    return nullptr;
}

std::string Value::describe() const
{
    constexpr std::size_t kMaxShown = 40;
    switch (type()) {
    case Type::Null:
        return "null";
    case Type::Bool:
        return asBool() ? "true" : "false";
    case Type::Number: {
        const std::string &literal = asNumber().literal;
        if (literal.size() <= kMaxShown)
            return literal;
        return literal.substr(0, kMaxShown) + "...";
    }
    case Type::String: {
        const std::string &s = asString();
        // Cut on a code point boundary so the message stays valid UTF-8.
        std::size_t cut = 0;
        std::size_t points = 0;
        while (cut < s.size() && points < kMaxShown) {
            ++cut;
            while (cut < s.size() && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80)
                ++cut;
            ++points;
        }
        if (cut >= s.size())
            return quote(s);
        return quote(std::string_view(s).substr(0, cut)) + "...";
    }
    case Type::Array: {
        const std::size_t n = asArray().size();
        if (n == 0)
            return "an empty list";
        return "a list of " + std::to_string(n) + (n == 1 ? " element" : " elements");
    }
    case Type::Object:
        return asObject().empty() ? "an empty object" : "an object";
    }
    return {};
}

std::string ParseError::toString() const
{
    return positionText(position) + ": " + message;
}

std::variant<Value, ParseError> parse(std::string_view text, std::size_t maxValues)
{
    try {
        Parser parser(text, maxValues);
        return parser.parseDocument();
    } catch (const Failure &failure) {
        return failure.error;
    }
}

std::string quote(std::string_view text)
{
    std::string out;
    out.reserve(text.size() + 2);
    out += '"';
    for (const char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        default:
            if (c < 0x20 || c == 0x7F) {
                static constexpr char kDigits[] = "0123456789abcdef";
                out += "\\u00";
                out += kDigits[c >> 4];
                out += kDigits[c & 0xF];
            } else {
                out += ch;
            }
        }
    }
    out += '"';
    return out;
}

} // namespace corescope::json
