#include "core/io/jsonreader.h"

#include "core/io/utf8.h"
#include "core/util/enginetext.h"

#include <climits>
#include <cstddef>

namespace corescope::json {

namespace {

using io::appendUtf8;
using io::utf8SequenceLength;

std::string positionText(Position p)
{
    return std::to_string(p.line) + ':' + std::to_string(p.column);
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

// Keys are compared in a list up to this many members, then hashed.
constexpr std::size_t kLinearKeys = 24;

[[noreturn]] void fail(Position at, std::string message)
{
    throw ParseError{at, std::move(message)};
}

using text::expectedGot;
using text::formatEngineText;

std::string invalidNumber(std::string_view expectation, const std::string &found)
{
    return formatEngineText(text::kInvalidNumber, {expectedGot(expectation, found)});
}

} // namespace

Reader::Reader(std::string_view text) : m_text(text)
{
    if (m_text.substr(0, 3) == "\xEF\xBB\xBF")   // editors on Windows add a BOM
        m_pos = 3;
}

// Advances one byte. Columns count code points: UTF-8 continuation bytes do not move them.
void Reader::advance()
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

void Reader::failAtEnd(const std::string &inside)
{
    if (!inside.empty())
        fail(here(), inside);
    if (m_depth > 0) {
        const Open &open = m_open[m_depth - 1];
        fail(here(), formatEngineText(open.kind == '[' ? text::kEndOfInputList
                                                       : text::kEndOfInputObject,
                                      {positionText(open.position)}));
    }
    fail(here(), text::kEndOfInput);
}

// What the byte(s) at `pos` are, for "unexpected ..." messages.
std::string Reader::describeCharAt(std::size_t pos) const
{
    const auto c = static_cast<unsigned char>(m_text[pos]);
    if (c == 0)
        return text::kNulByte;
    if (c >= 0x80) {
        const std::size_t n = utf8SequenceLength(m_text, pos);
        if (n == 0)
            return formatEngineText(text::kNotUtf8Byte, {hexByte(c)});
        return formatEngineText(text::kCharacter, {'\'' + std::string(m_text.substr(pos, n)) + '\''});
    }
    if (c < 0x20 || c == 0x7F)
        return formatEngineText(text::kControlByte, {hexByte(c)});
    return formatEngineText(text::kCharacter, {std::string{'\'', static_cast<char>(c), '\''}});
}

void Reader::skipWhitespace()
{
    while (!atEndOfText()) {
        const char c = peek();
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            advance();
        } else if (c == '/' && m_pos + 1 < m_text.size()
                   && (m_text[m_pos + 1] == '/' || m_text[m_pos + 1] == '*')) {
            fail(here(), text::kNoComments);
        } else {
            return;
        }
    }
}

Position Reader::position()
{
    skipWhitespace();
    return here();
}

bool Reader::atEnd()
{
    skipWhitespace();
    return atEndOfText();
}

void Reader::finish()
{
    if (!atEnd())
        fail(here(), formatEngineText(text::kTrailingData, {describeCharAt(m_pos)}));
}

Type Reader::peekType()
{
    skipWhitespace();
    if (atEndOfText())
        failAtEnd();
    switch (peek()) {
    case '{': return Type::Object;
    case '[': return Type::Array;
    case '"': return Type::String;
    case 't':
    case 'f': return Type::Bool;
    case 'n': return Type::Null;
    default: break;
    }
    if (peek() == '-' || isDigit(peek()))
        return Type::Number;
    readValue(1);   // throws the reason no value starts here
    return Type::Null;
}

void Reader::countValue()
{
    if (m_valuesLeft == 0) {
        ParseError error{here(),
                         formatEngineText(text::kValuesLimit, {std::to_string(m_maxValues)})};
        error.tooManyValues = true;
        throw error;
    }
    --m_valuesLeft;
}

void Reader::enter(char kind)
{
    if (m_depth >= static_cast<std::size_t>(kMaxDepth))
        fail(here(), formatEngineText(text::kNestingTooDeep, {std::to_string(kMaxDepth)}));
    if (m_depth == m_open.size())
        m_open.emplace_back();
    Open &open = m_open[m_depth++];
    open.kind = kind;
    open.position = here();
    open.first = true;
    if (kind == '{') {
        open.keys.clear();
        open.index.clear();
    }
    advance();
}

void Reader::leave()
{
    advance();
    --m_depth;
}

void Reader::begin(char kind)
{
    skipWhitespace();
    if (atEndOfText())
        failAtEnd();
    if (peek() != kind) {
        fail(here(), expectedGot(kind == '{' ? text::kAnObject : text::kAList, describeCharAt(m_pos)));
    }
    enter(kind);
}

void Reader::beginObject()
{
    begin('{');
}

void Reader::beginArray()
{
    begin('[');
}

bool Reader::nextElement()
{
    Open &open = m_open[m_depth - 1];
    skipWhitespace();
    if (open.first) {
        open.first = false;
        if (!atEndOfText() && peek() == ']') {
            leave();
            return false;
        }
        return true;
    }
    if (atEndOfText())
        failAtEnd();
    if (peek() == ']') {
        leave();
        return false;
    }
    if (peek() != ',')
        fail(here(), expectedGot(text::kCommaOrBracket, describeCharAt(m_pos)));
    advance();
    skipWhitespace();
    if (!atEndOfText() && peek() == ']')
        fail(here(), text::kNoTrailingCommas);
    return true;
}

void Reader::rememberKey(const std::string &key, Position at)
{
    Open &open = m_open[m_depth - 1];
    const Position *first = nullptr;
    if (open.index.empty()) {
        for (const auto &[seen, where] : open.keys)
            if (seen == key)
                first = &where;
        if (!first) {
            open.keys.emplace_back(key, at);
            if (open.keys.size() > kLinearKeys) {
                for (auto &[seen, where] : open.keys)
                    open.index.emplace(std::move(seen), where);
                open.keys.clear();
            }
        }
    } else {
        const auto [it, inserted] = open.index.emplace(key, at);
        if (!inserted)
            first = &it->second;
    }
    if (first)
        fail(at, formatEngineText(text::kDuplicateKey, {quote(key), positionText(*first)}));
}

bool Reader::nextMember(std::string &key, Position &keyPosition)
{
    Open &open = m_open[m_depth - 1];
    skipWhitespace();
    if (open.first) {
        open.first = false;
        if (!atEndOfText() && peek() == '}') {
            leave();
            return false;
        }
    } else {
        if (atEndOfText())
            failAtEnd();
        if (peek() == '}') {
            leave();
            return false;
        }
        if (peek() != ',') {
            fail(here(), expectedGot(text::kCommaOrBrace, describeCharAt(m_pos)));
        }
        advance();
        skipWhitespace();
    }
    if (atEndOfText())
        failAtEnd();
    if (peek() == '}')
        fail(here(), text::kNoTrailingCommas);
    if (peek() != '"') {
        fail(here(), peek() == '\'' ? std::string(text::kKeysNeedDoubleQuotes)
                                    : expectedGot(text::kAKeyInDoubleQuotes, describeCharAt(m_pos)));
    }
    keyPosition = here();
    key = parseString();
    rememberKey(key, keyPosition);
    skipWhitespace();
    if (atEndOfText())
        failAtEnd();
    if (peek() != ':')
        fail(here(), expectedGot(text::kColonAfterKey, describeCharAt(m_pos)));
    advance();
    skipWhitespace();
    return true;
}

Value Reader::readValue(std::size_t maxValues)
{
    m_maxValues = maxValues;
    m_valuesLeft = maxValues;
    skipWhitespace();
    return buildValue();
}

void Reader::skipValue()
{
    switch (peekType()) {
    case Type::Object: {
        beginObject();
        std::string key;
        Position at;
        while (nextMember(key, at))
            skipValue();
        return;
    }
    case Type::Array:
        beginArray();
        while (nextElement())
            skipValue();
        return;
    default:
        readValue(1);
    }
}

// Recursive descent; the recursion is bounded by kMaxDepth, so stack use is bounded too.
Value Reader::buildValue()
{
    if (atEndOfText())
        failAtEnd();
    countValue();
    Value v;
    v.m_position = here();
    switch (peek()) {
    case '{': {
        enter('{');
        Object members;
        std::string key;
        Position keyPosition;
        while (nextMember(key, keyPosition)) {
            Member &member = members.emplace_back();
            member.key = std::move(key);
            member.keyPosition = keyPosition;
            member.value = buildValue();
        }
        v.m_data = std::move(members);
        return v;
    }
    case '[': {
        enter('[');
        Array items;
        while (nextElement())
            items.push_back(buildValue());
        v.m_data = std::move(items);
        return v;
    }
    case '"':
        v.m_data = parseString();
        return v;
    case '\'':
        fail(here(), text::kStringsNeedDoubleQuotes);
    default:
        break;
    }
    const char c = peek();
    if (c == '-' || isDigit(c))
        return parseNumber();
    if (isLetter(c))
        return parseWord();
    fail(here(), expectedGot(text::kAValue, describeCharAt(m_pos)));
}

unsigned Reader::parseHex4()
{
    unsigned value = 0;
    for (int i = 0; i < 4; ++i) {
        if (atEndOfText())
            failAtEnd(text::kEndOfInputInEscape);
        const char c = peek();
        unsigned digit = 0;
        if (c >= '0' && c <= '9')
            digit = static_cast<unsigned>(c - '0');
        else if (c >= 'a' && c <= 'f')
            digit = static_cast<unsigned>(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F')
            digit = static_cast<unsigned>(c - 'A' + 10);
        else
            fail(here(), expectedGot(text::kHexDigits, describeCharAt(m_pos)));
        value = value * 16 + digit;
        advance();
    }
    return value;
}


// At the opening quote; returns the decoded contents.
std::string Reader::parseString()
{
    const Position start = here();
    advance();
    std::string out;
    for (;;) {
        // Plain printable ASCII in one piece: one code point a byte, no line break.
        std::size_t run = m_pos;
        while (run < m_text.size()) {
            const auto b = static_cast<unsigned char>(m_text[run]);
            if (b < 0x20 || b >= 0x7F || b == '"' || b == '\\')
                break;
            ++run;
        }
        if (run > m_pos) {
            out.append(m_text.substr(m_pos, run - m_pos));
            const std::size_t n = run - m_pos;
            m_column = n > static_cast<std::size_t>(INT_MAX - m_column) ? INT_MAX
                                                                          : m_column + int(n);
            m_pos = run;
        }
        if (atEndOfText())
            failAtEnd(formatEngineText(text::kEndOfInputInString, {positionText(start)}));
        const auto c = static_cast<unsigned char>(peek());
        if (c == '"') {
            advance();
            return out;
        }
        if (c == '\\') {
            const Position escape = here();
            advance();
            if (atEndOfText())
                failAtEnd(formatEngineText(text::kEndOfInputInString, {positionText(start)}));
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
                    fail(escape, text::kUnpairedSurrogate);
                if (cp >= 0xD800 && cp <= 0xDBFF) {
                    if (m_pos + 1 >= m_text.size() || peek() != '\\'
                        || m_text[m_pos + 1] != 'u')
                        fail(escape, text::kUnpairedSurrogate);
                    advance();
                    advance();
                    const std::uint32_t low = parseHex4();
                    if (low < 0xDC00 || low > 0xDFFF)
                        fail(escape, text::kUnpairedSurrogate);
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                }
                appendUtf8(out, cp);
                continue;   // parseHex4 already moved past the digits
            }
            default:
                fail(escape, formatEngineText(text::kInvalidEscape, {describeCharAt(m_pos)}));
            }
            advance();
            continue;
        }
        if (c == '\n' || c == '\r')
            fail(start, text::kUnterminatedString);
        if (c == 0)
            fail(here(), text::kNulInString);
        if (c < 0x20 || c == 0x7F) {
            fail(here(), formatEngineText(text::kControlInString, {hexByte(c)}));
        }
        if (c >= 0x80) {
            const std::size_t n = utf8SequenceLength(m_text, m_pos);
            if (n == 0) {
                fail(here(), formatEngineText(text::kNotUtf8InString, {hexByte(c)}));
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


Value Reader::parseNumber()
{
    Value v;
    v.m_position = here();
    const std::size_t begin = m_pos;
    Number number;
    if (peek() == '-') {
        number.isNegative = true;
        advance();
    }
    if (atEndOfText())
        failAtEnd(text::kEndOfInputInNumber);
    if (!isDigit(peek()))
        fail(here(), invalidNumber(text::kDigitAfterMinus, describeCharAt(m_pos)));
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
        if (!atEndOfText() && isDigit(peek()))
            fail(v.m_position, formatEngineText(text::kInvalidNumber, {text::kLeadingZeros}));
    } else {
        while (!atEndOfText() && isDigit(peek())) {
            addDigit(peek());
            advance();
        }
    }
    bool integer = true;
    if (!atEndOfText() && peek() == '.') {
        integer = false;
        advance();
        if (atEndOfText())
            failAtEnd(text::kEndOfInputInNumber);
        if (!isDigit(peek()))
            fail(here(), invalidNumber(text::kDigitAfterPoint, describeCharAt(m_pos)));
        while (!atEndOfText() && isDigit(peek()))
            advance();
    }
    if (!atEndOfText() && (peek() == 'e' || peek() == 'E')) {
        integer = false;
        advance();
        if (!atEndOfText() && (peek() == '+' || peek() == '-'))
            advance();
        if (atEndOfText())
            failAtEnd(text::kEndOfInputInNumber);
        if (!isDigit(peek()))
            fail(here(), invalidNumber(text::kDigitInExponent, describeCharAt(m_pos)));
        while (!atEndOfText() && isDigit(peek()))
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
Value Reader::parseWord()
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
        fail(v.m_position, formatEngineText(text::kUnexpectedWord, {word}));
    }
    for (std::size_t i = m_pos; i < end; ++i)
        advance();
    return v;
}

std::string ParseError::toString() const
{
    return positionText(position) + ": " + message;
}

} // namespace corescope::json
