/**
 * Checks a POSTed body before it reaches the Bot Framework adapter, which throws (and would leak
 * a 500 with its message) on bodies that are not activities. Returns a reason for a 400, or
 * undefined when the body is an activity the adapter can handle.
 */
export function activityProblem(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return 'The body must be a JSON Bot Framework activity.';
  const a = body as Record<string, unknown>;
  if (typeof a.type !== 'string' || a.type === '') return 'The activity has no "type".';
  if (typeof a.conversation !== 'object' || a.conversation === null || typeof (a.conversation as { id?: unknown }).id !== 'string') {
    return 'The activity has no "conversation.id".';
  }
  if (typeof a.serviceUrl !== 'string' || !/^https?:\/\//.test(a.serviceUrl)) return 'The activity has no valid "serviceUrl".';
  if (a.type === 'message' && a.text !== undefined && typeof a.text !== 'string') return 'The message "text" must be a string.';
  if (a.type === 'message' && typeof a.text === 'string' && a.text.length > 10_000) return 'The message is too long (10,000 characters at most).';
  return undefined;
}

/** The tenant an activity comes from (Teams puts it in channelData and in conversation). */
export function activityTenant(body: Record<string, unknown>): string | undefined {
  const channelData = body.channelData as { tenant?: { id?: unknown } } | undefined;
  const conversation = body.conversation as { tenantId?: unknown } | undefined;
  const id = channelData?.tenant?.id ?? conversation?.tenantId;
  return typeof id === 'string' ? id : undefined;
}
