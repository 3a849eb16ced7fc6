/** The same contract through azure-kusto-data against the embedded engine's local ADX endpoint. */
import { AdxKqlExecutor } from '../../src/sources/kql/adx-executor';
import { startAdxEndpoint } from '../../src/kql/server/adx-endpoint';
import type { AdxEndpoint } from '../../src/kql/server/adx-endpoint';
import type { KqlExecutor } from '../../src/sources/kql/executor';
import { executorContract } from './executor-contract';
import { fixtureEngine } from './helpers';

executorContract(
  'Azure Data Explorer protocol (azure-kusto-data → local endpoint)',
  async () => {
    const engine = await fixtureEngine();
    const endpoint: AdxEndpoint = await startAdxEndpoint(engine, { token: 'test-token' });
    const adx = new AdxKqlExecutor({ clusterUrl: endpoint.url, database: engine.schema.database, accessToken: 'test-token' });
    const executor: KqlExecutor = {
      kind: adx.kind,
      execute: (query) => adx.execute(query),
      close: async () => {
        await adx.close();
        await endpoint.close();
      },
    };
    return executor;
  },
  { fixtureData: true },
);
