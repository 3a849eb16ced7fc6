import type { GroupType } from '../intent';

/**
 * groups.search and audit.forObject filters, read from a question's normalised words (lower
 * case, single spaces, padded with a space at both ends).
 */

/** The kinds of group a "non" can negate ("non-Microsoft 365 groups"), as flat text reads them. */
const NEGATABLE_TYPES = '(?:microsoft 365|m365|office 365|o365|unified|teams|security|dynamic|mail[ -]?enabled|distribution|role[ -]?assignable)';
/** A group type negated by "non" ("non-Microsoft 365 groups"). */
const NEGATED_TYPE = new RegExp(` non ${NEGATABLE_TYPES}(?= )`, 'g');
/** Groups asked for by a negated type: every group but that type, which no filter reads (named as not applied). */
export const NEGATED_TYPE_GROUPS = new RegExp(` non ${NEGATABLE_TYPES} groups? `);

/** "security groups", "Microsoft 365 groups", "dynamic groups", "role-assignable", "mail-enabled". */
export function findGroupType(text: string): GroupType | undefined {
  // "non-Microsoft 365 groups", "non-security groups": every group but that type, which no filter here reads (named as not applied).
  const t = text.replace(NEGATED_TYPE, ' ');
  if (/ role[ -]?assignable | assignable to roles? | that can (hold|be assigned) roles? /.test(t)) return 'roleAssignable';
  if (/ dynamic( membership)? /.test(t)) return 'dynamic';
  // A team is a Microsoft 365 group: "groups provisioned for Microsoft Teams", "Teams-enabled groups".
  if (/ (microsoft 365|m365|office 365|o365|unified|teams) groups? | groups? (that are |which are |are |were )?((provisioned|enabled|created|used) (for|with) (microsoft )?teams|teams enabled) | teams enabled groups? /.test(t)) return 'microsoft365';
  if (/ (mail[ -]?enabled|distribution|distribution lists?) /.test(t)) return 'mailEnabled';
  if (/ security groups? | security enabled /.test(t)) return 'security';
  return undefined;
}

const STOP = new Set(['the', 'a', 'an', 'their', 'its', 'group', 'groups', 'name', 'names']);

/**
 * "Find groups containing 'Fin'", "groups starting with sales": text a group's name holds, said of the groups themselves. Read
 * on the classifier's stream, where a known person or group is a token of its own ("which groups contain @user" asks for
 * her groups, not for a name).
 */
const HOLDING = '(?:that |which )?(?:contains?|containing|starting with|starts? with|beginning with|begins? with|matching|named|called) (?:(?:the )?(?:word|words|letters?|text|string) )?';
const HOLDING_END = '(?= in | or | and | sorted | ordered | please |$)';
const GROUPS_HOLDING_TEXT = new RegExp(`(?:^| )groups? ${HOLDING}([a-z0-9][a-z0-9-]{0,40})${HOLDING_END}`);
/**
 * "groups starting with sales", "groups containing Marketing": the text is also one of the tenant's names (a department, a
 * group, a place) and so a placeholder in the stream; a person ("which groups contain @user") is her groups, and a group
 * followed by "group" ("groups containing the Finance Department group") its nesting, neither a name's text.
 */
const GROUPS_HOLDING_NAME = new RegExp(`(?:^| )groups? ${HOLDING}(?:@dept|@group|@name|@place|@app|@role|@pkg|@catalog)${HOLDING_END}`);
/** The words of that name as the flat text has them (up to four). */
const GROUPS_HOLDING_WORDS = new RegExp(` groups? ${HOLDING}([a-z0-9][a-z0-9-]*(?: [a-z0-9][a-z0-9-]*){0,3}?)(?= in | or | and | sorted | ordered | please | ?$)`);

/** "groups with finance in the name", "whose name contains sales", "groups named like project", "groups containing 'Fin'". */
export function findNameContains(t: string, stream: readonly string[] = []): string | undefined {
  const joined = stream.join(' ');
  const held = GROUPS_HOLDING_TEXT.exec(joined)?.[1];
  if (held !== undefined && !STOP.has(held)) return held;
  const named = GROUPS_HOLDING_NAME.test(joined) ? GROUPS_HOLDING_WORDS.exec(t.trimEnd())?.[1] : undefined;
  if (named !== undefined && !STOP.has(named)) return named;
  const m = / (?:with|having|has|have|containing|contain) (?:the word |the text )?([a-z0-9][a-z0-9 -]{0,40}?) in (?:the|their|its) names? /.exec(t)
    ?? / names? (?:that |which )?(?:contains?|containing|including|includes?|with|starting with|starts? with|beginning with|begins? with|like|matching) (?:the (?:word|words|letters?|text|string) )?([a-z0-9][a-z0-9 -]{0,40}?) (?:in |or |and |including |sorted |ordered |$|please |groups? |\?)/.exec(`${t} `)
    ?? / (?:named|called) (?:like )?([a-z0-9][a-z0-9-]{0,40}) /.exec(t);
  const value = m?.[1]?.trim();
  if (value === undefined || value === '' || STOP.has(value)) return undefined;
  return value;
}

/** audit.forObject: the kind of change asked for about one object. */
export function findObjectActivity(t: string, stream?: readonly string[]): 'created' | 'deleted' | 'updated' | 'restored' | undefined {
  if (/ (restored|restore|undeleted|recovered) /.test(t)) return 'restored';
  // "who removed Alain's MFA method", "who reset Karita's password": a part of the object (its owner's word before it in the
  // classifier's stream) removed or changed is not the object's deletion; the log names such changes in many ways ("Admin
  // deleted security info", "Remove owner from group", "Reset password"), so no kind of change is picked: all are shown.
  if (stream !== undefined && / (?:deleted|delete|removed|remove|added|add|reset|changed|change|updated|replaced|cleared) (?:the )?(?:@user|@group|@app|@pkg|his|her|their|its|my) (?:[a-z]+ ){0,2}?(?:mfa|authentication|auth|phone|mobile|email|password|passwords|methods?|numbers?|manager|licen[cs]es?|owners?|members?|roles?|credentials?|secrets?|certificates?|keys?|devices?|attributes?|photo)(?= |$)/.test(` ${stream.join(' ')} `)) return undefined;
  if (/ (deleted|delete|removed|deletion|got rid of) /.test(t)) return 'deleted';
  // "changes made by…", "what changes has Natasha made": a change made, not an object made.
  if (/ (changes?|modifications?|updates?|edits?) ([a-z@'-]+ ){0,4}made | made ([a-z@'-]+ ){0,2}(changes?|modifications?|updates?|edits?) /.test(t)) return 'updated';
  // "who disabled Karita", "who enabled Alain's account": a change to the object (the log's "Disable account", "Enable account").
  if (/ (disabled|enabled|re ?enabled|deactivated|reactivated|blocked|unblocked|suspended) /.test(t)) return 'updated';
  if (/ (created|create|creation|made|set up|setup|added|registered) /.test(t)) return 'created';
  if (/ (changed|change|changes|modified|updated|edited|renamed|touched) /.test(t)) return 'updated';
  return undefined;
}
