import type { AccessToken, TokenCredential } from '@azure/identity';
import { ClientCertificateCredential, ClientSecretCredential, ManagedIdentityCredential, OnBehalfOfCredential } from '@azure/identity';
import type { GraphConfig } from './config';
import { GraphConfigError } from './config';
import { CredentialCache } from './credential-cache';

/** The token the demo endpoint receives; it proves nothing and the demo server checks nothing. */
export const DEMO_ACCESS_TOKEN = 'entra-ask-demo';

/** A credential for the local demo endpoint: a fixed token, no network. */
export const demoCredential: TokenCredential = {
  getToken: (): Promise<AccessToken> =>
    Promise.resolve({ token: DEMO_ACCESS_TOKEN, expiresOnTimestamp: Date.now() + 60 * 60 * 1000 }),
};

const oboCache = new CredentialCache<TokenCredential>();

/**
 * The `@azure/identity` credential for a configuration. Constructing one makes no network call;
 * tokens are requested on the first Graph call. On-behalf-of credentials are cached per user
 * assertion (bounded), so a source per turn reuses the token already exchanged.
 */
export function createCredential(config: GraphConfig): TokenCredential {
  switch (config.mode) {
    case 'demo':
      return demoCredential;
    case 'appOnly':
      switch (config.credential) {
        case 'secret':
          return new ClientSecretCredential(config.tenantId, config.clientId, required(config.clientSecret, 'clientSecret'));
        case 'certificate':
          return new ClientCertificateCredential(config.tenantId, config.clientId, {
            certificatePath: required(config.certificatePath, 'certificatePath'),
          });
        case 'managedIdentity':
          return config.managedIdentityClientId !== undefined
            ? new ManagedIdentityCredential({ clientId: config.managedIdentityClientId })
            : new ManagedIdentityCredential();
      }
      break;
    case 'delegated': {
      if (config.userAssertion === '') throw new GraphConfigError('Delegated mode needs the user\'s SSO token (userAssertion).');
      const { tenantId, clientId, userAssertion: userAssertionToken, certificatePath, clientSecret } = config;
      const parts = [tenantId, clientId, certificatePath ?? '', userAssertionToken];
      return oboCache.getOrCreate(parts, () =>
        certificatePath !== undefined
          ? new OnBehalfOfCredential({ tenantId, clientId, certificatePath, userAssertionToken })
          : new OnBehalfOfCredential({ tenantId, clientId, clientSecret: required(clientSecret, 'clientSecret'), userAssertionToken }),
      );
    }
  }
  throw new GraphConfigError('Unknown Graph configuration.');
}

/** The `.default` scope of the Graph resource the configuration talks to. */
export function graphScope(versionRoot: string): string {
  return `${new URL(versionRoot).origin}/.default`;
}

/** How many on-behalf-of credentials are cached (for tests and diagnostics). */
export function cachedOboCredentials(): number {
  return oboCache.size;
}

function required(value: string | undefined, name: string): string {
  if (value === undefined || value === '') throw new GraphConfigError(`Missing ${name} in the Graph configuration.`);
  return value;
}
