/**
 * The permission matrix: every intent × a persona of each role in the demo tenant, asked as a
 * real example question through the real runtime (understanding, policy, pipeline, local Graph
 * endpoint, KQL store) over the shared test tenant.
 *
 * The expected table below is written out by hand and reviewed against Microsoft's documentation
 * (see src/policy/README.md); it is deliberately NOT computed from policy.json, so a wrong edit of
 * the policy file fails here.
 */
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { readSettings } from '../../src/config/settings';
import { PERSONAS } from '../../src/demo/personas';
import type { AskOutcome } from '../../src/pipeline/ask';
import type { Asker } from '../../src/planning/entities';
import { createRuntime, type Runtime } from '../../src/runtime/create-runtime';
import { INTENT_EXAMPLES } from '../../src/families/registry';
import { INTENT_NAMES, type IntentName } from '../../src/understanding/intent';
import { understand } from '../../src/understanding';

/**
 * Column order of the table. Roles in the demo tenant (src/demo/personas.ts):
 * patti, nestor: Global Administrator · natasha: Security Reader · jason: Application Administrator
 * adele: User Administrator · diego: Helpdesk Administrator through the "Helpdesk Admins" group
 * isaiah: Security Administrator, PIM-activated at the anchor time · lee: Privileged Role
 * Administrator, PIM-eligible, not active · grady: Helpdesk (group) + Authentication Administrator
 * eligible, not active · alain: plain member · megan: Finance Manager (Karita's manager, owns
 * Finance Department) · henrietta: CFO, owns Finance Department, Megan's manager · guest: the
 * first B2B guest of the tenant. (No persona holds Global Reader or Reports Reader.)
 */
const COLUMNS = ['patti', 'nestor', 'natasha', 'jason', 'adele', 'diego', 'isaiah', 'lee', 'grady', 'alain', 'megan', 'henrietta', 'guest'] as const;
type Column = (typeof COLUMNS)[number];

