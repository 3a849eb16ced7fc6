/**
 * Measures the sign-in store at scale (not a test): build time, heap/RSS per million rows, and
 * request latency for typical queries. Run: `npx tsx test/graph-server/bench-signins.ts [rows]`.
 */
import { SignInStore, startGraphServer } from '../../src/demo/graph-server';
import type { GraphObject } from '../../src/demo/model';
import { fixtureModel, gid } from './fixture';

const N = Number(process.argv[2] ?? 4_500_000);
const USERS = 10_000;
const APPS = ['Azure Portal', 'Office 365 Exchange Online', 'Microsoft Teams', 'Salesforce', 'SharePoint Online', 'Microsoft Graph PowerShell'];
const CITIES = [['Seattle', 'US'], ['London', 'GB'], ['Berlin', 'DE'], ['São Paulo', 'BR'], ['Sydney', 'AU'], ['Tokyo', 'JP']];
const ANCHOR = Date.parse('2026-11-20T12:00:00Z');
const SPAN = 30 * 86_400_000;

function* rows(): Iterable<GraphObject> {
  for (let i = 0; i < N; i++) {
    const u = (i * 7919) % USERS;
    const err = i % 20 === 0 ? 50126 : i % 33 === 0 ? 50074 : 0;
    const [city, cc] = CITIES[u % CITIES.length] as [string, string];
    const app = i % APPS.length;
    yield {
      id: gid(10, i),
      createdDateTime: new Date(ANCHOR - SPAN + Math.floor((i * SPAN) / N)).toISOString(),
      userDisplayName: `User ${u}`,
      userPrincipalName: `user${u}@woodgrovebank.com`,
      userId: gid(1, u),
      appId: gid(4, app),
      appDisplayName: APPS[app],
      ipAddress: `10.${u % 200}.${(u >> 3) % 250}.${i % 4}`,
      clientAppUsed: 'Browser',
      correlationId: gid(11, i),
      conditionalAccessStatus: err === 0 ? 'success' : 'notApplied',
      isInteractive: true,
      riskDetail: 'none',
      riskLevelAggregated: 'none',
      riskLevelDuringSignIn: i % 500 === 0 ? 'high' : 'none',
      riskState: 'none',
      riskEventTypes_v2: [],
      resourceDisplayName: 'Microsoft Graph',
      resourceId: gid(6, app),
      status: { errorCode: err, failureReason: err === 0 ? 'Other.' : 'Invalid username or password.', additionalDetails: null },
      deviceDetail: { deviceId: '', displayName: '', operatingSystem: u % 2 ? 'Windows10' : 'MacOs', browser: 'Edge 120.0.0', isCompliant: false, isManaged: false, trustType: '' },
      location: { city, state: '', countryOrRegion: cc, geoCoordinates: { latitude: 47.6, longitude: -122.3 } },
      appliedConditionalAccessPolicies: [],
    };
  }
}

async function main(): Promise<void> {
  global.gc?.();
  const heap0 = process.memoryUsage();
  const t0 = performance.now();
  const store = await SignInStore.build(rows);
  const buildMs = performance.now() - t0;
  if (store.length !== N) throw new Error(`store has ${store.length} rows, expected ${N}`);
  const server = await startGraphServer({ model: fixtureModel(), signInStore: store });
  global.gc?.();
  const heap1 = process.memoryUsage();
  const mb = (b: number): string => (b / 1024 / 1024).toFixed(0);
  const perM = (b: number): string => ((b / 1024 / 1024) * (1_000_000 / N)).toFixed(1);
  console.log(`rows ${N}: build ${(buildMs / 1000).toFixed(1)} s (${((buildMs * 1_000_000) / N / 1000).toFixed(1)} s per million)`);
  console.log(`heap+external+arrayBuffers Δ ${mb(heap1.heapUsed + heap1.arrayBuffers - heap0.heapUsed - heap0.arrayBuffers)} MB (${perM(heap1.heapUsed + heap1.arrayBuffers - heap0.heapUsed - heap0.arrayBuffers)} MB per million); RSS ${mb(heap1.rss)} MB`);
  const since = new Date(ANCHOR - 86_400_000).toISOString();
  const queries = [
    '/auditLogs/signIns?$top=50',
    `/auditLogs/signIns?$filter=createdDateTime ge ${since}&$top=1000`,
    "/auditLogs/signIns?$filter=userPrincipalName eq 'user42@woodgrovebank.com'&$top=100",
    `/auditLogs/signIns?$filter=userId eq '${gid(1, 42)}' and createdDateTime ge ${since}`,
    "/auditLogs/signIns?$filter=status/errorCode eq 50126 and location/countryOrRegion eq 'GB'&$top=200",
    "/auditLogs/signIns?$filter=riskLevelDuringSignIn eq 'high'&$top=1000",
    "/auditLogs/signIns?$filter=startsWith(userPrincipalName,'user99')&$top=100",
    `/auditLogs/signIns/${gid(10, Math.floor(N / 2))}`,
  ];
  for (const q of queries) {
    const times: number[] = [];
    let n = 0;
    for (let k = 0; k < 5; k++) {
      const t = performance.now();
      const r = await fetch(`${server.url}${q}`);
      const body = (await r.json()) as { value?: unknown[] };
      n = body.value?.length ?? 1;
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    console.log(`${(times[2] ?? 0).toFixed(1).padStart(8)} ms  ${String(n).padStart(5)} rows  ${q}`);
  }
  await server.close();
}

void main();
