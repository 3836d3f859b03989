public import ReductionCore
internal import CLibXML2
internal import CLibXSLT

/// The printable HTML rendering of an official report: the embedded XSLT stylesheet
/// (`Stylesheet/report-html.xsl`, also usable with any XSLT 1.0 processor such as
/// `xsltproc`) applied through libxslt, with A4 print CSS; self-contained (styles inline,
/// charts inline SVG).
///
/// ```swift
/// let html = try ReportHTML.render(xmlBytes, language: .simplifiedChinese,
///                                  charts: ["macc": maccSVG, "wedge": wedgeSVG])
/// ```
public enum ReportHTML {
    /// The stylesheet's bytes, as published beside the schema.
    public static var stylesheet: [UInt8] { PackageResources.report_html_xsl }

    /// Renders a report (any readable version: it is read and validated first) as HTML in
    /// `language`. Each `charts` entry replaces the stylesheet's placeholder
    /// `<div class="chart" data-chart="KEY"></div>` with the given SVG markup.
    public static func render(_ reportBytes: [UInt8], language: Language,
                              charts: [String: String] = [:]) throws(ReportXMLError) -> String {
        _ = try ReportReader.read(reportBytes)
        let report = try DocumentTree.parse(reportBytes, maxBytes: ReportReader.defaultMaxBytes)
        var html = try transform(report, language: language == .simplifiedChinese ? "zh-Hans" : "en")
        for (key, svg) in charts.sorted(by: { $0.key < $1.key }) {
            let placeholder = "<div class=\"chart\" data-chart=\"\(key)\"></div>"
            let body = svg.hasPrefix("<?xml") ? String(svg.drop { $0 != "\n" }.dropFirst()) : svg
            html = html.replacing(placeholder, with: "<div class=\"chart\" data-chart=\"\(key)\">\(body)</div>")
        }
        return html
    }

    /// Applies the stylesheet with the `lang` parameter; libxslt may read, write or fetch nothing.
    static func transform(_ report: DocumentTree, language: String) throws(ReportXMLError) -> String {
        let source = try DocumentTree.parse(stylesheet, maxBytes: 1 << 22)
        guard let copy = xmlCopyDoc(source.document, 1) else { throw .init(.io, "cannot copy the stylesheet") }
        guard let style = xsltParseStylesheetDoc(copy) else {
            xmlFreeDoc(copy)
            throw .init(.io, "the embedded stylesheet does not compile")
        }
        defer { xsltFreeStylesheet(style) }
        guard let context = xsltNewTransformContext(style, report.document) else {
            throw .init(.io, "cannot create an XSLT transformation context")
        }
        defer { xsltFreeTransformContext(context) }
        guard let prefs = xsltNewSecurityPrefs() else { throw .init(.io, "cannot create XSLT security preferences") }
        defer { xsltFreeSecurityPrefs(prefs) }
        for option in [XSLT_SECPREF_READ_FILE, XSLT_SECPREF_WRITE_FILE, XSLT_SECPREF_CREATE_DIRECTORY,
                       XSLT_SECPREF_READ_NETWORK, XSLT_SECPREF_WRITE_NETWORK] {
            _ = xsltSetSecurityPrefs(prefs, option, xsltSecurityForbid)
        }
        _ = xsltSetCtxtSecurityPrefs(prefs, context)
        let quoted = "'\(language)'"
        let result: xmlDocPtr? = "lang".withCString { name in
            quoted.withCString { value in
                var params: [UnsafePointer<CChar>?] = [name, value, nil]
                return params.withUnsafeMutableBufferPointer { buffer in
                    xsltApplyStylesheetUser(style, report.document, buffer.baseAddress, nil, nil, context)
                }
            }
        }
        guard let result else { throw .init(.io, "the stylesheet failed to transform the report") }
        defer { xmlFreeDoc(result) }
        var output: UnsafeMutablePointer<xmlChar>?
        var length: Int32 = 0
        guard xsltSaveResultToString(&output, &length, result, style) == 0, let output else {
            throw .init(.io, "cannot serialise the HTML")
        }
        defer { clibxml2_free(output) }
        return String(decoding: UnsafeBufferPointer(start: output, count: Int(length)), as: UTF8.self)
    }
}
