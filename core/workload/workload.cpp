#include "core/workload/workload.h"

namespace corescope {

std::uint64_t Workload::taskCount() const
{
    struct Count {
        std::uint64_t operator()(const ExplicitInputs &e) const { return e.values.size(); }
        std::uint64_t operator()(const RangeInputs &r) const
        {
            if (r.step == 0 || r.stop <= r.start)
                return 0;
            return (r.stop - r.start - 1) / r.step + 1;
        }
        std::uint64_t operator()(const RepeatInputs &r) const { return r.count; }
    };
    return std::visit(Count{}, inputs);
}

TaskInput Workload::input(std::uint64_t index) const
{
    struct At {
        std::uint64_t i;
        TaskInput operator()(const ExplicitInputs &e) const { return e.values[i]; }
        TaskInput operator()(const RangeInputs &r) const { return {r.start + i * r.step, 0}; }
        TaskInput operator()(const RepeatInputs &r) const { return r.value; }
    };
    return std::visit(At{index}, inputs);
}

} // namespace corescope
