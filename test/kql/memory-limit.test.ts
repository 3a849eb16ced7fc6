/**
 * No query takes the process over 2 GB: the queries known to need the most memory (docs suite's
 * range-function#5, billion-row aggregates, a key-less self-join, wide make_set) run in a child
 * process with the engine's default settings; each ends with rows or a coded limit error
 * (EA201 memory, EA501 time), and the child's peak resident memory stays under 2 GB.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { WORST_CASES } from './fixtures/memory-worst-cases';

const run = promisify(execFile);
const ROOT = join(__dirname, '..', '..');

describe('memory limit', () => {
  it('keeps the worst known queries under 2 GB of process memory, each ending with rows or a coded limit', async () => {
    const { stdout } = await run(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(__dirname, 'fixtures', 'memory-worst-cases.ts')], { cwd: ROOT, maxBuffer: 1 << 20 });
    const report = JSON.parse(stdout.trim().split('\n').pop()!) as { outcomes: { query: string; outcome: string }[]; maxRssMb: number };
    console.log(`worst-case queries: peak RSS ${report.maxRssMb.toFixed(0)} MB; ${report.outcomes.map((o) => o.outcome).join(', ')}`);
    expect(report.outcomes.map((o) => o.query)).toEqual(WORST_CASES);
    for (const o of report.outcomes) expect(o.outcome, o.query).toMatch(/^(rows \d+|EA201|EA501)$/);
    expect(report.maxRssMb).toBeGreaterThan(0);
    expect(report.maxRssMb).toBeLessThan(2048);
  }, 600_000);
});
