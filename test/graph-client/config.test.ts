import { ClientCertificateCredential, ClientSecretCredential, ManagedIdentityCredential, OnBehalfOfCredential } from '@azure/identity';
import type { AccessToken, GetTokenOptions, TokenCredential } from '@azure/identity';
import { afterEach, describe, expect, it } from 'vitest';
import type { GraphRequest } from '../../src/planning/query-plan';
import { createGraphSource, DEFAULT_DEMO_BASE_URL, GraphConfigError, graphConfigFromEnv, withUserAssertion } from '../../src/sources/graph';
import { cachedOboCredentials, createCredential, graphScope } from '../../src/sources/graph/credentials';
import { closeStubs, serve } from './stub-server';

afterEach(closeStubs);

const TENANT = '00000000-0000-0000-0000-000000000001';
const CLIENT = '00000000-0000-0000-0000-000000000002';
const users: GraphRequest = { source: 'graph', id: 'users', method: 'GET', path: '/users' };

/** A credential that records the scopes it was asked for and answers with a fixed token. */
class RecordingCredential implements TokenCredential {
  readonly scopes: string[][] = [];
  constructor(private readonly fail?: Error) {}
  getToken(scopes: string | string[], _options?: GetTokenOptions): Promise<AccessToken | null> {
    this.scopes.push([scopes].flat());
    if (this.fail !== undefined) return Promise.reject(this.fail);
    return Promise.resolve({ token: 'real-token', expiresOnTimestamp: Date.now() + 3_600_000 });
  }
}

describe('graphConfigFromEnv', () => {
  it('is demo on the default local endpoint when nothing is set', () => {
    expect(graphConfigFromEnv({})).toEqual({ mode: 'demo', baseUrl: DEFAULT_DEMO_BASE_URL });
    expect(graphConfigFromEnv({ GRAPH_MODE: 'demo', GRAPH_BASE_URL: 'http://127.0.0.1:9/v1.0' })).toEqual({ mode: 'demo', baseUrl: 'http://127.0.0.1:9/v1.0' });
  });

  it('reads app-only with a client secret', () => {
    const config = graphConfigFromEnv({ GRAPH_MODE: 'appOnly', AZURE_TENANT_ID: TENANT, AZURE_CLIENT_ID: CLIENT, AZURE_CLIENT_SECRET: 's3cret' });
    expect(config).toEqual({ mode: 'appOnly', tenantId: TENANT, clientId: CLIENT, credential: 'secret', clientSecret: 's3cret' });
    expect(createCredential(config)).toBeInstanceOf(ClientSecretCredential);
  });

  it('assumes app-only when a tenant and client are set without GRAPH_MODE', () => {
    const config = graphConfigFromEnv({ AZURE_TENANT_ID: TENANT, AZURE_CLIENT_ID: CLIENT, AZURE_CLIENT_SECRET: 'x' });
    expect(config.mode).toBe('appOnly');
  });

  it('reads app-only with a certificate (the file is not read until a token is needed)', () => {
    const config = graphConfigFromEnv({
      GRAPH_MODE: 'app-only',
      AZURE_TENANT_ID: TENANT,
      AZURE_CLIENT_ID: CLIENT,
      AZURE_CLIENT_CERTIFICATE_PATH: '/nonexistent/cert.pem',
    });
    expect(config).toMatchObject({ mode: 'appOnly', credential: 'certificate', certificatePath: '/nonexistent/cert.pem' });
    expect(createCredential(config)).toBeInstanceOf(ClientCertificateCredential);
  });

  it('reads app-only with a managed identity, system- or user-assigned', () => {
    const system = graphConfigFromEnv({ GRAPH_MODE: 'appOnly', GRAPH_CREDENTIAL: 'managedIdentity' });
    expect(system).toMatchObject({ mode: 'appOnly', credential: 'managedIdentity' });
    expect(createCredential(system)).toBeInstanceOf(ManagedIdentityCredential);
    const user = graphConfigFromEnv({ GRAPH_MODE: 'appOnly', GRAPH_CREDENTIAL: 'msi', MANAGED_IDENTITY_CLIENT_ID: CLIENT });
    expect(user).toMatchObject({ credential: 'managedIdentity', managedIdentityClientId: CLIENT });
    expect(createCredential(user)).toBeInstanceOf(ManagedIdentityCredential);
  });

  it('reads delegated from the Teams Toolkit names and takes the assertion per turn', () => {
    const config = graphConfigFromEnv({
      GRAPH_MODE: 'delegated',
      AAD_APP_TENANT_ID: TENANT,
      AAD_APP_CLIENT_ID: CLIENT,
      SECRET_AAD_APP_CLIENT_SECRET: 'sso-secret',
    });
    expect(config).toEqual({ mode: 'delegated', tenantId: TENANT, clientId: CLIENT, clientSecret: 'sso-secret', userAssertion: '' });
    const turn = withUserAssertion(config, 'eyJ.user.token');
    expect(turn).toMatchObject({ mode: 'delegated', userAssertion: 'eyJ.user.token' });
    expect(createCredential(turn)).toBeInstanceOf(OnBehalfOfCredential);
    expect(withUserAssertion({ mode: 'demo', baseUrl: 'http://x' }, 't')).toEqual({ mode: 'demo', baseUrl: 'http://x' });
  });

  it('reads delegated with a certificate', () => {
    const config = graphConfigFromEnv({ GRAPH_MODE: 'delegated', AZURE_TENANT_ID: TENANT, AZURE_CLIENT_ID: CLIENT, AZURE_CLIENT_CERTIFICATE_PATH: '/nonexistent/obo.pem' });
    expect(config).toMatchObject({ mode: 'delegated', certificatePath: '/nonexistent/obo.pem', userAssertion: '' });
    expect(createCredential(withUserAssertion(config, 'tok-cert'))).toBeInstanceOf(OnBehalfOfCredential);
  });

  it('reuses the on-behalf-of credential for the same user assertion', () => {
    const base = graphConfigFromEnv({ GRAPH_MODE: 'delegated', AZURE_TENANT_ID: TENANT, AZURE_CLIENT_ID: CLIENT, AZURE_CLIENT_SECRET: 's' });
    const before = cachedOboCredentials();
    const a1 = createCredential(withUserAssertion(base, 'token-a'));
    const a2 = createCredential(withUserAssertion(base, 'token-a'));
    const b = createCredential(withUserAssertion(base, 'token-b'));
    expect(a1).toBe(a2);
    expect(b).not.toBe(a1);
    expect(cachedOboCredentials()).toBe(before + 2);
  });

  it('rejects incomplete or unknown settings with GraphConfigError', () => {
    expect(() => graphConfigFromEnv({ GRAPH_MODE: 'appOnly', AZURE_TENANT_ID: TENANT, AZURE_CLIENT_ID: CLIENT, GRAPH_CREDENTIAL: 'secret' })).toThrow(GraphConfigError);
    expect(() => graphConfigFromEnv({ GRAPH_MODE: 'appOnly', AZURE_CLIENT_ID: CLIENT, AZURE_CLIENT_SECRET: 's' })).toThrow(/AZURE_TENANT_ID/);
    expect(() => graphConfigFromEnv({ GRAPH_MODE: 'delegated', AZURE_TENANT_ID: TENANT, AZURE_CLIENT_ID: CLIENT })).toThrow(/AZURE_CLIENT_SECRET/);
    expect(() => graphConfigFromEnv({ GRAPH_MODE: 'sometimes' })).toThrow(GraphConfigError);
    expect(() => graphConfigFromEnv({ GRAPH_MODE: 'appOnly', GRAPH_CREDENTIAL: 'password' })).toThrow(GraphConfigError);
    expect(() => graphConfigFromEnv({ GRAPH_MODE: 'demo', GRAPH_BASE_URL: 'file:///etc' })).toThrow(GraphConfigError);
    const plainHttp = { GRAPH_MODE: 'appOnly', GRAPH_CREDENTIAL: 'managedIdentity', GRAPH_BASE_URL: 'http://graph.example.com/v1.0' };
    expect(() => graphConfigFromEnv(plainHttp)).toThrow(/https/);
    expect(() => createGraphSource({ mode: 'appOnly', tenantId: '', clientId: CLIENT, credential: 'secret', clientSecret: 's' })).toThrow(GraphConfigError);
  });

  it('asks for the .default scope of the Graph resource', () => {
    expect(graphScope('https://graph.microsoft.com/v1.0')).toBe('https://graph.microsoft.com/.default');
    expect(graphScope('https://graph.microsoft.us/v1.0')).toBe('https://graph.microsoft.us/.default');
  });
});

