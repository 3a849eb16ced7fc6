/**
 * Conditions on aggregates that no family computes: how many of something each object has ("users who signed in from 3 or
 * more countries", "groups with more than 100 members"), a ranking by such a count ("the guests connecting to the most
 * applications"), a share or ratio ("the percentage of sign-ins covered by MFA") and two events close in time ("permissions
 * added and removed within 10 minutes"). A family's rows answer such a question only when the rows are what is counted and
 * the family counts or ranks them (signIns.summary's groupBy: "which apps had the most sign-ins", "top 10 users by failed
 * sign-ins"), or when one named subject's rows are asked for (the admin reads the count off them). Otherwise the rows are
 * another question's, and the answer is `unknown` with the nearest families — "For an admin tool a confident wrong answer is
 * worse than none" (issue 16).
 *
 * Runs on the flat words of the question (names as typed, lower-cased; "sign-ins" is "signins").
 */
import type { IntentName, Slots } from '../intent';

/** What the question asks that the family cannot compute: `unknown` (the rows would answer another question) or a named condition. */
export interface CountedCondition {
  /** The condition in the question's words ("3 or more countries", "the most applications"). */
  readonly words: string;
  /** `refuse`: the family's rows are not a fair answer; `name`: they are, with `words` named as not applied. */
  readonly verdict: 'refuse' | 'name';
}

const NUMBER = '(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|fifty|hundred|a hundred)';

/** "3 or more X", "at least 3 X", "more than 3 X", "3+ X", "several distinct X": a count per object, and the words after it. */
const THRESHOLD = new RegExp(
  ` (${NUMBER} (?:or more|or fewer|or less|or over|or above|plus|\\+)|(?:at least|at most|no more than|more than|fewer than|less than|upwards of|in excess of|a minimum of|a maximum of) ${NUMBER}|${NUMBER} (?:distinct|different|unique|separate)|(?<!how )(?:multiple|several|many|numerous) (?:distinct|different|unique|separate))( (?:[a-z@.'-]+ ){1,5})`,
);

