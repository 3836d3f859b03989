/// The version of the ReductionPlan tools, written into reports as the generator version.
public enum ReductionPlanVersion { public static let string = "0.1.0" }
