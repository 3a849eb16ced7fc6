import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSettings } from '../../src/config/settings';
import { lintBicep } from './bicep-lint';
import { bicepSyntaxProblems } from './bicep-grammar';

const ROOT = path.resolve(__dirname, '..', '..');
const read = (p: string): string => readFileSync(path.join(ROOT, p), 'utf8');
const BICEP_FILES = ['infra/azure.bicep', 'infra/modules/workspace-reader.bicep'];

function lint(file: string, text = read(file)) {
  return lintBicep(text, (p) => existsSync(path.join(ROOT, path.dirname(file), p)));
}

function envKeys(file: string): Set<string> {
  return new Set(read(file).split('\n').map((l) => /^([A-Z0-9_]+)=/.exec(l)?.[1]).filter((k): k is string => Boolean(k)));
}

/** `az bicep build` when the Azure CLI is installed (it is not on the project's machines). */
const az = spawnSync('az', ['version'], { encoding: 'utf8' });
const haveAz = az.status === 0;

describe('infra/*.bicep', () => {
  it.each(BICEP_FILES)('%s passes the structural check (brackets, declarations, references, API versions)', (file) => {
    expect(lint(file).errors).toEqual([]);
  });

  it.each(BICEP_FILES)('%s parses without a syntax error under the Bicep grammar (tree-sitter-bicep from npm)', async (file) => {
    const { problems, nodes } = await bicepSyntaxProblems(read(file));
    expect(problems).toEqual([]);
    expect(nodes).toBeGreaterThan(100);
  });

  it('the Bicep grammar catches broken syntax the way the compiler would reject it', async () => {
    const text = read('infra/azure.bicep');
    const broken = [
      text.replace("properties: {\n    serverFarmId: plan.id", "properties: {\n    serverFarmId: plan.id,,"),
      text.replace("param location string", "param location"),
      text.replace("resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {", "resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {{"),
      `${text}\nvar oops = [\n`,
    ];
    for (const b of broken) {
      expect(b).not.toBe(text);
      expect((await bicepSyntaxProblems(b)).problems.length).toBeGreaterThan(0);
    }
  });

  it('the structural check catches a missing brace, an undeclared name, a bad API version and an unused parameter', () => {
    const text = read('infra/azure.bicep');
    expect(lint('infra/azure.bicep', text.replace("resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {", "resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' =")).errors.join('\n')).toMatch(/never closed|does not close/);
    expect(lint('infra/azure.bicep', text.replace('serverFarmId: plan.id', 'serverFarmId: plann.id')).errors.join('\n')).toMatch(/"plann" is not declared/);
    expect(lint('infra/azure.bicep', text.replace("'Microsoft.Web/serverfarms@2023-12-01'", "'Microsoft.Web/serverfarms'")).errors.join('\n')).toMatch(/not Namespace\/type@yyyy-mm-dd/);
    expect(lint('infra/azure.bicep', `${text}\nparam forgotten string = ''\n`).errors.join('\n')).toMatch(/"forgotten" is never used/);
    expect(lint('infra/azure.bicep', text.replace("'modules/workspace-reader.bicep'", "'modules/nope.bicep'")).errors.join('\n')).toMatch(/does not exist/);
  });

  it.runIf(haveAz)('compiles with az bicep build', () => {
    for (const file of BICEP_FILES) {
      const r = spawnSync('az', ['bicep', 'build', '--file', path.join(ROOT, file), '--stdout'], { encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
    }
  });

  const bicep = read('infra/azure.bicep');
  const declarations = lint('infra/azure.bicep').declarations;

  it('declares the resources the deployment needs', () => {
    const types = declarations.filter((d) => d.kind === 'resource').map((d) => d.detail.split('@')[0]);
    expect(types).toEqual(expect.arrayContaining([
      'Microsoft.ManagedIdentity/userAssignedIdentities', 'Microsoft.KeyVault/vaults', 'Microsoft.KeyVault/vaults/secrets',
      'Microsoft.Web/serverfarms', 'Microsoft.Web/sites', 'Microsoft.BotService/botServices',
      'Microsoft.BotService/botServices/channels', 'Microsoft.BotService/botServices/connections',
      'Microsoft.Insights/components', 'Microsoft.OperationalInsights/workspaces', 'Microsoft.App/jobs',
    ]));
    expect(bicep).toMatch(/channelName: 'MsTeamsChannel'/);
    expect(bicep).toMatch(/linuxFxVersion: 'NODE\|20-lts'/);
    expect(bicep).toMatch(/triggerType: 'Schedule'/);
    expect(bicep).toMatch(/args: \['export', '--to', exportTarget\]/);
  });

  it('keeps the client secret in Key Vault: app settings hold Key Vault references, never the parameter', () => {
    expect(bicep).toMatch(/@secure\(\)\s*\n@description\('.*'\)\s*\nparam botAadAppClientSecret string/);
    const uses = bicep.split('\n').filter((l) => /\bbotAadAppClientSecret\b/.test(l) && !/^\s*param /.test(l));
    // Only the Key Vault secret and the Bot Service OAuth connection (which stores it encrypted) see it.
    expect(uses.map((l) => l.trim())).toEqual(['value: botAadAppClientSecret', 'clientSecret: botAadAppClientSecret']);
    expect(bicep).toMatch(/\{ name: 'BOT_PASSWORD', value: secretReference \}/);
    expect(bicep).toMatch(/\{ name: 'AZURE_CLIENT_SECRET', value: secretReference \}/);
    expect(bicep).toMatch(/var secretReference = '@Microsoft\.KeyVault\(SecretUri=\$\{botSecret\.properties\.secretUri\}\)'/);
    expect(bicep).toMatch(/keyVaultReferenceIdentity: identity\.id/);
  });

  it('azure.parameters.json supplies every parameter without a default and nothing undeclared; its placeholders are in env/.env.dev', () => {
    const text = read('infra/azure.parameters.json');
    const parameters = (JSON.parse(text) as { parameters: Record<string, unknown> }).parameters;
    const params = declarations.filter((d) => d.kind === 'param');
    for (const p of params.filter((x) => !x.hasDefault)) expect(Object.keys(parameters), `supplies ${p.name}`).toContain(p.name);
    for (const name of Object.keys(parameters)) expect(params.map((p) => p.name), `declares ${name}`).toContain(name);
    const keys = envKeys('env/.env.dev');
    for (const [, name] of text.matchAll(/\$\{\{([A-Z0-9_]+)\}\}/g)) {
      if (name!.startsWith('SECRET_')) continue;
      expect(keys.has(name!), `env/.env.dev defines ${name}`).toBe(true);
    }
  });

  /** A top-level resource's text, from `resource <name> ` to its closing brace. */
  function block(name: string): string {
    const start = bicep.indexOf(`\nresource ${name} `);
    expect(start, `resource ${name}`).toBeGreaterThanOrEqual(0);
    return bicep.slice(start, bicep.indexOf('\n}\n', start) + 3);
  }

  it('keeps conversation state and downloads in one blob container the managed identity alone may use (issue 22)', () => {
    const types = declarations.filter((d) => d.kind === 'resource').map((d) => d.detail.split('@')[0]);
    expect(types).toEqual(expect.arrayContaining([
      'Microsoft.Storage/storageAccounts', 'Microsoft.Storage/storageAccounts/blobServices',
      'Microsoft.Storage/storageAccounts/blobServices/containers', 'Microsoft.Storage/storageAccounts/managementPolicies',
    ]));
    // The account: no keys, no public blobs, TLS 1.2, HTTPS only.
    const account = block('stateStorage');
    expect(account).toMatch(/allowSharedKeyAccess: false/);
    expect(account).toMatch(/allowBlobPublicAccess: false/);
    expect(account).toMatch(/minimumTlsVersion: 'TLS1_2'/);
    expect(account).toMatch(/supportsHttpsTrafficOnly: true/);
    expect(block('stateContainer')).toMatch(/publicAccess: 'None'/);
    // Storage Blob Data Contributor, once, scoped to the container (the narrowest scope a role can have here).
    expect(bicep).toMatch(/var storageBlobDataContributor = 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'/);
    expect(bicep.match(/roleDefinitions', storageBlobDataContributor\)/g)).toHaveLength(1);
    const grant = block('identityUsesStateContainer');
    expect(grant).toMatch(/^resource identityUsesStateContainer 'Microsoft\.Authorization\/roleAssignments@\d{4}-\d{2}-\d{2}'/m);
    expect(grant).toMatch(/\n {2}scope: stateContainer\n/);
    expect(grant).toMatch(/principalId: identity\.properties\.principalId/);
    expect(grant).toMatch(/name: guid\(stateContainer\.id, identity\.id, storageBlobDataContributor\)/);
    // Leftover downloads are deleted by a lifecycle rule on the exports/ prefix only.
    expect(block('stateLifecycle')).toMatch(/prefixMatch: \['\$\{names\.stateContainer\}\/exports\/'\]/);
  });

  it('points the bot at the container with settings it understands, and lets the plan run more than one instance', () => {
    const site = block('site');
    const setting = (name: string) => new RegExp(`\\{ name: '${name}', value: ([^}]+) \\}`).exec(site)?.[1]?.trim();
    expect(setting('STATE_STORAGE')).toBe("'blob'");
    expect(setting('STATE_STORAGE_ACCOUNT_URL')).toBe('stateStorage.properties.primaryEndpoints.blob');
    expect(setting('STATE_STORAGE_CONTAINER')).toBe('stateContainer.name');
    expect(site).toMatch(/dependsOn: \[[^\]]*identityUsesStateContainer/);
    expect(site).toMatch(/clientAffinityEnabled: false/);
    // What the app settings become at run time is read as blob state with the managed identity.
    const settings = readSettings({ STATE_STORAGE: 'blob', STATE_STORAGE_ACCOUNT_URL: 'https://entrastate1234.blob.core.windows.net/', STATE_STORAGE_CONTAINER: 'entra-ask-state' });
    expect(settings.stateStorage).toEqual({ kind: 'blob', container: 'entra-ask-state', accountUrl: 'https://entrastate1234.blob.core.windows.net/', connectionString: undefined });
    expect(/stateContainer: '([^']+)'/.exec(bicep)?.[1]).toBe('entra-ask-state');
    // Scale-out: the plan's worker count is a parameter; the README says how to use it.
    expect(block('plan')).toMatch(/capacity: webAppInstances/);
    expect(bicep).toMatch(/@minValue\(1\)\s*\n@maxValue\(30\)\s*\n@description\('[^']*'\)\s*\nparam webAppInstances int = 1/);
    const readme = read('README.md');
    expect(readme).toMatch(/\| storage account with the container `entra-ask-state` \|[^\n]*more than one instance/);
    expect(readme).toMatch(/webAppInstances/);
  });

  it('the SSO connection asks for exactly the delegated scopes of the app registration', () => {
    const scopes = /param ssoScopes string = '([^']*)'/.exec(bicep)?.[1]?.split(' ') ?? [];
    const entra = JSON.parse(read('infra/entra-app.manifest.json')) as { requiredResourceAccess: { resourceAccess: { id: string; type: string }[] }[] };
    const delegated = entra.requiredResourceAccess.flatMap((r) => r.resourceAccess).filter((a) => a.type === 'Scope').map((a) => a.id);
    expect([...scopes].sort()).toEqual([...delegated].sort());
  });
});
