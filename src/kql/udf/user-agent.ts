/**
 * parse_user_agent(ua, look-for) (parse-user-agent-function.md): Browser (Family, MajorVersion,
 * MinorVersion, Patch), OperatingSystem (… PatchMinor) and Device (Family, Brand, Model), read
 * with the ua-parser project's regular expressions (the `uap-core` package's regexes.yaml, Apache
 * 2.0): the page's two examples, "Nokia OSS Browser" on "Symbian OS" on a "Nokia N81", are that
 * project's names, and its reference algorithm gives both exactly. The first pattern that
 * matches wins; a `*_replacement` fills `$1`… from the match, else groups 1, 2, 3… are the family
 * and versions. A part nothing gives is "" (the page's Patch); an agent no pattern matches is
 * Family "Other" (ua-parser's rule; the page has no such example).
 *
 * The patterns are read from the package once, at the first call; results are kept per distinct
 * input (sign-in logs repeat a few agents millions of times), at most {@link CACHE_SIZE}.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

interface RawParser {
  readonly regex: string;
  readonly regex_flag?: string;
  readonly [replacement: string]: string | undefined;
}

interface Parser {
  readonly re: RegExp;
  readonly raw: RawParser;
}

interface Parsers {
  readonly browser: readonly Parser[];
  readonly os: readonly Parser[];
  readonly device: readonly Parser[];
}

let parsers: Parsers | undefined;

function load(): Parsers {
  const file = readFileSync(require.resolve('uap-core/regexes.yaml'), 'utf8');
  const y = parse(file) as { user_agent_parsers: RawParser[]; os_parsers: RawParser[]; device_parsers: RawParser[] };
  const compile = (list: readonly RawParser[]): Parser[] => list.map((raw) => ({ raw, re: new RegExp(raw.regex, raw.regex_flag === 'i' ? 'i' : '') }));
  return { browser: compile(y.user_agent_parsers), os: compile(y.os_parsers), device: compile(y.device_parsers) };
}

/** A replacement with `$n` filled from the match, or group `group`; "" when neither gives text. */
function part(m: RegExpExecArray, replacement: string | undefined, group: number | undefined): string {
  if (replacement !== undefined) return replacement.replace(/\$(\d)/g, (_x, d: string) => m[Number(d)] ?? '').trim();
  return group === undefined ? '' : (m[group] ?? '');
}

function firstMatch(list: readonly Parser[], ua: string): { m: RegExpExecArray; raw: RawParser } | undefined {
  for (const p of list) {
    const m = p.re.exec(ua);
    if (m) return { m, raw: p.raw };
  }
  return undefined;
}

function browser(p: Parsers, ua: string): Record<string, string> {
  const hit = firstMatch(p.browser, ua);
  if (!hit) return { Family: 'Other', MajorVersion: '', MinorVersion: '', Patch: '' };
  const { m, raw } = hit;
  return { Family: part(m, raw['family_replacement'], 1), MajorVersion: part(m, raw['v1_replacement'], 2), MinorVersion: part(m, raw['v2_replacement'], 3), Patch: part(m, raw['v3_replacement'], 4) };
}

function os(p: Parsers, ua: string): Record<string, string> {
  const hit = firstMatch(p.os, ua);
  if (!hit) return { Family: 'Other', MajorVersion: '', MinorVersion: '', Patch: '', PatchMinor: '' };
  const { m, raw } = hit;
  return {
    Family: part(m, raw['os_replacement'], 1),
    MajorVersion: part(m, raw['os_v1_replacement'], 2),
    MinorVersion: part(m, raw['os_v2_replacement'], 3),
    Patch: part(m, raw['os_v3_replacement'], 4),
    PatchMinor: part(m, raw['os_v4_replacement'], 5),
  };
}

function device(p: Parsers, ua: string): Record<string, string> {
  const hit = firstMatch(p.device, ua);
  if (!hit) return { Family: 'Other', Brand: '', Model: '' };
  const { m, raw } = hit;
  return { Family: part(m, raw['device_replacement'], 1), Brand: part(m, raw['brand_replacement'], undefined), Model: part(m, raw['model_replacement'], 1) };
}

/** The targets parse_user_agent accepts, each with its part's name in the result. */
export const USER_AGENT_TARGETS: Readonly<Record<string, string>> = { browser: 'Browser', os: 'OperatingSystem', device: 'Device' };

const CACHE_SIZE = 10_000;
const cache = new Map<string, string>();

/**
 * The bag of the requested parts as JSON text; `targets` is a comma-separated list of
 * {@link USER_AGENT_TARGETS} keys (checked by the compiler), in the result's order.
 */
export function parseUserAgent(ua: string, targets: string): string {
  const key = `${targets}\u0000${ua}`;
  const known = cache.get(key);
  if (known !== undefined) return known;
  parsers ??= load();
  const p = parsers;
  const out: Record<string, Record<string, string>> = {};
  for (const t of targets.split(',')) {
    if (t === 'browser') out['Browser'] = browser(p, ua);
    else if (t === 'os') out['OperatingSystem'] = os(p, ua);
    else if (t === 'device') out['Device'] = device(p, ua);
  }
  const text = JSON.stringify(out);
  if (cache.size >= CACHE_SIZE) cache.clear();
  cache.set(key, text);
  return text;
}
