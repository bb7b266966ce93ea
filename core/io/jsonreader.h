#pragma once

// The one JSON reader: workload files, run and sweep reports, saved options. Strict and
// standard C++ only. It exists instead of QJsonDocument because errors must name
// line:column, integers must stay exact (QJsonValue turns every number into a double),
// duplicate keys must be refused, not silently merged, and memory must stay bounded: a
// document is either parsed whole into a Value (parse(), at most kMaxValues values) or pulled
// piece by piece through a Reader (a million-task report streams, each task a small Value).

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <variant>
#include <vector>

namespace corescope::json {

/// Where a value or key starts. Both 1-based; `column` counts Unicode code points (not bytes)
/// from the start of the line, so it matches what an editor shows for non-ASCII text. A tab
/// counts as one column. A leading UTF-8 byte order mark is skipped and not counted.
struct Position {
    int line = 0;
    int column = 0;
    friend bool operator==(const Position &, const Position &) = default;
};

/// Nesting deeper than this (arrays and objects together) is refused.
inline constexpr int kMaxDepth = 64;
/// A document with more values than this is refused (every scalar, list and object counts, so
/// every list element and member value does). A parsed value takes about 64 bytes, some 50
/// times the text of a list like [1,1,1,...]: the file size alone does not bound memory, this
/// does (measured peak: ~0.3 GB for a list of 4M numbers, ~0.7 GB for an object of 4M members).
inline constexpr std::size_t kMaxValues = std::size_t{1} << 22;
/// The largest integer a JSON number can hold exactly everywhere (IEEE double: 2^53).
inline constexpr std::uint64_t kMaxExactInteger = std::uint64_t{1} << 53;

enum class Type : std::uint8_t { Null, Bool, Number, String, Array, Object };

/// A number as written. Nothing is rounded: the literal is kept, and integers are decoded
/// exactly when they fit 64 bits.
struct Number {
    std::string literal;          ///< exactly as in the source, e.g. "5.0", "-3", "1e3"
    std::uint64_t magnitude = 0;  ///< |value| when isInteger && fitsUint64
    bool isInteger = false;       ///< no fraction and no exponent in the literal
    bool isNegative = false;      ///< a leading '-' (also for "-0")
    bool fitsUint64 = false;      ///< isInteger and |value| <= 2^64 - 1

    /// An integer literal that any JSON reader holds exactly: |value| <= 2^53.
    bool isExactInteger() const
    {
        return isInteger && fitsUint64 && magnitude <= kMaxExactInteger;
    }
};

class Value;
struct Member;
using Array = std::vector<Value>;
using Object = std::vector<Member>;   ///< in file order; keys are unique

/// One parsed JSON value with the position it starts at.
class Value {
public:
    // Defined in json.cpp, where Member is complete: an Object is a vector of Members, which
    // hold Values, so the special members cannot be instantiated in this header.
    Value();
    Value(const Value &);
    Value(Value &&) noexcept;
    Value &operator=(const Value &);
    Value &operator=(Value &&) noexcept;
    ~Value();

    Type type() const { return static_cast<Type>(m_data.index()); }
    Position position() const { return m_position; }

    bool isNull() const { return type() == Type::Null; }
    bool isBool() const { return type() == Type::Bool; }
    bool isNumber() const { return type() == Type::Number; }
    bool isString() const { return type() == Type::String; }
    bool isArray() const { return type() == Type::Array; }
    bool isObject() const { return type() == Type::Object; }

    /// Accessors: the type must match (check with is*() first).
    bool asBool() const { return std::get<bool>(m_data); }
    const Number &asNumber() const { return std::get<Number>(m_data); }
    const std::string &asString() const { return std::get<std::string>(m_data); }
    const Array &asArray() const { return std::get<Array>(m_data); }
    const Object &asObject() const { return std::get<Object>(m_data); }

    /// The member called `key` of an object, or nullptr (also when this is not an object).
    const Member *find(std::string_view key) const;

