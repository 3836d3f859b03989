/// A unit of one physical dimension, convertible to that dimension's base unit.
///
/// Each dimension is its own enum, so a `Quantity<EnergyUnit>` and a
/// `Quantity<MassUnit>` cannot be added: mixing incompatible units does not compile.
public protocol UnitOfMeasure: Sendable, Hashable, CaseIterable, RawRepresentable where RawValue == String {
    /// How many base units one of this unit is (e.g. 29.3076 GJ per tce).
    var baseUnits: Double { get }
    /// The dimension's base unit.
    static var base: Self { get }
}

/// A number with its unit in the type: `Quantity<EnergyUnit>(1, .tce).value(in: .gj) == 29.3076`.
///
/// Supports `+`, `-`, scalar `*` and `/`, comparison, and the ratio of two quantities of the
/// same dimension. The value is stored in the base unit.
public struct Quantity<Unit: UnitOfMeasure>: Sendable, Hashable, Comparable {
    /// The value in `Unit.base`.
    public var baseValue: Double

    /// Creates a quantity of `value` in `unit`.
    public init(_ value: Double, _ unit: Unit) { baseValue = value * unit.baseUnits }
    /// Creates a quantity from its value in the base unit.
    public init(baseValue: Double) { self.baseValue = baseValue }

    /// The value expressed in `unit`.
    public func value(in unit: Unit) -> Double { baseValue / unit.baseUnits }

    /// Zero.
    public static var zero: Self { Self(baseValue: 0) }
    /// The sum.
    public static func + (a: Self, b: Self) -> Self { Self(baseValue: a.baseValue + b.baseValue) }
    /// The difference.
    public static func - (a: Self, b: Self) -> Self { Self(baseValue: a.baseValue - b.baseValue) }
    /// Scales by `k`.
    public static func * (a: Self, k: Double) -> Self { Self(baseValue: a.baseValue * k) }
    /// Scales by `k`.
    public static func * (k: Double, a: Self) -> Self { Self(baseValue: a.baseValue * k) }
    /// Divides by `k`.
    public static func / (a: Self, k: Double) -> Self { Self(baseValue: a.baseValue / k) }
    /// The dimensionless ratio of two quantities of the same dimension.
    public static func / (a: Self, b: Self) -> Double { a.baseValue / b.baseValue }
    /// Compares base values.
    public static func < (a: Self, b: Self) -> Bool { a.baseValue < b.baseValue }
}

/// Energy; base unit GJ. 1 tce = 29.3076 GJ (GB/T 2589-2020, 1 kgce = 29,307.6 kJ);
/// 1 kWh = 3.6 MJ.
public enum EnergyUnit: String, UnitOfMeasure {
    case gj = "GJ", tj = "TJ", mj = "MJ", mwh = "MWh", kwh = "kWh", tce = "tce"
    /// GJ.
    public static var base: Self { .gj }
    /// GJ per unit.
    public var baseUnits: Double {
        switch self {
        case .gj: 1
        case .tj: 1_000
        case .mj: 0.001
        case .mwh: 3.6
        case .kwh: 0.0036
        case .tce: 29.3076
        }
    }
}

/// Mass of a single gas or pollutant; base unit tonne.
public enum MassUnit: String, UnitOfMeasure {
    case tonne = "t", kilogram = "kg", gram = "g", kilotonne = "kt", megatonne = "Mt"
    /// Tonne.
    public static var base: Self { .tonne }
    /// Tonnes per unit.
    public var baseUnits: Double {
        switch self {
        case .tonne: 1
        case .kilogram: 0.001
        case .gram: 1e-6
        case .kilotonne: 1_000
        case .megatonne: 1_000_000
        }
    }
}

/// CO2-equivalent mass (a weighted sum of gases); base unit tCO2e. A different dimension
/// from `MassUnit` on purpose: tonnes of CH4 are not tonnes of CO2e.
public enum CO2eUnit: String, UnitOfMeasure {
    case tonne = "tCO2e", kilotonne = "ktCO2e", megatonne = "MtCO2e"
    /// tCO2e.
    public static var base: Self { .tonne }
    /// tCO2e per unit.
    public var baseUnits: Double {
        switch self {
        case .tonne: 1
        case .kilotonne: 1_000
        case .megatonne: 1_000_000
        }
    }
}

/// Passenger transport activity; base unit passenger-km.
public enum PassengerDistanceUnit: String, UnitOfMeasure {
    case passengerKm = "passenger-km", millionPassengerKm = "million passenger-km"
    /// passenger-km.
    public static var base: Self { .passengerKm }
    /// passenger-km per unit.
    public var baseUnits: Double { self == .passengerKm ? 1 : 1e6 }
}

/// Vehicle travel; base unit vehicle-km.
public enum VehicleDistanceUnit: String, UnitOfMeasure {
    case vehicleKm = "vehicle-km", millionVehicleKm = "million vehicle-km"
    /// vehicle-km.
    public static var base: Self { .vehicleKm }
    /// vehicle-km per unit.
    public var baseUnits: Double { self == .vehicleKm ? 1 : 1e6 }
}

/// Freight transport activity; base unit tonne-km.
public enum FreightDistanceUnit: String, UnitOfMeasure {
    case tonneKm = "tonne-km", millionTonneKm = "million tonne-km"
    /// tonne-km.
    public static var base: Self { .tonneKm }
    /// tonne-km per unit.
    public var baseUnits: Double { self == .tonneKm ? 1 : 1e6 }
}

/// Tonnes of waste handled (wet weight); base unit t.
public enum WasteMassUnit: String, UnitOfMeasure {
    case tonne = "t waste", kilotonne = "kt waste"
    /// Tonne of waste.
    public static var base: Self { .tonne }
    /// Tonnes of waste per unit.
    public var baseUnits: Double { self == .tonne ? 1 : 1_000 }
}

/// Tonnes of product (yarn, fabric, garments); base unit t.
public enum ProductMassUnit: String, UnitOfMeasure {
    case tonne = "t product", kilotonne = "kt product"
    /// Tonne of product.
    public static var base: Self { .tonne }
    /// Tonnes of product per unit.
    public var baseUnits: Double { self == .tonne ? 1 : 1_000 }
}

/// Energy in GJ-based units.
public typealias Energy = Quantity<EnergyUnit>
/// Mass of a single gas or pollutant, in tonne-based units.
public typealias Mass = Quantity<MassUnit>
/// CO2-equivalent mass, in tCO2e-based units.
public typealias CO2e = Quantity<CO2eUnit>
