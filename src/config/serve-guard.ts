/**
 * Fail closed (issue 18): without BOT_ID the bot validates no tokens and lets the caller say who
 * they are (`from.aadObjectId`), which is fine on a developer's machine over the demo tenant and
 * never over a real tenant's data. So `serve` refuses to start in live Graph mode (app-only or
 * delegated) without BOT_ID, unless ALLOW_UNAUTHENTICATED_LOCAL=1 *and* it listens on a loopback
 * address only.
 */
import { SettingsError, type Settings } from './settings';

/** 127.0.0.0/8, ::1 and localhost: reachable from this machine only. */
export function isLoopback(host: string): boolean {
  const h = host.trim().toLowerCase().replace(/^\[|\]$/g, '');
  return h === 'localhost' || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h);
}

/** Throws a SettingsError (said plainly, no stack) when serving these settings would be open. */
export function checkServeAuthentication(settings: Pick<Settings, 'tenantMode' | 'botId' | 'host' | 'allowUnauthenticatedLocal'>): void {
  if (settings.tenantMode !== 'live' || settings.botId) return;
  if (!settings.allowUnauthenticatedLocal) {
    throw new SettingsError('Live Graph mode needs BOT_ID: without it no request is authenticated and anyone who reaches the endpoint could ask as anyone. Set BOT_ID (and BOT_PASSWORD), or for a developer\'s machine set ALLOW_UNAUTHENTICATED_LOCAL=1 with HOST=127.0.0.1.');
  }
  if (!isLoopback(settings.host)) {
    throw new SettingsError(`ALLOW_UNAUTHENTICATED_LOCAL=1 serves live data without authentication, so it listens on a loopback address only; HOST is "${settings.host}". Use HOST=127.0.0.1, or set BOT_ID.`);
  }
}
