/**
 * Bicep syntax check with a real Bicep grammar from npm: tree-sitter-bicep's WebAssembly parser,
 * run by web-tree-sitter (no native build, no network). It stands in for `az bicep build` where the
 * Azure CLI is missing — the Bicep compiler itself is only published as a .NET tool and a GitHub
 * download, neither of which is reachable from the project's machines.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { Language, Parser } from 'web-tree-sitter';
import type { Node } from 'web-tree-sitter';

export interface SyntaxProblem {
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

let parser: Promise<Parser> | undefined;

function bicepParser(): Promise<Parser> {
  parser ??= (async () => {
    await Parser.init();
    const require = createRequire(__filename);
    const wasm = path.join(path.dirname(require.resolve('tree-sitter-bicep/package.json')), 'tree-sitter-bicep.wasm');
    const p = new Parser();
    p.setLanguage(await Language.load(wasm));
    return p;
  })();
  return parser;
}

/** Every syntax error and missing token the grammar finds, with 1-based positions. */
export async function bicepSyntaxProblems(text: string): Promise<{ problems: SyntaxProblem[]; nodes: number }> {
  const tree = (await bicepParser()).parse(text);
  if (!tree) throw new Error('tree-sitter-bicep returned no tree');
  const problems: SyntaxProblem[] = [];
  const walk = (n: Node): void => {
    if (n.isMissing) problems.push({ line: n.startPosition.row + 1, column: n.startPosition.column + 1, message: `missing ${n.type}` });
    else if (n.isError) problems.push({ line: n.startPosition.row + 1, column: n.startPosition.column + 1, message: `syntax error at ${JSON.stringify(n.text.slice(0, 40))}` });
    for (const c of n.children) if (c) walk(c);
  };
  walk(tree.rootNode);
  const nodes = tree.rootNode.descendantCount;
  tree.delete();
  return { problems, nodes };
}
