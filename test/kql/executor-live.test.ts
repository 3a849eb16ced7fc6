/**
 * The contract against real services — only when their env vars are set:
 * ENTRA_ASK_ADX_CLUSTER + ENTRA_ASK_ADX_DATABASE (az login credential), ENTRA_ASK_LA_WORKSPACE.
 */
import { describe } from 'vitest';
import { AzureCliCredential } from '@azure/identity';
import { AdxKqlExecutor } from '../../src/sources/kql/adx-executor';
import { LogAnalyticsKqlExecutor } from '../../src/sources/kql/log-analytics-executor';
import { executorContract } from './executor-contract';

const cluster = process.env['ENTRA_ASK_ADX_CLUSTER'];
const database = process.env['ENTRA_ASK_ADX_DATABASE'];
const workspace = process.env['ENTRA_ASK_LA_WORKSPACE'];

// Without the settings the contracts show as skipped, never as passed.
describe.skipIf(!(cluster && database))('live Azure Data Explorer (set ENTRA_ASK_ADX_CLUSTER and ENTRA_ASK_ADX_DATABASE)', () => {
  executorContract(
    'Azure Data Explorer (live)',
    async () => new AdxKqlExecutor({ clusterUrl: cluster!, database: database!, credential: new AzureCliCredential() }),
    { fixtureData: false },
  );
});
describe.skipIf(!workspace)('live Log Analytics (set ENTRA_ASK_LA_WORKSPACE)', () => {
  executorContract(
    'Log Analytics (live)',
    async () => new LogAnalyticsKqlExecutor({ workspaceId: workspace!, credential: new AzureCliCredential() }),
    { fixtureData: false },
  );
});
