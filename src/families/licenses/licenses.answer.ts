import type { Answer, Cell } from '../../answers/answer';
import { graphResult, graphRows, type AnswerInput, type Row } from '../../answers/answer-input';
import { capNote, emptyAnswer, firstName, followUp, followUpFields, sortBy, tableAnswer } from '../../answers/answer-kit';
import { obj, plural, str } from '../../answers/format';
import { productName, skuPartOf } from './sku-names';

const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
const partOf = (skus: readonly Row[], skuId: string): string => str(skus.find((s) => str(s.skuId) === skuId)?.skuPartNumber) || skuId;
const skuIds = (user: Row): string[] => (Array.isArray(user.assignedLicenses) ? user.assignedLicenses.map((a) => str(obj(a).skuId)).filter(Boolean) : []);

/** licenses.summary: bought, assigned and available seats per subscription (one SKU when asked). */
export function answerLicensesSummary(input: AnswerInput): Answer {
  const sku = input.intent.slots.sku !== undefined ? skuPartOf(input.intent.slots.sku) : undefined;
  const all = graphRows(input, 'skus');
  const rows = sortBy(all.filter((s) => sku === undefined || str(s.skuPartNumber).toLowerCase() === sku.toLowerCase()), (s) => productName(str(s.skuPartNumber)));
  const name = sku !== undefined ? productName(sku) : undefined;
  const base = {
    title: name ? `${name} licences: bought and used` : 'Licences: bought and used',
    followUps: [name ? `Who has ${name}?` : 'Who has Entra ID P2?', 'Which users have no licence?'],
  };
  if (rows.length === 0) {
    return emptyAnswer(base, name
      ? `The tenant has no ${name} subscription. Its subscriptions: ${all.map((s) => productName(str(s.skuPartNumber))).join(', ') || 'none'}.`
      : 'The tenant has no subscriptions.');
  }
  const cells = rows.map((s): Cell[] => {
    const prepaid = obj(s.prepaidUnits);
    const bought = num(prepaid.enabled);
    const used = num(s.consumedUnits);
    return [productName(str(s.skuPartNumber)), str(s.skuPartNumber), bought, used, bought - used, num(prepaid.warning), num(prepaid.suspended), str(s.capabilityStatus) || null];
  });
  const one = rows.length === 1 ? rows[0] : undefined;
  const summary = one
    ? `${productName(str(one.skuPartNumber))}: ${num(one.consumedUnits)} of ${num(obj(one.prepaidUnits).enabled)} assigned, ${num(obj(one.prepaidUnits).enabled) - num(one.consumedUnits)} available.`
    : `${plural(rows.length, 'subscription')}; ${rows.filter((s) => num(s.consumedUnits) >= num(obj(s.prepaidUnits).enabled)).length} with no seat left.`;
  return tableAnswer(base, summary,
    [['product', 'Licence'], ['skuPartNumber', 'SKU'], ['enabled', 'Bought'], ['consumedUnits', 'Assigned'], ['available', 'Available'], ['warning', 'In warning'], ['suspended', 'Suspended'], ['capabilityStatus', 'Status']], cells);
}

/** A person's licences (licenseDetails, or assignedLicenses in app-only mode). */
function oneUsersLicences(input: AnswerInput, skus: readonly Row[]): Answer {
  const user = input.resolved.user!;
  const details = input.results.get('licences');
  const parts = details?.source === 'graph'
    ? details.rows.map((d) => str(d.skuPartNumber) || partOf(skus, str(d.skuId)))
    : skuIds(graphRows(input, 'user')[0] ?? {}).map((id) => partOf(skus, id));
  const base = { title: `Licences of ${user.displayName}`, ...followUpFields([followUp(`What groups is ${firstName(user.displayName)} in?`, `${firstName(user.displayName)}'s groups`, 'Groups of this user'), followUp('How many licences do we have and how many are used?', 'Licences bought and used')]) };
  if (parts.length === 0) return emptyAnswer(base, `${user.displayName} holds no licence.`);
  return tableAnswer(base, `${plural(parts.length, 'licence')}: ${parts.map(productName).join(', ')}.`,
    [['product', 'Licence'], ['skuPartNumber', 'SKU']], sortBy(parts, productName).map((p): Cell[] => [productName(p), p]));
}

