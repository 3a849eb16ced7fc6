/**
 * The Application Insights audit sink against a recording double of the `applicationinsights`
 * package (the real package against a stand-in ingestion server is app-insights.test.ts): the
 * client is isolated (no global providers, no offline storage, no live metrics, no
 * auto-collection, as src/audit/app-insights.ts promises), and every failure — the package not
 * loading, an event that cannot be tracked, flush and shutdown — is logged, never thrown, and
 * said on the first and every hundredth time only.
 */
import os from 'node:os';
import path from 'node:path';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Settings } from '../../src/config/settings';
import * as audit from '../../src/audit';
import type { AuditRecord } from '../../src/audit';

interface Double {
  made: { connectionString: string; options: unknown; config: Record<string, unknown> }[];
  events: unknown[];
  flushes: number;
  shutdowns: number;
  failTrack: boolean;
  /** When set, trackEvent throws this value (not an Error). */
  throwValue: unknown;
  failFlush: boolean;
  failShutdown: boolean;
}

const double: Double = vi.hoisted(() => ({ made: [], events: [], flushes: 0, shutdowns: 0, failTrack: false, throwValue: undefined, failFlush: false, failShutdown: false}));

/** The double of the package: a TelemetryClient that records what the sink does with it. */
const fakePackage = vi.hoisted(() => () => {
  class TelemetryClient {
    readonly config: Record<string, unknown> = {};
    constructor(connectionString: string, options: unknown) {
      double.made.push({ connectionString, options, config: this.config });
    }
    trackEvent(e: unknown): void {
      if (double.throwValue !== undefined) throw double.throwValue;
      if (double.failTrack) throw new Error('track refused');
      double.events.push(e);
    }
    async flush(): Promise<void> {
      double.flushes += 1;
      if (double.failFlush) throw new Error('flush refused');
    }
    async shutdown(): Promise<void> {
      double.shutdowns += 1;
      if (double.failShutdown) throw new Error('shutdown refused');
    }
  }
  return { TelemetryClient };
});

vi.mock('applicationinsights', () => fakePackage());

const CS = 'InstrumentationKey=00000000-0000-0000-0000-000000000001;IngestionEndpoint=https://127.0.0.1:1/';
const record = (i: number): AuditRecord => ({
  time: '2026-11-20T12:00:00.000Z', askerObjectId: `asker-${i}`, tenantId: 't', channel: 'personal', intent: 'users.search',
  queries: [], rowCount: i, durationMs: 1, outcome: 'table', errorCode: null, authorization: null,
});


beforeEach(() => {
  Object.assign(double, { made: [], events: [], flushes: 0, shutdowns: 0, failTrack: false, throwValue: undefined, failFlush: false, failShutdown: false });
});

