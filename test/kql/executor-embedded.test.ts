import { EmbeddedKqlExecutor } from '../../src/sources/kql/embedded-executor';
import { executorContract } from './executor-contract';
import { fixtureEngine } from './helpers';

executorContract('embedded (DuckDB)', async () => new EmbeddedKqlExecutor(await fixtureEngine()), { fixtureData: true });