// A = answered, D = denied. The example question's subject is in the comment.
const EXPECTED: Readonly<Record<IntentName, string>> = {
  //                           pnNjadiLgAmhG
  'user.details': /*        Karita */ 'AAADAAADADADD', // account details: admins + readers; Megan is Karita's manager
  'user.passwordChange': /* Karita */ 'AAADAAADADADD',
  'user.devices': /*        Karita */ 'AAAAAAAAAAAAD', // basic directory: every member, not guests
  'user.authMethods': /*    Alain  */ 'AADDDDDDDADDD', // Authentication Admin / Global Reader; Alain asks about himself
  'user.groups': /*         Karita */ 'AAAAAAAAAAAAD',
  'user.roles': /*          Natasha*/ 'AAADDDADDDDDD', // role assignments incl. PIM: Security Reader and up; Natasha is also herself
  'user.apps': /*           Karita */ 'AAAAAAAAAAAAD',
  'user.accessPackages': /* Alain  */ 'AAADDDADDADDD', // entitlement readers; Alain about himself
  'users.search': /*                 */ 'AAAAAAAAAAAAD',
  'users.inactive': /*               */ 'AAADDDADDDDDD', // sign-in activity
  'user.directReports': /*  Megan  */ 'AAAAAAAAAAAAD', // basic directory (List directReports: User.Read + User.ReadBasic.All); Megan asks about herself
  'users.mfaStatus': /*              */ 'AAADDDADDDDDD', // registration report: Reports Reader, Security Reader/Admin, Global Reader/Admin
  'users.deleted': /*                */ 'AAAAAAAAAAAAD', // deleted users: basic directory (List deletedItems: User.Read.All)
  'users.licenses': /*      Karita */ 'AAAAAAAAAAAAD', // licence details: Directory Readers and every member; not guests
  'licenses.summary': /*             */ 'AAAAAAAAAAAAD', // subscriptions: basic directory (List subscribedSkus)
  'group.details': /*       Finance*/ 'AAAAAAAAAAAAD',
  'group.owners': /*        Finance*/ 'AAAAAAAAAAAAD',
  'group.members': /*       MDM W  */ 'AAAAAAAAAAAAD',
  'group.roles': /*         Helpdesk*/ 'AAADDDADDDDDD',
  'group.apps': /*          Finance*/ 'AAAAAAAAAAAAD',
  'groups.ownedBy': /*      Megan  */ 'AAAAAAAAAAAAD',
  'groups.ownerless': /*             */ 'AAAAAAAAAAAAD',
  'groups.search': /*                 */ 'AAAAAAAAAAAAD', // groups by kind, name, creation date: basic directory data
  'signIns.list': /*        Karita */ 'AAADDDADDDDDD', // sign-in logs: Reports Reader, Security Reader/Operator/Admin, Global Reader/Admin
  'signIns.failures': /*    Karita */ 'AAADDDADDDDDD',
  'signIns.troubleshoot': /*Karita */ 'AAADDDADDDDDD',
  'signIns.summary': /*              */ 'AAADDDADDDDDD',
  'signIns.unusualLocations': /*Karita*/ 'AAADDDADDDDDD', // sign-in logs (Karita is no persona: no self exception applies)
  'riskyUsers.list': /*              */ 'AAADDDADDDDDD', // risk: Security Reader/Operator/Admin, Global Reader/Admin
  'riskyUser.details': /*   Karita */ 'AAADDDADDDDDD',
  'riskyUser.history': /*   Karita */ 'AAADDDADDDDDD',
  'riskyUser.signIns': /*   Karita */ 'AAADDDADDDDDD',
  'riskyUser.detections': /*Karita */ 'AAADDDADDDDDD',
  'riskyUser.summary': /*   Julieta*/ 'AAADDDADDDDDD',
  'riskyApps.list': /*               */ 'AAADDDADDDDDD',
  'audit.forUser': /*       Natasha*/ 'AAADDDADDDDDD', // audit logs: Reports Reader, Security Reader/Admin, Global Reader/Admin
  'audit.changes': /*                */ 'AAADDDADDDDDD',
  'audit.forObject': /*      Mortgage Pilot*/ 'AAADDDADDDDDD', // audit logs: Reports Reader, Security Reader/Admin, Global Reader/Admin
  'app.details': /*         Salesforce*/ 'AAAAAAAAAAAAD',
  'app.owners': /*          Salesforce*/ 'AAAAAAAAAAAAD',
  'app.permissions': /*     Salesforce*/ 'AAAAAAAAAAAAD',
  'app.users': /*           Salesforce*/ 'AAAAAAAAAAAAD',
  'apps.unused': /*                  */ 'AAADDDADDDDDD', // sign-in activity of service principals (not answered yet)
  'apps.external': /*                */ 'AAAAAAAAAAAAD',
  'apps.credentialsExpiring': /*     */ 'AAAAAAAAAAAAD',
  'apps.userConsent': /*            */ 'AAAAAAAAAAAAD', // delegated grants: basic directory data, like app.permissions
  'apps.ownedBy': /*        Jason  */ 'AAAAAAAAAAAAD', // owned objects: basic directory data, like groups.ownedBy
  'tenant.details': /*               */ 'AAAAAAAAAAAAD', // the organization and its domains: basic directory data
  'policies.conditionalAccess': /*   */ 'AAADDDADDDDDD', // Conditional Access policies: Security Reader, Global Reader, Security / CA Administrator // app registrations' credential metadata (never the secrets): basic directory data, like app.details
  'role.members': /*        GA     */ 'AAADDDADDDDDD',
  'privileged.noMfa': /*             */ 'AAADDDADDDDDD', // registration details + roles: Security Reader/Admin, Global Reader/Admin
  'privileged.signIns': /*           */ 'AAADDDADDDDDD',
  'privileged.breakGlass': /*        */ 'AAADDDADDDDDD',
  'privileged.changes': /*           */ 'AAADDDADDDDDD',
  'accessPackages.list': /*          */ 'AAADDDADDDDDD', // Identity Governance Admin, Security Reader/Admin, Global Reader/Admin
  'accessPackage.details': /*Falcon*/ 'AAADDDADDDDDD',
  'accessPackage.assignments': /*  */ 'AAADDDADDDDDD',
  'assignments.expiring': /*         */ 'AAADDDADDDDDD',
  'accessRequests.pending': /*       */ 'AAADDDADDDDDD',
  'report.appAccessAsOf': /*         */ 'AAADDDADDDDDD', // history of app access comes from audit logs (not answered yet)
  'report.appAccessBetween': /*      */ 'AAADDDADDDDDD',
  'report.appAccessAdded': /*        */ 'AAADDDADDDDDD',
  'report.groupMembersByDepartment': 'AAAAAAAAAAAAD',
  'kql.run': /*                      */ 'AAADDDADDDDDD', // raw KQL reads sign-in, audit and risk tables
  'graph.get': /*                    */ 'AADDDDDDDDDDD', // raw Graph: Global Reader (or Global Administrator)
  help: /*                           */ 'AAAAAAAAAAAAA',
  'change.refused': /*               */ 'AAAAAAAAAAAAA', // nothing runs: everyone is told Entra Ask only reads
  // A guest's question that is not understood gets the one refusal every other question of theirs
  // gets (issue 18, no name oracle: "Who is in Megan?" is not understood, "Who is in Karita
  // Lehtonen?" is group members; both must read alike).
  unknown: /*                        */ 'AAAAAAAAAAAAD',
};

/** A role each denied category's answer must name (words a person can act on). */
const NAMED_ROLE: Readonly<Record<string, RegExp>> = {
  directory: /Directory Readers/, account: /Helpdesk Administrator.*Global Reader/, authMethods: /Authentication Administrator/,
  roleAssignments: /Security Reader/, signInLogs: /Reports Reader/, auditLogs: /Reports Reader/, risk: /Security Reader/,
  privileged: /Security Reader/, conditionalAccess: /Security Reader/, entitlement: /Identity Governance Administrator/, rawKql: /Security Reader/, rawGraph: /Global Reader/,
};

