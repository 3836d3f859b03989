/// True when `actual` equals `expected` within a relative or an absolute tolerance, whichever
/// is larger: `|actual − expected| ≤ max(relative × max(|actual|, |expected|), absolute)`.
///
/// This is the one closeness rule of every test target (the semantics of Python's
/// `math.isclose`, with a non-zero absolute default). The relative bound governs values of
/// magnitude 1 and above; the absolute bound governs values near zero, where a relative
/// bound alone would demand exact equality (an expected 0 t next to a round-off of 1e-13 t).
/// Both default to 1e-9: a hand calculation written with its full digits matches to nine
/// significant figures. Pass a looser `relative:` only where the expectation is rounded (say
/// which digit in the comment beside it), and `absolute: 0` to compare tiny values (below 1e-3)
/// purely relatively. `nil` (a value that is missing) is never close; neither is NaN.
public func isClose(_ actual: Double?, _ expected: Double, relative: Double = 1e-9, absolute: Double = 1e-9) -> Bool {
    guard let actual, actual.isFinite == expected.isFinite else { return false }
    if !actual.isFinite { return actual == expected }  // ±infinity only matches itself
    return abs(actual - expected) <= max(relative * max(abs(actual), abs(expected)), absolute)
}
