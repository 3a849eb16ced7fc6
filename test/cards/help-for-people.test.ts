/** Help for people (issue 20), over the real registry: plain names, whole buttons, synonyms. */
import { describe, expect, it } from 'vitest';
import { BUTTON_TITLE_CHARS, filterHelpFamilies, helpCard, welcomeCard } from '../../src/cards/help-card';
import { INTENT_NAMES } from '../../src/understanding/intent';
import { QUESTION_FAMILIES, welcomeExamples } from '../../src/families/registry';
import { actionsOfType, allText } from './card-walk';

const titles = (filter: string): string[] => filterHelpFamilies(QUESTION_FAMILIES, filter).map((f) => f.title);

describe('help for people', () => {
  it('shows no intent id anywhere on the help card', () => {
    const text = allText(helpCard(QUESTION_FAMILIES));
    for (const id of INTENT_NAMES) expect(text, id).not.toContain(id);
  });

  it('every example button on the help and welcome cards fits a whole title (≤ 38 characters)', () => {
    for (const card of [helpCard(QUESTION_FAMILIES), welcomeCard(welcomeExamples())]) {
      const asks = actionsOfType(card, 'Action.Submit').map((a) => String(a['title']));
      expect(asks.length).toBeGreaterThan(5);
      for (const t of asks) expect(t.length, t).toBeLessThanOrEqual(BUTTON_TITLE_CHARS);
    }
  });

  it('no help example is a date the demo tenant has no snapshot for (2024-01-13 answered "before the first snapshot")', () => {
    for (const f of QUESTION_FAMILIES) for (const e of f.examples) expect(e, f.title).not.toMatch(/\b20(1\d|2[0-4])-\d\d-\d\d\b/);
  });

  it('search knows the words people use', () => {
    expect(titles('lockout')).toContain('Sign-ins');
    expect(titles('locked out')).toContain('Sign-ins');
    expect(titles('MFA')).toEqual(expect.arrayContaining(['Users and their access', 'Privileged accounts']));
    expect(titles('guest')).toContain('Users and their access');
    expect(titles('PIM')).toEqual(['Privileged accounts']);
    expect(titles('consent')).toContain('Applications');
    expect(titles('KQL')).toEqual(['Power users']);
    expect(titles('zebra')).toEqual([]);
  });
});
