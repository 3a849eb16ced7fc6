/**
 * The read-only check's diagnostics, exactly (code, position, length, message), for each rule and
 * each allowed plugin. The set `npm run test:mutation read-only` runs; read-only.test.ts checks
 * the same rules in front of every executor.
 */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { globalsFor, parseOnly } from '../../src/kql/language/bridge';
import { commandAtStart, readOnlyProblems, readOnlyProblemsIn } from '../../src/kql/language/read-only';
import { Syn } from '../../src/kql/language/syntax';

const EA001 = 'Management commands (starting with ".") are not allowed: only read-only queries run here.';
const EA005 = 'Only the configured log store can be queried: other clusters, databases, workspaces and external data are not allowed';
const EA006 = 'This plugin is not allowed: only plugins that compute over the query\'s own rows run here';
const EA007 = '`set` statements are not allowed: Entra Ask sets the row and time limits of every query.';

// Loading Kusto.Language takes seconds: once, in a hook. A failure there fails every test (a
// failed beforeAll would only skip them, which mutation testing counts as a surviving mutant).
let warmUp: unknown;
beforeAll(() => {
  try {
    readOnlyProblems('SigninLogs | take 1');
    readOnlyProblems('print 1; T | evaluate pivot(x)');
  } catch (err) {
    warmUp = err;
  }
}, 120_000);
beforeEach(() => {
  if (warmUp !== undefined) throw warmUp;
});

const tree = (text: string) => new Syn(parseOnly(text, globalsFor('db', {})).Syntax);

describe('readOnlyProblemsIn (a tree already parsed, as the engine has it)', () => {
  it('refuses a command block at its first token', () => {
    expect(readOnlyProblemsIn(tree('.show tables'), '.show tables')).toEqual([{ code: 'EA001', message: EA001, start: 0, length: 12 }]);
    expect(readOnlyProblemsIn(tree('  .drop table T'), '  .drop table T')).toEqual([{ code: 'EA001', message: EA001, start: 2, length: 13 }]);
  });
  it('passes a query, and an empty text', () => {
    expect(readOnlyProblemsIn(tree('T | take 1'), 'T | take 1')).toEqual([]);
    expect(readOnlyProblemsIn(tree(''), '')).toEqual([]);
    expect(readOnlyProblemsIn(tree('// only a comment'), '// only a comment')).toEqual([]);
  });
  it('a text is a command block exactly when its first token is a dot (why the check reads the first token)', () => {
    const firstToken = (n: Syn): Syn | undefined => {
      if (n.isToken) return n.text !== '' ? n : undefined;
      for (const c of n.children()) { const t = firstToken(c); if (t) return t; }
      return undefined;
    };
    const texts = ['.show tables', '  .drop table T', '// c\n.show tables', '.', '. show', '.show tables | where x', '.create table T (a:int)',
      '.show tables;print 1', 'print 1; .show tables', '#connect x', 'T | take 1', 'let x = 1; x', 'print .5', '', 'T | where a == ".show"'];
    for (const t of texts) {
      const root = tree(t);
      expect(root.kind === 'CommandBlock', t).toBe(firstToken(root)?.kind === 'DotToken');
    }
  });
});

describe('commandAtStart (no parsing)', () => {
  it('finds a dot after whitespace and comment lines, up to the end of the text', () => {
    expect(commandAtStart('.drop table T')).toEqual({ code: 'EA001', message: EA001, start: 0, length: 13 });
    expect(commandAtStart('  \n\t// c\n//d\n.show tables')).toEqual({ code: 'EA001', message: EA001, start: 13, length: 12 });
    expect(commandAtStart('//only a comment')).toBeUndefined();
    expect(commandAtStart('//.drop\nprint 1')).toBeUndefined();
    expect(commandAtStart('print 1 // .drop')).toBeUndefined();
    expect(commandAtStart('x.drop')).toBeUndefined();
    expect(commandAtStart('')).toBeUndefined();
    expect(commandAtStart('.')).toEqual({ code: 'EA001', message: EA001, start: 0, length: 1 });
  });
});

