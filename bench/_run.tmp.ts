import { kqlSuite } from './kql';
const dir = process.argv[2]!;
const [users, days] = [Number(process.argv[3] ?? 150), Number(process.argv[4] ?? 10)];
kqlSuite({ small: { dataDir: dir, users, days }, large: { dataDir: dir, users, days }, quick: process.argv.includes('--quick'), log: (l) => console.error(l) })
  .then((ms) => console.log(JSON.stringify(ms, null, 1)), (e) => { console.error(e); process.exitCode = 1; });
