/**
 * Benchmark questions for the KQL engine: each as KQL (what the planners and the corpus send)
 * and as the DuckDB SQL a person would write by hand for the same answer over the same tables.
 * The KQL suite times both side by side; test/bench/kql-pairs.test.ts checks that each pair
 * returns the same rows on the shared test tenant, so the comparison is fair.
 *
 * In `sql`, `{now}` stands for the tenant's anchor time as a TIMESTAMP literal (what `now()`
 * and `ago()` mean in KQL). Ties are broken explicitly so both forms return the same rows.
 */

export interface KqlSqlPair {
  readonly name: string;
  readonly kql: string;
  readonly sql: string;
  /** Rows come in a defined order (else they are compared as a set). */
  readonly ordered: boolean;
}

/** A persona every generated demo tenant has (README: the password-spray story). */
export const BENCH_USER = 'karita@woodgrovebank.com';

const SIGN_IN_COLUMNS = 'TimeGenerated, UserPrincipalName, AppDisplayName, IPAddress, Country = tostring(LocationDetails.countryOrRegion), ResultType, ConditionalAccessStatus';
const SIGN_IN_SQL_COLUMNS = `"TimeGenerated", "UserPrincipalName", "AppDisplayName", "IPAddress", coalesce(json_extract_string("LocationDetails", '$.countryOrRegion'), '') AS "Country", "ResultType", "ConditionalAccessStatus"`;

