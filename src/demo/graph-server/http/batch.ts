import { graphErrors } from '../errors';
import type { GraphAnswer, GraphCall } from './execute';
import { JSON_TYPE } from './execute';

/** The most requests one `$batch` may carry, as in Graph. */
export const MAX_BATCH = 20;

/** One request inside a JSON batch. */
export interface BatchItem {
  readonly id: string;
  readonly method: string;
  readonly url: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly dependsOn?: readonly string[];
}

/** One response inside a JSON batch. */
export interface BatchResponse {
  readonly id: string;
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: unknown;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Checks a `$batch` body; throws 400 BadRequest like Graph for malformed batches. */
export function parseBatch(body: unknown): BatchItem[] {
  if (!isRecord(body) || !Array.isArray(body['requests'])) throw graphErrors.badBatch('Invalid batch payload format.');
  const requests = body['requests'] as unknown[];
  if (requests.length === 0) throw graphErrors.badBatch('Invalid batch payload format.');
  if (requests.length > MAX_BATCH) throw graphErrors.badBatch('Number of requests inside batch exceeds the limit.');
  const ids = new Set<string>();
  return requests.map((r) => {
    if (!isRecord(r) || typeof r['id'] !== 'string' || r['id'] === '') throw graphErrors.badBatch('Invalid batch payload format: every request needs an id.');
    if (typeof r['method'] !== 'string' || typeof r['url'] !== 'string') throw graphErrors.badBatch(`Invalid batch payload format: request '${r['id']}' needs a method and url.`);
    if (ids.has(r['id'])) throw graphErrors.badBatch(`Batch request id '${r['id']}' is duplicated.`);
    const dependsOn = r['dependsOn'];
    if (dependsOn !== undefined && (!Array.isArray(dependsOn) || dependsOn.some((d) => typeof d !== 'string' || !ids.has(d)))) {
      throw graphErrors.badBatch(`Request '${r['id']}' depends on a request that is not earlier in the batch.`);
    }
    ids.add(r['id']);
    const headers = isRecord(r['headers']) ? (r['headers'] as Record<string, string>) : undefined;
    return { id: r['id'], method: r['method'].toUpperCase(), url: r['url'], headers, dependsOn: dependsOn as string[] | undefined };
  });
}

/**
 * Runs a batch in order; a request whose dependency failed answers 424 Failed Dependency.
 * `run` answers one inner request (including its own faults).
 */
export async function runBatch(
  items: readonly BatchItem[],
  versionRoot: string,
  run: (call: GraphCall) => Promise<GraphAnswer>,
): Promise<{ responses: BatchResponse[] }> {
  const statusById = new Map<string, number>();
  const responses: BatchResponse[] = [];
  for (const item of items) {
    const failedDep = (item.dependsOn ?? []).find((d) => (statusById.get(d) ?? 0) >= 400);
    let answer: BatchResponse;
    if (failedDep !== undefined) {
      answer = {
        id: item.id,
        status: 424,
        headers: { 'Content-Type': JSON_TYPE },
        body: { error: { code: 'FailedDependency', message: `Request '${item.id}' depends on '${failedDep}', which failed.` } },
      };
    } else {
      const rel = item.url.replace(/^\/+/, '');
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(item.headers ?? {})) headers[k.toLowerCase()] = v;
      const a = await run({ method: item.method, url: new URL(`${versionRoot}/${rel}`), headers });
      answer = { id: item.id, status: a.status, headers: a.headers, body: a.body };
    }
    statusById.set(item.id, answer.status);
    responses.push(answer);
  }
  return { responses };
}
