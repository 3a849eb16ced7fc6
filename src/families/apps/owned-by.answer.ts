import type { Answer, Cell } from '../../answers/answer';
import { graphResult, type AnswerInput, type Row } from '../../answers/answer-input';
import { formatDateTime, plural, str } from '../../answers/format';
import { capNote, emptyAnswer, firstName, followUp, followUpFields, sortBy, tableAnswer } from '../../answers/answer-kit';

/** One app the person owns, as a registration, an enterprise app, or both. */
interface Owned {
  readonly appId: string;
  registration?: Row;
  enterpriseApp?: Row;
}

function ownedAs(o: Owned): string {
  if (o.registration && o.enterpriseApp) return 'App registration and enterprise app';
  return o.registration ? 'App registration' : 'Enterprise app';
}

/** When the soonest client secret or certificate of a registration ends, or null. */
function nextCredentialEnd(registration: Row | undefined): string | null {
  if (!registration) return null;
  const ends = ['passwordCredentials', 'keyCredentials']
    .flatMap((k) => (Array.isArray(registration[k]) ? (registration[k] as Row[]) : []))
    .map((c) => str(c.endDateTime)).filter((e) => e !== '').sort();
  return ends[0] ?? null;
}

/**
 * apps.ownedBy: the applications a person owns — registrations and enterprise apps merged by app
 * id, one row per app, with whether they own it as one or both, and when its next credential ends
 * (an owner can add credentials, which is why ownership matters).
 */
export function answerAppsOwnedBy(input: AnswerInput): Answer {
  const name = input.resolved.user?.displayName ?? 'this user';
  const regs = graphResult(input, 'registrations');
  const sps = graphResult(input, 'enterpriseApps');
  const byApp = new Map<string, Owned>();
  const entry = (r: Row): Owned => {
    const key = str(r.appId) || str(r.id);
    const found = byApp.get(key) ?? { appId: key };
    byApp.set(key, found);
    return found;
  };
  for (const r of regs.rows) entry(r).registration = r;
  for (const s of sps.rows) entry(s).enterpriseApp = s;
  const owned = sortBy([...byApp.values()], (o) => str((o.registration ?? o.enterpriseApp)?.displayName));
  const base = {
    title: `Applications ${name} owns`,
    ...followUpFields([...owned.slice(0, 2).map((o) => str((o.registration ?? o.enterpriseApp)?.displayName)).map((n) => followUp(`Which permissions are granted to ${n}?`, `Permissions of ${n}`, 'Permissions of this app')), `Which groups does ${firstName(name)} own?`]),
  };
  if (owned.length === 0) return emptyAnswer(base, `${name} doesn't own any app registrations or enterprise apps.`);
  const rows = owned.map((o): Cell[] => [
    str((o.registration ?? o.enterpriseApp)?.displayName), ownedAs(o), formatDateTime(o.registration?.createdDateTime),
    formatDateTime(nextCredentialEnd(o.registration)), o.appId,
  ]);
  const truncated = regs.truncated || sps.truncated;
  return tableAnswer(base,
    `${name} owns ${plural(owned.length, 'application')}${capNote(truncated, owned.length)}: ${plural(regs.rows.length, 'app registration')} and ${plural(sps.rows.length, 'enterprise app')}. Owners can change an app and add credentials to it.`,
    [['displayName', 'App'], ['ownedAs', 'Owned as'], ['createdDateTime', 'Registered'], ['nextCredentialEnd', 'Next credential ends'], ['appId', 'App ID']],
    rows);
}
