// Part of the libxml2 wall (see LibXML.swift): read-only views of a parsed node that the
// generic report comparison needs. Strings are copied out at once; no pointer escapes.
internal import CLibXML2

extension ElementNode {
    /// Every attribute as (name, value), in document order; `xml:lang` is named `xml:lang`,
    /// other namespaced attributes `{namespace}name`.
    var attributes: [(name: String, value: String)] {
        var result: [(name: String, value: String)] = []
        var attribute = node.pointee.properties
        while let current = attribute {
            let local = current.pointee.name.map { String(cString: $0) } ?? ""
            var name = local
            if let href = current.pointee.ns?.pointee.href.map({ String(cString: $0) }) {
                name = href == "http://www.w3.org/XML/1998/namespace" ? "xml:\(local)" : "{\(href)}\(local)"
            }
            var value = ""
            if let text = xmlNodeListGetString(node.pointee.doc, current.pointee.children, 1) {
                value = String(cString: text)
                clibxml2_free(text)
            }
            result.append((name, value))
            attribute = current.pointee.next
        }
        return result
    }

    /// The text directly inside the element (text and CDATA children only, not descendants').
    var ownText: String {
        var text = ""
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_TEXT_NODE || current.pointee.type == XML_CDATA_SECTION_NODE,
               let content = current.pointee.content {
                text += String(cString: content)
            }
            child = current.pointee.next
        }
        return text
    }
}