const userCells = (u: Row, skus: readonly Row[]): Cell[] => [
  str(u.displayName), str(u.userPrincipalName), str(u.department) || null, str(u.userType) || null,
  skuIds(u).map((id) => productName(partOf(skus, id))).join(', ') || 'none',
];
const USER_COLUMNS = [['displayName', 'Name'], ['userPrincipalName', 'User principal name'], ['department', 'Department'], ['userType', 'Type'], ['licences', 'Licences']] as const;

/** users.licenses: one person's licences, who holds a licence, or who holds none. */
export function answerUsersLicenses(input: AnswerInput): Answer {
  const skus = graphRows(input, 'skus');
  if (input.resolved.user) return oneUsersLicences(input, skus);
  const { unlicensed } = input.intent.slots;
  const sku = input.intent.slots.sku !== undefined ? skuPartOf(input.intent.slots.sku) : undefined;
  if (sku !== undefined && unlicensed !== true) {
    const name = productName(sku);
    const base = { title: `Users with ${name}`, followUps: [`How many ${name} licences do we have and how many are used?`, 'Which users have no licence?'] };
    const holders = input.results.get('holders');
    if (holders?.source !== 'graph') return emptyAnswer(base, `The tenant has no ${name} subscription, so nobody holds it. Its subscriptions: ${skus.map((s) => productName(str(s.skuPartNumber))).join(', ') || 'none'}.`);
    const rows = sortBy(holders.rows, (u) => str(u.displayName));
    if (rows.length === 0) return emptyAnswer(base, `Nobody holds ${name}.`);
    const bought = num(obj(skus.find((s) => str(s.skuPartNumber).toLowerCase() === sku.toLowerCase())?.prepaidUnits).enabled);
    return tableAnswer(base, `${plural(rows.length, 'user')} hold ${name} (${bought} bought)${capNote(holders.truncated, rows.length)}.`, USER_COLUMNS, rows.map((u) => userCells(u, skus)));
  }
  const users = graphResult(input, 'users');
  if (unlicensed === true) {
    const base = { title: 'Users without a licence', ...followUpFields([followUp('How many licences do we have and how many are used?', 'Licences bought and used'), 'List guest users']) };
    const rows = sortBy(users.rows.filter((u) => skuIds(u).length === 0), (u) => `${str(u.userType) === 'Guest' ? 1 : 0}${str(u.displayName)}`);
    if (rows.length === 0) return emptyAnswer(base, `Every one of the ${plural(users.rows.length, 'user')} holds a licence.`);
    const guests = rows.filter((u) => str(u.userType) === 'Guest').length;
    return tableAnswer(base, `${rows.length} of ${plural(users.rows.length, 'user')} hold no licence: ${plural(rows.length - guests, 'member')} and ${plural(guests, 'guest')}${capNote(users.truncated, users.rows.length)}.`,
      USER_COLUMNS, rows.map((u) => userCells(u, skus)));
  }
  const base = { title: 'Licences by user', ...followUpFields(['Which users have no licence?', followUp('How many licences do we have and how many are used?', 'Licences bought and used')]) };
  const rows = sortBy(users.rows, (u) => str(u.displayName));
  if (rows.length === 0) return emptyAnswer(base, 'No users.');
  const licensed = rows.filter((u) => skuIds(u).length > 0).length;
  return tableAnswer(base, `${plural(rows.length, 'user')}: ${licensed} licensed, ${rows.length - licensed} without a licence${capNote(users.truncated, rows.length)}.`, USER_COLUMNS, rows.map((u) => userCells(u, skus)));
}