/** A ranking by a count: "the most applications", "the highest number of owners", "the fewest members". */
const SUPERLATIVE = / (?:have|has|had|having|with|to|into|from|by|using|use|uses|used|access|accessing|accessed|connecting|connect|connected|touching|hold|holds|holding|own|owns|owning|in|across|for|of|generating|generated|made|making|make|makes|triggering|triggered) (?:the )?((?:most|fewest|least|highest (?:number|count) of|largest (?:number|count) of|greatest (?:number|count) of|biggest (?:number|count) of|lowest (?:number|count) of|maximum (?:number|count) of|max (?:number|count) of|most (?:number|count) of)( (?:[a-z@.'-]+ ){1,4}))/;

/** "top 10 apps by number of owners", "top 5 groups by member count". */
const TOP_BY = new RegExp(` (?:top|first|largest|biggest) (?:${NUMBER} )?(?:[a-z@.'-]+ ){1,3}(?:by|with) (?:the )?(?:(?:highest |largest |biggest )?(?:number|count|amount|total) of ((?:[a-z@.'-]+ ){1,4})|([a-z]+) counts? )`);

/** A share or ratio asked for. */
const SHARE = / (?:what (?:is |was |are )?(?:the )?(percentage|percent|proportion|share|fraction|ratio) (?:of )?|(percentage|percent|proportion|ratio|fraction|share|%) of )((?:[a-z@.'-]+ ){1,6})/;

/** Two events close in time: "added and removed within 10 minutes", "within an hour of each other", "on the same day". */
const CLOSE_IN_TIME = / (?:(?:[a-z]+ed) (?:[a-z@.'-]+ ){0,4}(?:and|then|but) (?:[a-z]+ )?(?:[a-z]+ed) (?:[a-z@.'-]+ ){0,4}within (?:(?:a|an|one|\d+|two|three|five|ten|fifteen|thirty|sixty|few) )?(?:seconds?|minutes?|mins?|hours?|hrs?)|within (?:(?:a|an|one|\d+|two|three|five|ten|fifteen|thirty|sixty|few) )?(?:seconds?|minutes?|mins?|hours?|hrs?|days?) of (?:each other|one another|it|them|that|this|(?:it|its|their|the|a|an|his|her|being|a user s|the user s) [a-z]+)|(?:in|on|during|within) the same (?:day|hour|minute|session|week)|in (?:quick|rapid|short) succession|(?:[a-z]+ed|signin|login|logon) (?:[a-z@.'-]+ ){0,4}(?:and then|then later|followed by|before later) (?:[a-z]+ )?(?:[a-z]+ed|[a-z]+ing|signin|login|logon|signins|logins)|shortly (?:after|before)|immediately (?:after|before)|right after) /;

/** Words without which each form cannot match: a cheap test before its regular expression (parse time). */
const HAS_THRESHOLD = / (?:or (?:more|fewer|less|over|above)|at (?:least|most)|more than|fewer than|less than|no more than|upwards of|in excess of|a (?:minimum|maximum) of|distinct|different|unique|separate|plus|\+)(?= )/;
const HAS_SUPERLATIVE = / (?:most|fewest|least|highest|largest|greatest|biggest|lowest|maximum|max)(?= )/;
const HAS_TOP_BY = / (?:top|first|largest|biggest)(?= )/;
const HAS_SHARE = / (?:percentage|percent|proportion|ratio|fraction|share|%)(?= )/;
const HAS_CLOSE = / (?:within|same|succession|shortly|immediately|right|then|followed|before)(?= )/;

/** Time units: "more than 90 days" is a period (inactivity), not a count of objects. */
const TIME_UNIT = /^(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|yrs?|h|d)$/;

/** Words for the rows of the sign-in and audit logs and risk detections: counting them is counting the family's rows. */
const EVENT_NOUN = /^(?:signins?|logins?|logons?|authentications?|attempts?|failures?|errors?|events?|changes?|lockouts?|times|prompts?|requests?|detections?|activations?|operations?|actions?|modifications?|updates?|edits?|entries|records?|interrupts?|blocks?)$/;
/** Words that qualify the counted noun ("failed", "distinct", "unique", "of the"): skipped to reach it. */
const MODIFIER = /^(?:failed|failing|successful|unsuccessful|interactive|non|noninteractive|distinct|different|unique|separate|new|recent|risky|suspicious|blocked|denied|bad|wrong|incorrect|invalid|total|sign|signin|login|logon|log|mfa|password|conditional|access|ca|audit|directory|admin|administrative|privileged|active|inactive|guest|external|azure|ad|entra|microsoft|oauth|ip|auth|authentication|risk|the|of|other|unknown|more|or|and|number|count|times?)$/;
const WORD_FOR_TIME = /^(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|yrs?)$/;

/** Words that end the words after a count before any noun: a period, a frequency. */
const NO_NOUN = /^(?:this|last|past|today|yesterday|during|since|often|frequently|recently|lately|overall|ever|so)$/;

/** The noun counted in the words after a count ("3 or more [failed sign-ins]"): the first word that is not a modifier. */
function countedNoun(after: string): string | undefined {
  const words = after.trim().split(' ');
  for (const w of words.slice(0, 4)) {
    // "accessed the most this week", "used the most often": a period or how often, no counted noun.
    if (NO_NOUN.test(w)) return undefined;
    if (WORD_FOR_TIME.test(w) || TIME_UNIT.test(w)) return w;
    if (EVENT_NOUN.test(w)) return w;
    if (!MODIFIER.test(w)) return w;
  }
  return words[0];
}

/** Families whose rows are sign-ins, audit events or risk detections (a count of those is a count of their rows). */
const EVENT_FAMILIES = /^(?:signIns\.(?:list|failures|summary|troubleshoot|unusualLocations)|privileged\.(?:signIns|changes|breakGlass)|riskyUser\.(?:signIns|detections|summary)|audit\.|report\.(?:appAccessAdded|groupChanges))/;
/** Sign-in words: "times" counts sign-ins only when the question is about signing in. */
const SIGN_IN_WORD = / (?:signins?|logins?|logons?|signin|signed|logged|authenticat[a-z]*|attempts?)(?= )/;
/** "failed 3 or more times to set a new password": the times are of another action than signing in. */
const TIMES_OF_OTHER = / times (?:to|trying to|attempting to|when trying to) (?!(?:signin|sign|log|login|logon|authenticate|access|connect|get)(?= ))[a-z]+ /;
/** Verbs of failing right before the ranking: "users failing the most CA policies" counts their failures. */
const FAILING_BEFORE = / (?:failing|failed|fail|fails|blocked) (?:the )?(?:most|highest)/;

/** Adjectives after "most" that rank by a quality, not a count ("the most privileged roles", "the most recent sign-ins"). */
const QUALITY = /^(?:recent|privileged|powerful|sensitive|critical|important|dangerous|risky|common|popular|active|used|frequent|frequently|often|accessed|senior|permissive|elevated|trusted|vulnerable|exposed|likely|relevant|secure|insecure)$/;
const PEOPLE = /^(?:users|accounts|people|members|admins|administrators|guests|identities|principals|employees|owners)$/;
/** Objects that are not people, asked for ranked ("the applications that have the most privileged users"). */
const NON_PEOPLE_ASKED = / (?:apps|applications|groups|roles|packages|policies|sites|teams|devices|tenants|catalogs) (?:that|which|with|having|where)(?= )/;

/**
 * "the most privileged roles", "users with the most recent sign-ins": a quality ranks them, not a count. A quality of people
 * counted per object that is not a person ("the applications that have the most privileged users accessing them") counts them.
 */
function rankedByQuality(after: string, flat: string): boolean {
  const words = after.trim().split(' ');
  if (!QUALITY.test(words[0]!)) return false;
  const noun = words.slice(1, 4).find((w) => !MODIFIER.test(w));
  return !(noun !== undefined && PEOPLE.test(noun) && NON_PEOPLE_ASKED.test(flat));
}

/** Objects a family's rows list per row, whose count the admin reads off them ("users with more than 2 MFA methods"). */
const COLUMN_COUNTED: Readonly<Partial<Record<IntentName, RegExp>>> = {
  'users.mfaStatus': /^methods?$/, 'user.authMethods': /^methods?$/, 'users.licenses': /^(?:licen[cs]es|skus|products)$/,
};

/** One named subject (a person, the asker, an app, a group): the condition is over that subject's own rows. */
function namesOneSubject(slots: Slots): boolean {
  const s = slots as Record<string, unknown>;
  return typeof s.user === 'string' || typeof s.app === 'string' || typeof s.group === 'string' || typeof s.accessPackage === 'string';
}

/**
 * The aggregate conditions of the question that `intent` with `slots` cannot compute, each with what to do about it.
 */
export function countedConditions(intent: IntentName, slots: Slots, flat: string): CountedCondition[] {
  const out: CountedCondition[] = [];
  if (intent === 'unknown' || intent === 'help' || intent === 'kql.run' || intent === 'graph.get' || intent === 'change.refused') return out;
  const one = namesOneSubject(slots);
  const events = EVENT_FAMILIES.test(intent);
  const s = slots as Record<string, unknown>;

  const threshold = HAS_THRESHOLD.test(flat) ? THRESHOLD.exec(flat) : null;
  if (threshold !== null && s.maxOwners === undefined) {
    const noun = countedNoun(threshold[2]!);
    // "at least one", "one or more": whether there is any, not a count.
    const any = /^(?:at least (?:one|1)|(?:one|1) or more)$/.test(threshold[1]!);
    if (noun !== undefined && !TIME_UNIT.test(noun) && !any) {
      const tail = threshold[2]!.trim().split(' ');
      const words = `${threshold[1]} ${tail.slice(0, tail.indexOf(noun) + 1).join(' ')}`;
      const ofEvents = EVENT_NOUN.test(noun) && !(noun === 'times' && (TIMES_OF_OTHER.test(flat) || !SIGN_IN_WORD.test(flat)));
      // "users with more than 5 failed sign-ins": the family's rows, the threshold named (fill.ts); "users in more than 10
      // groups", "from 3 or more countries": a count of other objects per object, which no family's rows show.
      // Else the family's rows or one subject's: the threshold is named ("more than one failure", which fill.ts's numbers miss).
      out.push({ words, verdict: !(ofEvents && events) && !one && !COLUMN_COUNTED[intent]?.test(noun) ? 'refuse' : 'name' });
    }
  }

  const superlative = HAS_SUPERLATIVE.test(flat) ? SUPERLATIVE.exec(flat) : null;
  if (superlative !== null && !FAILING_BEFORE.test(flat) && !rankedByQuality(superlative[2]!, flat)) {
    const noun = countedNoun(superlative[2]!);
    if (noun !== undefined && !TIME_UNIT.test(noun)) {
      const tail = superlative[2]!.trim().split(' ');
      const head = superlative[1]!.slice(0, superlative[1]!.length - superlative[2]!.length).trim();
      const words = `the ${head} ${tail.slice(0, tail.indexOf(noun) + 1).join(' ')}`;
      if (EVENT_NOUN.test(noun)) {
        // "which apps had the most sign-ins": signIns.summary ranks by its groupBy; other lists of those rows do not rank.
        if (intent !== 'signIns.summary' && events && !one) out.push({ words: `ranked by ${words}`, verdict: 'name' });
        if (!events && !one) out.push({ words, verdict: 'refuse' });
      } else if (!one) {
        out.push({ words, verdict: 'refuse' });
      }
    }
  }

  // "top 10 apps by number of owners", "top 5 groups by member count": a ranking by a count of other objects.
  const topBy = HAS_TOP_BY.test(flat) ? TOP_BY.exec(flat) : null;
  if (topBy !== null && !one) {
    const counted = (topBy[1] ?? topBy[2]!).trim();
    const noun = countedNoun(counted);
    if (noun !== undefined && !TIME_UNIT.test(noun) && !EVENT_NOUN.test(noun)) {
      const tail = counted.split(' ');
      out.push({ words: topBy[1] !== undefined ? `ranked by number of ${tail.slice(0, tail.indexOf(noun) + 1).join(' ')}` : `ranked by ${topBy[2]!} count`, verdict: 'refuse' });
    }
  }

  const share = HAS_SHARE.test(flat) ? SHARE.exec(flat) : null;
  if (share !== null && intent !== 'users.mfaStatus' && intent !== 'licenses.summary') {
    const of = share[3] ?? '';
    // "what percentage of sign-ins failed": signIns.summary counts sign-ins by result; a share by anything else it does not count.
    const byResult = intent === 'signIns.summary' && / (?:failed|failing|failure|failures|success|successful|succeeded|blocked|interrupted)(?= )/.test(flat) && !/ (?:mfa|multifactor|multi factor|compliant|managed|covered|protected|legacy)(?= )/.test(flat);
    // The share's words up to where the question goes on ("the percentage of sign-ins covered by MFA [for our top apps]").
    const what = ` ${of}`.split(/ (?:for|in|across|over|during|on|per|this|last|past|your|our|my|the|from|within|since|yesterday|today) /)[0]!.trim();
    // A share of results is named: the summary shows the counts it is made of, not the share itself.
    out.push({ words: `${share[1] ?? share[2]!} of ${what}`.replace(/ of $/, ''), verdict: one || byResult ? 'name' : 'refuse' });
  }

  const close = HAS_CLOSE.test(flat) ? CLOSE_IN_TIME.exec(flat) : null;
  if (close !== null) out.push({ words: close[0].trim(), verdict: one ? 'name' : 'refuse' });
  return out;
}

/** `notApplied` with the counted conditions' words, each once ("more than 5 failed" from fill.ts stands for "more than 5 failed sign-ins"). */
export function withCounted(notApplied: readonly string[], counted: readonly { readonly words: string }[]): readonly string[] {
  const out = [...notApplied];
  for (const c of counted) if (!out.some((w) => c.words.includes(w) || w.includes(c.words))) out.push(c.words);
  return out;
}
