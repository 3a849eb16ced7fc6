/**
 * TypeScript shapes of the Adaptive Card 1.5 elements this folder emits — only the subset we use,
 * so that a typo in a property name does not compile. Names follow the Adaptive Cards schema.
 */

import type { CardActionData } from './action-data';

export type Spacing = 'None' | 'Small' | 'Default' | 'Medium' | 'Large' | 'ExtraLarge';
export type TextSize = 'Small' | 'Default' | 'Medium' | 'Large' | 'ExtraLarge';
export type TextWeight = 'Lighter' | 'Default' | 'Bolder';
export type TextColor = 'Default' | 'Dark' | 'Light' | 'Accent' | 'Good' | 'Warning' | 'Attention';
export type ContainerStyle = 'default' | 'emphasis' | 'good' | 'attention' | 'warning' | 'accent';
export type FontType = 'Default' | 'Monospace';

/** Properties shared by every body element. */
export interface ElementBase {
  readonly id?: string;
  readonly spacing?: Spacing;
  readonly separator?: boolean;
  readonly isVisible?: boolean;
}

/** A TextBlock. Its `text` is markdown in Teams: only put text we wrote (or escaped) here. */
export interface TextBlock extends ElementBase {
  readonly type: 'TextBlock';
  readonly text: string;
  readonly wrap?: boolean;
  readonly size?: TextSize;
  readonly weight?: TextWeight;
  readonly color?: TextColor;
  readonly isSubtle?: boolean;
  readonly fontType?: FontType;
  readonly style?: 'default' | 'heading';
  readonly maxLines?: number;
}

/** A plain-text run: Adaptive Cards never interpret markdown in a TextRun. */
export interface TextRun {
  readonly type: 'TextRun';
  readonly text: string;
  readonly size?: TextSize;
  readonly weight?: TextWeight;
  readonly color?: TextColor;
  readonly isSubtle?: boolean;
  readonly fontType?: FontType;
  readonly italic?: boolean;
}

/** A RichTextBlock of TextRuns: how data from the tenant is shown, so it is never markdown. */
export interface RichTextBlock extends ElementBase {
  readonly type: 'RichTextBlock';
  readonly inlines: readonly TextRun[];
}

export interface Fact {
  readonly title: string;
  readonly value: string;
}

export interface FactSet extends ElementBase {
  readonly type: 'FactSet';
  readonly facts: readonly Fact[];
}

export interface Container extends ElementBase {
  readonly type: 'Container';
  readonly items: readonly CardElement[];
  readonly style?: ContainerStyle;
}

export interface Column extends ElementBase {
  readonly type: 'Column';
  readonly items: readonly CardElement[];
  /** 'auto', 'stretch', a weight, or '<n>px'. */
  readonly width?: 'auto' | 'stretch' | number | `${number}px`;
  readonly style?: ContainerStyle;
  readonly verticalContentAlignment?: 'Top' | 'Center' | 'Bottom';
}

export interface ColumnSet extends ElementBase {
  readonly type: 'ColumnSet';
  readonly columns: readonly Column[];
}

export interface TableColumnDefinition {
  readonly width?: number | `${number}px`;
}

export interface TableCell {
  readonly type: 'TableCell';
  readonly items: readonly CardElement[];
  readonly style?: ContainerStyle;
}

export interface TableRow {
  readonly type: 'TableRow';
  readonly cells: readonly TableCell[];
  readonly style?: ContainerStyle;
}

export interface Table extends ElementBase {
  readonly type: 'Table';
  readonly columns: readonly TableColumnDefinition[];
  readonly rows: readonly TableRow[];
  readonly firstRowAsHeader?: boolean;
  readonly showGridLines?: boolean;
  readonly gridStyle?: ContainerStyle;
}

export interface InputText extends ElementBase {
  readonly type: 'Input.Text';
  readonly id: string;
  readonly label?: string;
  readonly placeholder?: string;
  readonly value?: string;
  readonly maxLength?: number;
}

export interface ActionSet extends ElementBase {
  readonly type: 'ActionSet';
  readonly actions: readonly CardAction[];
}

export type CardElement =
  | TextBlock
  | RichTextBlock
  | FactSet
  | Container
  | ColumnSet
  | Table
  | InputText
  | ActionSet;

/** Teams' messageBack: the question is echoed in the chat as if typed, and sent as `text`. */
export interface MsTeamsMessageBack {
  readonly type: 'messageBack';
  readonly displayText: string;
  readonly text: string;
}

/** `data` of an Action.Submit: the routed payload, plus Teams' optional `msteams` hint. */
export type SubmitData = CardActionData & { readonly msteams?: MsTeamsMessageBack };

export interface ActionSubmit {
  readonly type: 'Action.Submit';
  readonly title: string;
  readonly data: SubmitData;
  readonly style?: 'default' | 'positive' | 'destructive';
  readonly associatedInputs?: 'auto' | 'none';
}

export interface ActionOpenUrl {
  readonly type: 'Action.OpenUrl';
  readonly title: string;
  readonly url: string;
}

export interface ActionToggleVisibility {
  readonly type: 'Action.ToggleVisibility';
  readonly title: string;
  readonly targetElements: readonly string[];
}

export type CardAction = ActionSubmit | ActionOpenUrl | ActionToggleVisibility;

/** The root of every card this folder returns. */
export interface AdaptiveCard {
  readonly type: 'AdaptiveCard';
  readonly $schema: 'http://adaptivecards.io/schemas/adaptive-card.json';
  readonly version: '1.5';
  readonly body: readonly CardElement[];
  readonly actions?: readonly CardAction[];
  /** Shown by hosts that cannot render 1.5. */
  readonly fallbackText?: string;
  readonly msteams: { readonly width: 'Full' };
}
