/** Prose parts of an answer: sections (heading, text, bullets, links) and facts. */

import type { Fact, Section } from '../answers/answer';
import { openUrlAction } from './actions';
import { note, plainText, subheading } from './elements';
import type { RenderLimits } from './render-context';
import { cutAtWord, escapeMarkdown, truncate } from './text';
import type { CardElement, FactSet } from './types';

/** Only web links become buttons; anything else (javascript:, relative) is dropped. */
export function isWebUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return (u.protocol === 'https:' || u.protocol === 'http:') && url.length <= 2000;
  } catch {
    return false;
  }
}

/** A FactSet. Teams renders markdown in facts, so titles and values are escaped. */
export function factSet(facts: readonly Fact[], limits: RenderLimits): CardElement[] {
  if (facts.length === 0) return [];
  const shown = facts.slice(0, limits.listItems);
  const set: FactSet = {
    type: 'FactSet',
    spacing: 'Medium',
    facts: shown.map((f) => ({
      title: escapeMarkdown(cutAtWord(f.title, Math.min(80, limits.textChars))),
      value: escapeMarkdown(truncate(f.value, limits.textChars)) || '—',
    })),
  };
  const out: CardElement[] = [set];
  if (facts.length > shown.length) out.push(note(`${shown.length} of ${facts.length} facts shown.`));
  return out;
}

/** One section: bold heading, text, "•" bullets, and link buttons. */
function section(s: Section, limits: RenderLimits): CardElement[] {
  const out: CardElement[] = [subheading(cutAtWord(s.title, limits.textChars))];
  if (s.text) out.push(plainText(truncate(s.text, limits.textChars), {}, { spacing: 'Small' }));
  const bullets = s.bullets ?? [];
  for (const b of bullets.slice(0, limits.listItems)) {
    out.push(plainText(`• ${truncate(b, limits.textChars)}`, {}, { spacing: 'Small' }));
  }
  if (bullets.length > limits.listItems) out.push(note(`…and ${bullets.length - limits.listItems} more.`));
  const links = (s.links ?? []).filter((l) => isWebUrl(l.url)).slice(0, Math.min(5, limits.listItems));
  if (links.length > 0) {
    // One link per row: side by side, Teams cut each title to a few words (e2e card gallery).
    out.push(...links.map((l): CardElement => ({ type: 'ActionSet', spacing: 'Small', actions: [openUrlAction(l.title, l.url)] })));
  }
  return out;
}

/** All sections, at most `limits.listItems` of them. */
export function sections(list: readonly Section[] | undefined, limits: RenderLimits): CardElement[] {
  const all = list ?? [];
  const out = all.slice(0, limits.listItems).flatMap((s) => section(s, limits));
  if (all.length > limits.listItems) out.push(note(`${all.length - limits.listItems} more sections not shown.`));
  return out;
}
