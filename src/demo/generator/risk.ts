import type { GraphObject } from '../model';
import type { PersonaKey } from '../personas';
import { placeByCity } from './catalog/places';
import type { GenContext } from './context';
import type { Person } from './person';
import { STORY_IPS, storySignInId } from './sign-ins/stories';
import { DAY, HOUR, MINUTE, iso } from './time';
import type { People } from './users';

/** ID Protection data: risky users, their history, and risk detections. */
export interface Risk {
  readonly riskyUsers: GraphObject[];
  readonly history: GraphObject[];
  readonly detections: GraphObject[];
}

interface Detection {
  readonly type: string;
  readonly level: string;
  readonly state: string;
  readonly detail: string;
  readonly timing: 'realtime' | 'offline';
  readonly activity: 'signin' | 'user';
  readonly offsetMs: number;
  readonly city: string | null;
  readonly ip: string | null;
  /** Story sign-in label this detection belongs to. */
  readonly signIn: string | null;
}

interface RiskStory {
  readonly persona: PersonaKey;
  readonly level: string;
  readonly state: string;
  readonly detail: string;
  readonly detections: readonly Detection[];
  /** Remediation: when (offset), by whom, and the detail. */
  readonly remediatedAtOffsetMs?: number;
}

const KARITA_SUCCESS_OFFSET = 2 * DAY + 14 * HOUR + 7 * MINUTE - 8 * 47_000 - 30_000;

const STORIES: readonly RiskStory[] = [
  { persona: 'karita', level: 'high', state: 'atRisk', detail: 'none', detections: [
    { type: 'unfamiliarFeatures', level: 'high', state: 'atRisk', detail: 'none', timing: 'realtime', activity: 'signin', offsetMs: KARITA_SUCCESS_OFFSET, city: 'Lagos', ip: STORY_IPS.karitaAttacker, signIn: 'karita-success-no-mfa' },
    { type: 'passwordSpray', level: 'high', state: 'atRisk', detail: 'none', timing: 'offline', activity: 'signin', offsetMs: KARITA_SUCCESS_OFFSET - 5 * MINUTE, city: 'Lagos', ip: STORY_IPS.karitaAttacker, signIn: 'karita-50126-7' },
  ] },
  { persona: 'julieta', level: 'high', state: 'atRisk', detail: 'none', detections: [
    { type: 'investigationsThreatIntelligence', level: 'high', state: 'atRisk', detail: 'none', timing: 'offline', activity: 'signin', offsetMs: DAY + 3 * HOUR + 12 * MINUTE, city: 'Bucharest', ip: STORY_IPS.julietaRisky, signIn: 'julieta-risky' },
  ] },
  { persona: 'giovanna', level: 'none', state: 'remediated', detail: 'userPerformedSecuredPasswordChange', remediatedAtOffsetMs: 2 * DAY + 2 * HOUR, detections: [
    { type: 'anonymizedIPAddress', level: 'medium', state: 'remediated', detail: 'userPerformedSecuredPasswordChange', timing: 'realtime', activity: 'signin', offsetMs: 2 * DAY + 20 * HOUR + 41 * MINUTE, city: 'Amsterdam', ip: STORY_IPS.giovannaTor, signIn: 'giovanna-tor' },
  ] },
  { persona: 'ratih', level: 'low', state: 'atRisk', detail: 'none', detections: [
    { type: 'unfamiliarFeatures', level: 'low', state: 'atRisk', detail: 'none', timing: 'realtime', activity: 'signin', offsetMs: DAY + 9 * HOUR + 3 * MINUTE, city: 'Tokyo', ip: STORY_IPS.ratihUnfamiliar, signIn: 'ratih-unfamiliar' },
  ] },
  { persona: 'sascha', level: 'medium', state: 'atRisk', detail: 'none', detections: [
    { type: 'unlikelyTravel', level: 'medium', state: 'atRisk', detail: 'none', timing: 'offline', activity: 'signin', offsetMs: 18 * HOUR + 26 * MINUTE, city: 'Sao Paulo', ip: STORY_IPS.saschaTravel, signIn: 'sascha-travel' },
  ] },
];

const CROWD_OUTCOMES: readonly { level: string; state: string; detail: string; type: string }[] = [
  { level: 'none', state: 'dismissed', detail: 'adminDismissedAllRiskForUser', type: 'unfamiliarFeatures' },
  { level: 'none', state: 'remediated', detail: 'userPerformedSecuredPasswordReset', type: 'leakedCredentials' },
  { level: 'low', state: 'atRisk', detail: 'none', type: 'unfamiliarFeatures' },
  { level: 'none', state: 'confirmedSafe', detail: 'adminConfirmedSigninSafe', type: 'unlikelyTravel' },
  { level: 'medium', state: 'atRisk', detail: 'none', type: 'anonymizedIPAddress' },
];

