import { isIntentName, type IntentName, type SlotName, type Slots } from '../intent';
import { SCHEMAS } from '../../families/registry';

/** What a model answer becomes once checked: a known intent and the slots that passed. */
export interface CheckedAnswer {
  readonly name: IntentName;
  readonly slots: Slots;
  /** Slot names the model gave that were dropped (unknown, not accepted, or of the wrong shape). */
  readonly dropped: readonly string[];
}

export type CheckResult = { readonly ok: true; readonly answer: CheckedAnswer } | { readonly ok: false; readonly reason: string };

type Check = (value: unknown) => unknown;

const DURATION = /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const text: Check = (v) => {
  if (typeof v !== 'string') return undefined;
  const t = v.trim();
  // eslint-disable-next-line no-control-regex
  return t.length > 0 && t.length <= 200 && !/[\u0000-\u001f\u007f]/.test(t) ? t : undefined;
};
const texts: Check = (v) => {
  if (!Array.isArray(v) || v.length === 0 || v.length > 50) return undefined;
  const out = v.map(text);
  return out.every((x) => x !== undefined) ? out : undefined;
};
const oneOf = (...allowed: string[]): Check => (v) => (typeof v === 'string' && allowed.includes(v) ? v : undefined);
const int = (min: number, max: number): Check => (v) =>
  typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max ? v : undefined;
const bool: Check = (v) => (typeof v === 'boolean' ? v : undefined);
const isDateTime = (v: unknown): v is string => typeof v === 'string' && DATE_TIME.test(v) && !Number.isNaN(Date.parse(v));
const date: Check = (v) => (isDateTime(v) || (typeof v === 'string' && DATE.test(v) && !Number.isNaN(Date.parse(v))) ? v : undefined);
const window: Check = (v) => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return undefined;
  const o = v as Record<string, unknown>;
  const keys = Object.keys(o).sort().join(',');
  if (keys === 'last') return typeof o.last === 'string' && DURATION.test(o.last) ? { last: o.last } : undefined;
  if (keys === 'from,to' && isDateTime(o.from) && isDateTime(o.to) && Date.parse(o.from) < Date.parse(o.to)) {
    return { from: new Date(o.from).toISOString(), to: new Date(o.to).toISOString() };
  }
  return undefined;
};

/** Every slot the model may fill. `query` and `path` are absent on purpose: model output never becomes query text. */
const SLOT_CHECKS: Readonly<Partial<Record<SlotName, Check>>> = {
  user: text, group: text, groups: texts, app: text, apps: texts, role: text, accessPackage: text,
  catalog: text, window, createdWithin: window,
  status: oneOf('success', 'failure', 'interrupted'),
  riskLevel: oneOf('low', 'medium', 'high'),
  riskState: oneOf('atRisk', 'confirmedCompromised', 'remediated', 'dismissed'),
  errorCode: int(0, 9_999_999), ip: text, country: text, city: text, top: int(1, 1000), date,
  groupBy: oneOf('app', 'country', 'result', 'hour', 'day', 'user', 'errorCode'),
  targetType: oneOf('user', 'group', 'role', 'app', 'policy'),
  activity: text, maxOwners: int(0, 100), highPrivilegeOnly: bool, state: text,
  department: text, jobTitle: text, userType: oneOf('guest', 'member'), accountEnabled: bool,
  outsideWorkingHours: bool,
  changeKind: oneOf('added', 'outsidePim', 'activation', 'removed', 'eligible'),
  action: text,
  excludes: oneOf('breakGlass', 'any'),
  groupType: oneOf('security', 'microsoft365', 'dynamic', 'mailEnabled', 'roleAssignable'),
  nameContains: text, baseline: window,
  departments: texts, onPremisesSyncEnabled: bool,
  authRequirement: oneOf('singleFactor', 'multiFactor'), deviceCompliant: bool,
  transitive: bool, registered: bool, unlicensed: bool, method: text, sku: text,
};

/** Takes the JSON out of a reply, allowing a ```json fence around it. */
function parseJson(reply: string): unknown {
  const fenced = /^\s*```(?:json)?\s*([\s\S]*?)\s*```\s*$/i.exec(reply);
  return JSON.parse(fenced ? fenced[1] : reply);
}

/** Checks a model reply strictly: a known intent name (not kql.run / graph.get), and only well-formed slots it accepts. */
export function checkModelAnswer(reply: string): CheckResult {
  let parsed: unknown;
  try {
    parsed = parseJson(reply);
  } catch {
    return { ok: false, reason: 'the reply is not JSON' };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return { ok: false, reason: 'the reply is not a JSON object' };
  const { name, slots } = parsed as { name?: unknown; slots?: unknown };
  if (typeof name !== 'string' || !isIntentName(name)) return { ok: false, reason: 'the intent name is not one of INTENT_NAMES' };
  if (name === 'kql.run' || name === 'graph.get') return { ok: false, reason: `the model may not choose ${name}` };
  if (slots !== undefined && (typeof slots !== 'object' || slots === null || Array.isArray(slots))) {
    return { ok: false, reason: 'slots is not an object' };
  }
  const accepts = new Set<string>(SCHEMAS[name].accepts);
  const kept: Record<string, unknown> = {};
  const dropped: string[] = [];
  for (const [slot, raw] of Object.entries((slots ?? {}) as Record<string, unknown>)) {
    if (raw === null) continue;
    const check = accepts.has(slot) ? SLOT_CHECKS[slot as SlotName] : undefined;
    const value = check ? check(raw) : undefined;
    if (value === undefined) dropped.push(slot);
    else kept[slot] = value;
  }
  return { ok: true, answer: { name, slots: kept as Slots, dropped } };
}
