import { generateSignIns, generateTenant } from '../../src/demo/generator';
import type { GeneratedTenantModel, GraphObject } from '../../src/demo/model';
import { PERSONAS } from '../../src/demo/personas';
import type { PersonaKey } from '../../src/demo/personas';

/** The small tenant most demo tests read: fixed seed and anchor, generated once per test file. */
export const SMALL = { seed: 7, anchorTime: '2026-11-20T12:00:00Z', users: 150, days: 10 } as const;
export const ANCHOR_MS = Date.parse(SMALL.anchorTime);
export const DAY_MS = 86_400_000;

let model: GeneratedTenantModel | undefined;
let interactive: GraphObject[] | undefined;
let nonInteractive: GraphObject[] | undefined;

export function small(): GeneratedTenantModel {
  model ??= generateTenant(SMALL);
  return model;
}

export function smallSignIns(): GraphObject[] {
  interactive ??= [...generateSignIns(small(), { interactive: true })];
  return interactive;
}

export function smallNonInteractive(): GraphObject[] {
  nonInteractive ??= [...generateSignIns(small(), { interactive: false })];
  return nonInteractive;
}

export function userOf(key: PersonaKey): GraphObject {
  const upn = PERSONAS[key].upn;
  const user = small().users.find((u) => u['userPrincipalName'] === upn);
  if (!user) throw new Error(`persona ${key} missing`);
  return user;
}

export function groupNamed(name: string): GraphObject {
  const group = small().groups.find((g) => g['displayName'] === name);
  if (!group) throw new Error(`group ${name} missing`);
  return group;
}

export function membersOf(groupId: string): readonly string[] {
  return small().groupMembers.find((m) => m.groupId === groupId)?.memberIds ?? [];
}

export function ownersOf(groupId: string): readonly string[] {
  return small().groupOwners.find((m) => m.groupId === groupId)?.ownerIds ?? [];
}

export function errorCode(signIn: GraphObject): number {
  return (signIn['status'] as { errorCode: number }).errorCode;
}

export const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
export const ISO_Z = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
