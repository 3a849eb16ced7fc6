/**
 * The last resort when nothing else fits the size limit: fixed text only (no tenant data), so it
 * is always a few hundred bytes.
 */

import { cardRoot } from './card-frame';
import { fixedText } from './elements';
import type { AdaptiveCard } from './types';

export function tooLargeCard(): AdaptiveCard {
  return cardRoot(
    [
      fixedText('This answer is too large to show in Teams', { weight: 'Bolder', size: 'Medium' }),
      fixedText('Ask a narrower question (a user, a group, a shorter time range), or run it with `entra-ask ask --json`.', { spacing: 'Small' }),
    ],
    [],
    'This answer is too large to show in Teams.',
  );
}
