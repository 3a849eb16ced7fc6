import { understand } from '../src/understanding';
import { DEMO_GAZETTEER, DEMO_NOW } from '../test/understanding/fixtures/demo-gazetteer';
const qs = process.argv.slice(2).length ? process.argv.slice(2) : [
 'who ownz finanse department', 'Give me all user details for karita@woodgrovebank.com and extract the user Object ID',
 'Can you give me sign-in logs for karita for the past 48 hours? Put this information in a table format.',
 'Get the Microsoft Entra user groups that karita is a member of. Put information in table format.',
 'who is in MDM policy - West', 'what can you do', 'what is the weather in paris', 'help',
 'Show me failed sign-ins for karita@woodgrovebank.com for the past 7 days and tell me what the IP addresses are',
 'is Natasha a global admin', 'which groups does Megan own', 'who had bad-password failures today',
 'SigninLogs | where ResultType != 0 | take 10', "GET /users?$filter=userType eq 'Guest'",
 'List 5 apps with High Risk Level', 'who had access to Salesforce between January 1 and March 14',
 'whose access expires this week', 'why cant alain sign in', 'groups with fewer than two owners',
];
for (const q of qs) {
  const t = process.hrtime.bigint();
  const r = understand(q, {}, { gazetteer: DEMO_GAZETTEER, now: DEMO_NOW });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  console.log(ms.toFixed(2), q, '=>', JSON.stringify(r));
}
