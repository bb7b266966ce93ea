// io::Field: typed reads of a parsed JSON value whose errors name the field's path and where
// its value starts.

#include "core/io/fieldreader.h"

#include <QTest>

#include <climits>
#include <string>

using namespace corescope;
using io::Field;
using io::FieldError;

namespace {

json::Value parseOk(std::string_view text)
{
    auto result = json::parse(text);
    if (const auto *error = std::get_if<json::ParseError>(&result))
        qFatal("unexpected parse error: %s", error->toString().c_str());
    return std::get<json::Value>(std::move(result));
}

// Runs `read`; returns the FieldError it threw, or fails the test.
template <typename Read>
FieldError errorOf(Read read)
{
    try {
        read();
    } catch (const FieldError &error) {
        return error;
    }
    qFatal("expected a FieldError");
}

} // namespace

class TestFieldReader final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void readsTypedMembers()
    {
        const json::Value v = parseOk(
            R"({"name": "x", "n": -3, "big": 9223372036854775807, "ok": true, "r": 0.5, "none": null})");
        const Field root(v);
        QCOMPARE(root["name"].string(), std::string("x"));
        QCOMPARE(root["n"].integer(-5, 5), std::int64_t{-3});
        QCOMPARE(root["big"].integer(0, INT64_MAX), std::int64_t{INT64_MAX});
        QCOMPARE(root["ok"].boolean(), true);
        QCOMPARE(root["r"].real<double>(), 0.5);
        QCOMPARE(root["none"].integerOrNull(-1, 10), std::int64_t{-1});
        QCOMPARE(root["none"].stringOrNull(), std::string());
        QVERIFY(!root["absent"].exists());
    }

    void errorsNamePathAndPosition()
    {
        const json::Value v = parseOk("{\"tasks\": [{\"start_ns\": 1},\n {\"start_ns\": \"soon\"}]}");
        const FieldError error = errorOf([&] {
            for (const Field &task : Field(v)["tasks"].elements())
                task["start_ns"].integerOrNull(-1, INT64_MAX);
        });
        QCOMPARE(error.field, std::string("tasks[1].start_ns"));
        QCOMPARE(error.message, std::string("expected an integer or null, got \"soon\""));
        QCOMPARE(error.position, (json::Position{2, 15}));
        QCOMPARE(error.toString(), std::string("tasks[1].start_ns: expected an integer or null, "
                                               "got \"soon\""));
    }

    void missingMemberPointsAtItsObject()
    {
        const json::Value v = parseOk("{\"options\":\n  {\"mode\": \"threads\"}}");
        const FieldError error = errorOf([&] { Field(v)["options"]["chunksize"].value(); });
        QCOMPARE(error.toString(), std::string("options.chunksize: missing"));
        QCOMPARE(error.position, (json::Position{2, 3}));
    }

    void refusesWrongTypesAndRanges_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::addRow("fraction") << QStringLiteral("2.5")
                                  << QStringLiteral("x: expected an integer, got 2.5");
        QTest::addRow("string") << QStringLiteral("\"one\"")
                                << QStringLiteral("x: expected a whole number, got \"one\"");
        QTest::addRow("below") << QStringLiteral("-1")
                               << QStringLiteral("x: value -1 out of range (0 to 10)");
        QTest::addRow("above int64")
            << QStringLiteral("9223372036854775808")
            << QStringLiteral("x: value 9223372036854775808 out of range (0 to 10)");
    }

    void refusesWrongTypesAndRanges()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        const json::Value v = parseOk("{\"x\": " + text.toStdString() + '}');
        const FieldError error = errorOf([&] { Field(v)["x"].integer(0, 10); });
        QCOMPARE(QString::fromStdString(error.toString()), message);
    }

    void realsMustBeFinite()
    {
        const json::Value v = parseOk(R"({"x": 1e999, "f": 1e39})");
        QCOMPARE(errorOf([&] { Field(v)["x"].real<double>(); }).message,
                 std::string("expected a finite number, got 1e999"));
        QCOMPARE(errorOf([&] { Field(v)["f"].real<float>(); }).message,
                 std::string("expected a finite number, got 1e39"));
    }
};

QTEST_GUILESS_MAIN(TestFieldReader)
#include "tst_fieldreader.moc"