describe('createGraphSource per mode', () => {
  it('sends the credential\'s token and no caller header outside demo mode', async () => {
    const stub = await serve(() => () => ({ body: { value: [] } }));
    const credential = new RecordingCredential();
    const config = { mode: 'appOnly', tenantId: TENANT, clientId: CLIENT, credential: 'secret', clientSecret: 's', baseUrl: stub.root } as const;
    const graph = createGraphSource(config, { credential, callerId: 'someone' });
    await graph.execute(users);
    expect(stub.requests[0]?.headers['authorization']).toBe('Bearer real-token');
    expect(stub.requests[0]?.headers['x-entraask-caller']).toBeUndefined();
    expect(credential.scopes).toEqual([[`${new URL(stub.root).origin}/.default`]]);
    expect(graph.shownUrl(users)).toBe('https://graph.microsoft.com/v1.0/users');
  });

  it('shows national-cloud URLs on their own root, and never a local one', () => {
    const credential = new RecordingCredential();
    const us = createGraphSource({ mode: 'appOnly', tenantId: TENANT, clientId: CLIENT, credential: 'managedIdentity', baseUrl: 'https://graph.microsoft.us' }, { credential });
    expect(us.shownUrl(users)).toBe('https://graph.microsoft.us/v1.0/users');
    const local = createGraphSource({ mode: 'appOnly', tenantId: TENANT, clientId: CLIENT, credential: 'managedIdentity', baseUrl: 'http://127.0.0.1:9/v1.0' }, { credential });
    expect(local.shownUrl(users)).toBe('https://graph.microsoft.com/v1.0/users');
  });

  it('turns a token failure into a typed unauthorized error without calling Graph', async () => {
    const stub = await serve(() => () => ({ body: { value: [] } }));
    const credential = new RecordingCredential(new Error('AADSTS65001: The user or administrator has not consented.'));
    const graph = createGraphSource({ mode: 'delegated', tenantId: TENANT, clientId: CLIENT, clientSecret: 's', userAssertion: 'tok', baseUrl: stub.root }, { credential });
    const err = await graph.execute(users).catch((e: unknown) => e);
    expect(err).toMatchObject({ kind: 'unauthorized', code: 'consentRequired', status: 0, queryId: 'users' });
    expect(stub.requests).toHaveLength(0);
  });

  it('answers a delegated turn without an SSO token with a typed error', async () => {
    const graph = createGraphSource({ mode: 'delegated', tenantId: TENANT, clientId: CLIENT, clientSecret: 's', userAssertion: '' });
    await expect(graph.execute(users)).rejects.toMatchObject({ kind: 'unauthorized', code: 'noUserAssertion', queryId: 'users' });
    const all = await graph.executeAll([users, { ...users, id: 'two' }]);
    expect(all.get('two')).toMatchObject({ code: 'noUserAssertion', queryId: 'two' });
  });
});
