#include "core/workload/catalog.h"

#include <QDir>
#include <QFile>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#include <numeric>
#include <string>

using namespace corescope;

namespace {

const QStringList kTeachingOrder{
    QStringLiteral("primes50"),     QStringLiteral("primes6"),      QStringLiteral("gcd4"),
    QStringLiteral("sum10"),        QStringLiteral("doubler"),      QStringLiteral("doubler-sleep"),
    QStringLiteral("counter-racy"), QStringLiteral("counter-locked"), QStringLiteral("counter-shared"),
    QStringLiteral("counter-shared-locked"), QStringLiteral("counter-manager"),
    QStringLiteral("tiny-tasks"),   QStringLiteral("uneven-tasks"), QStringLiteral("memory-bound"),
    QStringLiteral("broken-pool")};

QString dataPath(const char *name)
{
    return QStringLiteral(CORESCOPE_TEST_DATA "/workloads/") + QString::fromUtf8(name);
}

const CatalogEntry *entry(const std::vector<CatalogEntry> &entries, const std::string &id)
{
    for (const auto &e : entries)
        if (e.id == id)
            return &e;
    return nullptr;
}

// Independent of the kernels under test: the answers the shipped "expected" lists must hold.
bool isPrimeByTrialDivision(std::uint64_t n)
{
    if (n < 2)
        return false;
    if (n % 2 == 0)
        return n == 2;
    for (std::uint64_t d = 3; d <= n / d; d += 2)
        if (n % d == 0)
            return false;
    return true;
}

std::string resolvedName(const std::string &nameOrPath)
{
    auto result = resolveWorkload(nameOrPath);
    if (const auto *error = std::get_if<WorkloadError>(&result))
        return "error: " + error->toString();
    return std::get<Workload>(result).name;
}

} // namespace

class TestCatalog final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shipsEveryFileInTeachingOrder();
    void everyShippedWorkloadIsComplete();
    void shippedWorkloadsHaveTheirShape_data();
    void shippedWorkloadsHaveTheirShape();
    void expectedResultsAreRight();
    void resolvesIds_data();
    void resolvesIds();
    void resolvesNamesCaseInsensitively_data();
    void resolvesNamesCaseInsensitively();
    void resolvesPaths();
    void shippedIdWinsOverABareFileName();
    void reportsWhatWasNotFound();
};

void TestCatalog::shipsEveryFileInTeachingOrder()
{
    const auto entries = shippedWorkloads();
    QStringList ids;
    for (const auto &e : entries)
        ids << QString::fromStdString(e.id);
    // The workloads this suite knows come in teaching order (others may sit in between).
    QStringList known = ids;
    known.removeIf([](const QString &id) { return !kTeachingOrder.contains(id); });
    QCOMPARE(known, kTeachingOrder);
    QCOMPARE(ids.first(), QStringLiteral("primes50"));

    // Every file in the source tree made it into the resource, and parsed.
    QDir sources(QStringLiteral(CORESCOPE_TEST_DATA "/../../resources/workloads"));
    QStringList files = sources.entryList(QStringList{QStringLiteral("*.json")}, QDir::Files);
    for (QString &f : files)
        f.chop(5);
    files.sort();
    ids.sort();
    QCOMPARE(ids, files);
}

void TestCatalog::everyShippedWorkloadIsComplete()
{
    for (const auto &e : shippedWorkloads()) {
        const Workload &w = e.workload;
        const QByteArray id = QByteArray::fromStdString(e.id);
        QVERIFY2(!w.name.empty(), id);
        QVERIFY2(!w.description.empty(), id);
        QVERIFY2(w.description.find('\n') == std::string::npos, id);
        QVERIFY2(w.description.size() <= 240, id);   // one line in `corescope workloads`
        QCOMPARE(w.sourcePath, ":/workloads/" + e.id + ".json");
        QVERIFY2(w.taskCount() >= 1, id);
        if (w.expected)
            QCOMPARE(w.expected->size(), w.taskCount());
        // Shipped files stay small: generators, not lists, for big workloads.
        QFile file(QString::fromStdString(w.sourcePath));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(file.size() < 4096, id);
    }
    // Names are unique, even ignoring case, so each one resolves to its own workload.
    const auto entries = shippedWorkloads();
    for (std::size_t i = 0; i < entries.size(); ++i)
        for (std::size_t j = i + 1; j < entries.size(); ++j)
            QVERIFY(QString::fromStdString(entries[i].workload.name)
                        .compare(QString::fromStdString(entries[j].workload.name),
                                 Qt::CaseInsensitive)
                    != 0);
}

