import type { IntentName, Slots } from '../understanding/intent';

export type EntityKind = 'user' | 'group' | 'app' | 'role' | 'accessPackage';

/** A directory object a slot was resolved to. Shown as `resolved` in `ask --json`. */
export interface DirectoryRef {
  readonly kind: EntityKind;
  readonly id: string;
  readonly displayName: string;
  readonly userPrincipalName?: string;
  /** For apps: the application (client) id; `id` is the service principal's object id. */
  readonly appId?: string;
  /** For roles: the role definition's template id. */
  readonly templateId?: string;
}

export type Resolved = Partial<Record<EntityKind, DirectoryRef>> & {
  readonly apps?: readonly DirectoryRef[];
};

/** Who is asking. */
export interface Asker {
  readonly upn: string;
  readonly objectId?: string;
  readonly displayName?: string;
  /**
   * Local mode only (no BOT_ID): nobody said who they are and the bot answers as the demo Global
   * Administrator; the audit trail records them as `anonymous`, never under that person's id.
   */
  readonly anonymous?: boolean;
}

/** Everything a planner may read. Plain data: planners do no I/O. */
export interface PlanContext {
  readonly intent: { readonly name: IntentName; readonly slots: Slots };
  readonly resolved: Resolved;
  readonly asker: Asker;
  /** The tenant's "now": the demo anchor, or the wall clock for a real tenant. */
  readonly now: Date;
  readonly tenantId: string;
  /** The tenant's emergency-access ("break-glass") accounts, by UPN (configuration). */
  readonly breakGlassAccounts?: readonly string[];
  /**
   * How the bot reads Graph: `appOnly` (its own identity: APIs Microsoft documents as delegated
   * only are refused) or `delegated`; undefined = delegated-like (the demo endpoint by default).
   */
  readonly graphAuth?: 'delegated' | 'appOnly';
  /**
   * The KQL source serves the snapshot tables' validity intervals (`<Table>Intervals`, a year
   * store): report.* tests each row's interval instead of reading every day.
   */
  readonly snapshotIntervals?: boolean;
}
