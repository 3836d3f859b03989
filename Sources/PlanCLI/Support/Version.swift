public enum ReductionPlanVersion { public static let string = "0.1.0" }