    /// A short rendering for error messages: "two" (quoted, shortened), 5.0, true, null,
    /// "a list of 3 elements", "an empty list", "an object".
    std::string describe() const;

private:
    friend class Reader;
    std::variant<std::nullptr_t, bool, Number, std::string, Array, Object> m_data;
    Position m_position;
};

struct Member {
    std::string key;
    Position keyPosition;
    Value value;
};

/// Why a text is not valid JSON, and where.
struct ParseError {
    Position position;
    std::string message;
    bool tooManyValues = false;   ///< refused for the value limit, not for its syntax
    /// "3:17: message"
    std::string toString() const;
};

/// Pulls a document apart value by value, with the same rules and messages as parse(). Every
/// call throws ParseError on malformed text. Containers: beginObject() then nextMember() until
/// it returns false, reading exactly one value (readValue() or skipValue() or a nested begin*)
/// after each member; arrays likewise with beginArray() / nextElement().
class Reader {
public:
    explicit Reader(std::string_view text);

    /// Where the next value (or key, or closing bracket) starts, white space skipped.
    Position position();
    /// The type of the next value, from its first character; throws at the end of the text
    /// and on a character no value starts with. (A Bool or Null may still be a bad word: the
    /// read that follows says so.)
    Type peekType();
    /// Nothing but white space is left.
    bool atEnd();
    /// Throws "trailing data after the JSON value" unless atEnd().
    void finish();

    void beginObject();
    /// The next member's key (its position in `keyPosition`), or false at the closing brace.
    bool nextMember(std::string &key, Position &keyPosition);
    void beginArray();
    /// true when another element follows, false at the closing bracket.
    bool nextElement();

    /// The next value, whole: at most `maxValues` values (every scalar, list and object).
    Value readValue(std::size_t maxValues = kMaxValues);
    /// Steps over the next value without keeping it (nor counting it).
    void skipValue();

private:
    struct Open {
        char kind = 0;   // '[' or '{'
        Position position;
        bool first = true;
        // Keys seen so far: a short list first, hashed once an object grows (a task object
        // has 17 members; a map would cost 17 allocations each).
        std::vector<std::pair<std::string, Position>> keys;
        std::unordered_map<std::string, Position> index;
    };

    bool atEndOfText() const { return m_pos >= m_text.size(); }
    char peek() const { return m_text[m_pos]; }
    Position here() const { return {m_line, m_column}; }
    void advance();
    // `inside`: the sentence for an end inside a token (a number, a string), else the open
    // container is named.
    [[noreturn]] void failAtEnd(const std::string &inside = {});
    std::string describeCharAt(std::size_t pos) const;
    void skipWhitespace();
    void countValue();
    void begin(char kind);
    void enter(char kind);
    void leave();
    void rememberKey(const std::string &key, Position at);
    Value buildValue();
    unsigned parseHex4();
    std::string parseString();
    Value parseNumber();
    Value parseWord();

    std::string_view m_text;
    std::size_t m_pos = 0;
    int m_line = 1;
    int m_column = 1;
    std::size_t m_maxValues = 0;
    std::size_t m_valuesLeft = 0;   // values still allowed in the current readValue()
    std::vector<Open> m_open;        // containers being read, innermost at m_depth - 1
    std::size_t m_depth = 0;         // m_open keeps its frames (and their capacity) when left
};

/// Parses one complete JSON document (RFC 8259, strictly: no comments, no trailing commas,
/// no NaN, UTF-8 only, no NUL bytes, nothing after the value, no duplicate keys, nesting at
/// most kMaxDepth, at most `maxValues` values). Never throws on bad input; memory use is
/// linear in the input size and bounded by `maxValues`.
std::variant<Value, ParseError> parse(std::string_view text, std::size_t maxValues = kMaxValues);

/// Writes `text` as a JSON string literal, quotes included; control characters escaped.
std::string quote(std::string_view text);

/// "expected <expectation>, got <what v is>" (text::kExpectedGot), for readers of documents.
std::string expectedGot(std::string_view expectation, const Value &v);

} // namespace corescope::json
