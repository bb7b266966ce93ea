#include "core/io/fieldreader.h"

namespace corescope::io {

using json::expectedGot;

const json::Value &Field::value() const
{
    if (!m_value)
        fail(text::kMissing);
    return *m_value;
}

void Field::fail(const std::string &message) const
{
    throw FieldError{m_where, path(), message};
}

std::string Field::path() const
{
    if (m_key.empty())
        return m_parent;
    if (m_parent.empty())
        return std::string(m_key);
    return m_parent + '.' + std::string(m_key);
}

Field Field::operator[](std::string_view key) const
{
    const json::Value &v = value();
    if (!v.isObject())
        fail(expectedGot(text::kAnObject, v));
    if (const json::Member *member = v.find(key))
        return Field(&member->value, path(), member->key, member->value.position());
    return Field(nullptr, path(), key, v.position());
}

std::vector<std::pair<std::string_view, Field>> Field::members() const
{
    const json::Value &v = value();
    if (!v.isObject())
        fail(expectedGot(text::kAnObject, v));
    std::vector<std::pair<std::string_view, Field>> out;
    out.reserve(v.asObject().size());
    const std::string parent = path();
    for (const json::Member &m : v.asObject())
        out.emplace_back(m.key, Field(&m.value, parent, m.key, m.value.position()));
    return out;
}

std::vector<Field> Field::elements() const
{
    const json::Value &v = value();
    if (!v.isArray())
        fail(expectedGot(text::kAList, v));
    std::vector<Field> out;
    out.reserve(v.asArray().size());
    const std::string parent = path();
    for (std::size_t i = 0; i < v.asArray().size(); ++i) {
        const json::Value &e = v.asArray()[i];
        out.push_back(Field(&e, parent + '[' + std::to_string(i) + ']', {}, e.position()));
    }
    return out;
}

std::string Field::string() const
{
    const json::Value &v = value();
    if (!v.isString())
        fail(expectedGot(text::kAString, v));
    return v.asString();
}

std::string Field::stringOrNull() const
{
    const json::Value &v = value();
    if (v.isNull())
        return {};
    if (!v.isString())
        fail(expectedGot(text::kAStringOrNull, v));
    return v.asString();
}

bool Field::boolean() const
{
    const json::Value &v = value();
    if (!v.isBool())
        fail(expectedGot(text::kTrueOrFalse, v));
    return v.asBool();
}

std::int64_t Field::checkedInteger(std::int64_t min, std::int64_t max, bool nullable) const
{
    const json::Value &v = value();
    if (nullable && v.isNull())
        return -1;
    if (!v.isNumber() || !v.asNumber().isInteger) {
        // A fraction is not an integer; a string or a list is not even a number.
        fail(expectedGot(nullable        ? text::kAnIntegerOrNull
                         : v.isNumber() ? text::kAnInteger
                                        : text::kAWholeNumber,
                         v));
    }
    const json::Number &n = v.asNumber();
    constexpr std::uint64_t kMinMagnitude = std::uint64_t{1} << 63;   // |INT64_MIN|
    const bool fits = n.fitsUint64
        && (n.isNegative ? n.magnitude <= kMinMagnitude : n.magnitude <= std::uint64_t{INT64_MAX});
    // Two's complement wrap-around is defined in C++20 and gives INT64_MIN for 2^63.
    const std::int64_t value = !fits ? 0
        : n.isNegative               ? static_cast<std::int64_t>(0 - n.magnitude)
                                     : static_cast<std::int64_t>(n.magnitude);
    if (!fits || value < min || value > max) {
        fail(text::formatEngineText(text::kOutOfRange,
                                    {v.describe(), std::to_string(min), std::to_string(max)}));
    }
    return value;
}

std::int64_t Field::integer(std::int64_t min, std::int64_t max) const
{
    return checkedInteger(min, max, false);
}

std::int64_t Field::integerOrNull(std::int64_t min, std::int64_t max) const
{
    return checkedInteger(min, max, true);
}

} // namespace corescope::io
