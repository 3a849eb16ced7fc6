import { TeamsAdapter } from '@microsoft/teams-ai';
import { CardFactory, type TurnContext } from 'botbuilder';
import { randomUUID } from 'node:crypto';
import { errorCard } from '../cards';
import type { Settings } from '../config/settings';

/**
 * The Bot Framework adapter. With `BOT_ID` unset it runs in local mode (no token validation: the
 * Agents Playground, tests); with it set, every request must carry a valid Bot Framework token.
 */
export function createAdapter(settings: Settings, log: (line: string) => void): TeamsAdapter {
  const adapter = new TeamsAdapter(settings.botId ? {
    MicrosoftAppId: settings.botId,
    MicrosoftAppPassword: settings.botPassword,
    MicrosoftAppType: settings.botAppType,
    MicrosoftAppTenantId: settings.botTenantId,
  } : {});
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    // Bugs only: expected failures are answers. Log the details; show the person a reference.
    const reference = randomUUID();
    log(`turn error ${reference}: ${error.stack ?? error.message}`);
    try {
      await context.sendActivity({
        attachments: [CardFactory.adaptiveCard(errorCard(
          'Something went wrong on our side while answering. Please try again; if it keeps happening, tell your admin.',
          { requestId: reference, retryable: true },
        ))],
      });
    } catch (sendError) {
      log(`turn error ${reference}: could not send the error card: ${String(sendError)}`);
    }
  };
  return adapter;
}
