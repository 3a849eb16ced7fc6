/**
 * Measures the endpoint on a generated tenant (not a test): store build time and memory per
 * million sign-ins, and latency of typical bot requests over HTTP.
 * Run: `node --expose-gc -r tsx/cjs test/graph-server/bench-generated.ts [users] [days]`.
 */
import { generateSignIns, generateTenant } from '../../src/demo/generator';
import { SignInStore, startGraphServer } from '../../src/demo/graph-server';
import type { GraphObject } from '../../src/demo/model';

const users = Number(process.argv[2] ?? 2000);
const days = Number(process.argv[3] ?? 14);
const mb = (b: number): string => (b / 1024 / 1024).toFixed(0);

async function main(): Promise<void> {
  let t = performance.now();
  const model = generateTenant({ seed: 1, anchorTime: '2026-11-20T12:00:00Z', users, days });
  console.log(`tenant: ${model.users.length} users, ${model.groups.length} groups (${(performance.now() - t).toFixed(0)} ms)`);
  t = performance.now();
  const rows: GraphObject[] = [...generateSignIns(model, { interactive: true })];
  console.log(`generated ${rows.length} sign-ins in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  global.gc?.();
  const before = process.memoryUsage();
  t = performance.now();
  const store = await SignInStore.build(() => rows);
  const buildMs = performance.now() - t;
  global.gc?.();
  const after = process.memoryUsage();
  const delta = after.heapUsed + after.arrayBuffers - before.heapUsed - before.arrayBuffers;
  console.log(`store: build ${(buildMs / 1000).toFixed(2)} s (${((buildMs / rows.length) * 1e3).toFixed(2)} s per million); ` +
    `+${mb(delta)} MB (${((delta / 1024 / 1024) * (1e6 / rows.length)).toFixed(0)} MB per million); typed arrays ${mb(store.stats().typedArrayBytes)} MB`);
  const server = await startGraphServer({ model, signInStore: store });
  const karita = model.users.find((u) => u['userPrincipalName'] === 'karita@woodgrovebank.com') as GraphObject;
  const fin = model.groups.find((g) => g['displayName'] === 'Finance Department') as GraphObject;
  const big = [...model.groupMembers].sort((a, b) => b.memberIds.length - a.memberIds.length)[0];
  const week = new Date(Date.parse('2026-11-20T12:00:00Z') - 7 * 86_400_000).toISOString().slice(0, 19) + 'Z';
  const queries: [string, Record<string, string>?][] = [
    ['/users/karita@woodgrovebank.com'],
    ["/users?$filter=startsWith(displayName,'Kar')&$select=id,displayName"],
    ['/users?$top=999&$select=id,displayName,userPrincipalName'],
    [`/groups/${fin.id}/owners?$select=id,displayName`],
    [`/groups/${big?.groupId}/members?$top=999&$select=id`],
    [`/users/${karita.id}/transitiveMemberOf/microsoft.graph.group?$select=id,displayName`],
    ["/users?$filter=userType eq 'Guest'&$count=true&$top=999", { ConsistencyLevel: 'eventual' }],
    [`/auditLogs/signIns?$filter=userId eq '${karita.id}' and createdDateTime ge ${week}&$top=200`],
    [`/auditLogs/signIns?$filter=createdDateTime ge ${week} and status/errorCode ne 0&$top=1000`],
    ["/auditLogs/signIns?$filter=location/countryOrRegion eq 'BR'&$top=100"],
    ['/auditLogs/signIns?$top=1000'],
    ["/identityProtection/riskyUsers?$filter=riskLevel eq 'high'&$orderby=riskLastUpdatedDateTime desc"],
    ['/roleManagement/directory/roleAssignments?$expand=principal'],
  ];
  for (const [q, headers] of queries) {
    const times: number[] = [];
    let n = 0;
    for (let k = 0; k < 7; k++) {
      const s = performance.now();
      const r = await fetch(`${server.url}${q}`, { headers });
      const body = (await r.json()) as { value?: unknown[] };
      n = body.value?.length ?? 1;
      times.push(performance.now() - s);
    }
    times.sort((a, b) => a - b);
    console.log(`${(times[3] ?? 0).toFixed(1).padStart(7)} ms median ${String(n).padStart(5)} rows  ${q.slice(0, 110)}`);
  }
  console.log(`RSS ${mb(process.memoryUsage().rss)} MB (includes the generated rows held for the bench)`);
  await server.close();
}

void main();
