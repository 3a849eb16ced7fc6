/** KqlExecutor over the embedded engine (DuckDB), the offline default. */
import type { KqlQuery } from '../../planning/query-plan';
import type { KqlResult } from '../result-set';
import type { KqlExecutor } from './executor';
import type { EmbeddedKqlEngine } from '../../kql/engine/embedded-engine';
import { normalizeRows } from './normalize';
import { assertKqlBounds } from './bounds';

export class EmbeddedKqlExecutor implements KqlExecutor {
  readonly kind = 'embedded' as const;
  constructor(
    private readonly engine: EmbeddedKqlEngine,
    private readonly options: { readonly closeEngine?: boolean } = {},
  ) {}

  async execute(query: KqlQuery): Promise<KqlResult> {
    const t0 = performance.now();
    assertKqlBounds(query.text);
    // The query's own time limit (what is left of the answer's budget after its queue wait).
    const r = await this.engine.query(query.text, {
      ...(query.maxRows !== undefined ? { maxRows: query.maxRows } : {}),
      ...(query.timeoutMs !== undefined ? { timeoutMs: query.timeoutMs } : {}),
    });
    return {
      source: 'kql',
      query,
      columns: r.columns,
      rows: normalizeRows(r.columns, r.rows),
      truncated: r.truncated,
      ...(r.render ? { render: r.render } : {}),
      elapsedMs: performance.now() - t0,
    };
  }

  async close(): Promise<void> {
    if (this.options.closeEngine) await this.engine.close();
  }
}