void TestCatalog::shippedWorkloadsHaveTheirShape_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("kernel");
    QTest::addColumn<quint64>("tasks");
    QTest::addColumn<bool>("hasExpected");
    QTest::addRow("primes50") << QStringLiteral("primes50") << QStringLiteral("is_prime")
                              << quint64(50) << true;
    QTest::addRow("primes6") << QStringLiteral("primes6") << QStringLiteral("is_prime")
                             << quint64(6) << true;
    QTest::addRow("gcd4") << QStringLiteral("gcd4") << QStringLiteral("gcd_naive") << quint64(4)
                          << true;
    QTest::addRow("sum10") << QStringLiteral("sum10") << QStringLiteral("sum_loop") << quint64(10)
                           << true;
    QTest::addRow("doubler") << QStringLiteral("doubler") << QStringLiteral("double") << quint64(5)
                             << true;
    QTest::addRow("doubler-sleep") << QStringLiteral("doubler-sleep") << QStringLiteral("double")
                                   << quint64(3) << true;
    QTest::addRow("tiny-tasks") << QStringLiteral("tiny-tasks") << QStringLiteral("double")
                                << quint64(1'000'000) << false;
    QTest::addRow("uneven-tasks") << QStringLiteral("uneven-tasks") << QStringLiteral("spin_ms")
                                  << quint64(63) << true;
    QTest::addRow("memory-bound") << QStringLiteral("memory-bound") << QStringLiteral("mem_sweep")
                                  << quint64(16) << false;
    QTest::addRow("broken-pool") << QStringLiteral("broken-pool") << QStringLiteral("crash")
                                 << quint64(7) << false;
}

void TestCatalog::shippedWorkloadsHaveTheirShape()
{
    QFETCH(QString, id);
    QFETCH(QString, kernel);
    QFETCH(quint64, tasks);
    QFETCH(bool, hasExpected);
    const auto entries = shippedWorkloads();
    const CatalogEntry *e = entry(entries, id.toStdString());
    QVERIFY(e);
    QCOMPARE(QString::fromUtf8(e->workload.kernelInfo().name.data(),
                               qsizetype(e->workload.kernelInfo().name.size())),
             kernel);
    QCOMPARE(e->workload.taskCount(), tasks);
    QCOMPARE(e->workload.expected.has_value(), hasExpected);
}

void TestCatalog::expectedResultsAreRight()
{
    const auto entries = shippedWorkloads();

    const Workload &primes50 = entry(entries, "primes50")->workload;
    QCOMPARE(primes50.input(0).a, std::uint64_t{112272535095293ULL});
    QCOMPARE(primes50.input(49).a, std::uint64_t{548890602505801ULL});
    for (std::uint64_t i = 0; i < primes50.taskCount(); ++i)
        QCOMPARE((*primes50.expected)[i], std::uint64_t{isPrimeByTrialDivision(primes50.input(i).a)});

    // The notebook's six are the first six of the fifty: five primes, then 1099726899285419.
    const Workload &primes6 = entry(entries, "primes6")->workload;
    for (std::uint64_t i = 0; i < 6; ++i)
        QCOMPARE(primes6.input(i), primes50.input(i));
    QCOMPARE(*primes6.expected, (std::vector<std::uint64_t>{1, 1, 1, 1, 1, 0}));

    const Workload &gcd4 = entry(entries, "gcd4")->workload;
    QCOMPARE(gcd4.input(0), (TaskInput{1963309, 2265973}));
    QCOMPARE(gcd4.input(3), (TaskInput{2039045, 2020802}));
    for (std::uint64_t i = 0; i < 4; ++i)
        QCOMPARE((*gcd4.expected)[i], std::gcd(gcd4.input(i).a, gcd4.input(i).b));

    const Workload &sum10 = entry(entries, "sum10")->workload;
    QCOMPARE(sum10.input(0).a, std::uint64_t{10000000});
    QCOMPARE(sum10.input(9).a, std::uint64_t{10000009});
    for (std::uint64_t i = 0; i < 10; ++i) {
        const std::uint64_t n = sum10.input(i).a;
        QCOMPARE((*sum10.expected)[i], 1 + n * (n + 1) / 2);
    }

    for (const char *id : {"doubler", "doubler-sleep"}) {
        const Workload &w = entry(entries, id)->workload;
        for (std::uint64_t i = 0; i < w.taskCount(); ++i)
            QCOMPARE((*w.expected)[i], 2 * w.input(i).a);
    }
    QCOMPARE(entry(entries, "doubler")->workload.input(4).a, std::uint64_t{25});
    QCOMPARE(entry(entries, "doubler-sleep")->workload.params.sleepMsPerUnit, 1000.0);
    QCOMPARE(entry(entries, "doubler")->workload.params.sleepMsPerUnit, 0.0);

    const Workload &uneven = entry(entries, "uneven-tasks")->workload;
    for (std::uint64_t i = 0; i < uneven.taskCount(); ++i)
        QCOMPARE((*uneven.expected)[i], uneven.input(i).a);   // spin_ms returns its input
    QCOMPARE(uneven.input(uneven.taskCount() - 1).a, std::uint64_t{800});

    const Workload &broken = entry(entries, "broken-pool")->workload;
    QCOMPARE(broken.input(4).a, std::uint64_t{0});   // the task that kills its worker
    QCOMPARE(broken.params.crashSignal, 11);

    const Workload &memory = entry(entries, "memory-bound")->workload;
    QCOMPARE(memory.params.bufferMiB, std::uint64_t{64});
}

