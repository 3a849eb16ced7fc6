/**
 * KQL in live mode: each query goes to the source that holds its tables (Log Analytics for the
 * Entra log tables, ADX, or the embedded snapshot store), with the app's or the asker's
 * credential; a query no configured source holds is a typed EA503 answer naming the settings.
 */
import { ManagedIdentityCredential, type AccessToken, type TokenCredential } from '@azure/identity';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { readSettings } from '../../src/config/settings';
import { createRuntime, type Runtime } from '../../src/runtime/create-runtime';
import { liveKqlSettingsFromEnv, routeKql, tablesRead } from '../../src/runtime/live-kql';
import type { KqlExecutor } from '../../src/sources/kql/executor';
import { KqlError } from '../../src/sources/kql/executor';
import type { KqlQuery } from '../../src/planning/query-plan';

const RAW = 'SigninLogs | where ResultType != "0" | summarize count() by AppDisplayName';
const IDS = { AZURE_TENANT_ID: '00000000-0000-0000-0000-0000000000aa', AZURE_CLIENT_ID: '00000000-0000-0000-0000-0000000000bb', AZURE_CLIENT_SECRET: 'test-secret', AUDIT_LOG: 'off' };

interface Call { readonly where: string; readonly text: string; readonly token: string }

/** A stand-in for Log Analytics / ADX: records each query and the token its credential gives. */
function fakeExecutor(where: string, credential: TokenCredential, calls: Call[]): KqlExecutor {
  return {
    kind: where.startsWith('la') ? 'logAnalytics' : 'adx',
    async execute(query: KqlQuery) {
      const token = await credential.getToken(where.startsWith('la') ? 'https://api.loganalytics.io/.default' : 'https://help.kusto.windows.net/.default');
      calls.push({ where, text: query.text, token: token?.token ?? '' });
      return { source: 'kql', query, columns: [{ name: 'AppDisplayName', type: 'string' }, { name: 'count_', type: 'long' }], rows: [['Outlook', 3]], truncated: false, elapsedMs: 1 };
    },
    close: async () => undefined,
  };
}

describe('routing (unit)', () => {
  const la = { workspaceId: 'ws-1' };
  const adx = { adx: { clusterUrl: 'https://c.kusto.windows.net', database: 'entra' } };

  it('reads the settings infra writes; empty values are unset, half an ADX setting is an error', () => {
    expect(liveKqlSettingsFromEnv({ LOG_ANALYTICS_WORKSPACE_ID: '', ADX_CLUSTER_URI: '', ADX_DATABASE: '' })).toEqual({});
    expect(liveKqlSettingsFromEnv({ LOG_ANALYTICS_WORKSPACE_ID: ' ws-1 ' })).toEqual(la);
    expect(liveKqlSettingsFromEnv({ ADX_CLUSTER_URI: 'https://c.kusto.windows.net', ADX_DATABASE: 'entra' })).toEqual(adx);
    expect(() => liveKqlSettingsFromEnv({ ADX_CLUSTER_URI: 'https://c.kusto.windows.net' })).toThrow(/ADX_DATABASE is missing/);
    expect(() => liveKqlSettingsFromEnv({ ADX_CLUSTER_URI: 'c.kusto.windows.net', ADX_DATABASE: 'x' })).toThrow(/https/);
  });

  it('finds the tables a query reads from the bound tree, through let and join', () => {
    expect(tablesRead('let a = SigninLogs | where TimeGenerated > ago(1d); a | join kind=inner (AuditLogs | project CorrelationId) on CorrelationId')).toEqual(new Set(['SigninLogs', 'AuditLogs']));
    expect(tablesRead("EntraUsers | where DisplayName == 'SigninLogs'")).toEqual(new Set(['EntraUsers']));
    expect(tablesRead('SigninLogs | where NoSuchColumn > 1')).toBeUndefined();
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['SigninLogs | take 1', la, 'logAnalytics'],
    ['SigninLogs | take 1', { ...la, ...adx }, 'logAnalytics'],
    ['SigninLogs | take 1', adx, 'adx'],
    ['EntraUsers | take 1', { ...la, ...adx }, 'adx'],
    ['EntraUsers | take 1', la, 'snapshots'],
    ['EntraUsers | take 1', {}, 'snapshots'],
    ['EntraUsers | join (SigninLogs) on $left.UserPrincipalName == $right.UserPrincipalName', adx, 'adx'],
  ])('%s with %j → %s', (text, settings, target) => {
    expect(routeKql(tablesRead(text), settings)).toBe(target);
  });

  it('says which setting is missing instead of sending a query where it cannot run', () => {
    const none = routeKql(tablesRead('SigninLogs | take 1'), {});
    expect(none).toBeInstanceOf(KqlError);
    expect((none as KqlError).code).toBe('EA503');
    expect((none as KqlError).message).toMatch(/SigninLogs.*LOG_ANALYTICS_WORKSPACE_ID/);
    const mixed = routeKql(tablesRead('EntraUsers | join (SigninLogs) on $left.UserPrincipalName == $right.UserPrincipalName'), la);
    expect((mixed as KqlError).message).toMatch(/ADX_CLUSTER_URI and ADX_DATABASE/);
  });
});

