import ReductionCore
import Testing
@testable import TransportSector

/// Bad plans give typed errors that name the offending key; nothing traps.
@Suite struct BadInputTests {
    static let minimal = """
        inputs:
          passenger.activity: 1000000
          passenger.mode.car.share: 0.7
          passenger.mode.bus.share: 0.3
        measures: {use: []}
        """

    /// Loads and compiles (the loader validates and compiles the model).
    func error(_ inputs: String) -> PlanError? {
        do {
            _ = try Support.load(Support.header() + "\n" + inputs)
            return nil
        } catch {
            return error
        }
    }

    @Test func minimalPlanLoads() {
        #expect(error(Self.minimal) == nil)
    }

    @Test func unknownMode() {
        let failure = error(Self.minimal.replacingOccurrences(of: "passenger.mode.bus.share", with: "passenger.mode.boat.share"))
        #expect(failure?.code == .unknownKey)
        #expect(failure?.message == "unknown passenger mode 'boat' (expected one of: bus, taxi, car, two-three-wheeler, metro, active)")
        #expect(failure?.location.keyPath == "inputs.passenger.mode.boat.share")
    }

    @Test func freightModeInThePassengerSplit() {
        let failure = error(Self.minimal.replacingOccurrences(of: "passenger.mode.bus.share", with: "passenger.mode.heavy-truck.share"))
        #expect(failure?.code == .unknownKey)
        #expect(failure?.location.keyPath == "inputs.passenger.mode.heavy-truck.share")
    }

    @Test func modeSharesNotAddingUp() {
        let failure = error(Self.minimal.replacingOccurrences(of: "car.share: 0.7", with: "car.share: 0.6"))
        #expect(failure?.code == .shareOverflow)
        #expect(failure?.message == "the shares 'passenger.mode.*.share' must add up to 100 %, found 90.0 % in 2024")
        #expect(failure?.location.keyPath == "inputs.passenger.mode.*.share")
    }

    @Test func negativeIntensity() {
        let text = Self.minimal.replacingOccurrences(of: "measures:", with: "  mode.car.tech.gasoline.intensity: -8\nmeasures:")
        let failure = error(text)
        #expect(failure?.code == .invalidValue)
        #expect(failure?.location.keyPath.contains("mode.car.tech.gasoline.intensity") == true)
    }

    @Test func technologyWithoutIntensity() {
        let text = Self.minimal.replacingOccurrences(of: "measures:", with: "  mode.car.tech.hydrogen.share: 0.1\nmeasures:")
        let failure = error(text)
        #expect(failure?.code == .missingKey)
        #expect(failure?.location.keyPath == "inputs.mode.car.tech.hydrogen.intensity")
        #expect(failure?.message == "'mode.car.tech.hydrogen.share' is given (or a measure moves vehicle-km to it) but 'mode.car.tech.hydrogen.intensity' (kg/100km) is missing")
    }

    @Test func unknownTechnology() {
        let text = Self.minimal.replacingOccurrences(of: "measures:", with: "  mode.car.tech.steam.share: 0.1\nmeasures:")
        let failure = error(text)
        #expect(failure?.code == .unknownKey)
        #expect(failure?.location.keyPath == "inputs.mode.car.tech.steam.share")
    }

    @Test func unknownFuelStatisticsSegment() {
        let text = Self.minimal.replacingOccurrences(of: "measures:", with: "  fuel-use.aviation.diesel: 5\nmeasures:")
        let failure = error(text)
        #expect(failure?.code == .unknownKey)
        #expect(failure?.location.keyPath == "inputs.fuel-use.aviation.diesel")
    }

    @Test func zeroLoadFactor() {
        let text = Self.minimal.replacingOccurrences(of: "measures:", with: "  mode.bus.load: 0\nmeasures:")
        let failure = error(text)
        #expect(failure?.code == .invalidValue)
        #expect(failure?.location.keyPath == "inputs.mode.bus.load")
    }

    @Test func unknownFactorSetIsNamed() {
        let failure: PlanError?
        do {
            _ = try Support.load(Support.header(factorSet: "copert") + "\n" + Self.minimal)
            failure = nil
        } catch { failure = error }
        #expect(failure?.code == .unknownKey)
        #expect(failure?.message.contains("copert") == true)
    }
}