export function buildRisk(ctx: GenContext, people: People): Risk {
  const riskyUsers: GraphObject[] = [];
  const history: GraphObject[] = [];
  const detections: GraphObject[] = [];
  const addUser = (person: Person, story: RiskStory): void => {
    const first = story.detections.reduce((a, d) => Math.max(a, d.offsetMs), 0);
    const lastUpdated = ctx.anchorMs - (story.remediatedAtOffsetMs ?? Math.min(...story.detections.map((d) => d.offsetMs)));
    riskyUsers.push({
      id: person.id, isDeleted: false, isProcessing: false, riskLastUpdatedDateTime: iso(lastUpdated),
      riskLevel: story.level, riskState: story.state, riskDetail: story.detail,
      userDisplayName: person.displayName, userPrincipalName: person.upn,
    });
    const atRiskLevel = story.detections.reduce((a, d) => (rank(d.level) > rank(a) ? d.level : a), 'low');
    history.push(historyItem(ctx, person, 'atRisk', atRiskLevel, 'none', ctx.anchorMs - first, 'system', story.detections.map((d) => d.type), 0));
    if (story.state !== 'atRisk') {
      history.push(historyItem(ctx, person, story.state, story.level, story.detail, lastUpdated, story.state === 'remediated' ? person.id : people.byPersona.isaiah.id, story.detections.map((d) => d.type), 1));
    }
    story.detections.forEach((d, i) => detections.push(detection(ctx, person, d, i)));
  };
  for (const story of STORIES) addUser(people.byPersona[story.persona], story);
  const crowd = people.all.filter((p) => p.personaKey === null && p.kind === 'member' && p.activity === 'active');
  const count = Math.max(3, Math.round(ctx.options.users / 250));
  const rng = ctx.rng('crowd-risk');
  rng.sample(crowd, count).forEach((person, i) => {
    const o = CROWD_OUTCOMES[i % CROWD_OUTCOMES.length] as (typeof CROWD_OUTCOMES)[number];
    const offset = rng.int(1, Math.max(2, ctx.days - 1)) * DAY + rng.int(0, 23) * HOUR;
    addUser(person, {
      persona: 'karita', level: o.level, state: o.state, detail: o.detail,
      remediatedAtOffsetMs: o.state === 'atRisk' ? undefined : offset - 6 * HOUR,
      detections: [{ type: o.type, level: o.level === 'none' ? 'medium' : o.level, state: o.state, detail: o.detail, timing: 'offline', activity: o.type === 'leakedCredentials' ? 'user' : 'signin', offsetMs: offset, city: null, ip: null, signIn: null }],
    });
  });
  riskyUsers.sort((a, b) => String(b['riskLastUpdatedDateTime']).localeCompare(String(a['riskLastUpdatedDateTime'])) || a.id.localeCompare(b.id));
  detections.sort((a, b) => String(a['detectedDateTime']).localeCompare(String(b['detectedDateTime'])) || a.id.localeCompare(b.id));
  return { riskyUsers, history, detections };
}

function rank(level: string): number {
  return ['none', 'low', 'medium', 'high'].indexOf(level);
}

function historyItem(ctx: GenContext, person: Person, state: string, level: string, detail: string, atMs: number, initiatedBy: string, types: string[], n: number): GraphObject {
  return {
    id: ctx.guid(`risk-history:${person.id}:${n}`),
    isDeleted: false, isProcessing: false, riskLastUpdatedDateTime: iso(atMs), riskLevel: level, riskState: state, riskDetail: detail,
    userDisplayName: person.displayName, userPrincipalName: person.upn, userId: person.id, initiatedBy,
    activity: { detail, riskEventTypes: types },
  };
}

function detection(ctx: GenContext, person: Person, d: Detection, i: number): GraphObject {
  const place = d.city ? placeByCity(d.city) : person.place;
  const at = ctx.anchorMs - d.offsetMs;
  const detected = d.timing === 'realtime' ? at : at + 4 * HOUR;
  const requestId = d.signIn ? storySignInId(ctx.seed, d.signIn) : ctx.guid(`risk-request:${person.id}:${i}`);
  return {
    id: ctx.guid(`risk-detection:${person.id}:${i}`),
    requestId, correlationId: ctx.guid(`risk-correlation:${person.id}:${i}`),
    riskEventType: d.type, riskState: d.state, riskLevel: d.level, riskDetail: d.detail,
    source: d.type === 'investigationsThreatIntelligence' ? 'MicrosoftThreatIntelligence' : 'IdentityProtection',
    detectionTimingType: d.timing, activity: d.activity, tokenIssuerType: 'AzureAD',
    ipAddress: d.ip ?? `${place.homeIpPrefix}.${(i * 37 + 11) % 250}`,
    location: { city: place.city, state: place.state, countryOrRegion: place.countryOrRegion, geoCoordinates: { altitude: null, latitude: place.latitude, longitude: place.longitude } },
    activityDateTime: iso(at), detectedDateTime: iso(detected), lastUpdatedDateTime: iso(detected),
    userId: person.id, userDisplayName: person.displayName, userPrincipalName: person.upn,
    additionalInfo: JSON.stringify([{ Key: 'userAgent', Value: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 Safari/537.36' }]),
  };
}
