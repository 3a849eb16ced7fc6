/**
 * The value the understanding stage produces: which question family (intent) a message belongs
 * to, and the slots it names. Names and slot names are the public contract of
 * `entra-ask ask --json` (shared/spec/questions.md); keep them exactly.
 */

export const INTENT_NAMES = [
  // users
  'user.details', 'user.passwordChange', 'user.devices', 'user.authMethods', 'user.groups',
  'user.roles', 'user.apps', 'user.accessPackages', 'users.search', 'users.inactive',
  'user.directReports', 'users.mfaStatus', 'users.deleted',
  // licences
  'users.licenses', 'licenses.summary',
  // groups
  'group.details', 'group.owners', 'group.members', 'group.roles', 'group.apps',
  'groups.ownedBy', 'groups.ownerless', 'groups.search',
  // sign-ins
  'signIns.list', 'signIns.failures', 'signIns.troubleshoot', 'signIns.summary', 'signIns.unusualLocations',
  // risk
  'riskyUsers.list', 'riskyUser.details', 'riskyUser.history', 'riskyUser.signIns',
  'riskyUser.detections', 'riskyUser.summary', 'riskyApps.list',
  // audit
  'audit.forUser', 'audit.changes', 'audit.forObject',
  // apps
  'app.details', 'app.owners', 'app.permissions', 'app.users', 'apps.unused', 'apps.external',
  'apps.credentialsExpiring', 'apps.userConsent', 'apps.ownedBy', 'policies.conditionalAccess', 'tenant.details',
  // privileged
  'role.members', 'privileged.noMfa', 'privileged.signIns', 'privileged.breakGlass',
  'privileged.changes',
  // entitlement management
  'accessPackages.list', 'accessPackage.details', 'accessPackage.assignments',
  'assignments.expiring', 'accessRequests.pending',
  // snapshot reports
  'report.appAccessAsOf', 'report.appAccessBetween', 'report.appAccessAdded',
  'report.groupMembersByDepartment',
  // the rest
  'kql.run', 'graph.get', 'help', 'change.refused', 'unknown',
] as const;

export type IntentName = (typeof INTENT_NAMES)[number];

const INTENT_NAME_SET: ReadonlySet<string> = new Set(INTENT_NAMES);

export function isIntentName(value: string): value is IntentName {
  return INTENT_NAME_SET.has(value);
}

/** `{ last: ISO-8601 duration }` or `{ from, to }` as ISO date-times (UTC). */
export type TimeWindow =
  | { readonly last: string }
  | { readonly from: string; readonly to: string };

export type SignInStatus = 'success' | 'failure' | 'interrupted';
export type RiskLevel = 'low' | 'medium' | 'high';
export type RiskState = 'atRisk' | 'confirmedCompromised' | 'remediated' | 'dismissed';
export type SummaryGroupBy = 'app' | 'country' | 'result' | 'hour' | 'day' | 'user' | 'errorCode';
export type AuditTargetType = 'user' | 'group' | 'role' | 'app' | 'policy';
/** groups.search: the kind of group asked for. */
export const GROUP_TYPES = ['security', 'microsoft365', 'dynamic', 'mailEnabled', 'roleAssignable'] as const;
export type GroupType = (typeof GROUP_TYPES)[number];

/**
 * Slots as understood. Entity slots (`user`, `group`, `app`, `role`, `accessPackage`) hold the
 * text the person typed (or "me", or a reference resolved from the conversation); the planning
 * stage resolves them to directory objects.
 */
/** Kinds of privileged change a question can ask for (privileged.changes). */
export const PRIVILEGED_CHANGE_KINDS = ['added', 'outsidePim', 'activation', 'removed', 'eligible'] as const;
export type PrivilegedChangeKind = (typeof PRIVILEGED_CHANGE_KINDS)[number];

