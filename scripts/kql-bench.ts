/**
 * KQL engine timings: warm compile time (parse + bind + SQL), and run time through the engine
 * vs the same question written by hand in DuckDB SQL — same process, same data, medians.
 *
 *   npx tsx scripts/kql-bench.ts --db .data/kql-small.duckdb [--runs 5] [--json out.json]
 */
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { createEmbeddedEngine } from '../src/kql/engine/embedded-engine';
import { isCompiled } from '../src/kql/compile/compile-kql';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** Benchmark questions: KQL, and the SQL a person would write by hand (`$now` = anchor). */
const CASES: readonly { name: string; kql: string; sql: string }[] = [
  {
    name: 'failures per user, 7d, top 10',
    kql: "SigninLogs | where TimeGenerated > ago(7d) and ResultType != '0' | summarize failures = count() by UserPrincipalName | top 10 by failures",
    sql: `SELECT "UserPrincipalName", count(*) AS failures FROM "SigninLogs" WHERE "TimeGenerated" > $now - INTERVAL 7 DAY AND "ResultType" <> '0' GROUP BY 1 ORDER BY 2 DESC LIMIT 10`,
  },
  {
    name: 'sign-ins per hour, 1d (bin)',
    kql: 'SigninLogs | where TimeGenerated > ago(1d) | summarize count() by bin(TimeGenerated, 1h)',
    sql: `SELECT time_bucket(INTERVAL 1 HOUR, "TimeGenerated", TIMESTAMP '1970-01-01') AS t, count(*) FROM "SigninLogs" WHERE "TimeGenerated" > $now - INTERVAL 1 DAY GROUP BY 1`,
  },
  {
    name: 'users in >2 countries, 30d (dcount)',
    kql: 'SigninLogs | where TimeGenerated > ago(30d) | summarize countries = dcount(Location) by UserPrincipalName | where countries > 2 | count',
    sql: `SELECT count(*) FROM (SELECT "UserPrincipalName", count(DISTINCT "Location") AS c FROM "SigninLogs" WHERE "TimeGenerated" > $now - INTERVAL 30 DAY GROUP BY 1) WHERE c > 2`,
  },
  {
    name: 'top cities, 7d (dynamic access)',
    kql: 'SigninLogs | where TimeGenerated > ago(7d) | extend city = tostring(LocationDetails.city) | summarize count() by city | top 5 by count_',
    sql: `SELECT coalesce(json_extract_string("LocationDetails", '$.city'), '') AS city, count(*) AS n FROM "SigninLogs" WHERE "TimeGenerated" > $now - INTERVAL 7 DAY GROUP BY 1 ORDER BY 2 DESC LIMIT 5`,
  },
  {
    name: 'app has term (has)',
    kql: "SigninLogs | where AppDisplayName has 'Teams' | count",
    sql: `SELECT count(*) FROM "SigninLogs" WHERE regexp_matches("AppDisplayName", '(^|[^0-9A-Za-z])Teams($|[^0-9A-Za-z])', 'i')`,
  },
  {
    name: 'latest sign-in per user (arg_max)',
    kql: 'SigninLogs | summarize arg_max(TimeGenerated, IPAddress, AppDisplayName) by UserPrincipalName | count',
    sql: `SELECT count(*) FROM (SELECT "UserPrincipalName", arg_max(struct_pack(t := "TimeGenerated", i := "IPAddress", a := "AppDisplayName"), "TimeGenerated") FROM "SigninLogs" GROUP BY 1)`,
  },
  {
    name: 'failures by department (join)',
    kql: "SigninLogs | where ResultType != '0' | summarize f = count() by UserPrincipalName | join kind=inner (IdentityInfo | project UserPrincipalName = AccountUPN, Department) on UserPrincipalName | summarize failures = sum(f) by Department",
    sql: `SELECT i."Department", sum(s.f) FROM (SELECT "UserPrincipalName", count(*) AS f FROM "SigninLogs" WHERE "ResultType" <> '0' GROUP BY 1) s JOIN "IdentityInfo" i ON i."AccountUPN" = s."UserPrincipalName" GROUP BY 1`,
  },
  {
    name: 'CA policy results, 1d (mv-expand)',
    kql: 'SigninLogs | where TimeGenerated > ago(1d) | mv-expand ConditionalAccessPolicies | summarize count() by result = tostring(ConditionalAccessPolicies.result)',
    sql: `SELECT coalesce(json_extract_string(p, '$.result'), '') AS result, count(*) FROM (SELECT unnest(json_extract("ConditionalAccessPolicies", '$[*]')) AS p FROM "SigninLogs" WHERE "TimeGenerated" > $now - INTERVAL 1 DAY) GROUP BY 1`,
  },
];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

