#pragma once

#include "core/trace/runrecorder.h"

#include <cstddef>
#include <deque>
#include <memory>

namespace corescope::jobs {

/// The run data that arrived but is not shown yet, handed out in pieces of a bounded size, so
/// a consumer with a time budget per event-loop turn never freezes the window, even for a run
/// whose million tasks arrive in one snapshot. Single-threaded (the consumer's thread).
class SnapshotQueue {
public:
    /// Queues a snapshot (JobRunner::runProgressed / runFinished's `last`).
    void push(std::shared_ptr<RunSnapshot> snapshot);
    /// Drops everything queued (a new run began).
    void clear() { m_queue.clear(); }
    /// Takes the next piece: at most `maxItems` finished tasks (or, once a snapshot's tasks
    /// are all taken, at most `maxItems` handed-back indices). Samples, GIL holds, workers and counters
    /// travel with the last piece of each snapshot, so a handed-back task is never seen
    /// before its record. False when nothing is queued.
    bool take(RunSnapshot &piece, std::size_t maxItems);
    bool isEmpty() const { return m_queue.empty(); }

private:
    struct Item {
        std::shared_ptr<RunSnapshot> snapshot;
        std::size_t finishedTaken = 0;
        std::size_t handedTaken = 0;
    };
    std::deque<Item> m_queue;
};

} // namespace corescope::jobs
