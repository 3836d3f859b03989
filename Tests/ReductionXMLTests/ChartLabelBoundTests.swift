import Testing
@testable import ReductionXML

/// Chart labels never trap: past 10^15 they switch to exponent form (the label converted to
/// Int64, which ends at 9.2 × 10^18 and trapped on larger values).
@Suite("Chart labels of huge values")
struct ChartLabelBoundTests {
    @Test("values past Int64.max are labelled in exponent form")
    func pastInt64() {
        #expect(SVGCanvas.label(1e19) == "1e+19")
        #expect(SVGCanvas.label(-2.5e30, digits: 1) == "-2.5e+30")
        // Just below the bound the grouped form stays: 10^15 − 1.
        #expect(SVGCanvas.label(999_999_999_999_999) == "999,999,999,999,999")
    }
}
