/**
 * The contract against real services — only when their env vars are set:
 * ENTRA_ASK_ADX_CLUSTER + ENTRA_ASK_ADX_DATABASE (az login credential), ENTRA_ASK_LA_WORKSPACE.
 */
import { describe, it } from 'vitest';
import { AzureCliCredential } from '@azure/identity';
import { AdxKqlExecutor } from '../../src/sources/kql/adx-executor';
import { LogAnalyticsKqlExecutor } from '../../src/sources/kql/log-analytics-executor';
import { executorContract } from './executor-contract';

const cluster = process.env['ENTRA_ASK_ADX_CLUSTER'];
const database = process.env['ENTRA_ASK_ADX_DATABASE'];
const workspace = process.env['ENTRA_ASK_LA_WORKSPACE'];

if (cluster && database) {
  executorContract(
    'Azure Data Explorer (live)',
    async () => {
      return new AdxKqlExecutor({ clusterUrl: cluster, database, credential: new AzureCliCredential() });
    },
    { fixtureData: false },
  );
}
if (workspace) {
  executorContract(
    'Log Analytics (live)',
    async () => {
      return new LogAnalyticsKqlExecutor({ workspaceId: workspace, credential: new AzureCliCredential() });
    },
    { fixtureData: false },
  );
}
describe('live KQL executors', () => {
  it.skipIf(Boolean((cluster && database) || workspace))('are skipped: set ENTRA_ASK_ADX_CLUSTER/ENTRA_ASK_ADX_DATABASE or ENTRA_ASK_LA_WORKSPACE', () => {});
});
