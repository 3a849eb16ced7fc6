/** Reads the value of a KQL literal node from Kusto.Language's boxed .NET values. */
import { member } from './bridge';
import type { LiteralValue, Syn } from './syntax';

interface Boxed {
  readonly $boxed?: boolean;
  readonly v?: unknown;
  readonly ticks?: unknown;
}

function unbox(value: unknown): unknown {
  if (typeof value === 'object' && value !== null && (value as Boxed).$boxed) return (value as Boxed).v;
  return value;
}

function toNumber(value: unknown): number {
  const v = unbox(value);
  if (typeof v === 'number') return v;
  if (typeof v === 'object' && v !== null) return Number(String(v));
  return Number(v);
}

const LITERAL_KINDS: Readonly<Record<string, LiteralValue['kind']>> = {
  StringLiteralExpression: 'string',
  CompoundStringLiteralExpression: 'string',
  LongLiteralExpression: 'long',
  IntLiteralExpression: 'int',
  RealLiteralExpression: 'real',
  DecimalLiteralExpression: 'decimal',
  BooleanLiteralExpression: 'bool',
  DateTimeLiteralExpression: 'datetime',
  TimespanLiteralExpression: 'timespan',
  GuidLiteralExpression: 'guid',
  DynamicExpression: 'dynamic',
};

/** True for nodes `literalOf` understands. */
export function isLiteralNode(node: Syn): boolean {
  return node.kind in LITERAL_KINDS || node.kind === 'NullLiteralExpression';
}

/** The value of a literal node, or a typed null (`long(null)`, `datetime(null)`). */
export function literalOf(node: Syn): LiteralValue {
  const raw = member(node.raw, 'LiteralValue');
  const kind = LITERAL_KINDS[node.kind];
  if (raw === null || raw === undefined || kind === undefined) return { kind: 'null', type: node.type };
  switch (kind) {
    case 'string':
      return { kind, value: String(raw) };
    case 'guid':
      return { kind, value: String(unbox(raw)) };
    case 'long':
    case 'int': {
      // Kusto.Language reads hexadecimal literals (0xCAFEF00D) as 0 here: read them from the text.
      const hex = /^(?:long|int)?\(?\s*(-?)0x([0-9a-f]+)\s*\)?$/i.exec(node.source.trim());
      if (hex) return { kind, value: (hex[1] ? -1 : 1) * parseInt(hex[2]!, 16) };
      const value = toNumber(raw);
      // A long is 64-bit: past 2^53 the double loses digits (9007199254740993 would read as …992).
      const digits = String(unbox(raw));
      if (kind === 'long' && !Number.isSafeInteger(value) && /^-?\d+$/.test(digits)) return { kind, value, exact: BigInt(digits) };
      return { kind, value };
    }
    case 'real':
    case 'decimal': {
      // real(nan), real(+inf), real(-inf) come back from Kusto.Language as 0: read them from the text.
      const special = /^(?:real|double)\(\s*(nan|\+?inf|-inf)\s*\)$/i.exec(node.source.trim());
      if (special) return { kind, value: special[1]!.toLowerCase() === 'nan' ? NaN : special[1]!.startsWith('-') ? -Infinity : Infinity };
      return { kind, value: toNumber(raw) };
    }
    case 'bool':
      return { kind, value: Boolean(unbox(raw)) };
    case 'datetime': {
      const v = unbox(raw);
      const iso = v instanceof Date ? v.toISOString() : new Date(String(v)).toISOString();
      return { kind, value: spacedDate(iso, node.source) ?? withSourceFraction(iso, node.source) };
    }
    case 'timespan': {
      const ticks = toNumber((raw as Boxed).ticks ?? raw);
      if (ticks === 0) return { kind, micros: timespanMicrosFromSource(node.source), ...(finerThanMicrosInSource(node.source) ? { finerThanMicros: true } : {}) };
      // 1tick is 100 ns; the engine keeps time to the microsecond, so such a literal cannot be held.
      return { kind, micros: Math.round(ticks / 10), ...(ticks % 10 !== 0 ? { finerThanMicros: true } : {}) };
    }
    case 'dynamic':
      return { kind, json: String(raw) };
    default:
      return { kind: 'null', type: node.type };
  }
}

/**
 * Kusto.Language's datetime values are JavaScript dates (milliseconds): the literal's own digits
 * give the microseconds (`datetime(2017-10-30 01:02:03.7654321)` → .765432), when the date agrees
 * with them on the milliseconds.
 */
function withSourceFraction(iso: string, source: string): string {
  const m = /:\d{2}\.(\d{4,})/.exec(source);
  if (!m || !iso.endsWith(`.${m[1]!.slice(0, 3)}Z`)) return iso;
  return `${iso.slice(0, -4)}${m[1]!.slice(0, 6).padEnd(6, '0')}Z`;
}

/**
 * Kusto.Language reads `datetime(2017 - 08 - 01)` (spaces around the dashes, which Kusto accepts:
 * sliding-window-counts-plugin.md's example) as 0001-01-01; that date-only form is read here.
 */