void TestCatalog::resolvesIds_data()
{
    QTest::addColumn<QString>("id");
    for (const QString &id : kTeachingOrder)
        QTest::addRow("%s", qPrintable(id)) << id;
}

void TestCatalog::resolvesIds()
{
    QFETCH(QString, id);
    auto result = resolveWorkload(id.toStdString());
    QVERIFY(std::holds_alternative<Workload>(result));
    QCOMPARE(std::get<Workload>(result).sourcePath, ":/workloads/" + id.toStdString() + ".json");
    // The resource path itself resolves too.
    auto byResource = resolveWorkload(":/workloads/" + id.toStdString() + ".json");
    QVERIFY(std::holds_alternative<Workload>(byResource));
    QCOMPARE(std::get<Workload>(byResource).name, std::get<Workload>(result).name);
}

void TestCatalog::resolvesNamesCaseInsensitively_data()
{
    QTest::addColumn<QString>("given");
    QTest::addColumn<QString>("name");
    QTest::addRow("exact name") << QStringLiteral("Seed primes (50)")
                                << QStringLiteral("Seed primes (50)");
    QTest::addRow("upper-case name") << QStringLiteral("SEED PRIMES (6)")
                                     << QStringLiteral("Seed primes (6)");
    QTest::addRow("lower-case name") << QStringLiteral("many tiny tasks")
                                     << QStringLiteral("Many tiny tasks");
    QTest::addRow("upper-case id") << QStringLiteral("PRIMES50") << QStringLiteral("Seed primes (50)");
    QTest::addRow("mixed-case id") << QStringLiteral("Broken-Pool") << QStringLiteral("Broken pool");
    QTest::addRow("id with .json, no such file") << QStringLiteral("gcd4.json")
                                                 << QStringLiteral("Naive gcd (4 pairs)");
}

void TestCatalog::resolvesNamesCaseInsensitively()
{
    QFETCH(QString, given);
    QFETCH(QString, name);
    QCOMPARE(QString::fromStdString(resolvedName(given.toStdString())), name);
}

void TestCatalog::resolvesPaths()
{
    const std::string fixture = dataPath("primes-small.json").toStdString();
    auto result = resolveWorkload(fixture);
    QVERIFY(std::holds_alternative<Workload>(result));
    QCOMPARE(std::get<Workload>(result).name, std::string("Small primes"));
    QCOMPARE(std::get<Workload>(result).sourcePath, fixture);

    // A bad file's error comes back as it is, with its position.
    const std::string bad = dataPath("primes.json").toStdString();
    QCOMPARE(resolvedName(bad),
             "error: " + bad + ":3:17: inputs[1]: expected a non-negative integer, got \"two\"");

    // Bare file names in the current directory, with or without ".json".
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString previous = QDir::currentPath();
    QVERIFY(QDir::setCurrent(dir.path()));
    QVERIFY(QFile::copy(dataPath("primes-small.json"), QStringLiteral("mine.json")));
    QVERIFY(QFile::copy(dataPath("primes-small.json"), QStringLiteral("my-workload")));
    const std::string inJson = resolvedName("mine.json");
    const std::string bare = resolvedName("my-workload");
    const std::string missing = resolvedName("missing.json");
    QVERIFY(QDir::setCurrent(previous));
    QCOMPARE(inJson, std::string("Small primes"));
    QCOMPARE(bare, std::string("Small primes"));
    QCOMPARE(missing, std::string("error: missing.json: file not found"));
}

void TestCatalog::shippedIdWinsOverABareFileName()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString previous = QDir::currentPath();
    QVERIFY(QDir::setCurrent(dir.path()));
    QVERIFY(QFile::copy(dataPath("primes-small.json"), QStringLiteral("primes6")));
    const std::string shipped = resolvedName("primes6");
    const std::string local = resolvedName("./primes6");
    QVERIFY(QDir::setCurrent(previous));
    QCOMPARE(shipped, std::string("Seed primes (6)"));
    QCOMPARE(local, std::string("Small primes"));
}

void TestCatalog::reportsWhatWasNotFound()
{
    std::string ids;
    for (const auto &e : shippedWorkloads())
        ids += (ids.empty() ? "" : ", ") + e.id;
    QVERIFY(ids.starts_with("primes50, primes6, gcd4, sum10, "));
    QCOMPARE(resolvedName("primes-51"),
             "error: primes-51: no such file, and no shipped workload has this id or name; "
             "shipped: " + ids);
    QCOMPARE(resolvedName(""), "error: no workload given; shipped: " + ids);
    QCOMPARE(resolvedName("/nonexistent/primes50"), std::string("error: /nonexistent/primes50: file not found"));
    QCOMPARE(resolvedName(":/workloads/nope.json"),
             std::string("error: :/workloads/nope.json: cannot open the shipped workload"));
}

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
