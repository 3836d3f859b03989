import Testing
import ReductionCore
import ThermalPowerSector

@Suite("Bad input gives typed errors naming the key")
struct BadInputTests {
    func failure(_ inputs: String, factorSet: String = "china-2022") -> PlanError? {
        do {
            _ = try Fixture.evaluate(inputs: inputs, factorSet: factorSet)
            return nil
        } catch {
            return error as? PlanError
        }
    }

    static let base = """
          demand.electricity: 1000
          unit.usc.a.capacity: 100
          unit.usc.a.hours: 5000
        """

    @Test func unknownTechnology() throws {
        let error = try #require(failure(Self.base + "\n  unit.usc.a.fuel-rate: 280\n  unit.coal-fired.b.capacity: 100"))
        #expect(error.code == .unknownKey)
        #expect(error.message.contains("unknown technology 'coal-fired' in 'unit.coal-fired.b.capacity'"))
    }

    @Test func missingFuelRate() throws {
        let error = try #require(failure(Self.base))
        #expect(error.code == .missingKey)
        #expect(error.message.contains("unit 'usc.a' has no 'unit.usc.a.fuel-rate'"))
    }

    @Test func fuelSharesOverflow() throws {
        let error = try #require(failure(Self.base + "\n  unit.usc.a.fuel-rate: 280\n  unit.usc.a.share.biomass: 0.7\n  unit.usc.a.share.gas: 0.5"))
        #expect(error.code == .shareOverflow)
        #expect(error.description.contains("unit.usc.a.share.*"))
    }

    @Test func unknownNonFossilKind() throws {
        let error = try #require(failure(Self.base + "\n  unit.usc.a.fuel-rate: 280\n  renewable.tidal.capacity: 10\n  renewable.tidal.hours: 2000"))
        #expect(error.code == .unknownKey)
        #expect(error.message.contains("'renewable.tidal.capacity'"))
    }

    @Test func renewableWithoutHours() throws {
        let error = try #require(failure(Self.base + "\n  unit.usc.a.fuel-rate: 280\n  renewable.wind.capacity: 10"))
        #expect(error.code == .missingKey)
        #expect(error.message.contains("'renewable.wind.hours' is missing"))
    }

    @Test func negativeCapacity() throws {
        let error = try #require(failure(Self.base.replacingOccurrences(of: "capacity: 100", with: "capacity: -100")
                                         + "\n  unit.usc.a.fuel-rate: 280"))
        #expect(error.code == .invalidValue)
        #expect(error.description.contains("unit.usc.a.capacity"))
    }

    @Test func unknownUnitField() throws {
        let error = try #require(failure(Self.base + "\n  unit.usc.a.fuel-rate: 280\n  unit.usc.a.efficiency: 0.4"))
        #expect(error.code == .unknownKey)
        #expect(error.message.contains("'unit.usc.a.efficiency'"))
    }

    @Test func missingDemand() throws {
        let error = try #require(failure("  unit.usc.a.capacity: 100\n  unit.usc.a.hours: 5000\n  unit.usc.a.fuel-rate: 280"))
        #expect(error.code == .missingKey)
        #expect(error.message.contains("'demand.electricity'"))
    }

    @Test func unknownFactorSet() throws {
        let error = try #require(failure(Self.base + "\n  unit.usc.a.fuel-rate: 280", factorSet: "epa"))
        #expect(error.code == .unknownKey)
        #expect(error.message.contains("unknown factor set 'epa'"))
    }

    @Test func wrongUnit() throws {
        let error = try #require(failure(Self.base + "\n  unit.usc.a.fuel-rate: {value: 280, unit: MW}"))
        #expect(error.code == .unitMismatch)
    }
}
