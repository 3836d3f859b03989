import Testing
@testable import PlanCLI
import ReductionCore

@Suite("Terminal text")
struct TextOutputTests {
    @Test("display width", arguments: [
        ("abc", 3),
        ("纯电动公交车", 12),          // six CJK ideographs, two columns each
        ("BEV 公交", 8),              // 4 + 2 × 2
        ("（PM2.5）", 9),             // fullwidth parentheses 2 + 2, "PM2.5" 5
        ("e\u{301}", 1),              // e + combining acute accent
        ("", 0),
    ])
    func width(text: String, columns: Int) {
        #expect(DisplayWidth.of(text) == columns)
    }

    @Test func mixedChineseAndEnglishTableIsAligned() {
        var table = TextTable(headers: ["Measure", "t"], rightAligned: [1])
        table.append(["Battery-electric buses", "1,000"])
        table.append(["纯电动公交车", "25"])
        table.append(["Eco-driving 生态驾驶", "3"])
        let lines = table.render().split(separator: "\n").map(String.init)
        // Every line ends at the same display column: the widest name (22) + 2 spaces + "1,000" (5) = 29.
        #expect(lines.count == 5)
        for line in lines where !line.hasPrefix("─") {
            #expect(DisplayWidth.of(line) == 29)
        }
        #expect(lines[3].hasPrefix("纯电动公交车          "))  // 12 columns of text + 10 spaces of padding
    }

    @Test func truncationKeepsWidth() {
        #expect(DisplayWidth.truncate("纯电动公交车", to: 7) == "纯电动…")  // 6 columns + "…"
        #expect(DisplayWidth.of(DisplayWidth.truncate("纯电动公交车", to: 7)) <= 7)
        #expect(DisplayWidth.truncate("short", to: 10) == "short")
    }

    @Test("grouped numbers", arguments: [
        (1_234_567.891, 0, "1,234,568"), (-1_234.5, 1, "-1,234.5"), (0.044, 1, "0.0"), (-0.04, 1, "0.0"),
        (999.999, 2, "1,000.00"), (12, 0, "12"),
    ])
    func grouped(value: Double, decimals: Int, text: String) {
        #expect(NumberFormat.grouped(value, decimals: decimals) == text)
    }

    @Test func missingNumbersShowADash() {
        #expect(NumberFormat.grouped(nil) == "–")
        #expect(NumberFormat.grouped(.nan) == "–")
        #expect(NumberFormat.percent(0.1234) == "12.3 %")
    }

    @Test func csvQuoting() {
        #expect(BatchRow.quote("plain") == "plain")
        #expect(BatchRow.quote("a,b") == "\"a,b\"")
        #expect(BatchRow.quote("say \"hi\"") == "\"say \"\"hi\"\"\"")
        let row = BatchRow(file: "bad, file.yaml", run: nil, error: "line 3: 错误")
        #expect(row.fields.count == BatchRow.header.count)
        #expect(BatchRow.csv([row]).hasSuffix("\"bad, file.yaml\",error" + String(repeating: ",", count: BatchRow.header.count - 2) + "line 3: 错误\n"))
    }

    @Test func everyUITextHasBothLanguages() {
        for text in UIText.allCases {
            #expect(text.isTranslated, "missing translation for \(text)")
            #expect(!text.text(.english).isEmpty && !text.text(.simplifiedChinese).isEmpty)
        }
    }

    @Test func languageFromLocale() {
        #expect(Language(locale: "zh_CN.UTF-8") == .simplifiedChinese)
        #expect(Language(locale: "en_GB.UTF-8") == .english)
        #expect(Language(locale: nil) == .english)
        #expect(Language(locale: "C") == .english)
    }
}