describe('readOnlyProblems', () => {
  it('refuses a command at the start without parsing it', () => {
    expect(readOnlyProblems('\n.drop table T')).toEqual([{ code: 'EA001', message: EA001, start: 1, length: 13 }]);
  });

  it.each<[string, string]>([
    ['print 1; .show tables', '; '],
    ['T | .drop table T', '| '],
    ['T | union (.show tables)', '('],
    ['let f = () { .show tables }; f()', '{ '],
    ['T <| .show tables', '<| '],
  ])('refuses a command after a statement start: %j', (text, before) => {
    const start = text.indexOf(before) + before.length;
    expect(readOnlyProblems(text)).toContainEqual({ code: 'EA001', message: EA001, start, length: text.length - start });
  });

  it('does not take a member access for a command', () => {
    expect(readOnlyProblems('print d = dynamic({"a": 1}) | extend b = d.a')).toEqual([]);
    expect(readOnlyProblems('T | project x.y')).toEqual([]);
  });

  it.each(['cluster', 'database', 'workspace', 'app', 'adx', 'resource', 'external_table'])('refuses %s() (EA005) where the word is called', (fn) => {
    const text = `print 1 | union ${fn}('x').T`;
    expect(readOnlyProblems(text)).toEqual([{ code: 'EA005', message: `${EA005}: ${fn}()`, start: text.indexOf(fn), length: fn.length }]);
    expect(readOnlyProblems(`T | extend ${fn} = 1 | project ${fn}`)).toEqual([]);
  });

  it('refuses an upper-case CLUSTER() too', () => {
    expect(readOnlyProblems("CLUSTER('x').database('y').T").map((p) => p.message)).toEqual([`${EA005}: cluster()`, `${EA005}: database()`]);
  });

  it.each(['externaldata', 'external_data'])('refuses %s (EA005)', (word) => {
    const text = `${word} (a:string) [@"https://x/y.csv"]`;
    expect(readOnlyProblems(text)).toContainEqual({ code: 'EA005', message: `${EA005}: ${word}`, start: 0, length: word.length });
  });

  it('refuses a plugin that is not local, named in the message, at its name', () => {
    const text = 'T | evaluate http_request("https://x/")';
    expect(readOnlyProblems(text)).toEqual([{ code: 'EA006', message: `${EA006}: http_request`, start: text.indexOf('http_request'), length: 'http_request'.length }]);
    const hinted = 'T | evaluate hint.distribution = per_node python(typeof(*), "x")';
    expect(readOnlyProblems(hinted)).toEqual([{ code: 'EA006', message: `${EA006}: python`, start: hinted.indexOf('python'), length: 6 }]);
  });

  it('names the plugin after evaluate, not an earlier call', () => {
    const text = 'T | where strlen(a) > 1 | evaluate http_request("x")';
    expect(readOnlyProblems(text)).toEqual([{ code: 'EA006', message: `${EA006}: http_request`, start: text.indexOf('http_request'), length: 12 }]);
  });

  it('refuses an evaluate whose plugin has no arguments, at the keyword', () => {
    const text = 'T | evaluate pivot';
    expect(readOnlyProblems(text)).toContainEqual({ code: 'EA006', message: `${EA006}: evaluate`, start: 4, length: 8 });
  });

  it('refuses a bare evaluate at the keyword', () => {
    const text = 'T | evaluate';
    expect(readOnlyProblems(text)).toContainEqual({ code: 'EA006', message: `${EA006}: evaluate`, start: 4, length: 8 });
  });

  it.each([
    'active_users_count', 'activity_counts_metrics', 'activity_engagement', 'activity_metrics', 'autocluster', 'bag_unpack', 'basket',
    'dcount_intersect', 'diffpatterns', 'diffpatterns_text', 'funnel_sequence', 'funnel_sequence_completion', 'ipv4_lookup', 'ipv6_lookup',
    'narrow', 'new_activity_metrics', 'pivot', 'preview', 'rolling_percentile', 'rows_near', 'schema_merge',
    'sequence_detect', 'session_count', 'sliding_window_counts',
  ])('allows the local plugin %s', (plugin) => {
    expect(readOnlyProblems(`T | evaluate ${plugin}(x)`)).toEqual([]);
    expect(readOnlyProblems(`T | evaluate ${plugin.toUpperCase()}(x)`)).toEqual([]);
  });

  it('allows dcount_intersect by its exact name only (it computes over the hll values in its rows)', () => {
    expect(readOnlyProblems('T | evaluate dcount_intersect(h1, h2)')).toEqual([]);
    const text = 'T | evaluate dcount_intersects(h1, h2)';
    expect(readOnlyProblems(text)).toEqual([{ code: 'EA006', message: `${EA006}: dcount_intersects`, start: text.indexOf('dcount_'), length: 'dcount_intersects'.length }]);
  });

  it('refuses set statements at the start or after a semicolon (EA007), at the keyword', () => {
    expect(readOnlyProblems('set notruncation;\nT')).toEqual([{ code: 'EA007', message: EA007, start: 0, length: 3 }]);
    const text = 'let x = 1; set notruncation; T';
    expect(readOnlyProblems(text)).toEqual([{ code: 'EA007', message: EA007, start: text.indexOf('set'), length: 3 }]);
  });

  it('a column or name called set is not a set statement (the keyword elsewhere in a query)', () => {
    expect(readOnlyProblems('datatable(set:int)[1] | project set')).toEqual([]);
    expect(readOnlyProblems('print set=1')).toEqual([]);
    expect(readOnlyProblems('print 1 | as set')).toEqual([]);
  });

  it('reports every problem of a text, in order', () => {
    const text = "set notruncation; cluster('x').database('y').T | evaluate python(typeof(*), 'x')";
    expect(readOnlyProblems(text).map((p) => p.code)).toEqual(['EA007', 'EA005', 'EA005', 'EA006']);
  });

  it('allows ordinary queries, including the words inside strings and comments', () => {
    for (const q of ['SigninLogs | take 1', 'print s = "cluster(\'x\') .drop set evaluate http_request(1)"', '// set x; .drop\nT | take 1', 'T | where a == "externaldata"']) {
      expect(readOnlyProblems(q), q).toEqual([]);
    }
  });
});
