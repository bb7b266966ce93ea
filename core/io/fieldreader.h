#pragma once

// Typed reading of a parsed JSON value's members, with errors that name the field's path
// ("options.chunksize", "tasks[12].start_ns") and where its value starts. The one field
// reader of run reports, sweep reports and saved options.

#include "core/io/jsonreader.h"
#include "core/util/enginetext.h"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace corescope::io {

/// A field of the wrong type, out of range or missing.
struct FieldError {
    json::Position position;   ///< where the value starts (its parent's, when missing)
    std::string field;         ///< "options.chunksize"; empty for the document itself
    std::string message;       ///< "expected an integer, got 2.5"
    /// "field: message", or the message alone for the document.
    std::string toString() const { return field.empty() ? message : field + ": " + message; }
};

/// One field: a value (or its absence) and the path that names it. Every read throws
/// FieldError when the value is missing or not what it should be. A Field refers to the
/// json::Value it was made from, which must outlive it, and to its key (a member's key in that
/// value, or the string given to operator[] when missing: pass literals).
class Field {
public:
    /// The document's root (path empty) or any value with the path that names it.
    explicit Field(const json::Value &value, std::string path = {})
        : m_value(&value), m_parent(std::move(path)), m_where(value.position())
    {
    }

    /// "tasks[3].start_ns"; built when asked (paths are only needed for errors).
    std::string path() const;
    bool exists() const { return m_value != nullptr; }
    bool isNull() const { return m_value && m_value->isNull(); }
    /// Where the value starts; its parent's position when it is missing.
    json::Position position() const { return m_where; }
    /// The value; throws "missing" when there is none.
    const json::Value &value() const;

    /// A member of this object (which it must be): it may be missing, see exists().
    Field operator[](std::string_view key) const;
    /// This object's members, in file order.
    std::vector<std::pair<std::string_view, Field>> members() const;
    /// This list's elements, named "path[i]".
    std::vector<Field> elements() const;

    std::string string() const;
    /// A string, or "" for null.
    std::string stringOrNull() const;
    bool boolean() const;
    /// An integer from `min` to `max`.
    std::int64_t integer(std::int64_t min, std::int64_t max) const;
    /// As integer(), or -1 for null (the records' "did not happen").
    std::int64_t integerOrNull(std::int64_t min, std::int64_t max) const;
    /// A number, straight to T (text written as the shortest float reads back as the same
    /// float only without a detour through double); must be finite.
    template <typename T>
    T real() const;

    /// Throws FieldError for this field.
    [[noreturn]] void fail(const std::string &message) const;

private:
    Field(const json::Value *value, std::string parent, std::string_view key, json::Position where)
        : m_value(value), m_parent(std::move(parent)), m_key(key), m_where(where)
    {
    }
    std::int64_t checkedInteger(std::int64_t min, std::int64_t max, bool nullable) const;

    // The path in two parts, so reading a member costs no allocation (a parent such as
    // "tasks[12]" fits std::string's small buffer).
    const json::Value *m_value = nullptr;
    std::string m_parent;
    std::string_view m_key;   // empty for the root and list elements
    json::Position m_where;
};

template <typename T>
T Field::real() const
{
    const json::Value &v = value();
    if (!v.isNumber())
        fail(json::expectedGot(text::kANumber, v));
    const std::string &text = v.asNumber().literal;
    T out{};
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
    if (ec != std::errc() || end != text.data() + text.size() || !std::isfinite(out))
        fail(json::expectedGot(text::kAFiniteNumber, v));
    return out;
}

} // namespace corescope::io
