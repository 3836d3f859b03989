/// The languages names and labels are written in.
public enum Language: String, Sendable, Hashable, CaseIterable, Codable {
    /// English.
    case english = "en"
    /// Simplified Chinese.
    case simplifiedChinese = "zh-Hans"

    /// Picks a language from a POSIX locale string such as `zh_CN.UTF-8` (Chinese) or
    /// `en_US.UTF-8`; anything else, or nothing, is English.
    public init(locale: String?) {
        let lowered = (locale ?? "").lowercased()
        self = lowered.hasPrefix("zh") ? .simplifiedChinese : .english
    }
}

/// A name in English and Simplified Chinese, e.g. "Battery-electric buses" / "纯电动公交车".
public struct LocalizedName: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The English text.
    public var english: String
    /// The Simplified Chinese text.
    public var chinese: String

    /// Creates a name from its English and Chinese text.
    public init(_ english: String, _ chinese: String) {
        self.english = english
        self.chinese = chinese
    }

    /// The name in `language`; falls back to the other language when one is empty.
    public func text(_ language: Language) -> String {
        switch language {
        case .english: english.isEmpty ? chinese : english
        case .simplifiedChinese: chinese.isEmpty ? english : chinese
        }
    }

    /// True when both languages are filled in.
    public var isComplete: Bool {
        !english.trimmingWhitespace.isEmpty && !chinese.trimmingWhitespace.isEmpty
    }

    /// `English / Chinese`.
    public var description: String { "\(english) / \(chinese)" }

    enum CodingKeys: String, CodingKey {
        case english = "en"
        case chinese = "zh-Hans"
    }
}

extension String {
    var trimmingWhitespace: String {
        var slice = Substring(self)
        while let first = slice.first, first.isWhitespace { slice.removeFirst() }
        while let last = slice.last, last.isWhitespace { slice.removeLast() }
        return String(slice)
    }
}
