import { describe, expect, it } from 'vitest';
import { welcomeCard, withoutMessageBack } from '../../src/cards';
import { renderAnswerCard } from '../../src/cards/render-answer';
import { allNodes, submitData } from './card-walk';
import { graphQuery, owners, signIns } from './sample-answers';
import { validateCard } from './validate-card';

describe('withoutMessageBack (cards for the Agents Playground and other non-Teams hosts)', () => {
  const card = renderAnswerCard(signIns(60), { question: 'sign-ins for karita', queries: [graphQuery] });

  it('drops every msteams hint from Action.Submit data and keeps the routed data', () => {
    expect(submitData(card).some((d) => 'msteams' in d)).toBe(true);
    const plain = withoutMessageBack(card);
    expect(submitData(plain).some((d) => 'msteams' in d)).toBe(false);
    expect(submitData(plain)).toEqual(submitData(card).map(({ msteams: _m, ...rest }) => rest));
    expect(validateCard(plain)).toEqual([]);
  });

  it('reaches buttons nested in ActionSets (welcome card) and leaves everything else as it was', () => {
    const welcome = welcomeCard(['who owns Finance Department?', 'show risky users']);
    const plain = withoutMessageBack(welcome);
    expect(submitData(plain).map((d) => d['question'])).toEqual(['who owns Finance Department?', 'show risky users']);
    expect(allNodes(plain).some((n) => 'msteams' in n && n['type'] !== 'AdaptiveCard')).toBe(false);
    expect(plain.msteams).toEqual({ width: 'Full' });
  });

  it('is pure: the card it was given keeps its hints', () => {
    const before = JSON.stringify(renderAnswerCard(owners, { question: 'q', queries: [] }));
    const given = JSON.parse(before) as Parameters<typeof withoutMessageBack>[0];
    withoutMessageBack(given);
    expect(JSON.stringify(given)).toBe(before);
  });
});
