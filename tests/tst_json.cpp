#include "core/io/jsonreader.h"

#include "tests/badjson.h"

#include <QByteArray>
#include <QRandomGenerator>
#include <QString>
#include <QTest>

#include <string>
#include <string_view>

using namespace corescope;

namespace {

std::string_view view(const QByteArray &bytes)
{
    return {bytes.constData(), static_cast<std::size_t>(bytes.size())};
}

json::Value parseOk(std::string_view text)
{
    auto result = json::parse(text);
    if (const auto *error = std::get_if<json::ParseError>(&result))
        qFatal("unexpected parse error: %s", error->toString().c_str());
    return std::get<json::Value>(std::move(result));
}

} // namespace

class TestJson final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parsesEveryType();
    void recordsPositionsOfValuesAndKeys();
    void countsColumnsInCodePoints();
    void keepsIntegersExact_data();
    void keepsIntegersExact();
    void decodesStringEscapes_data();
    void decodesStringEscapes();
    void acceptsByteOrderMarkAndCrLf();
    void acceptsNestingUpToTheLimit();
    void rejectsBadInput_data();
    void rejectsBadInput();
    void describesValuesForMessages_data();
    void describesValuesForMessages();
    void quotesStrings();
    void survivesRandomInput();
    void survivesPathologicalInput();
    void refusesMoreValuesThanTheLimit();
    void pullReaderWalksADocument();
    void pullReaderRefusesDuplicatesInLargeObjects();
};

void TestJson::parsesEveryType()
{
    const json::Value v =
        parseOk(R"({"n": null, "t": true, "f": false, "i": 42, "s": "hi", "a": [1, [2]], "o": {}})");
    QVERIFY(v.isObject());
    QCOMPARE(v.asObject().size(), std::size_t{7});
    QVERIFY(v.find("n")->value.isNull());
    QCOMPARE(v.find("t")->value.asBool(), true);
    QCOMPARE(v.find("f")->value.asBool(), false);
    QCOMPARE(v.find("i")->value.asNumber().magnitude, std::uint64_t{42});
    QCOMPARE(v.find("s")->value.asString(), std::string("hi"));
    QCOMPARE(v.find("a")->value.asArray().size(), std::size_t{2});
    QCOMPARE(v.find("a")->value.asArray()[1].asArray()[0].asNumber().magnitude, std::uint64_t{2});
    QVERIFY(v.find("o")->value.isObject());
    QVERIFY(v.find("missing") == nullptr);
    // Members stay in file order.
    QCOMPARE(v.asObject()[0].key, std::string("n"));
    QCOMPARE(v.asObject()[6].key, std::string("o"));
    QVERIFY(parseOk(" 7 ").isNumber());
    QVERIFY(parseOk("\"top\"").isString());
}

void TestJson::recordsPositionsOfValuesAndKeys()
{
    const json::Value v = parseOk("{\n  \"name\": \"x\",\n  \"inputs\": [1,\n     22]\n}");
    QCOMPARE(v.position(), (json::Position{1, 1}));
    const json::Member *name = v.find("name");
    QCOMPARE(name->keyPosition, (json::Position{2, 3}));
    QCOMPARE(name->value.position(), (json::Position{2, 11}));
    const json::Member *inputs = v.find("inputs");
    QCOMPARE(inputs->keyPosition, (json::Position{3, 3}));
    QCOMPARE(inputs->value.position(), (json::Position{3, 13}));
    QCOMPARE(inputs->value.asArray()[0].position(), (json::Position{3, 14}));
    QCOMPARE(inputs->value.asArray()[1].position(), (json::Position{4, 6}));
}

void TestJson::countsColumnsInCodePoints()
{
    // "é" is 2 bytes and "😀" 4 bytes, but one column each.
    const json::Value v = parseOk("[\"é😀\", 5, {\"ключ\": 1}]");
    QCOMPARE(v.asArray()[1].position(), (json::Position{1, 8}));
    QCOMPARE(v.asArray()[2].asObject()[0].value.position(), (json::Position{1, 20}));
    auto error = json::parse("[\"é\", x]");
    QCOMPARE(std::get<json::ParseError>(error).position, (json::Position{1, 7}));
}

