#include "app/jobs/snapshotqueue.h"

#include <algorithm>

namespace corescope::jobs {

void SnapshotQueue::push(std::shared_ptr<RunSnapshot> snapshot)
{
    if (snapshot)
        m_queue.push_back({std::move(snapshot), 0, 0});
}

bool SnapshotQueue::take(RunSnapshot &piece, std::size_t maxItems)
{
    maxItems = std::max<std::size_t>(maxItems, 1);
    if (m_queue.empty())
        return false;
    Item &item = m_queue.front();
    RunSnapshot &s = *item.snapshot;
    piece = RunSnapshot{};
    piece.tasksTotal = s.tasksTotal;
    piece.elapsedNs = s.elapsedNs;
    piece.status = s.status;

    const std::size_t finished = s.newlyFinished.size();
    if (item.finishedTaken < finished) {
        const std::size_t n = std::min(maxItems, finished - item.finishedTaken);
        const auto first = s.newlyFinished.begin() + static_cast<std::ptrdiff_t>(item.finishedTaken);
        piece.newlyFinished.assign(first, first + static_cast<std::ptrdiff_t>(n));
        item.finishedTaken += n;
    } else if (item.handedTaken < s.newlyHandedBack.size()) {
        const std::size_t n = std::min(maxItems, s.newlyHandedBack.size() - item.handedTaken);
        const auto first = s.newlyHandedBack.begin() + static_cast<std::ptrdiff_t>(item.handedTaken);
        piece.newlyHandedBack.assign(first, first + static_cast<std::ptrdiff_t>(n));
        item.handedTaken += n;
    }
    // Counters as far as the pieces taken so far go, so progress matches the table.
    piece.tasksFinished = s.tasksFinished - (finished - item.finishedTaken);

    const bool last = item.finishedTaken == finished
        && item.handedTaken == s.newlyHandedBack.size();
    if (last) {
        piece.newSamples = std::move(s.newSamples);
        piece.newGilHolds = std::move(s.newGilHolds);
        piece.workers = std::move(s.workers);
        piece.running = std::move(s.running);
        piece.error = std::move(s.error);
        m_queue.pop_front();
    } else {
        piece.workers = s.workers;   // small: one entry per worker
    }
    return true;
}

} // namespace corescope::jobs