const QUESTIONS: Readonly<Record<IntentName, string>> = {
  ...(INTENT_EXAMPLES as Record<IntentName, string>),
  unknown: 'what is the weather in Lisbon tomorrow',
};

let runtime: Runtime;
const askers = new Map<Column, Asker>();

beforeAll(async () => {
  runtime = await createRuntime(readSettings({ ENTRA_ASK_DATA: inject('demoDataDir'), AUDIT_LOG: 'off' }), { log: () => undefined, quiet: true });
  const model = runtime.model!;
  const guest = model.users.filter((u) => u['userType'] === 'Guest').map((u) => String(u['userPrincipalName'])).sort()[0];
  if (!guest) throw new Error('the test tenant has no guest');
  for (const c of COLUMNS) {
    const upn = c === 'guest' ? guest : PERSONAS[c].upn;
    const asker = runtime.askerFor(upn);
    if (!asker) throw new Error(`no asker ${upn}`);
    askers.set(c, asker);
  }
}, 120_000);

afterAll(async () => { await runtime?.close(); });

/**
 * Asks as a persona. The KQL store is shared by every test process: while another one loads it,
 * a KQL question is a "try again" error card, so those are asked again (bounded).
 */
async function ask(column: Column, question: string): Promise<AskOutcome> {
  for (let attempt = 0; ; attempt++) {
    const out = await runtime.pipeline.ask({ question, asker: askers.get(column)!, context: {}, channel: 'test' });
    const tryAgain = out.answer.kind === 'error' && out.answer.choices?.some((c) => c.title === 'Try again');
    if (!tryAgain || attempt >= 60) return out;
    await new Promise((r) => setTimeout(r, 1000));
  }
}

describe('permission matrix: every intent × a persona of each role', () => {
  it('has a reviewed row and an example question for every intent', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...INTENT_NAMES].sort());
    for (const name of INTENT_NAMES) {
      expect(EXPECTED[name], name).toMatch(new RegExp(`^[AD]{${COLUMNS.length}}$`));
      expect(QUESTIONS[name], name).toBeTruthy();
    }
  });

  for (const name of INTENT_NAMES) {
    it(`${name}: "${QUESTIONS[name]}"`, async () => {
      const row = EXPECTED[name];
      for (const [i, column] of COLUMNS.entries()) {
        const out = await ask(column, QUESTIONS[name]);
        const cell = `${name} as ${column}`;
        // A guest may not read the directory, so the tenant's names do not steer what their question is
        // understood as (issue 18: no name oracle); their intent is the words' alone.
        const understoodAs = column === 'guest' ? understand(QUESTIONS[name], {}, { now: new Date() }).name : name;
        expect(out.intent.name, `${cell}: the example question must be understood as ${understoodAs}`).toBe(understoodAs);
        if (row[i] === 'A') {
          expect(out.answer.kind, `${cell} should be answered: ${out.answer.summary}`).not.toBe('denied');
          // Answered: not a failure (intents not answerable yet say so with an error card).
          if (out.answer.title !== 'Not answerable yet') expect(out.answer.kind, `${cell} failed: ${out.answer.summary}`).not.toBe('error');
          if (out.authorization) expect(out.authorization.decision, cell).toBe('allowed');
        } else {
          expect(out.answer.kind, `${cell} should be denied (${out.answer.kind}: ${out.answer.summary})`).toBe('denied');
          expect(out.authorization?.decision, cell).toBe('denied');
          expect(out.answer.summary, cell).toMatch(NAMED_ROLE[out.authorization!.category]!);
          expect(out.answer.rows, cell).toEqual([]);
          expect(out.queries, cell).toEqual([]);
          expect(out.resolved, cell).toEqual({});
        }
      }
    }, 180_000);
  }
});

describe('PIM eligibility does not count until activated', () => {
  it('tells Lee (eligible Privileged Role Administrator) to activate it in PIM', async () => {
    const out = await ask('lee', 'Who are the global admins?');
    expect(out.answer.kind).toBe('denied');
    expect(out.answer.summary).toContain('You are eligible for Privileged Role Administrator — activate it in PIM');
    expect(out.answer.facts).toContainEqual({ title: 'Eligible in PIM (not active)', value: 'Privileged Role Administrator' });
    expect(out.answer.sections?.[0]?.links?.[0]?.title).toBe('Activate a role in PIM');
  });

  it('tells Grady (eligible Authentication Administrator) the same for authentication methods', async () => {
    const out = await ask('grady', 'Is Karita registered for MFA?');
    expect(out.answer.kind).toBe('denied');
    expect(out.answer.summary).toContain('You are eligible for Authentication Administrator — activate it in PIM');
    // Grady's active role is Helpdesk Administrator, held through the Helpdesk Admins group.
    expect(out.answer.facts).toContainEqual({ title: 'Your active roles', value: 'Helpdesk Administrator' });
  });

  it('counts Isaiah\'s activated Security Administrator role', async () => {
    const out = await ask('isaiah', 'Show high risk users');
    expect(out.answer.kind).not.toBe('denied');
    expect(out.authorization).toEqual({ category: 'risk', decision: 'allowed', by: 'role:Security Administrator' });
  });
});