void TestJson::keepsIntegersExact_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("isInteger");
    QTest::addColumn<bool>("isNegative");
    QTest::addColumn<bool>("fitsUint64");
    QTest::addColumn<bool>("isExact");
    QTest::addColumn<quint64>("magnitude");

    QTest::addRow("zero") << QByteArray("0") << true << false << true << true << quint64(0);
    QTest::addRow("seed prime") << QByteArray("1099726899285419") << true << false << true << true
                                << quint64(1099726899285419ULL);
    QTest::addRow("2^53") << QByteArray("9007199254740992") << true << false << true << true
                          << quint64(9007199254740992ULL);
    QTest::addRow("2^53+1") << QByteArray("9007199254740993") << true << false << true << false
                            << quint64(9007199254740993ULL);
    QTest::addRow("2^64-1") << QByteArray("18446744073709551615") << true << false << true << false
                            << quint64(18446744073709551615ULL);
    QTest::addRow("2^64") << QByteArray("18446744073709551616") << true << false << false << false
                          << quint64(0);
    QTest::addRow("huge") << QByteArray("123456789012345678901234567890") << true << false << false
                          << false << quint64(0);
    QTest::addRow("negative") << QByteArray("-3") << true << true << true << true << quint64(3);
    QTest::addRow("minus zero") << QByteArray("-0") << true << true << true << true << quint64(0);
    QTest::addRow("fraction") << QByteArray("5.0") << false << false << false << false
                              << quint64(0);
    QTest::addRow("exponent") << QByteArray("1e3") << false << false << false << false
                              << quint64(0);
    QTest::addRow("negative exponent") << QByteArray("-2.5E-7") << false << true << false << false
                                       << quint64(0);
}

void TestJson::keepsIntegersExact()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, isInteger);
    QFETCH(bool, isNegative);
    QFETCH(bool, fitsUint64);
    QFETCH(bool, isExact);
    QFETCH(quint64, magnitude);
    const json::Value v = parseOk(view(text));
    QVERIFY(v.isNumber());
    const json::Number &n = v.asNumber();
    QCOMPARE(n.literal, text.toStdString());
    QCOMPARE(n.isInteger, isInteger);
    QCOMPARE(n.isNegative, isNegative);
    QCOMPARE(n.fitsUint64, fitsUint64);
    QCOMPARE(n.isExactInteger(), isExact);
    QCOMPARE(n.magnitude, magnitude);
}

void TestJson::decodesStringEscapes_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("decoded");
    QTest::addRow("plain") << QByteArray(R"("abc")") << QByteArray("abc");
    QTest::addRow("empty") << QByteArray(R"("")") << QByteArray("");
    QTest::addRow("simple escapes") << QByteArray(R"("\"\\\/\b\f\n\r\t")")
                                    << QByteArray("\"\\/\b\f\n\r\t");
    QTest::addRow("latin") << QByteArray(R"("\u00e9")") << QByteArray("\xC3\xA9");
    QTest::addRow("cjk") << QByteArray(R"("\u4E2D")") << QByteArray("\xE4\xB8\xAD");
    QTest::addRow("surrogate pair") << QByteArray(R"("\ud83d\ude00")")
                                    << QByteArray("\xF0\x9F\x98\x80");
    QTest::addRow("escaped nul") << QByteArray(R"("a\u0000b")") << QByteArray("a\0b", 3);
    QTest::addRow("raw utf-8") << QByteArray("\"소수\"") << QByteArray("소수");
}

void TestJson::decodesStringEscapes()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, decoded);
    const json::Value v = parseOk(view(text));
    QCOMPARE(QByteArray::fromStdString(v.asString()), decoded);
}

void TestJson::acceptsByteOrderMarkAndCrLf()
{
    const json::Value v = parseOk("\xEF\xBB\xBF{\r\n  \"a\": 1\r\n}\r\n");
    QCOMPARE(v.position(), (json::Position{1, 1}));
    QCOMPARE(v.find("a")->value.position(), (json::Position{2, 8}));
}

void TestJson::acceptsNestingUpToTheLimit()
{
    const std::string deepest =
        std::string(json::kMaxDepth, '[') + "1" + std::string(json::kMaxDepth, ']');
    QVERIFY(parseOk(deepest).isArray());
    const std::string tooDeep =
        std::string(json::kMaxDepth + 1, '[') + std::string(json::kMaxDepth + 1, ']');
    auto result = json::parse(tooDeep);
    QVERIFY(std::holds_alternative<json::ParseError>(result));
    QCOMPARE(std::get<json::ParseError>(result).toString(),
             std::string("1:65: nesting deeper than 64 levels"));
}

void TestJson::rejectsBadInput_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("error");
    for (const testing::BadJson &bad : testing::badJsonDocuments())
        QTest::addRow("%s", bad.tag.constData()) << bad.text << bad.error;
}

void TestJson::rejectsBadInput()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, error);
    auto result = json::parse(view(text));
    QVERIFY2(std::holds_alternative<json::ParseError>(result), "bad input was accepted");
    QCOMPARE(QString::fromStdString(std::get<json::ParseError>(result).toString()), error);
}

