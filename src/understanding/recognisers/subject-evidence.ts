/**
 * Evidence of a family's subject in a question: the things the family reads (users, groups,
 * sign-ins, risk, audit events, apps, policies, roles, access packages) named by a word or by a
 * recognised name. The classifier's probabilities are shared words' work ("show", "all", "users",
 * "how many"); a family whose subject the question never names ("show me all users" → the
 * members of a role, "how many catalogs are in the tenant" → external apps) is much less likely
 * than its probability says. `understand` weighs each intent by this evidence before the open-set
 * decision, so a question about none of the families' subjects gets `unknown`.
 *
 * Runs on the classifier's stream (corrected words, names as @user, @group…, sign-in words as
 * `signin`/`signins`/`login`), so no tenant name or typo changes it.
 */

/** A test for whole words of the stream (placeholders such as @user included). */
function words(alternatives: string): RegExp {
  return new RegExp(`(?:^| )(?:${alternatives})(?= |$)`);
}

/** Family id (src/families/<id>) → the words and placeholders that name its subject. */
const SUBJECTS: Readonly<Record<string, RegExp>> = {
  users: words('@user|@name|@dept|@place|@guid|users?|people|persons?|accounts?|guests?|members?|employees?|staff|colleagues?|who(?:se|m)?|anyone|anybody|someone|somebody|everyone|everybody|nobody|me|my|myself|i|mine|manager|managers|reports?|reporting|subordinates?|team|department|departments|dept|title|profile|details|mfa|2fa|multifactor|multi|registered|registration|authentication|authenticator|methods?|passwords?|licen[cs]es?|licen[cs]ed|unlicen[cs]ed|sku|seats?|deleted|restore|restorable|inactive|stale|dormant|synced|cloud|devices?|laptops?|phones?|directory|he|she|her|him|his|they|them|their|@it|@role|roles?|id|object|describe|entitlements?|packages?|fa|enrol[a-z]*|coverage|machines?|pwd|pw|security|info|holding|@group|@app|groups?|teams?|apps?|pro|assigned|attributes|created|privileged|privileges|administer'),
  licenses: words('licen[cs]es?|licen[cs]ed|unlicen[cs]ed|skus?|seats?|subscriptions?|subscribed|p1|p2|e3|e5|premium|plans?|consumed|utili[sz]ation|usage|units|purchased|available|bought|over|pro|assigned|holding'),
  tenant: words('tenant|tenants|organi[sz]ations?|org|company|domains?|directory|verified'),
  groups: words('@group|@dept|@name|groups?|teams?|dl|distribution|memberships?|members?|owners?|ownerless|owned|owns|own|orphan(?:ed)?|dynamic|security|m365|@it|assignable|kind|type|ownership|roles?|apps?|description'),
  'sign-ins': words('@code|@ip|@place|sessions?|signins?|logins?|logons?|authentications?|authenticate|attempts?|failed|fail|failures?|failing|errors?|blocked|locked|lockouts?|denied|interrupted|successful|succeeded|locations?|countries|country|ip|mfa|2fa|multifactor|multi|prompted|single|factor|compliant|noncompliant|unusual|foreign|travel|access|accessed|accessing|troubleshoot|cant|cannot|unable|fa|challenged|asked|kicked|ca|denials?|blocks?|conditional|places?|unfamiliar|new|seen|signed|sign|logged|log|wrong|couldnt|get in|most used|used most|used the most|accessed most|accessed the most|most accessed|top used|top accessed|used apps|used applications|accessed apps|accessed applications|most popular|most visited|frequently used|commonly used'),
  risk: words('risk|risky|riskiest|risks|compromised|compromise|flagged|anomalous|abnormal|anomal(?:y|ies)|detections?|detected|leaked|suspicious|threats?|atypical|anonymous|impossible|remediat[a-z]*|dismiss[a-z]*|confirmed|safe|protection|do about|clean|fine'),
  audit: words('audit|audits|audited|changes?|changed|modif[a-z]*|updated|edits?|edited|created|creat[a-z]*|deleted|deletions?|removals?|removed|added|additions?|activity|activities|history|logs?|events?|actions?|trail|happened|performed|made|did|done|who|when|resets?|passwords?|invit[a-z]*|consented|touched|renamed|doing|been|new|newly|recent|recently|operations?|grants?|consents?'),
  apps: words('@app|@guid|apps?|applications?|principals?|service|enterprise|publishers?|vendors?|party|saas|consents?|consented|permissions?|grants?|granted|secrets?|certificates?|certs?|credentials?|api|scopes?|oauth|integrations?|unused|external|registrations?|owners?|owned|own|users|used|using|expir[a-z]*|@it|@name|access|owns|overprivileged|privileged|readwrite|registered|outside|info|details'),
  policies: words('polic(?:y|ies)|conditional|ca|report|exclusions?|excluded|excludes?|enforced|enabled|disabled|rules?'),
  privileged: words('@role|roles?|admins?|administrators?|administrative|privileged|privileges?|privilege|pim|eligible|elevat[a-z]*|activat[a-z]*|global|break|glass|breakglass|emergency|holders?|assignments?|assigned|@it'),
  'access-packages': words('@pkg|@catalog|access|packages?|catalogs?|assignments?|assigned|requests?|requested|approv[a-z]*|pending|entitlements?|expir[a-z]*|@it'),
  reports: words('@app|@group|@dept|@date|@range|access|groups?|members?|department|departments|snapshots?|as|added|between|apps?|applications?|@name|@it|users|able|assignments?'),
};

/** Words and word pairs of the stream already tested: each with the families it names. */
const WORD_FAMILIES = new Map<string, readonly string[]>();
const FAMILY_NAMES = Object.keys(SUBJECTS);

function familiesNamedBy(piece: string): readonly string[] {
  let families = WORD_FAMILIES.get(piece);
  if (families === undefined) {
    families = FAMILY_NAMES.filter((f) => SUBJECTS[f]!.test(piece));
    if (WORD_FAMILIES.size < 50_000) WORD_FAMILIES.set(piece, families);
  }
  return families;
}

const EVIDENCE = new WeakMap<readonly string[], ReadonlySet<string>>();

/** The families whose subject the stream names (each word and each pair of words looked up once). */
export function familiesWithEvidence(stream: readonly string[]): ReadonlySet<string> {
  let out = EVIDENCE.get(stream);
  if (out === undefined) {
    const found = new Set<string>();
    stream.forEach((w, i) => {
      for (const f of familiesNamedBy(w)) found.add(f);
      if (i + 1 < stream.length) for (const f of familiesNamedBy(`${w} ${stream[i + 1]!}`)) found.add(f);
    });
    out = found;
    EVIDENCE.set(stream, out);
  }
  return out;
}

/** Whether the question (its classifier stream) names something the family reads. Families without an entry always have evidence. */
export function hasSubjectEvidence(family: string | undefined, stream: readonly string[]): boolean {
  if (family === undefined || SUBJECTS[family] === undefined) return true;
  return familiesWithEvidence(stream).has(family);
}
