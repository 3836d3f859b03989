import Foundation
import Testing
import ReductionXML

@Suite("XML errors in app alerts")
struct XMLLocalizedErrorTests {
    @Test("localizedDescription of a ReportXMLError names the file and each libxml2 line")
    func reportErrorLocalized() {
        let error: any Error = ReportXMLError(.schemaInvalid, "the report does not conform", file: "plan.xml",
                                              diagnostics: [XMLDiagnostic(severity: .error, line: 7, column: 0, message: "bad unit", code: 1845)])
        // "plan.xml: " + message + "\n  plan.xml:7: bad unit"
        #expect(error.localizedDescription == "plan.xml: the report does not conform\n  plan.xml:7: bad unit")
    }
}
