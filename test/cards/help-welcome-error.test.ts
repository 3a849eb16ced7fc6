import { describe, expect, it } from 'vitest';
import { HELP_FILTER_INPUT_ID, parseCardActionData } from '../../src/cards/action-data';
import { errorCard } from '../../src/cards/error-card';
import { filterHelpFamilies, helpCard, welcomeCard } from '../../src/cards/help-card';
import { allText, nodesOfType, submitData } from './card-walk';
import { validateCard } from './validate-card';

const families = [
  { title: 'Users and their access', intents: ['user.details', 'user.groups'], examples: ['Is Karita enabled?', 'What groups is Karita in?', 'third'] },
  { title: 'Sign-ins', intents: ['signIns.list', 'signIns.failures'], examples: ['Failed sign-ins for Karita this week'] },
];

describe('help card', () => {
  const card = helpCard(families);

  it('is valid, with a labelled search box and a help button', () => {
    expect(validateCard(card)).toEqual([]);
    const input = nodesOfType(card, 'Input.Text')[0]!;
    expect(input).toMatchObject({ id: HELP_FILTER_INPUT_ID, label: 'Search the questions I can answer' });
    expect(submitData(card)).toContainEqual({ verb: 'help' });
  });

  it('lists each family by its plain name (no intent ids, issue 20) and up to two example buttons that ask them', () => {
    const text = allText(card);
    expect(text).toContain('Users and their access');
    expect(text).not.toContain('user.details');
    const asks = submitData(card).filter((d) => d['verb'] === 'ask').map((d) => d['question']);
    expect(asks).toEqual(['Is Karita enabled?', 'What groups is Karita in?', 'Failed sign-ins for Karita this week']);
  });

  it('filters by every word and says when nothing matches', () => {
    expect(filterHelpFamilies(families, 'sign failures').map((f) => f.title)).toEqual(['Sign-ins']);
    expect(filterHelpFamilies(families, '').length).toBe(2);
    const none = helpCard(filterHelpFamilies(families, 'zebra'), { filter: 'zebra' });
    expect(allText(none)).toContain('Nothing matches "zebra"');
    expect(nodesOfType(none, 'Input.Text')[0]).toMatchObject({ value: 'zebra' });
    expect(validateCard(none)).toEqual([]);
  });
});

describe('welcome card', () => {
  it('shows examples as ask buttons', () => {
    const card = welcomeCard(['who owns Finance Department?', 'show risky users']);
    expect(validateCard(card)).toEqual([]);
    expect(submitData(card).map((d) => d['question'])).toEqual(['who owns Finance Department?', 'show risky users']);
  });
});

describe('errorCard', () => {
  it('shows the message as plain text and the request id small', () => {
    const card = errorCard('Graph did not answer in time.', { requestId: 'abc-123' });
    expect(validateCard(card)).toEqual([]);
    expect(allText(card)).toContain('Graph did not answer in time.');
    expect(allText(card)).toContain('Request id: abc-123');
    expect(card.actions).toBeUndefined();
  });

  it('offers Try again only when retryable and a question is known', () => {
    const card = errorCard('Throttled.', { retryable: true, question: 'list risky users' });
    expect(card.actions?.[0]).toMatchObject({ title: 'Try again', data: { verb: 'ask', question: 'list risky users' } });
    expect(errorCard('Throttled.', { retryable: true }).actions).toBeUndefined();
    expect(validateCard(card)).toEqual([]);
  });
});

describe('parseCardActionData', () => {
  it('reads our verbs, tolerating Teams extras', () => {
    expect(parseCardActionData({ verb: 'ask', question: 'q', msteams: { type: 'messageBack' } })).toEqual({ verb: 'ask', question: 'q' });
    expect(parseCardActionData({ verb: 'showMore', question: 'q', page: '2', offset: 50 })).toEqual({ verb: 'showMore', question: 'q', page: 2, offset: 50 });
    expect(parseCardActionData({ verb: 'help', filter: 'sign' })).toEqual({ verb: 'help', filter: 'sign' });
    expect(parseCardActionData({ verb: 'help' })).toEqual({ verb: 'help' });
  });

  it('rejects anything else', () => {
    for (const v of [null, 'ask', {}, { verb: 'ask' }, { verb: 'showMore', question: 'q', page: -1 }, { verb: 'drop' }]) {
      expect(parseCardActionData(v)).toBeUndefined();
    }
  });
});
