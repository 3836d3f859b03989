public import ReductionCore
