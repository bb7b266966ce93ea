#include "core/workload/catalog.h"

#include "core/util/enginetext.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <algorithm>
#include <array>
#include <filesystem>
#include <string_view>

// The workloads are compiled into the static core library; a static library's resources are
// only registered when something references their initialiser. Q_INIT_RESOURCE has to be used
// outside any namespace.
static void initShippedWorkloadResources()
{
    Q_INIT_RESOURCE(corescope_workloads);
}

namespace corescope {

namespace {

// The order a class meets them in: the seeds' lessons first (CPU-bound work, waiting work,
// result order, shared state), then the pitfalls. Files not listed here follow, by id.
constexpr std::array<std::string_view, 18> kTeachingOrder{
    "primes50",     "primes6",        "gcd4",           "sum10",        "io-sleep",
    "doubler",      "doubler-sleep",  "doubler-sleep-reverse",          "big-results",
    "counter-racy",
    "counter-locked", "counter-shared", "counter-shared-locked",        "counter-manager",
    "tiny-tasks",   "uneven-tasks",   "memory-bound",   "broken-pool"};

std::size_t teachingRank(const std::string &id)
{
    const auto it = std::find(kTeachingOrder.begin(), kTeachingOrder.end(), id);
    return static_cast<std::size_t>(it - kTeachingOrder.begin());
}

std::variant<Workload, WorkloadError> loadResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return WorkloadError{path.toStdString(), 0, 0, {}, text::kCannotOpenShipped};
    const QByteArray data = file.readAll();
    return parseWorkload(std::string_view(data.constData(), static_cast<std::size_t>(data.size())),
                         path.toStdString());
}

std::vector<CatalogEntry> loadCatalog()
{
    initShippedWorkloadResources();
    const QDir dir(QStringLiteral(":/workloads"));
    const QStringList files =
        dir.entryList(QStringList{QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    std::vector<CatalogEntry> entries;
    for (const QString &fileName : files) {
        auto loaded = loadResource(dir.filePath(fileName));
        if (const auto *error = std::get_if<WorkloadError>(&loaded)) {
            // tst_catalog loads every shipped file, so this only shows in a broken build.
            qWarning("corescope: skipping a broken shipped workload: %s",
                     error->toString().c_str());
            continue;
        }
        entries.push_back({QFileInfo(fileName).completeBaseName().toStdString(),
                           std::get<Workload>(std::move(loaded))});
    }
    std::stable_sort(entries.begin(), entries.end(), [](const auto &a, const auto &b) {
        const std::size_t ra = teachingRank(a.id);
        const std::size_t rb = teachingRank(b.id);
        return ra != rb ? ra < rb : a.id < b.id;
    });
    return entries;
}

const std::vector<CatalogEntry> &catalog()
{
    static const std::vector<CatalogEntry> entries = loadCatalog();   // thread-safe, once
    return entries;
}

bool sameIgnoringCase(const std::string &a, const std::string &b)
{
    return QString::fromStdString(a).compare(QString::fromStdString(b), Qt::CaseInsensitive) == 0;
}

const CatalogEntry *findShipped(const std::string &idOrName)
{
    const auto &entries = catalog();
    for (const auto &entry : entries)
        if (sameIgnoringCase(entry.id, idOrName))
            return &entry;
    for (const auto &entry : entries)
        if (sameIgnoringCase(entry.workload.name, idOrName))
            return &entry;
    return nullptr;
}

std::string shippedIds()
{
    std::string ids;
    for (const auto &entry : catalog())
        ids += (ids.empty() ? "" : ", ") + entry.id;
    return ids;
}

} // namespace

std::vector<CatalogEntry> shippedWorkloads()
{
    return catalog();
}

std::variant<Workload, WorkloadError> resolveWorkload(const std::string &nameOrPath)
{
    if (nameOrPath.empty())
        return WorkloadError{{}, 0, 0, {},
                             text::formatEngineText(text::kNoWorkloadGiven, {shippedIds()})};
    if (nameOrPath.starts_with(":/")) {
        for (const auto &entry : catalog())
            if (entry.workload.sourcePath == nameOrPath)
                return entry.workload;
        return loadResource(QString::fromStdString(nameOrPath));
    }

    const bool hasSlash = nameOrPath.find('/') != std::string::npos;
    const bool endsInJson = nameOrPath.size() > 5
        && sameIgnoringCase(nameOrPath.substr(nameOrPath.size() - 5), ".json");
    std::error_code ec;
    const bool exists = std::filesystem::exists(nameOrPath, ec);
    if (hasSlash || (endsInJson && exists))
        return loadWorkloadFile(nameOrPath);
    if (endsInJson) {
        // "primes50.json" where no such file exists: the shipped one was meant.
        if (const CatalogEntry *entry = findShipped(nameOrPath.substr(0, nameOrPath.size() - 5)))
            return entry->workload;
        return loadWorkloadFile(nameOrPath);
    }
    if (const CatalogEntry *entry = findShipped(nameOrPath))
        return entry->workload;
    if (exists)
        return loadWorkloadFile(nameOrPath);
    return WorkloadError{nameOrPath, 0, 0, {},
                         text::formatEngineText(text::kNoSuchWorkload, {shippedIds()})};
}

} // namespace corescope
