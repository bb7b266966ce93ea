#pragma once

#include "core/exec/executor.h"

namespace corescope {

/// N native threads taking `chunksize` tasks at a time from one shared queue (dynamic
/// scheduling), optionally under the emulated GIL. With `inlineSerial`, the one worker is the
/// calling thread itself: the serial mode.
class ThreadPoolExecutor final : public Executor {
public:
    explicit ThreadPoolExecutor(bool inlineSerial = false) : m_inlineSerial(inlineSerial) {}
    void run(RunRecorder &recorder, std::stop_token stop) override;

private:
    bool m_inlineSerial = false;
};

} // namespace corescope