export const KQL_SQL_PAIRS: readonly KqlSqlPair[] = [
  {
    name: 'one user, 7 days, newest first (planner)',
    kql: `SigninLogs\n| where TimeGenerated between (ago(7d) .. now())\n| where UserPrincipalName in~ ('${BENCH_USER}')\n| project ${SIGN_IN_COLUMNS}\n| order by TimeGenerated desc, IPAddress asc`,
    sql: `SELECT ${SIGN_IN_SQL_COLUMNS} FROM "SigninLogs" WHERE "TimeGenerated" BETWEEN {now} - INTERVAL 7 DAY AND {now} AND lower("UserPrincipalName") = '${BENCH_USER}' ORDER BY "TimeGenerated" DESC, "IPAddress"`,
    ordered: true,
  },
  {
    name: 'failures per user, 7 days, top 10',
    kql: "SigninLogs | where TimeGenerated > ago(7d) and ResultType != '0' | summarize failures = count() by UserPrincipalName | sort by failures desc, UserPrincipalName asc | take 10",
    sql: `SELECT "UserPrincipalName", count(*) AS failures FROM "SigninLogs" WHERE "TimeGenerated" > {now} - INTERVAL 7 DAY AND "ResultType" <> '0' GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 10`,
    ordered: true,
  },
  {
    name: 'sign-ins per hour, 1 day (bin)',
    kql: 'SigninLogs | where TimeGenerated > ago(1d) | summarize count() by bin(TimeGenerated, 1h)',
    sql: `SELECT time_bucket(INTERVAL 1 HOUR, "TimeGenerated", TIMESTAMP '1970-01-01') AS t, count(*) FROM "SigninLogs" WHERE "TimeGenerated" > {now} - INTERVAL 1 DAY GROUP BY 1`,
    ordered: false,
  },
  {
    name: 'failed sign-ins per day, 30 days (summary planner)',
    kql: "SigninLogs | where TimeGenerated > ago(30d) | where ResultType != '0' | summarize SignIns = count() by Day = bin(TimeGenerated, 1d) | order by Day asc",
    sql: `SELECT time_bucket(INTERVAL 1 DAY, "TimeGenerated", TIMESTAMP '1970-01-01') AS d, count(*) FROM "SigninLogs" WHERE "TimeGenerated" > {now} - INTERVAL 30 DAY AND "ResultType" <> '0' GROUP BY 1 ORDER BY 1`,
    ordered: true,
  },
  {
    name: 'users in more than 2 countries, 30 days (dcount)',
    kql: 'SigninLogs | where TimeGenerated > ago(30d) | summarize countries = dcount(Location) by UserPrincipalName | where countries > 2 | count',
    sql: `SELECT count(*) FROM (SELECT "UserPrincipalName", count(DISTINCT "Location") AS c FROM "SigninLogs" WHERE "TimeGenerated" > {now} - INTERVAL 30 DAY GROUP BY 1) WHERE c > 2`,
    ordered: false,
  },
  {
    name: 'top cities, 7 days (dynamic access)',
    kql: 'SigninLogs | where TimeGenerated > ago(7d) | extend city = tostring(LocationDetails.city) | summarize count() by city | sort by count_ desc, city asc | take 5',
    sql: `SELECT coalesce(json_extract_string("LocationDetails", '$.city'), '') AS city, count(*) AS n FROM "SigninLogs" WHERE "TimeGenerated" > {now} - INTERVAL 7 DAY GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 5`,
    ordered: true,
  },
  {
    name: 'app name has a term (has)',
    kql: "SigninLogs | where AppDisplayName has 'Teams' | count",
    sql: `SELECT count(*) FROM "SigninLogs" WHERE regexp_matches("AppDisplayName", '(^|[^0-9A-Za-z_])Teams($|[^0-9A-Za-z_])', 'i')`,
    ordered: false,
  },
  {
    name: 'case-insensitive user, apps used (=~)',
    kql: `SigninLogs | where UserPrincipalName =~ '${BENCH_USER.toUpperCase()}' | summarize n = count() by AppDisplayName`,
    sql: `SELECT "AppDisplayName", count(*) FROM "SigninLogs" WHERE lower("UserPrincipalName") = '${BENCH_USER}' GROUP BY 1`,
    ordered: false,
  },
  {
    name: 'success and failures per app, 7 days (countif)',
    kql: "SigninLogs | where TimeGenerated > ago(7d) | summarize total = count(), failed = countif(ResultType != '0') by AppDisplayName",
    sql: `SELECT "AppDisplayName", count(*), count(*) FILTER (WHERE "ResultType" <> '0') FROM "SigninLogs" WHERE "TimeGenerated" > {now} - INTERVAL 7 DAY GROUP BY 1`,
    ordered: false,
  },
  {
    name: 'latest sign-in per user (arg_max)',
    kql: 'SigninLogs | summarize arg_max(TimeGenerated, IPAddress, AppDisplayName) by UserPrincipalName | count',
    sql: `SELECT count(*) FROM (SELECT "UserPrincipalName", arg_max(struct_pack(t := "TimeGenerated", i := "IPAddress", a := "AppDisplayName"), "TimeGenerated") FROM "SigninLogs" GROUP BY 1)`,
    ordered: false,
  },
  {
    name: 'failures by department (join)',
    kql: "SigninLogs | where ResultType != '0' | summarize f = count() by UserPrincipalName | join kind=inner (IdentityInfo | project UserPrincipalName = AccountUPN, Department) on UserPrincipalName | summarize failures = sum(f) by Department",
    sql: `SELECT i."Department", sum(s.f) FROM (SELECT "UserPrincipalName", count(*) AS f FROM "SigninLogs" WHERE "ResultType" <> '0' GROUP BY 1) s JOIN "IdentityInfo" i ON i."AccountUPN" = s."UserPrincipalName" GROUP BY 1`,
    ordered: false,
  },
  {
    name: 'admins, failed sign-ins, 7 days (let + in~ subquery)',
    kql: `let admins = IdentityInfo | where array_length(AssignedRoles) > 0 | distinct AccountUPN;\nSigninLogs\n| where TimeGenerated > ago(7d)\n| where UserPrincipalName in~ (admins)\n| where ResultType != '0'\n| project ${SIGN_IN_COLUMNS}\n| order by TimeGenerated desc, UserPrincipalName asc, IPAddress asc`,
    sql: `SELECT ${SIGN_IN_SQL_COLUMNS} FROM "SigninLogs" WHERE "TimeGenerated" > {now} - INTERVAL 7 DAY AND lower("UserPrincipalName") IN (SELECT lower("AccountUPN") FROM "IdentityInfo" WHERE json_array_length("AssignedRoles") > 0) AND "ResultType" <> '0' ORDER BY "TimeGenerated" DESC, "UserPrincipalName", "IPAddress"`,
    ordered: true,
  },
  {
    name: 'CA policy results, 1 day (mv-expand)',
    kql: 'SigninLogs | where TimeGenerated > ago(1d) | mv-expand ConditionalAccessPolicies | summarize count() by result = tostring(ConditionalAccessPolicies.result)',
    sql: `SELECT coalesce(json_extract_string(p, '$.result'), '') AS result, count(*) FROM (SELECT unnest(json_extract("ConditionalAccessPolicies", '$[*]')) AS p FROM "SigninLogs" WHERE "TimeGenerated" > {now} - INTERVAL 1 DAY) GROUP BY 1`,
    ordered: false,
  },
  {
    name: 'non-interactive sign-ins per app, 1 day, top 5',
    kql: 'AADNonInteractiveUserSignInLogs | where TimeGenerated > ago(1d) | summarize n = count() by AppDisplayName | sort by n desc, AppDisplayName asc | take 5',
    sql: `SELECT "AppDisplayName", count(*) AS n FROM "AADNonInteractiveUserSignInLogs" WHERE "TimeGenerated" > {now} - INTERVAL 1 DAY GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 5`,
    ordered: true,
  },
  {
    name: 'directory changes by operation, 7 days (AuditLogs)',
    kql: 'AuditLogs | where TimeGenerated > ago(7d) | summarize n = count() by OperationName | sort by n desc, OperationName asc | take 10',
    sql: `SELECT "OperationName", count(*) AS n FROM "AuditLogs" WHERE "TimeGenerated" > {now} - INTERVAL 7 DAY GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 10`,
    ordered: true,
  },
];

/** The anchor time as the `{now}` of the hand-written SQL. */
export function handSql(pair: KqlSqlPair, anchorTime: string): string {
  const ts = new Date(anchorTime).toISOString().replace('T', ' ').replace('Z', '');
  return pair.sql.replace(/\{now\}/g, `TIMESTAMP '${ts}'`);
}

/** Rows in one comparable form: numbers for integers, ISO text for times, rounded reals. */
export function comparableRows(rows: readonly (readonly unknown[])[], ordered: boolean): string[] {
  const cell = (v: unknown): unknown => {
    if (typeof v === 'bigint') return Number(v);
    if (v instanceof Date) return v.toISOString();
    if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}/.test(v)) {
      const ms = Date.parse(/[Zz]|[+-]\d{2}:?\d{2}$/.test(v) ? v : `${v.replace(' ', 'T')}Z`);
      return Number.isNaN(ms) ? v : new Date(ms).toISOString();
    }
    if (typeof v === 'number' && !Number.isInteger(v)) return Number(v.toPrecision(10));
    return v;
  };
  const out = rows.map((r) => JSON.stringify(r.map(cell)));
  return ordered ? out : out.sort();
}
