import { ActivityTypes, type TurnContext } from 'botbuilder';

export interface TypingOptions {
  /** Wait this long before the first indicator, so instant answers send none (default 300 ms). */
  readonly delayMs?: number;
  /** Teams shows an indicator for about three seconds; repeat this often (default 2500 ms). */
  readonly everyMs?: number;
}

/**
 * "Entra Ask is typing…" while a turn works, for this turn only. teams-ai's own typing timer lives
 * on the Application, so two conversations answered at once share (and stop) one timer; this one
 * belongs to the turn. It stops when the turn sends a message or when the returned function is
 * called (always call it when the turn ends).
 */
export function startTyping(context: TurnContext, options: TypingOptions = {}): () => void {
  if (context.activity.type !== ActivityTypes.Message) return () => {};
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let inFlight: Promise<unknown> = Promise.resolve();
  const stop = (): void => {
    stopped = true;
    if (timer) clearTimeout(timer);
    timer = undefined;
  };
  context.onSendActivities(async (_ctx, activities, next) => {
    if (activities.some((a) => a.type === ActivityTypes.Message)) {
      stop();
      // Let a typing activity already on its way arrive first, so the indicator never sticks.
      await inFlight.catch(() => undefined);
    }
    return next();
  });
  const tick = (): void => {
    if (stopped) return;
    inFlight = context.sendActivity({ type: ActivityTypes.Typing }).catch(() => { stop(); });
    timer = setTimeout(tick, options.everyMs ?? 2500);
  };
  timer = setTimeout(tick, options.delayMs ?? 300);
  return stop;
}