void TestJson::describesValuesForMessages_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("description");
    QTest::addRow("string") << QByteArray(R"("two")") << QStringLiteral("\"two\"");
    QTest::addRow("string with quote") << QByteArray(R"("a\"b\n")") << QStringLiteral("\"a\\\"b\\n\"");
    QTest::addRow("long string") << QByteArray('"' + QByteArray(50, 'x') + '"')
                                 << QString(QLatin1Char('"') + QString(40, QLatin1Char('x'))
                                            + QStringLiteral("\"..."));
    QTest::addRow("long non-ascii string")
        << QByteArray('"' + QByteArray("é").repeated(45) + '"')
        << QString(QLatin1Char('"') + QString::fromUtf8("é").repeated(40) + QStringLiteral("\"..."));
    QTest::addRow("fraction") << QByteArray("5.0") << QStringLiteral("5.0");
    QTest::addRow("exponent") << QByteArray("1e3") << QStringLiteral("1e3");
    QTest::addRow("negative") << QByteArray("-7") << QStringLiteral("-7");
    QTest::addRow("long number") << QByteArray(60, '9') << QString(QString(40, QLatin1Char('9')) + QStringLiteral("..."));
    QTest::addRow("true") << QByteArray("true") << QStringLiteral("true");
    QTest::addRow("null") << QByteArray("null") << QStringLiteral("null");
    QTest::addRow("empty list") << QByteArray("[]") << QStringLiteral("an empty list");
    QTest::addRow("one-element list") << QByteArray("[1]") << QStringLiteral("a list of 1 element");
    QTest::addRow("list") << QByteArray("[1, 2, 3]") << QStringLiteral("a list of 3 elements");
    QTest::addRow("empty object") << QByteArray("{}") << QStringLiteral("an empty object");
    QTest::addRow("object") << QByteArray(R"({"a": 1})") << QStringLiteral("an object");
}

void TestJson::describesValuesForMessages()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, description);
    QCOMPARE(QString::fromStdString(parseOk(view(text)).describe()), description);
}

void TestJson::quotesStrings()
{
    QCOMPARE(json::quote("plain"), std::string("\"plain\""));
    QCOMPARE(json::quote(std::string_view("a\x01\x7F" "b", 4)), std::string("\"a\\u0001\\u007fb\""));
    QCOMPARE(json::quote("é"), std::string("\"é\""));
    // A quoted string parses back to itself.
    const std::string original("tab\there \"quoted\" back\\slash \x02");
    QCOMPARE(parseOk(json::quote(original)).asString(), original);
}

void TestJson::survivesRandomInput()
{
    // Not a fuzzer, but a cheap guard until the libFuzzer target runs in CI: mutated JSON
    // fragments and raw bytes must give a value or an error, never a crash or a hang.
    static const char *const kPieces[] = {"{", "}", "[", "]", ",", ":", "\"", "\\", "\\u", "d83d",
                                          "0", "-", "1.5", "e9", "true", "null", " ", "\n",
                                          "\"k\"", "\xC3", "\xA9", "\xFF", "9007199254740993",
                                          "/", "'", "fals"};
    QRandomGenerator rng(20240601);
    int values = 0;
    for (int round = 0; round < 20000; ++round) {
        std::string text;
        const int pieces = rng.bounded(1, 40);
        for (int i = 0; i < pieces; ++i) {
            if (rng.bounded(8) == 0)
                text += static_cast<char>(rng.bounded(256));
            else
                text += kPieces[rng.bounded(static_cast<int>(std::size(kPieces)))];
        }
        auto result = json::parse(text);
        if (const auto *error = std::get_if<json::ParseError>(&result)) {
            QVERIFY(error->position.line >= 1);
            QVERIFY(error->position.column >= 1);
            QVERIFY(!error->message.empty());
        } else {
            ++values;
        }
    }
    QVERIFY(values > 0);   // the generator does produce some valid documents
}

