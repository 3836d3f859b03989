public enum ReductionCoreVersion { public static let string = "0.1.0" }
