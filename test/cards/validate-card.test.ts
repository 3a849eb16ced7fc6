import { describe, expect, it } from 'vitest';
import { validateCard } from './validate-card';

describe('validateCard', () => {
  it('accepts a minimal Teams card', () => {
    const card = {
      type: 'AdaptiveCard',
      $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
      version: '1.5',
      body: [{ type: 'TextBlock', text: 'hi' }],
      msteams: { width: 'Full' },
    };
    expect(validateCard(card)).toEqual([]);
  });

  it('reports schema errors, duplicate ids and unlabeled inputs', () => {
    const card = {
      type: 'AdaptiveCard',
      version: '1.5',
      body: [
        { type: 'TextBlock', text: 'a', id: 'x' },
        { type: 'TextBlock', text: 'b', id: 'x', colour: 'red' },
        { type: 'Input.Text', id: 'q', isRequired: true, errorMessage: 'needed' },
      ],
    };
    const problems = validateCard(card);
    expect(problems.some((p) => p.startsWith('schema:'))).toBe(true);
    expect(problems).toContain('renderer: Duplicate Id "x".');
    expect(problems).toContain('renderer: Required inputs should have a label');
  });

  it('reports unknown elements', () => {
    const problems = validateCard({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'Chart.Bar' }] });
    expect(problems.join('\n')).toMatch(/Unknown element type/);
  });
});
