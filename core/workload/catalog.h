#pragma once

#include "core/workload/workload.h"
#include "core/workload/workloadparser.h"

#include <string>
#include <variant>
#include <vector>

namespace corescope {

/// A workload shipped inside the library (resources/workloads/<id>.json).
struct CatalogEntry {
    std::string id;      ///< the file's base name: "primes50"
    Workload workload;   ///< sourcePath is ":/workloads/<id>.json"
};

/// Every shipped workload, in teaching order (the seed primes first, the broken pool last).
/// Parsed once; later calls return copies of the same list.
std::vector<CatalogEntry> shippedWorkloads();

/// A shipped workload by id ("primes50") or by name ("seed primes (50)"), both compared
/// case-insensitively; anything containing a '/' or ending in ".json" is read as a file, as
/// is any other name that matches no shipped workload (write "./primes50" for a file that
/// happens to share a shipped id). Errors name the shipped ids when nothing matches.
std::variant<Workload, WorkloadError> resolveWorkload(const std::string &nameOrPath);

} // namespace corescope
