import type { Answer } from './answer';
import { emptyAnswerFields } from './answer';
import type { PlanContext } from '../planning/entities';

/** A Graph API Microsoft documents as delegated only ("Application: Not supported"). */
export interface DelegatedOnlyApi {
  /** What the person asked about, as a noun phrase: "the groups Megan owns". */
  readonly what: string;
  /** The API reference pages' titles, e.g. "List ownedObjects". */
  readonly apis: readonly string[];
  /** Their learn.microsoft.com pages. */
  readonly links: readonly { readonly title: string; readonly url: string }[];
  readonly followUps?: readonly string[];
}

/**
 * For a `refuse` hook: in app-only mode, the card that says why a delegated-only API cannot be
 * asked (Graph answers 403 to an app); undefined in delegated mode or the demo.
 */
export function delegatedOnlyAnswer(ctx: PlanContext, api: DelegatedOnlyApi): Answer | undefined {
  if (ctx.graphAuth !== 'appOnly') return undefined;
  const pages = api.apis.join(' and ');
  return {
    ...emptyAnswerFields(),
    kind: 'summary',
    title: `I can't read ${api.what} in app-only mode`,
    summary: `Microsoft Graph gives ${api.what} only to a signed-in user: ${pages} ${api.apis.length > 1 ? 'document' : 'documents'} "Application: Not supported", and this bot reads Graph with its own app identity.`,
    followUps: api.followUps ?? ['help'],
    sections: [{
      title: 'What you can do',
      bullets: ['Look it up in the Microsoft Entra admin center, or ask an administrator to run Entra Ask in delegated mode (GRAPH_MODE=delegated), where it reads Graph as you.'],
      links: api.links,
    }],
    sourceNote: `Not asked: ${pages} ${api.apis.length > 1 ? 'are' : 'is'} delegated-only in Microsoft's API reference.`,
  };
}