export interface Slots {
  readonly user?: string;
  readonly group?: string;
  /** Several groups, for report.groupMembersByDepartment. */
  readonly groups?: readonly string[];
  readonly app?: string;
  /** Several apps, for follow-ups over "these apps". */
  readonly apps?: readonly string[];
  readonly role?: string;
  readonly accessPackage?: string;
  readonly catalog?: string;
  readonly window?: TimeWindow;
  readonly status?: SignInStatus;
  readonly riskLevel?: RiskLevel;
  readonly riskState?: RiskState;
  readonly errorCode?: number;
  readonly ip?: string;
  readonly country?: string;
  readonly city?: string;
  readonly top?: number;
  /** A single point in time (ISO date or date-time), e.g. a snapshot date. */
  readonly date?: string;
  readonly groupBy?: SummaryGroupBy;
  readonly targetType?: AuditTargetType;
  readonly activity?: string;
  readonly maxOwners?: number;
  readonly highPrivilegeOnly?: boolean;
  /** Access package assignment state, e.g. "delivered", "expired". */
  readonly state?: string;
  // users.search filters
  readonly department?: string;
  /** Several departments, any of them ("Finance or Marketing"): users.search. */
  readonly departments?: readonly string[];
  /** Synced from on-premises AD (true) or cloud-only (false): users.search (`onPremisesSyncEnabled`). */
  readonly onPremisesSyncEnabled?: boolean;
  readonly jobTitle?: string;
  readonly userType?: 'guest' | 'member';
  readonly accountEnabled?: boolean;
  readonly createdWithin?: TimeWindow;
  /** Sign-ins that needed one factor or MFA (`authenticationRequirement`): "sign-ins without MFA". */
  readonly authRequirement?: 'singleFactor' | 'multiFactor';
  /** Sign-ins from compliant (true) or non-compliant (false) devices (`deviceDetail.isCompliant`). */
  readonly deviceCompliant?: boolean;
  /** Working-hours filter for privileged.signIns ("outside working hours"). */
  readonly outsideWorkingHours?: boolean;
  /** privileged.changes: which kind of change ("roles assigned outside PIM", "elevations", "removed from a role"). */
  readonly changeKind?: PrivilegedChangeKind;
  /** policies.conditionalAccess: policies that exclude the emergency-access accounts, or any exclusion. */
  readonly excludes?: 'breakGlass' | 'any';
  /** groups.search: security, Microsoft 365, dynamic, mail-enabled or role-assignable groups. */
  readonly groupType?: GroupType;
  /** groups.search: words the group's name contains ("groups with 'finance' in the name"). */
  readonly nameContains?: string;
  /** signIns.unusualLocations: the period whose countries count as usual (default the 30 days before the window). */
  readonly baseline?: TimeWindow;
  /** user.directReports: everyone under the person, at every level ("everyone under Megan"), not only direct reports. */
  readonly transitive?: boolean;
  /** users.mfaStatus: registered for MFA (true) or not (false). */
  readonly registered?: boolean;
  /** users.mfaStatus: an authentication method as Graph's `methodsRegistered` names it ("mobilePhone" for SMS). */
  readonly method?: string;
  /** users.licenses, licenses.summary: a licence (SKU) by its product name ("Microsoft Entra ID P2") or `skuPartNumber` ("AAD_PREMIUM_P2"). */
  readonly sku?: string;
  /** users.licenses: users holding no licence at all. */
  readonly unlicensed?: boolean;
  /** change.refused: the change asked for, as a base verb ("disable", "reset", "add", "activate"). */
  readonly action?: string;
  /** kql.run */
  readonly query?: string;
  /** graph.get */
  readonly path?: string;
}

export type SlotName = keyof Slots;

/** One button of a "which one did you mean?" card. */
export interface SlotChoice {
  readonly label: string;
  /** What to put in the slot when chosen (UPN for users, display name otherwise). */
  readonly value: string;
}

/** A name in the question that fits several directory objects. */
export interface AmbiguousSlot {
  readonly slot: SlotName;
  /** The words as typed. */
  readonly text: string;
  /** The first choices (at most 10). */
  readonly choices: readonly SlotChoice[];
  /** How many objects fit when there were more than the choices shown. */
  readonly total?: number;
}

export interface Intent {
  readonly name: IntentName;
  readonly slots: Slots;
  /** 0..1, how sure the parser is. */
  readonly confidence?: number;
  /** For `unknown` or low confidence: the closest intents, best first. */
  readonly alternatives?: readonly IntentName[];
  /** Slots the intent needs that the question did not give (the pipeline asks for them). */
  readonly missing?: readonly SlotName[];
  /** Names that fit several objects: the pipeline shows the choices as buttons. */
  readonly ambiguous?: readonly AmbiguousSlot[];
  /**
   * Constraints the question states that this intent cannot apply, in a person's words
   * ("department = Marketing", "without MFA"): the answer names them (`answer.notApplied`).
   */
  readonly notApplied?: readonly string[];
  /**
   * For `unknown`: the topic Entra Ask does not read that the question is about ("Intune device
   * management"); such a question is never handed to another family (nor to the LLM planner).
   */
  readonly outOfScope?: string;
  /**
   * With `outOfScope`: the learnt open-set gate decided it (`classifier/product-question.ts`, a
   * probability over the question's form), not a rule. The LLM planner, when configured, still reads
   * such a question; its prompt holds the same rules.
   */
  readonly outOfScopeLearnt?: boolean;
  /**
   * With `outOfScope`, what its words are, so the answer can say why: a topic no family reads
   * ("provisioning logs"), the product's behaviour (the open-set gate), a requested object no
   * family reads ("SharePoint sites"), or a count, ranking or share no family computes ("from 3 or
   * more countries in the same day").
   */
  readonly outOfScopeKind?: OutOfScopeKind;
}

export type OutOfScopeKind = 'topic' | 'product' | 'object' | 'count';
