import type { GraphObject } from '../model';
import type { Rng } from './prng';
import { iso } from './time';

/** Who did it: a user (with the IP they used) or an app. */
export type Initiator =
  | { readonly user: { readonly id: string; readonly displayName: string; readonly userPrincipalName: string; readonly ipAddress: string } }
  | { readonly app: { readonly appId: string | null; readonly displayName: string; readonly servicePrincipalId: string | null; readonly servicePrincipalName: string | null } };

export interface AuditTarget {
  readonly id: string;
  readonly displayName: string | null;
  readonly type: 'User' | 'Group' | 'Role' | 'Application' | 'ServicePrincipal' | 'Device' | 'Policy' | 'Other';
  readonly userPrincipalName?: string | null;
  readonly modifiedProperties?: readonly { displayName: string; oldValue: string | null; newValue: string | null }[];
}

export interface AuditSpec {
  readonly atMs: number;
  readonly activity: string;
  readonly category: string;
  readonly service: string;
  readonly operationType: string;
  readonly initiatedBy: Initiator;
  readonly targets: readonly AuditTarget[];
  readonly result?: 'success' | 'failure';
  readonly resultReason?: string;
  readonly details?: readonly { key: string; value: string }[];
}

const ID_PREFIX: Record<string, string> = {
  'Core Directory': 'Directory', PIM: 'PIM', 'Self-service Password Management': 'SSGM', 'Invited Users': 'B2B',
  'Entitlement Management': 'EM', 'Authentication Methods': 'AuthMethods',
};

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** A Graph v1.0 `directoryAudit` object. */
export function auditObject(spec: AuditSpec, rng: Rng): GraphObject {
  const correlationId = rng.guid();
  let tag = '';
  for (let i = 0; i < 5; i++) tag += LETTERS[rng.int(0, LETTERS.length - 1)];
  const initiatedBy = 'user' in spec.initiatedBy
    ? { app: null, user: { ...spec.initiatedBy.user } }
    : { app: spec.initiatedBy.app, user: null };
  return {
    id: `${ID_PREFIX[spec.service] ?? 'Directory'}_${correlationId}_${tag}_${rng.int(10_000_000, 99_999_999)}`,
    category: spec.category,
    correlationId,
    result: spec.result ?? 'success',
    resultReason: spec.resultReason ?? '',
    activityDisplayName: spec.activity,
    activityDateTime: iso(spec.atMs),
    loggedByService: spec.service,
    operationType: spec.operationType,
    initiatedBy,
    targetResources: spec.targets.map((t) => ({
      id: t.id,
      displayName: t.displayName,
      type: t.type,
      userPrincipalName: t.userPrincipalName ?? null,
      groupType: null,
      modifiedProperties: (t.modifiedProperties ?? []).map((m) => ({ ...m })),
    })),
    additionalDetails: (spec.details ?? []).map((d) => ({ ...d })),
  };
}

/** JSON-encodes a value the way audit modifiedProperties carry them (`["value"]`). */
export function quoted(value: string): string {
  return JSON.stringify([value]);
}
