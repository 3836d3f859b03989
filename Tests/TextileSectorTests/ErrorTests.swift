import Testing
import ReductionCore
@testable import TextileSector

@Suite("Bad input gives typed errors naming the key")
struct ErrorTests {
    func loadError(_ inputs: String) -> PlanError? {
        do {
            _ = try PlanLoader.load(text: testPlanText(inputs: inputs), file: "bad.yaml", model: TextileModel())
            return nil
        } catch {
            return error
        }
    }

    @Test func misspelledStage() {
        let error = loadError("stage.dying.output: 100")
        #expect(error?.code == .unknownKey)
        #expect(error?.message.contains("stage.dying.output") == true)
        #expect(error?.location.file == "bad.yaml" && error?.location.line != nil)
    }

    @Test func heatSharesOverOneHundredPercent() {
        let error = loadError("heat.share.coal: 0.7\nheat.share.gas: 0.5")
        #expect(error?.code == .shareOverflow)
        #expect(error?.location.keyPath.contains("heat.share") == true)
    }

    @Test func heatPumpWithoutCOP() {
        let error = loadError("stage.dyeing.output: 10\nheat.share.heat-pump: 0.5\nheat-pump.cop: 0")
        #expect(error?.code == .invalidValue)
        #expect(error?.location.keyPath == "inputs.heat-pump.cop")
    }

    @Test func negativeProduction() {
        let error = loadError("stage.spinning.output: -5")
        #expect(error?.code == .invalidValue)
        #expect(error?.location.keyPath.contains("stage.spinning.output") == true)
    }

    @Test func wrongUnit() {
        let error = loadError("stage.dyeing.output: {value: 5, unit: kWh}")
        #expect(error?.code == .unitMismatch)
        #expect(error?.message.contains("kWh") == true)
    }

    @Test func implausibleSteamLoss() {
        let error = loadError("heat.distribution-loss: 0.97")
        #expect(error?.code == .invalidValue)
        #expect(error?.location.keyPath == "inputs.heat.distribution-loss")
    }

    @Test func missingFactorInHandBuiltTable() {
        // A Swift caller building its own table without the grid factor gets a typed error, not a trap.
        let table = InputTable(years: 2023...2024, series: ["stage.dyeing.output": ("100m", [1, 1])])
        #expect(throws: PlanError.self) { try TextileModel().compile(table) }
        do {
            _ = try TextileModel().compile(table)
        } catch {
            #expect(error.code == .missingKey)
        }
    }
}
