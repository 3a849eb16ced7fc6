import { describe, expect, it } from 'vitest';
import { cardBytes, privateChatUnavailableCard, sentPrivatelyCard, sharedSummaryCard } from '../../src/cards';
import { cardText } from '../helpers/activities';
import { owners, riskSummary, signIns } from './sample-answers';
import { validateCard } from './validate-card';

describe('sharedSummaryCard and sentPrivatelyCard (channels and group chats)', () => {
  it.each([['owners', owners], ['sign-ins', signIns(300)], ['risk summary', riskSummary]])('%s: a valid 1.5 card with the title and summary, no rows, and the private button', (_name, answer) => {
    const card = sharedSummaryCard(answer, { question: 'the question?' });
    expect(validateCard(card)).toEqual([]);
    const text = cardText(card);
    expect(text).toContain(answer.title);
    expect(text).toContain(answer.summary);
    for (const row of answer.rows.slice(0, 5)) for (const cell of row) if (typeof cell === 'string' && cell.length > 3) expect(text).not.toContain(cell);
    expect(JSON.stringify(card)).toContain('"verb":"private"');
    expect(cardBytes(card)).toBeLessThan(2048);
  });

  it('the "sent privately" note is a valid card', () => {
    const card = sentPrivatelyCard('who owns the Finance Department group?');
    expect(validateCard(card)).toEqual([]);
    expect(cardText(card)).toContain('private chat');
    expect(validateCard(privateChatUnavailableCard())).toEqual([]);
  });
});
