import type { AuthenticationProvider, Context, Middleware } from '@microsoft/microsoft-graph-client';
import { carry } from './client-error-carrier';
import { GraphRequestError } from './errors';

/**
 * Graph client middleware: adds `Authorization: Bearer <token>` from an `AuthenticationProvider`
 * (for real tenants a `TokenCredentialAuthenticationProvider` over an `@azure/identity`
 * credential) and any fixed headers (the demo caller header). Runs inside the retry middleware, so
 * each attempt asks for a token and a token refreshed mid-wait is used.
 *
 * Unlike the graph client's own `AuthenticationHandler`, it does not check the host: every request
 * goes to the one configured base URL (next links are checked against it before they are sent).
 */
export class AuthMiddleware implements Middleware {
  private next: Middleware | undefined;

  constructor(
    private readonly provider: AuthenticationProvider,
    private readonly fixedHeaders: Readonly<Record<string, string>> = {},
  ) {}

  setNext(next: Middleware): void {
    this.next = next;
  }

  async execute(context: Context): Promise<void> {
    if (this.next === undefined) throw new Error('AuthMiddleware needs a next middleware');
    let token: string;
    try {
      token = await this.provider.getAccessToken();
    } catch (e) {
      throw carry(tokenError(e));
    }
    const headers = new Headers(context.options?.headers);
    headers.set('Authorization', `Bearer ${token}`);
    for (const [name, value] of Object.entries(this.fixedHeaders)) headers.set(name, value);
    context.options = { ...context.options, headers };
    await this.next.execute(context);
  }
}

function tokenError(cause: unknown): GraphRequestError {
  const text = cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause);
  const consent = /AADSTS65001|consent_required|interaction_required|invalid_grant/i.test(text);
  return new GraphRequestError({
    status: 0,
    code: consent ? 'consentRequired' : 'authenticationFailed',
    kind: 'unauthorized',
    message: `Could not get a token for Microsoft Graph: ${firstLine(text)}`,
    cause,
  });
}

function firstLine(text: string): string {
  const line = text.split('\n', 1)[0] ?? text;
  return line.length > 300 ? `${line.slice(0, 300)}…` : line;
}