async function main(): Promise<void> {
  const db = arg('--db') ?? '.data/kql-small.duckdb';
  const runs = Number(arg('--runs') ?? '5');
  const engine = await createEmbeddedEngine({ dbPath: db });
  const now = `TIMESTAMP '${engine.anchorTime.replace('T', ' ').replace('Z', '')}'`;
  const [[rowsIn]] = (await engine.runSql('SELECT count(*) FROM "SigninLogs"')) as [[bigint]];
  const results = [];
  for (const c of CASES) {
    const compile: number[] = [];
    for (let i = 0; i < 20; i++) {
      const t0 = performance.now();
      const r = engine.compile(c.kql);
      compile.push(performance.now() - t0);
      if (!isCompiled(r)) throw new Error(`${c.name}: ${JSON.stringify(r.diagnostics)}`);
    }
    const compiled = engine.compile(c.kql);
    if (!isCompiled(compiled)) throw new Error(c.name);
    const hand = c.sql.replace(/\$now/g, now);
    await engine.runSql(compiled.sql, compiled.parameters);
    await engine.runSql(hand);
    const viaEngine: number[] = [];
    const runOnly: number[] = [];
    const byHand: number[] = [];
    for (let i = 0; i < runs; i++) {
      let t0 = performance.now();
      const r = await engine.query(c.kql);
      viaEngine.push(performance.now() - t0);
      runOnly.push(r.runMs);
      t0 = performance.now();
      await engine.runSql(hand);
      byHand.push(performance.now() - t0);
    }
    const hs = Math.max(0.001, median(byHand));
    results.push({ name: c.name, compileMs: median(compile), engineMs: median(viaEngine), runMs: median(runOnly), handSqlMs: median(byHand), runRatio: median(runOnly) / hs, ratio: median(viaEngine) / hs });
  }
  await engine.close();
  const machine = { cores: cpus().length, memoryGb: Math.round(totalmem() / 2 ** 30), signInRows: Number(rowsIn) };
  console.log(`machine: ${machine.cores} cores, ${machine.memoryGb} GB; SigninLogs rows: ${machine.signInRows}; medians of ${runs} runs`);
  console.log('query | compile ms (uncached) | engine.query ms (cached compile + run + convert) | compiled SQL run ms | hand SQL ms | run ratio | end-to-end ratio');
  for (const r of results) console.log(`${r.name} | ${r.compileMs.toFixed(1)} | ${r.engineMs.toFixed(1)} | ${r.runMs.toFixed(1)} | ${r.handSqlMs.toFixed(1)} | ${r.runRatio.toFixed(2)} | ${r.ratio.toFixed(2)}`);
  console.log(`median compile ${median(results.map((r) => r.compileMs)).toFixed(1)} ms; median run ratio ${median(results.map((r) => r.runRatio)).toFixed(2)}; median end-to-end ratio ${median(results.map((r) => r.ratio)).toFixed(2)}`);
  const out = arg('--json');
  if (out) writeFileSync(out, JSON.stringify({ machine, results }, null, 2));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