describe('Application Insights sink (recording double)', () => {
  it('makes an isolated client: its own providers, no offline storage, no live metrics, no auto-collection', async () => {
    const { appInsightsAuditSink } = audit;
    const sink = appInsightsAuditSink(CS, () => undefined);
    sink.record(record(1));
    await sink.close();
    expect(double.made).toHaveLength(1);
    expect(double.made[0]!.connectionString).toBe(CS);
    expect(double.made[0]!.options).toEqual({ useGlobalProviders: false });
    expect(double.made[0]!.config['azureMonitorOpenTelemetryOptions']).toEqual({
      azureMonitorExporterOptions: { connectionString: CS, disableOfflineStorage: true },
      enableLiveMetrics: false, enableAutoCollectPerformance: false, enableAutoCollectExceptions: false,
    });
  });

  it('tracks one EntraAskQuestion event per record, in order; flush and close reach the client', async () => {
    const { appInsightsAuditSink, AUDIT_EVENT_NAME } = audit;
    expect(AUDIT_EVENT_NAME).toBe('EntraAskQuestion');
    const logs: string[] = [];
    const sink = appInsightsAuditSink(CS, (l) => logs.push(l));
    sink.record(record(1));
    sink.record(record(2));
    await sink.flush();
    expect(double.events).toEqual([
      expect.objectContaining({ name: 'EntraAskQuestion', measurements: { rowCount: 1, durationMs: 1, queryCount: 0 } }),
      expect.objectContaining({ name: 'EntraAskQuestion', measurements: { rowCount: 2, durationMs: 1, queryCount: 0 } }),
    ]);
    expect(double.flushes).toBe(1);
    expect(double.shutdowns).toBe(0);
    await sink.close();
    expect(double.flushes).toBe(2);
    expect(double.shutdowns).toBe(1);
    expect(logs).toEqual([]);
  });

  it('an event that cannot be tracked is logged on the first and every hundredth failure; the next ones still go', async () => {
    const { appInsightsAuditSink } = audit;
    const logs: string[] = [];
    const sink = appInsightsAuditSink(CS, (l) => logs.push(l));
    double.failTrack = true;
    for (let i = 0; i < 200; i += 1) sink.record(record(i));
    await sink.flush();
    // Failures 1, 100 and 200 are said; the 198 others are counted quietly.
    expect(logs).toEqual(Array.from({ length: 3 }, () => 'audit: Application Insights tracking failed: track refused'));
    double.failTrack = false;
    sink.record(record(7));
    await sink.close();
    expect(double.events).toEqual([expect.objectContaining({ measurements: expect.objectContaining({ rowCount: 7 }) })]);
    expect(logs).toHaveLength(3);
  });

  it('a failure that is not an Error is logged as text', async () => {
    const { appInsightsAuditSink } = audit;
    const logs: string[] = [];
    const sink = appInsightsAuditSink(CS, (l) => logs.push(l));
    double.throwValue = 'quota exceeded';
    sink.record(record(1));
    await sink.flush();
    expect(logs).toEqual(['audit: Application Insights tracking failed: quota exceeded']);
  });

  it('a failure with no value at all (null) is logged as "null", not a crash of the sink', async () => {
    const logs: string[] = [];
    const sink = audit.appInsightsAuditSink(CS, (l) => logs.push(l));
    double.throwValue = null;
    sink.record(record(1));
    await expect(sink.flush()).resolves.toBeUndefined();
    expect(logs).toEqual(['audit: Application Insights tracking failed: null']);
  });

  it('a shutdown failure on its own is logged', async () => {
    const logs: string[] = [];
    const sink = audit.appInsightsAuditSink(CS, (l) => logs.push(l));
    double.failShutdown = true;
    sink.record(record(1));
    await expect(sink.close()).resolves.toBeUndefined();
    expect(double.flushes).toBe(1);
    expect(logs).toEqual(['audit: Application Insights shutdown failed: shutdown refused']);
  });

  it('a record that cannot be turned into an event is logged with the reason', async () => {
    const { appInsightsAuditSink } = audit;
    const logs: string[] = [];
    const sink = appInsightsAuditSink(CS, (l) => logs.push(l));
    const circular: Record<string, unknown> = {};
    circular['self'] = circular;
    sink.record({ ...record(1), queries: [circular as never] });
    await sink.flush();
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatch(/^audit: Application Insights tracking failed: .*circular/i);
  });

  it('flush and shutdown failures are logged, not thrown', async () => {
    const { appInsightsAuditSink } = audit;
    const logs: string[] = [];
    const sink = appInsightsAuditSink(CS, (l) => logs.push(l));
    double.failFlush = true;
    double.failShutdown = true;
    sink.record(record(1));
    await expect(sink.close()).resolves.toBeUndefined();
    expect(logs).toEqual([
      'audit: Application Insights flush failed: flush refused',
    ]);
    // The second failure (shutdown) is counted but not said: only the 1st and every 100th are.
    expect(double.shutdowns).toBe(1);
  });
});

describe('createAuditSink with Application Insights configured', () => {
  const settings = (audit: Settings['audit']): Settings => ({ audit, appInsightsConnectionString: CS } as unknown as Settings);

  it('alone: every record goes to Application Insights and no file is written', async () => {
    const { createAuditSink } = audit;
    const sink = createAuditSink(settings({ kind: 'off' }), () => undefined);
    sink.record(record(3));
    await sink.close();
    expect(double.events).toHaveLength(1);
    expect(double.shutdowns).toBe(1);
  });

  it('with daily files: the same record reaches both', async () => {
    const { createAuditSink } = audit;
    const dir = await mkdtemp(path.join(os.tmpdir(), 'entra-ask-audit-tee-'));
    const sink = createAuditSink(settings({ kind: 'dir', dir }), () => undefined);
    sink.record(record(4));
    await sink.close();
    expect(double.events).toEqual([expect.objectContaining({ measurements: expect.objectContaining({ rowCount: 4 }) })]);
    expect(double.shutdowns).toBe(1);
    const files = await readdir(dir);
    expect(files).toEqual(['audit-2026-11-20.jsonl']);
    expect(JSON.parse((await readFile(path.join(dir, files[0]!), 'utf8')).trim())).toMatchObject({ rowCount: 4 });
  });

  it('with one file: the same record reaches both', async () => {
    const { createAuditSink } = audit;
    const dir = await mkdtemp(path.join(os.tmpdir(), 'entra-ask-audit-tee-'));
    const file = path.join(dir, 'trail.jsonl');
    const sink = createAuditSink(settings({ kind: 'file', file }), () => undefined);
    sink.record(record(5));
    await sink.close();
    expect(double.events).toHaveLength(1);
    expect(JSON.parse((await readFile(file, 'utf8')).trim())).toMatchObject({ rowCount: 5 });
  });
});
