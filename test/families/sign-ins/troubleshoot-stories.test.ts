/**
 * Replays every sign-in story of the demo tenant (src/demo/generator/sign-ins/stories.ts) through
 * signIns.troubleshoot over the Graph protocol, and checks what the card states against the
 * story: what the generator scripted, not what our answer computed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/answers/answer';
import { storyScripts, type StoryScript } from '../../../src/demo/generator/sign-ins/stories';
import { PERSONAS, type PersonaKey } from '../../../src/demo/personas';
import { startRealTenant, TENANT, type RealTenant } from '../real-tenant';

const ANCHOR = Date.parse(TENANT.anchorTime);
const WINDOW_START = ANCHOR - 7 * 24 * 3600_000;
/** The card's minute-precision time, as the card writes it. */
const minute = (ms: number): string => `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;

interface StoryEvent extends StoryScript { readonly ms: number; readonly code: number }

function storyOf(persona: PersonaKey): StoryEvent[] {
  return storyScripts()
    .filter((s) => s.persona === persona)
    .map((s) => ({ ...s, ms: ANCHOR - s.offsetMs, code: s.error?.errorCode ?? 0 }))
    .filter((s) => s.ms >= WINDOW_START && s.ms <= ANCHOR)
    .sort((a, b) => a.ms - b.ms);
}

const PERSONAS_WITH_STORIES = [...new Set(storyScripts().map((s) => s.persona))];

let tenant: RealTenant;
const cards = new Map<PersonaKey, Answer>();

beforeAll(async () => {
  tenant = await startRealTenant();
  for (const persona of PERSONAS_WITH_STORIES) {
    const { answer } = await tenant.ask({ name: 'signIns.troubleshoot', slots: { user: PERSONAS[persona].upn } });
    if (answer.kind !== 'summary') throw new Error(`${persona}: ${answer.kind} ${answer.title}`);
    cards.set(persona, answer);
  }
}, 60_000);
afterAll(() => tenant?.close());

const textOf = (a: Answer): string => [a.title, a.summary, ...(a.sections ?? []).flatMap((s) => [s.title, s.text ?? '', ...(s.bullets ?? [])])].join('\n');

/** The tenant's own sign-ins of a persona (the generator's data), oldest first. */
function tenantSignIns(persona: PersonaKey): { ms: number; code: number }[] {
  const upn = PERSONAS[persona].upn;
  return tenant.signIns
    .filter((s) => s['userPrincipalName'] === upn)
    .map((s) => ({ ms: Date.parse(String(s['createdDateTime'])), code: Number((s['status'] as { errorCode: number }).errorCode) }))
    .filter((s) => s.ms >= WINDOW_START)
    .sort((a, b) => a.ms - b.ms);
}

describe('signIns.troubleshoot replays the demo tenant\'s sign-in stories', () => {
  it('has stories to replay', () => {
    expect(PERSONAS_WITH_STORIES.length).toBeGreaterThanOrEqual(5);
    for (const p of PERSONAS_WITH_STORIES) expect(storyOf(p).length, p).toBeGreaterThan(0);
  });

  for (const persona of PERSONAS_WITH_STORIES) {
    describe(persona, () => {
      it('states the lockout as the story scripts it: when, after how many bad passwords, from where, and whether it is over', (ctx) => {
        const story = storyOf(persona);
        const locks = story.filter((e) => e.code === 50053);
        const text = textOf(cards.get(persona)!);
        if (locks.length === 0) return ctx.skip(); // this persona's story has no lockout
        const first = locks[0]!;
        const last = locks[locks.length - 1]!;
        const bad = story.filter((e) => e.code === 50126 && e.ms < first.ms && !story.some((x) => x.code === 0 && x.ms > e.ms && x.ms < first.ms));
        const after = story.find((e) => e.ms > last.ms && e.code === 0);
        expect(text).toContain(`${bad.length} bad password${bad.length === 1 ? '' : 's'}`);
        expect(text).toContain(first.ip);
        expect(text).toContain(minute(first.ms));
        if (after) {
          expect(text).toContain(`Lockout over: locked at ${minute(first.ms)}`);
          expect(text).toContain(`signed in again at ${minute(after.ms)}${after.mfa ? ' with MFA' : ''}`);
          expect(cards.get(persona)!.title).not.toMatch(/is locked out/);
          expect(text).not.toMatch(/Locked out since/);
        } else {
          expect(cards.get(persona)!.title).toMatch(/is locked out/);
        }
      });

      it('names bad passwords followed by a success without MFA from the same IP as a possible compromise', (ctx) => {
        const story = storyOf(persona);
        const text = textOf(cards.get(persona)!);
        const compromises = story.filter((e) => e.code === 0 && !e.mfa && story.filter((b) => b.code === 50126 && b.ip === e.ip && b.ms < e.ms).length >= 3);
        if (compromises.length === 0) return ctx.skip(); // no such pattern in this persona's story
        for (const s of compromises) {
          const bad = story.filter((e) => e.code === 50126 && e.ip === s.ip && e.ms < s.ms).length;
          expect(text).toContain(`Possible compromise: ${bad} bad passwords from ${s.ip}`);
          expect(text).toContain(`without MFA at ${minute(s.ms)}`);
        }
      });

      it('lists each risky sign-in of the story that is still at risk, with its level and IP', (ctx) => {
        const text = textOf(cards.get(persona)!);
        if (!storyOf(persona).some((e) => e.risk)) return ctx.skip(); // no risky sign-in in this persona's story
        for (const s of storyOf(persona).filter((e) => e.risk?.state === 'atRisk')) {
          expect(text).toContain(`Risky sign-in (${s.risk!.level} risk) at ${minute(s.ms)} from ${s.ip}`);
        }
        for (const s of storyOf(persona).filter((e) => e.risk && e.risk.state !== 'atRisk')) {
          expect(text).not.toContain(`Risky sign-in (${s.risk!.level} risk) at ${minute(s.ms)}`);
        }
      });

      it('states the latest attempt and the last success as the tenant has them, and never contradicts itself', () => {
        const a = cards.get(persona)!;
        const text = textOf(a);
        const all = tenantSignIns(persona);
        const latest = all[all.length - 1]!;
        const lastSuccess = [...all].reverse().find((s) => s.code === 0);
        expect(text).toContain(`Latest attempt: ${minute(latest.ms)}`);
        if (latest.code === 0) {
          expect(a.title).toMatch(/^Nothing blocks .* now: the latest sign-in succeeded at /);
          expect(a.title).toContain(minute(latest.ms));
        } else {
          expect(a.title).not.toMatch(/succeeded/);
          if (lastSuccess) expect(text).toContain(`Last successful sign-in: ${minute(lastSuccess.ms)}`);
        }
        // Never "locked" and "latest attempt succeeded" together.
        if (latest.code === 0) expect(text).not.toMatch(/is locked out|Locked out since/);
        // "Blocked by Conditional Access" only with a 53003 among the sign-ins.
        if (/blocked by Conditional Access|Conditional Access blocked/.test(text)) expect(all.some((s) => s.code === 53003)).toBe(true);
      });
    });
  }
});
