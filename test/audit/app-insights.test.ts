/**
 * The audit trail to Application Insights, offline: the connection string's IngestionEndpoint is
 * a stand-in ingestion server on 127.0.0.1 that records what the SDK sends. The SDK only speaks
 * HTTPS, so the stand-in has a throw-away self-signed certificate (made with openssl) and this
 * test process (a fork of its own) skips certificate checks for the loopback stand-in.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appInsightsAuditSink, AUDIT_EVENT_NAME, type AuditRecord } from '../../src/audit';

interface Envelope { name: string; iKey?: string; data: { baseType: string; baseData: { name: string; properties: Record<string, string>; measurements: Record<string, number> } } }

let server: https.Server;
let tlsSetting: string | undefined;
let endpoint: string;
const received: Envelope[] = [];
const paths: string[] = [];

beforeAll(async () => {
  // No statsbeat / SDK stats (they would call Microsoft's endpoints).
  process.env.APPLICATIONINSIGHTS_STATSBEAT_DISABLED = 'true';
  process.env.APPLICATIONINSIGHTS_SDKSTATS_DISABLED = 'true';
  const dir = mkdtempSync(path.join(os.tmpdir(), 'entra-ask-ai-'));
  const [key, cert] = [path.join(dir, 'key.pem'), path.join(dir, 'cert.pem')];
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1',
    '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], { stdio: 'ignore' });
  tlsSetting = process.env.NODE_TLS_REJECT_UNAUTHORIZED;
  process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
  server = https.createServer({ key: readFileSync(key), cert: readFileSync(cert) }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      paths.push(`${req.method} ${req.url}`);
      let body = Buffer.concat(chunks);
      if (req.headers['content-encoding'] === 'gzip') body = gunzipSync(body);
      const text = body.toString('utf8').trim();
      const items = text.startsWith('[') ? JSON.parse(text) as Envelope[] : text.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Envelope);
      received.push(...items);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ itemsReceived: items.length, itemsAccepted: items.length, errors: [] }));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  endpoint = `https://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(async () => {
  if (tlsSetting === undefined) delete process.env.NODE_TLS_REJECT_UNAUTHORIZED;
  else process.env.NODE_TLS_REJECT_UNAUTHORIZED = tlsSetting;
  await new Promise<void>((r) => server?.close(() => r()));
});

const record = (i: number): AuditRecord => ({
  time: '2026-11-20T12:00:00.000Z', askerObjectId: `asker-${i}`, tenantId: 'tenant-1', channel: 'msteams', intent: 'riskyUsers.list',
  queries: [{ source: 'graph', method: 'GET', url: 'https://graph.microsoft.com/v1.0/identityProtection/riskyUsers' }],
  rowCount: 7 + i, durationMs: 12.5, outcome: i % 2 ? 'denied' : 'table', errorCode: null,
  authorization: { category: 'risk', decision: i % 2 ? 'denied' : 'allowed', by: i % 2 ? 'noRole' : 'role:Security Reader' },
});

describe('Application Insights audit sink', () => {
  it('sends one custom event per question to the ingestion endpoint of the connection string', async () => {
    const logs: string[] = [];
    const sink = appInsightsAuditSink(`InstrumentationKey=00000000-0000-0000-0000-000000000001;IngestionEndpoint=${endpoint}`, (l) => logs.push(l));
    sink.record(record(0));
    sink.record(record(1));
    await sink.close();
    const events = received.filter((e) => e.data?.baseType === 'EventData');
    expect(paths.some((p) => p.startsWith('POST /v2.1/track'))).toBe(true);
    expect(events.map((e) => e.data.baseData.name)).toEqual([AUDIT_EVENT_NAME, AUDIT_EVENT_NAME]);
    const [a, b] = events.map((e) => e.data.baseData);
    expect(a!.properties).toMatchObject({ askerObjectId: 'asker-0', tenantId: 'tenant-1', channel: 'msteams', intent: 'riskyUsers.list', outcome: 'table', authorization: 'allowed:risk:role:Security Reader' });
    expect(a!.measurements).toEqual({ rowCount: 7, durationMs: 12.5, queryCount: 1 });
    expect(b!.properties).toMatchObject({ askerObjectId: 'asker-1', outcome: 'denied' });
    expect(JSON.parse(a!.properties['queries']!)).toEqual(record(0).queries);
    expect(logs).toEqual([]);
  }, 60_000);
});
