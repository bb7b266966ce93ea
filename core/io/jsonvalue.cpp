#include "core/io/jsonreader.h"
#include "core/util/enginetext.h"

// json::Value: parsing a whole document into one (parse()), its members, and quote().

namespace corescope::json {

std::variant<Value, ParseError> parse(std::string_view text, std::size_t maxValues)
{
    try {
        Reader reader(text);
        if (reader.atEnd())
            throw ParseError{reader.position(), text::kEmptyInput};
        Value root = reader.readValue(maxValues);
        reader.finish();
        return root;
    } catch (const ParseError &error) {
        return error;
    }
}

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
            return text::kAnEmptyList;
        if (n == 1)
            return text::kAListOfOneElement;
        return text::formatEngineText(text::kAListOfElements, {std::to_string(n)});
    }
    case Type::Object:
        return asObject().empty() ? text::kAnEmptyObject : text::kAnObject;
    }
    return {};
}

std::string expectedGot(std::string_view expectation, const Value &v)
{
    return text::expectedGot(expectation, v.describe());
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
