#include "core/exec/executor.h"

#include "core/exec/mpiexecutor.h"
#include "core/exec/processpoolexecutor.h"
#include "core/exec/pythonexecutor.h"
#include "core/exec/threadpoolexecutor.h"

namespace corescope {

std::unique_ptr<Executor> makeExecutor(const RunOptions &options)
{
    if (options.runtime == Runtime::Python)
        return std::make_unique<PythonExecutor>();
    switch (options.mode) {
    case Mode::Serial:
        return std::make_unique<ThreadPoolExecutor>(/*inlineSerial=*/true);
    case Mode::Threads:
        return std::make_unique<ThreadPoolExecutor>();
    case Mode::Processes:
        return std::make_unique<ProcessPoolExecutor>();
    case Mode::Mpi:
        return std::make_unique<MpiExecutor>();
    }
    return nullptr;
}

} // namespace corescope
