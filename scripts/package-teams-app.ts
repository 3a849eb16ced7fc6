/**
 * Builds the Teams app package without the Agents Toolkit: `appPackage/manifest.json` with its
 * `${{NAME}}` placeholders filled from `env/.env.<env>` and `env/.env.<env>.user`, zipped with the
 * two icons into `appPackage/build/appPackage.<env>.zip` — the file to upload in Teams (Apps →
 * Manage your apps → Upload an app) or in the Teams admin center. The toolkit's
 * `teamsApp/zipAppPackage` does the same during `atk provision`.
 *
 *   npm run package:teams -- --env dev
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { zipSync } from 'fflate';

/** `KEY=value` lines of a `.env` file (comments and blank lines skipped; missing file: none). */
export function readEnvFile(file: string): Record<string, string> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return {};
  }
  const out: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/.exec(line);
    if (m) out[m[1]!] = m[2]!.replace(/^"(.*)"$/, '$1');
  }
  return out;
}

export interface PackageOptions {
  readonly env: string;
  /** Repository root (default: the current directory). */
  readonly root?: string;
  /** Folder of the `.env.*` files (default `<root>/env`). */
  readonly envDir?: string;
  /** Output folder (default `<root>/appPackage/build`). */
  readonly outDir?: string;
}

/** Builds the zip; throws when a placeholder has no value. Returns the zip's path. */
export function buildAppPackage(options: PackageOptions): string {
  const root = options.root ?? process.cwd();
  const envDir = options.envDir ?? path.join(root, 'env');
  const values = { ...readEnvFile(path.join(envDir, `.env.${options.env}`)), ...readEnvFile(path.join(envDir, `.env.${options.env}.user`)) };
  const appDir = path.join(root, 'appPackage');
  const template = readFileSync(path.join(appDir, 'manifest.json'), 'utf8');
  const missing = new Set<string>();
  const manifestText = template.replace(/\$\{\{([A-Z0-9_]+)\}\}/g, (whole, name: string) => {
    const v = values[name];
    if (v === undefined || (v === '' && name !== 'APP_NAME_SUFFIX')) missing.add(name);
    return v ?? whole;
  });
  if (missing.size > 0) {
    throw new Error(`env/.env.${options.env} has no value for ${[...missing].join(', ')} (run \`atk provision --env ${options.env}\` or fill them in)`);
  }
  const manifest = JSON.parse(manifestText) as { icons: { color: string; outline: string } };
  const zip = zipSync({
    'manifest.json': new TextEncoder().encode(manifestText),
    [manifest.icons.color]: readFileSync(path.join(appDir, manifest.icons.color)),
    [manifest.icons.outline]: readFileSync(path.join(appDir, manifest.icons.outline)),
  }, { level: 9, mtime: new Date('2026-01-01T00:00:00Z') });
  const outDir = options.outDir ?? path.join(appDir, 'build');
  mkdirSync(outDir, { recursive: true });
  const file = path.join(outDir, `appPackage.${options.env}.zip`);
  writeFileSync(file, zip);
  return file;
}

if (require.main === module) {
  const { values } = parseArgs({ options: { env: { type: 'string', default: 'dev' } } });
  try {
    const file = buildAppPackage({ env: values.env ?? 'dev' });
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  } catch (err) {
    console.error((err as Error).message);
    process.exitCode = 1;
  }
}