function spacedDate(iso: string, source: string): string | undefined {
  if (!iso.startsWith('0001-01-01T00:00:00.000')) return undefined;
  const m = /^datetime\(\s*(\d{4})\s*-\s*(\d{1,2})\s*-\s*(\d{1,2})\s*\)$/i.exec(source.trim());
  if (!m || m[1] === '0001') return undefined;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (d.getUTCFullYear() !== Number(m[1]) || d.getUTCMonth() !== Number(m[2]) - 1 || d.getUTCDate() !== Number(m[3])) return undefined;
  return d.toISOString();
}

/**
 * Kusto.Language reads some timespan literals it accepts as 0 (`time(29.09:00:05.12345)`, days
 * with a fraction): the text `[-][d.]hh:mm[:ss[.fffffff]]` inside time()/timespan() is read here.
 */
function timespanMicrosFromSource(source: string): number {
  const m = /^(?:time|timespan)\(\s*(-)?(?:(\d+)\.)?(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?\s*\)$/i.exec(source.trim());
  if (!m) return 0;
  const [, sign, d, h, min, sec, frac] = m;
  const micros = ((Number(d ?? 0) * 24 + Number(h)) * 60 + Number(min)) * 60_000_000 + Number(sec ?? 0) * 1_000_000 + Math.floor(Number((frac ?? '').padEnd(7, '0')) / 10);
  return sign ? -micros : micros;
}

/** `time(…ss.fffffff)` whose seventh fraction digit is not 0: a part of a microsecond. */
function finerThanMicrosInSource(source: string): boolean {
  const m = /\.(\d{7})\s*\)$/.exec(source.trim());
  return m !== null && !m[1]!.endsWith('0');
}

/** The JSON text of a `dynamic(...)` literal (KQL allows single quotes, datetimes, timespans). */
export function dynamicJson(node: Syn): unknown {
  switch (node.kind) {
    case 'DynamicExpression': {
      const inner = node.get('Expression');
      return inner ? dynamicJson(inner) : null;
    }
    case 'JsonArrayExpression':
      return node.list('Values').map(dynamicJson);
    case 'JsonObjectExpression': {
      const obj: Record<string, unknown> = {};
      for (const pair of node.list('Pairs')) {
        const nameTok = pair.get('Name');
        const raw = nameTok?.text ?? '';
        const key = /^['"]/.test(raw) ? String(member(nameTok!.raw, 'ValueText') ?? raw.slice(1, -1)) : raw;
        obj[key] = dynamicJson(pair.get('Value')!);
      }
      return obj;
    }
    case 'UnaryMinusExpression':
    case 'UnaryPlusExpression': {
      // dynamic([-6.5, +1]): a signed number (a bare literal's sign is its own node).
      const inner = node.get('Expression');
      const v = inner ? dynamicJson(inner) : null;
      if (typeof v !== 'number') return null;
      return node.kind === 'UnaryMinusExpression' ? -v : v;
    }
    default: {
      const v = literalOf(node);
      switch (v.kind) {
        case 'null':
          return null;
        case 'timespan':
          return v.micros;
        case 'dynamic':
          return JSON.parse(v.json) as unknown;
        default:
          return v.value;
      }
    }
  }
}

/**
 * The JSON text of a `dynamic(...)` literal, as {@link dynamicJson} but keeping a real that has
 * no fraction a real: `dynamic([1.0])` holds a real in Kusto (gettype → "real", tostring →
 * "[1.0]"), which a JavaScript number would turn into the long 1.
 */
export function dynamicJsonText(node: Syn): string {
  switch (node.kind) {
    case 'DynamicExpression': {
      const inner = node.get('Expression');
      return inner ? dynamicJsonText(inner) : 'null';
    }
    case 'JsonArrayExpression':
      return `[${node.list('Values').map(dynamicJsonText).join(',')}]`;
    case 'JsonObjectExpression': {
      // Keys in source order; a repeated key keeps its last value, as dynamicJson's object does.
      const pairs = new Map<string, string>();
      for (const pair of node.list('Pairs')) {
        const nameTok = pair.get('Name');
        const raw = nameTok?.text ?? '';
        const key = /^['"]/.test(raw) ? String(member(nameTok!.raw, 'ValueText') ?? raw.slice(1, -1)) : raw;
        pairs.set(key, dynamicJsonText(pair.get('Value')!));
      }
      return `{${[...pairs].map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',')}}`;
    }
    case 'UnaryMinusExpression':
    case 'UnaryPlusExpression': {
      const inner = node.get('Expression');
      const text = inner ? dynamicJsonText(inner) : 'null';
      if (!/^-?\d/.test(text)) return 'null';
      if (node.kind === 'UnaryPlusExpression') return text;
      return text.startsWith('-') ? text.slice(1) : /^0(\.0+)?$/.test(text) ? text : `-${text}`;
    }
    default: {
      const v = literalOf(node);
      if (v.kind === 'real' && Number.isInteger(v.value) && Math.abs(v.value) < 1e21) return `${v.value}.0`;
      return JSON.stringify(dynamicJson(node));
    }
  }
}
