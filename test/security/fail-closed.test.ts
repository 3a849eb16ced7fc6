/**
 * Fail closed (issue 18): live Graph mode (app-only or delegated) is never served without BOT_ID
 * (no token validation, the caller picks who they are), unless ALLOW_UNAUTHENTICATED_LOCAL=1 and a
 * loopback listen address; and the Bicep cannot deploy without BOT_ID.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SettingsError, readSettings } from '../../src/config/settings';
import { checkServeAuthentication, isLoopback } from '../../src/config/serve-guard';
import { startBot } from '../../src/cli/serve-command';
import { runCli } from '../helpers/cli';

const LIVE = { AZURE_TENANT_ID: '11111111-1111-1111-1111-111111111111', AZURE_CLIENT_ID: '22222222-2222-2222-2222-222222222222', AZURE_CLIENT_SECRET: 'x' };

describe('serve refuses live data without BOT_ID', () => {
  it.each([
    ['app-only, the default host (127.0.0.1)', { ...LIVE }],
    ['app-only, HOST=0.0.0.0 (the Bicep\'s)', { ...LIVE, HOST: '0.0.0.0' }],
    ['delegated', { ...LIVE, GRAPH_MODE: 'delegated' }],
    ['opted in, but listening on every address', { ...LIVE, ALLOW_UNAUTHENTICATED_LOCAL: '1', HOST: '0.0.0.0' }],
    ['opted in, but on a LAN address', { ...LIVE, ALLOW_UNAUTHENTICATED_LOCAL: '1', HOST: '192.168.1.20' }],
    ['opted in with a value other than 1', { ...LIVE, ALLOW_UNAUTHENTICATED_LOCAL: 'true', HOST: '127.0.0.1' }],
  ])('%s', async (_what, env) => {
    const settings = readSettings({ PORT: '0', ...env });
    expect(() => checkServeAuthentication(settings)).toThrow(SettingsError);
    await expect(startBot(settings, () => undefined)).rejects.toThrow(/BOT_ID/);
  });

  it('`entra-ask serve` says why plainly, with no stack, and exits non-zero', async () => {
    const run = await runCli(['serve', '--port', '0'], { env: { ...LIVE, HOST: '0.0.0.0' } });
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/Live Graph mode needs BOT_ID/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('allows live mode with BOT_ID, the opt-in on loopback, and demo mode without either', () => {
    expect(() => checkServeAuthentication(readSettings({ ...LIVE, BOT_ID: '33333333-3333-3333-3333-333333333333' }))).not.toThrow();
    for (const host of ['127.0.0.1', '::1', 'localhost', '127.0.0.2']) {
      expect(() => checkServeAuthentication(readSettings({ ...LIVE, ALLOW_UNAUTHENTICATED_LOCAL: '1', HOST: host })), host).not.toThrow();
    }
    expect(() => checkServeAuthentication(readSettings({ HOST: '0.0.0.0' }))).not.toThrow();
    expect(isLoopback('0.0.0.0')).toBe(false);
    expect(isLoopback('[::1]')).toBe(true);
  });
});

describe('the Bicep never deploys without BOT_ID', () => {
  const bicep = readFileSync(path.resolve(__dirname, '../../infra/azure.bicep'), 'utf8');
  it('the client id parameter has no default and must be a 36-character GUID (an empty value fails validation)', () => {
    const block = /((?:@[^\n]+\n)+)param botAadAppClientId string(\s*=.*)?\n/.exec(bicep);
    expect(block).not.toBeNull();
    expect(block![2]).toBeUndefined();
    expect(block![1]).toMatch(/@minLength\(36\)/);
  });
  it('sets BOT_ID from that parameter wherever it listens on every address', () => {
    expect(bicep).toMatch(/\{ name: 'HOST', value: '0\.0\.0\.0' \}[\s\S]{0,200}\{ name: 'BOT_ID', value: botAadAppClientId \}/);
  });
});
