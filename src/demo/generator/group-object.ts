import type { GraphObject } from '../model';
import { iso } from './time';

/** What distinguishes one group from another; the rest of the Graph shape is derived. */
export interface GroupSpec {
  readonly displayName: string;
  readonly description: string;
  readonly kind: 'security' | 'm365' | 'dynamic' | 'roleAssignable';
  readonly membershipRule?: string;
  readonly visibility?: 'Public' | 'Private';
}

/** The `securityIdentifier` Entra gives a cloud group: S-1-12-1 and the GUID as four uint32s. */
export function securityIdentifier(id: string): string {
  const hex = id.replace(/-/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < 16; i++) bytes.push(parseInt(hex.slice(i * 2, i * 2 + 2), 16));
  // A GUID's first three fields are stored little-endian.
  const le = [3, 2, 1, 0, 5, 4, 7, 6, 8, 9, 10, 11, 12, 13, 14, 15].map((i) => bytes[i] as number);
  const parts: number[] = [];
  for (let i = 0; i < 4; i++) {
    parts.push(((le[i * 4 + 3] as number) << 24 >>> 0) + ((le[i * 4 + 2] as number) << 16) + ((le[i * 4 + 1] as number) << 8) + (le[i * 4] as number));
  }
  return `S-1-12-1-${parts.join('-')}`;
}

/** A Graph v1.0 `group` object. */
export function groupObject(id: string, spec: GroupSpec, createdMs: number, domain: string): GraphObject {
  const m365 = spec.kind === 'm365';
  const nickname = spec.displayName.replace(/[^A-Za-z0-9]/g, '');
  return {
    id,
    deletedDateTime: null,
    classification: null,
    createdDateTime: iso(createdMs),
    description: spec.description,
    displayName: spec.displayName,
    expirationDateTime: null,
    groupTypes: m365 ? ['Unified'] : spec.kind === 'dynamic' ? ['DynamicMembership'] : [],
    isAssignableToRole: spec.kind === 'roleAssignable' ? true : null,
    mail: m365 ? `${nickname}@${domain}` : null,
    mailEnabled: m365,
    mailNickname: nickname,
    membershipRule: spec.membershipRule ?? null,
    membershipRuleProcessingState: spec.membershipRule ? 'On' : null,
    onPremisesSyncEnabled: null,
    preferredDataLocation: null,
    proxyAddresses: m365 ? [`SMTP:${nickname}@${domain}`] : [],
    renewedDateTime: iso(createdMs),
    securityEnabled: !m365,
    securityIdentifier: securityIdentifier(id),
    visibility: m365 ? (spec.visibility ?? 'Private') : null,
  };
}