describe('live runtime', () => {
  let demo: Runtime;
  beforeAll(async () => {
    demo = await createRuntime(readSettings({ ENTRA_ASK_DATA: inject('demoDataDir'), AUDIT_LOG: 'off' }), { log: () => undefined, quiet: true });
  }, 120_000);
  afterAll(async () => { await demo?.close(); });

  const appCredential: TokenCredential = { getToken: async (): Promise<AccessToken> => ({ token: 'app-token', expiresOnTimestamp: Date.now() + 3600_000 }) };

  async function appOnly(extra: Record<string, string>, calls: Call[]) {
    const env = { GRAPH_MODE: 'appOnly', ...IDS, GRAPH_BASE_URL: demo.graphUrl!, ...extra };
    return createRuntime(readSettings(env), {
      log: () => undefined, quiet: true, env, credential: appCredential,
      liveKqlExecutors: { logAnalytics: (ws, c) => fakeExecutor(`la:${ws}`, c, calls), adx: (_u, d, c) => fakeExecutor(`adx:${d}`, c, calls) },
    });
  }
  const natasha = () => demo.askerFor('natasha@woodgrovebank.com')!.objectId!;

  it('app-only: KQL goes to the Log Analytics workspace with the bot\'s identity, and "Show query" says where', async () => {
    const calls: Call[] = [];
    const rt = await appOnly({ LOG_ANALYTICS_WORKSPACE_ID: 'ws-1' }, calls);
    try {
      const out = await rt.pipeline.ask({ question: RAW, asker: rt.askerForObjectId(natasha()), context: {} });
      expect(out.answer.kind).toBe('table');
      expect(out.answer.rows).toEqual([['Outlook', 3]]);
      expect(calls).toEqual([{ where: 'la:ws-1', text: RAW, token: 'app-token' }]);
      expect(JSON.stringify(out.queries)).toContain('Log Analytics ws-1');
    } finally {
      await rt.close();
    }
  });

  it('app-only on Azure: KQL reads with the user-assigned managed identity infra grants Log Analytics Reader to', async () => {
    const seen: TokenCredential[] = [];
    const env = { GRAPH_MODE: 'appOnly', ...IDS, GRAPH_BASE_URL: demo.graphUrl!, LOG_ANALYTICS_WORKSPACE_ID: 'ws-1', MANAGED_IDENTITY_CLIENT_ID: '00000000-0000-0000-0000-0000000000cc' };
    const rt = await createRuntime(readSettings(env), {
      log: () => undefined, quiet: true, env, credential: appCredential,
      liveKqlExecutors: {
        logAnalytics: (_ws, c) => {
          seen.push(c);
          return { kind: 'logAnalytics', execute: (query) => Promise.resolve({ source: 'kql', query, columns: [{ name: 'AppDisplayName', type: 'string' }, { name: 'count_', type: 'long' }], rows: [], truncated: false, elapsedMs: 1 }), close: async () => undefined };
        },
      },
    });
    try {
      await rt.pipeline.ask({ question: RAW, asker: rt.askerForObjectId(natasha()), context: {} });
      expect(seen).toHaveLength(1);
      expect(seen[0]).toBeInstanceOf(ManagedIdentityCredential);
    } finally {
      await rt.close();
    }
  });

  it('app-only without a workspace or cluster: an error answer naming the setting, and nothing is sent', async () => {
    const calls: Call[] = [];
    const rt = await appOnly({}, calls);
    try {
      const out = await rt.pipeline.ask({ question: RAW, asker: rt.askerForObjectId(natasha()), context: {} });
      expect(out.answer.kind).toBe('error');
      expect(out.answer.facts).toContainEqual({ title: 'Code', value: 'EA503' });
      expect(JSON.stringify(out.answer)).toContain('LOG_ANALYTICS_WORKSPACE_ID');
      expect(calls).toEqual([]);
    } finally {
      await rt.close();
    }
  });

  it('app-only: snapshot tables without ADX are read from the embedded snapshot store in the data folder', async () => {
    const calls: Call[] = [];
    const dir = mkdtempSync(path.join(tmpdir(), 'entra-ask-live-snapshots-'));
    try {
      const rt = await appOnly({ LOG_ANALYTICS_WORKSPACE_ID: 'ws-1', ENTRA_ASK_DATA: dir }, calls);
      try {
        const out = await rt.pipeline.ask({ question: 'EntraUsers | count', asker: rt.askerForObjectId(natasha()), context: {} });
        expect(out.answer.kind === 'table' || out.answer.kind === 'empty').toBe(true);
        expect(out.answer.kind === 'table' ? out.answer.rows : [[0]]).toEqual([[0]]);
        expect(calls).toEqual([]);
        expect(existsSync(path.join(dir, 'kql.duckdb'))).toBe(true);
      } finally {
        await rt.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a half-set ADX configuration stops start-up with a plain message', async () => {
    await expect(appOnly({ ADX_CLUSTER_URI: 'https://c.kusto.windows.net' }, [])).rejects.toThrow(/ADX_DATABASE is missing/);
  });

  it('delegated: KQL runs with the asker\'s own token, per question', async () => {
    const calls: Call[] = [];
    const env = { GRAPH_MODE: 'delegated', ...IDS, GRAPH_BASE_URL: demo.graphUrl!, ADX_CLUSTER_URI: 'https://c.kusto.windows.net', ADX_DATABASE: 'entra' };
    const credentialFor = (assertion: string): TokenCredential => ({ getToken: async () => ({ token: `obo(${assertion})`, expiresOnTimestamp: Date.now() + 3600_000 }) });
    const rt = await createRuntime(readSettings(env), {
      log: () => undefined, quiet: true, env, credentialFor,
      liveKqlExecutors: { adx: (_u, d, c) => fakeExecutor(`adx:${d}`, c, calls) },
    });
    try {
      const [a, b] = await Promise.all([
        rt.pipeline.ask({ question: RAW, asker: { upn: 'natasha@woodgrovebank.com' }, context: {}, userAssertion: 'sso-natasha' }),
        rt.pipeline.ask({ question: RAW, asker: { upn: 'alain@woodgrovebank.com' }, context: {}, userAssertion: 'sso-alain' }),
      ]);
      expect([a.answer.kind, b.answer.kind]).toEqual(['table', 'table']);
      expect(calls.map((c) => c.token).sort()).toEqual(['obo(sso-alain)', 'obo(sso-natasha)']);
      const none = await rt.pipeline.ask({ question: RAW, asker: { upn: 'x@woodgrovebank.com' }, context: {} });
      expect(none.answer.kind).toBe('error');
      expect(none.answer.facts).toContainEqual({ title: 'Code', value: 'EA504' });
      expect(none.answer.summary).toMatch(/^Sign in first/);
      expect(calls).toHaveLength(2);
    } finally {
      await rt.close();
    }
  });
});
