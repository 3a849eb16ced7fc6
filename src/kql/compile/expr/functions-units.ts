/**
 * Units conversion functions (convert_angle … convert_volume). Kusto converts with UnitsNet; the
 * factors here are UnitsNet's definitions for the units listed (each as its size in the SI unit
 * of the quantity, temperatures by formula). A unit outside these lists, or not given as a
 * literal, is refused (EA104) rather than guessed.
 */
import type { Call, FunctionHandler } from './call';
import type { SqlExpr } from '../context';
import { asNumber } from './coerce';

type Factors = Readonly<Record<string, number>>;

const LENGTH: Factors = { Meter: 1, Kilometer: 1e3, Decimeter: 0.1, Centimeter: 0.01, Millimeter: 1e-3, Micrometer: 1e-6, Nanometer: 1e-9, Foot: 0.3048, Inch: 0.0254, Yard: 0.9144, Mile: 1609.344, NauticalMile: 1852 };
const MASS: Factors = { Kilogram: 1, Gram: 1e-3, Milligram: 1e-6, Microgram: 1e-9, Tonne: 1e3, Pound: 0.45359237, Ounce: 0.028349523125 };
const ANGLE: Factors = { Degree: 1, Arcminute: 1 / 60, Arcsecond: 1 / 3600, Radian: 180 / Math.PI, Gradian: 0.9, Revolution: 360 };
const ENERGY: Factors = { Joule: 1, Kilojoule: 1e3, Megajoule: 1e6, Calorie: 4.184, Kilocalorie: 4184, WattHour: 3600, KilowattHour: 3.6e6, BritishThermalUnit: 1055.05585262 };
const FORCE: Factors = { Newton: 1, Decanewton: 10, Kilonewton: 1e3, Meganewton: 1e6, Dyn: 1e-5, KilogramForce: 9.80665 };
const SPEED: Factors = { MeterPerSecond: 1, MeterPerMinute: 1 / 60, MeterPerHour: 1 / 3600, KilometerPerHour: 1 / 3.6, KilometerPerSecond: 1e3, CentimeterPerSecond: 0.01, CentimeterPerHour: 0.01 / 3600, MilePerHour: 0.44704, FootPerSecond: 0.3048, Knot: 1852 / 3600 };
const VOLUME: Factors = { CubicMeter: 1, Liter: 1e-3, Milliliter: 1e-6, CubicCentimeter: 1e-6, CubicDecimeter: 1e-3, CubicFoot: 0.028316846592, CubicInch: 1.6387064e-5, UsGallon: 0.003785411784, ImperialGallon: 0.00454609, AcreFoot: 1233.48183754752 };

function unit(c: Call, i: number, table: Readonly<Record<string, unknown>>): string {
  const name = c.literalString(i);
  if (name === undefined) return c.fail('a unit that is not a literal');
  if (!(name in table)) return c.fail(`the unit '${name}'`);
  return name;
}

function byFactor(table: Factors): FunctionHandler {
  return (c): SqlExpr => {
    const from = table[unit(c, 1, table)]!;
    const to = table[unit(c, 2, table)]!;
    return { sql: `(${asNumber(c.arg(0))} * ${from} / ${to})`, type: 'real' };
  };
}

/** Each temperature unit: to Kelvin and from Kelvin. */
const TEMPERATURE: Readonly<Record<string, readonly [(x: string) => string, (k: string) => string]>> = {
  Kelvin: [(x) => x, (k) => k],
  DegreeCelsius: [(x) => `(${x} + 273.15)`, (k) => `(${k} - 273.15)`],
  DegreeFahrenheit: [(x) => `((${x} + 459.67) * 5.0 / 9.0)`, (k) => `(${k} * 9.0 / 5.0 - 459.67)`],
};

function temperature(c: Call): SqlExpr {
  const [toKelvin] = TEMPERATURE[unit(c, 1, TEMPERATURE)]!;
  const [, fromKelvin] = TEMPERATURE[unit(c, 2, TEMPERATURE)]!;
  return { sql: fromKelvin(toKelvin(asNumber(c.arg(0)))), type: 'real' };
}

export const UNIT_FUNCTIONS: Readonly<Record<string, FunctionHandler>> = {
  convert_length: byFactor(LENGTH),
  convert_mass: byFactor(MASS),
  convert_angle: byFactor(ANGLE),
  convert_energy: byFactor(ENERGY),
  convert_force: byFactor(FORCE),
  convert_speed: byFactor(SPEED),
  convert_volume: byFactor(VOLUME),
  convert_temperature: temperature,
};
