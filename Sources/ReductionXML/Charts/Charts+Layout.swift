import Foundation

/// Text boxes already drawn on a chart, so later labels can avoid them.
final class PlacedLabels {
    /// A label's box in SVG pixels.
    struct Box {
        var minX: Double, maxX: Double, minY: Double, maxY: Double
        func overlaps(_ other: Box) -> Bool {
            minX < other.maxX && other.minX < maxX && minY < other.maxY && other.minY < maxY
        }
    }

    private(set) var boxes: [Box] = []

    func collides(_ box: Box) -> Bool { boxes.contains { $0.overlaps(box) } }
    func add(_ box: Box) { boxes.append(box) }
}

extension SVGCanvas {
    /// Estimated advance of `text` at `size` px: CJK and full-width characters 1 em, the rest
    /// 0.62 em (wider than the digits and most Latin letters of the fonts the charts name).
    static func textWidth(_ text: String, size: Double) -> Double {
        text.unicodeScalars.reduce(0) { $0 + (Self.isWide($1) ? size : size * 0.62) }
    }

    static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        (0x2E80...0x9FFF).contains(scalar.value) || (0xF900...0xFAFF).contains(scalar.value)
            || (0xFF00...0xFF60).contains(scalar.value)
    }

    /// The box a text of `size` px occupies with its baseline at `y` and the given anchor.
    static func box(_ text: String, x: Double, y: Double, anchor: Anchor, size: Double) -> PlacedLabels.Box {
        let width = textWidth(text, size: size)
        let minX: Double
        switch anchor {
        case .start: minX = x
        case .middle: minX = x - width / 2
        case .end: minX = x - width
        }
        return .init(minX: minX, maxX: minX + width, minY: y - size * 0.85, maxY: y + size * 0.25)
    }

    /// Draws `content` at the first of `positions` where it overlaps no label drawn before;
    /// draws nothing and returns false when every position collides.
    @discardableResult
    func placeText(_ content: String, at positions: [(x: Double, y: Double)], anchor: Anchor = .start, size: Double = 13,
                   weight: String? = nil, fill: String? = nil, halo: Bool = false) throws(ReportXMLError) -> Bool {
        for position in positions {
            let box = Self.box(content, x: position.x, y: position.y, anchor: anchor, size: size)
            guard !placed.collides(box) else { continue }
            placed.add(box)
            try text(content, x: position.x, y: position.y, anchor: anchor, size: size, weight: weight, fill: fill, halo: halo)
            return true
        }
        return false
    }

    /// Draws `content` unconditionally and remembers its box (titles, axis labels).
    func fixedText(_ content: String, x: Double, y: Double, anchor: Anchor = .start, size: Double = 13,
                   weight: String? = nil, fill: String? = nil) throws(ReportXMLError) {
        placed.add(Self.box(content, x: x, y: y, anchor: anchor, size: size))
        try text(content, x: x, y: y, anchor: anchor, size: size, weight: weight, fill: fill)
    }

    /// `text` broken into lines of at most `width` px at `size` px: at spaces for Latin text,
    /// between any two characters for CJK; nothing is cut off.
    static func wrapped(_ text: String, width: Double, size: Double) -> [String] {
        var lines: [String] = [], line = "", lastBreak: String.Index?
        for character in text {
            line.append(character)
            if character == " " || character.unicodeScalars.contains(where: isWide) { lastBreak = line.endIndex }
            guard textWidth(line, size: size) > width, line.count > 1 else { continue }
            if let split = lastBreak, split < line.endIndex, split > line.startIndex {
                lines.append(String(line[..<split]).trimmingCharacters(in: .whitespaces))
                line = String(line[split...])
            } else {
                let last = line.removeLast()
                lines.append(line.trimmingCharacters(in: .whitespaces))
                line = String(last)
            }
            lastBreak = nil
        }
        if !line.trimmingCharacters(in: .whitespaces).isEmpty { lines.append(line.trimmingCharacters(in: .whitespaces)) }
        return lines
    }

    /// A measure's colour: 20 distinct colours (Tableau 20 reordered so neighbours differ),
    /// then golden-angle hues; the same index gives the same colour in every chart.
    static func colour(_ index: Int) -> String {
        if index >= 0 && index < palette.count { return palette[index] }
        let hue = (Double(index) * 137.508).truncatingRemainder(dividingBy: 360)
        return hsl(hue, saturation: 0.55, lightness: index % 2 == 0 ? 0.45 : 0.62)
    }

    static let palette = ["#4E79A7", "#F28E2B", "#59A14F", "#E15759", "#76B7B2", "#EDC948", "#B07AA1", "#FF9DA7",
                          "#9C755F", "#BAB0AC", "#A0CBE8", "#FFBE7D", "#8CD17D", "#FF9D9A", "#499894", "#F1CE63",
                          "#D37295", "#FABFD2", "#D4A6C8", "#86BCB6"]

    static func hsl(_ hue: Double, saturation: Double, lightness: Double) -> String {
        let c = (1 - abs(2 * lightness - 1)) * saturation
        let h = hue / 60, x = c * (1 - abs(h.truncatingRemainder(dividingBy: 2) - 1)), m = lightness - c / 2
        let (r, g, b): (Double, Double, Double) = switch Int(h) {
        case 0: (c, x, 0)
        case 1: (x, c, 0)
        case 2: (0, c, x)
        case 3: (0, x, c)
        case 4: (x, 0, c)
        default: (c, 0, x)
        }
        func hex(_ v: Double) -> String {
            let byte = Int(((v + m) * 255).rounded())
            let digits = String(max(0, min(255, byte)), radix: 16, uppercase: true)
            return digits.count == 1 ? "0" + digits : digits
        }
        return "#" + hex(r) + hex(g) + hex(b)
    }
}