void TestJson::survivesPathologicalInput()
{
    // Deep nesting is refused at the limit, without recursing further.
    auto deep = json::parse(std::string(1'000'000, '['));
    QCOMPARE(std::get<json::ParseError>(deep).message, std::string("nesting deeper than 64 levels"));
    auto deepObjects = json::parse(std::string(100'000, '{'));
    QVERIFY(std::holds_alternative<json::ParseError>(deepObjects));
    // A very long number literal is kept, not converted.
    const std::string digits(100'000, '7');
    QCOMPARE(parseOk(digits).asNumber().fitsUint64, false);
    // Many members: duplicate detection stays fast (hashing, not pairwise comparison).
    std::string object = "{";
    for (int i = 0; i < 200'000; ++i)
        object += (i ? ",\"k" : "\"k") + std::to_string(i) + "\":" + std::to_string(i);
    object += ",\"k199999\":0}";
    auto duplicate = json::parse(object);
    QVERIFY(std::holds_alternative<json::ParseError>(duplicate));
    QVERIFY(std::get<json::ParseError>(duplicate).message.starts_with("duplicate key \"k199999\""));
}

void TestJson::refusesMoreValuesThanTheLimit()
{
    // Every value counts: the list, 1, [2], 2, the object and 3 are six.
    QVERIFY(std::holds_alternative<json::Value>(json::parse("[1, [2], {\"k\": 3}]", 6)));
    auto tight = json::parse("[1, [2], {\"k\": 3}]", 5);
    const auto *error = std::get_if<json::ParseError>(&tight);
    QVERIFY(error);
    QVERIFY(error->tooManyValues);
    QCOMPARE(error->toString(),
             std::string("1:16: more than 5 values in one document (the limit bounds memory use)"));
    // Syntax errors are not limit errors.
    auto syntax = json::parse("[1,", 4);
    QVERIFY(!std::get<json::ParseError>(syntax).tooManyValues);
    // The default: a list of kMaxValues - 1 numbers parses, one more is refused. Without the
    // limit such lists cost ~54 bytes of memory per byte of text (a 200 MB file: ~11 GB).
    std::string list = "[0";
    list.reserve(2 * json::kMaxValues + 4);
    for (std::size_t i = 2; i < json::kMaxValues; ++i)
        list += ",0";
    QVERIFY(std::holds_alternative<json::Value>(json::parse(list + "]")));
    auto over = json::parse(list + ",0]");
    QVERIFY(std::get<json::ParseError>(over).tooManyValues);
    QCOMPARE(std::get<json::ParseError>(over).position.column, int(list.size()) + 2);
}

void TestJson::pullReaderWalksADocument()
{
    json::Reader reader("{\"a\": [1, {\"b\": true}],\n \"skip\": {\"x\": [[]]}, \"c\": \"z\"}");
    QCOMPARE(reader.peekType(), json::Type::Object);
    reader.beginObject();
    std::string key;
    json::Position at;
    QVERIFY(reader.nextMember(key, at));
    QCOMPARE(key, std::string("a"));
    QCOMPARE(reader.peekType(), json::Type::Array);
    reader.beginArray();
    QVERIFY(reader.nextElement());
    QCOMPARE(reader.readValue().asNumber().magnitude, std::uint64_t{1});
    QVERIFY(reader.nextElement());
    const json::Value inner = reader.readValue();
    QCOMPARE(inner.find("b")->value.asBool(), true);
    QCOMPARE(inner.position(), (json::Position{1, 11}));
    QVERIFY(!reader.nextElement());
    QVERIFY(reader.nextMember(key, at));
    QCOMPARE(at, (json::Position{2, 2}));
    reader.skipValue();
    QVERIFY(reader.nextMember(key, at));
    QCOMPARE(reader.readValue().asString(), std::string("z"));
    QVERIFY(!reader.nextMember(key, at));
    QVERIFY(reader.atEnd());

    // The same messages as parse(): here a truncated list inside an object.
    json::Reader truncated("{\"a\": [1,");
    truncated.beginObject();
    QVERIFY(truncated.nextMember(key, at));
    truncated.beginArray();
    QVERIFY(truncated.nextElement());
    truncated.readValue();
    try {
        QVERIFY(truncated.nextElement());
        truncated.readValue();
        QFAIL("a truncated document was accepted");
    } catch (const json::ParseError &error) {
        QCOMPARE(error.toString(), std::string("1:10: unexpected end of input: the list opened "
                                               "at 1:7 is not closed (truncated file?)"));
    }
}

void TestJson::pullReaderRefusesDuplicatesInLargeObjects()
{
    // Keys are compared in a short list first, then hashed: both must find a duplicate.
    for (const int members : {3, 100}) {
        std::string object = "{";
        for (int i = 0; i < members; ++i)
            object += (i ? ",\"k" : "\"k") + std::to_string(i) + "\":0";
        object += ",\"k1\":0}";
        auto result = json::parse(object);
        QVERIFY(std::holds_alternative<json::ParseError>(result));
        QVERIFY(std::get<json::ParseError>(result).message.starts_with("duplicate key \"k1\" (first at 1:"));
    }
}

QTEST_GUILESS_MAIN(TestJson)
#include "tst_json.moc"
