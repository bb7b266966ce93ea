#pragma once

#include "core/exec/runoptions.h"
#include "core/workload/workload.h"

#include <string>
#include <string_view>

namespace corescope {

/// The Python program that does what `options` do on `workload`: the kernel (its source from
/// `kernelsSource`, the text of corescope_kernels.py, when it stands alone there; else an
/// import), the inputs, and the pool and API calls the Python runtime's driver makes for these
/// options (resources/python/corescope_driver.py, without its tracing). For a native run it is
/// what the same settings mean in Python, with a comment on what differs (the GIL). Runnable
/// as it is, beside corescope_kernels.py when it imports from there.
std::string pythonEquivalent(const Workload &workload, const RunOptions &options,
                             std::string_view kernelsSource = {});

/// The shipped kernels' Python source (corescope_kernels.py beside the driver), or "".
std::string shippedKernelsSource();

/// `def name(...)` and its body, cut from `source` (up to the next line at column 0), or ""
/// when there is no such top-level function.
std::string pythonFunctionSource(std::string_view source, std::string_view name);

} // namespace corescope
