/** Small builders for the body elements every card uses. */

import type { FontType, RichTextBlock, TextBlock, TextColor, TextRun, TextSize, TextWeight } from './types';

export interface PlainTextStyle {
  readonly size?: TextSize;
  readonly weight?: TextWeight;
  readonly color?: TextColor;
  readonly isSubtle?: boolean;
  readonly fontType?: FontType;
  readonly italic?: boolean;
}

/** One run of plain text (never markdown). */
export function run(text: string, style: PlainTextStyle = {}): TextRun {
  return { type: 'TextRun', text, ...style };
}

/** Text from the tenant or the person, shown as-is: a RichTextBlock, so markdown is never rendered. */
export function plainText(
  text: string,
  style: PlainTextStyle = {},
  extra: Pick<RichTextBlock, 'spacing' | 'separator' | 'id'> = {},
): RichTextBlock {
  return { type: 'RichTextBlock', inlines: [run(text, style)], ...extra };
}

/** The card's title line. */
export function heading(text: string): RichTextBlock {
  return plainText(text, { size: 'Medium', weight: 'Bolder' });
}

/** A section heading inside a card. */
export function subheading(text: string): RichTextBlock {
  return plainText(text, { weight: 'Bolder' }, { spacing: 'Medium' });
}

/** Small, subtle note (source, paging, cut notices). */
export function note(text: string): RichTextBlock {
  return plainText(text, { size: 'Small', isSubtle: true }, { spacing: 'Small' });
}

/** Text we wrote ourselves, so markdown is safe. */
export function fixedText(text: string, extra: Partial<Omit<TextBlock, 'type' | 'text'>> = {}): TextBlock {
  return { type: 'TextBlock', text, wrap: true, ...extra };
}
