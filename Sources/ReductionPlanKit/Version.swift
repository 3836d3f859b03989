/// The version of the ReductionPlan tools, written into reports as the generator version.
public enum ReductionPlanVersion {
    /// The version, `major.minor.patch`.
    public static let string = "0.1.0"
}
