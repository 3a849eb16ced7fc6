import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Ajv04 from 'ajv-draft-04';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { PNG } from 'pngjs';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { understand } from '../../src/understanding';
import { buildAppPackage } from '../../scripts/package-teams-app';

const ROOT = path.resolve(__dirname, '..', '..');
const read = (p: string): string => readFileSync(path.join(ROOT, p), 'utf8');

/** Sample values the toolkit would substitute (teamsApp/zipAppPackage) for `${{NAME}}`. */
const SAMPLE: Record<string, string> = {
  TEAMS_APP_ID: '2f0e8a5c-6a53-4a3e-9a57-3a2d3f0b7c11',
  BOT_ID: '7d1c5b4e-0f2a-4a8b-9c3d-5e6f7a8b9c0d',
  BOT_DOMAIN: 'entraask-dev.azurewebsites.net',
  APP_NAME_SUFFIX: '-dev',
};

function placeholders(text: string): Set<string> {
  return new Set([...text.matchAll(/\$\{\{([A-Z0-9_]+)\}\}/g)].map((m) => m[1]!));
}

function substitute(text: string, values: Record<string, string>): string {
  return text.replace(/\$\{\{([A-Z0-9_]+)\}\}/g, (_, name: string) => {
    const v = values[name];
    if (v === undefined) throw new Error(`no sample value for \${{${name}}}`);
    return v;
  });
}

/** Keys of a `.env` file (empty values included). */
function envKeys(file: string): Set<string> {
  return new Set(read(file).split('\n').map((l) => /^([A-Z0-9_]+)=/.exec(l)?.[1]).filter((k): k is string => Boolean(k)));
}

const schemaDir = path.join(ROOT, 'node_modules', '@microsoft', 'app-manifest', 'build', 'json-schemas', 'teams');
const manifestText = read('appPackage/manifest.json');
const manifest = JSON.parse(substitute(manifestText, SAMPLE)) as {
  manifestVersion: string;
  $schema: string;
  icons: { color: string; outline: string };
  bots: { botId: string; scopes: string[]; commandLists: { scopes: string[]; commands: { title: string; description?: string }[] }[] }[];
  webApplicationInfo: { id: string; resource: string };
  validDomains: string[];
};

describe('appPackage/manifest.json', () => {
  it('is on the newest numbered Teams manifest schema that @microsoft/app-manifest ships', () => {
    const versions = readdirSync(schemaDir).filter((d) => /^v\d+\.\d+$/.test(d)).map((d) => d.slice(1));
    const newest = versions.sort((a, b) => Number(a.split('.')[1]) - Number(b.split('.')[1])).at(-1);
    expect(manifest.manifestVersion).toBe(newest);
    expect(manifest.$schema).toBe(`https://developer.microsoft.com/json-schemas/teams/v${newest}/MicrosoftTeams.schema.json`);
  });

  it('validates against that schema once the placeholders are substituted', () => {
    const schema = JSON.parse(readFileSync(path.join(schemaDir, `v${manifest.manifestVersion}`, 'MicrosoftTeams.schema.json'), 'utf8')) as object;
    const ajv = addFormats(new Ajv04({ allErrors: true, strict: false }));
    const validate = ajv.compile(schema);
    const ok = validate(manifest);
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
    expect(ok).toBe(true);
  });

  it('fails schema validation when something required is wrong (the check has teeth)', () => {
    const schema = JSON.parse(readFileSync(path.join(schemaDir, `v${manifest.manifestVersion}`, 'MicrosoftTeams.schema.json'), 'utf8')) as object;
    const validate = addFormats(new Ajv04({ allErrors: true, strict: false })).compile(schema);
    expect(validate({ ...manifest, bots: [{ ...manifest.bots[0], botId: 'not-a-guid' }] })).toBe(false);
    const withoutIcons: Record<string, unknown> = { ...manifest };
    delete withoutIcons['icons'];
    expect(validate(withoutIcons)).toBe(false);
  });

  it('uses exactly the documented placeholders, each defined in every environment file', () => {
    expect([...placeholders(manifestText)].sort()).toEqual(['APP_NAME_SUFFIX', 'BOT_DOMAIN', 'BOT_ID', 'TEAMS_APP_ID']);
    for (const env of ['env/.env.dev', 'env/.env.local']) {
      const keys = envKeys(env);
      for (const p of placeholders(manifestText)) expect(keys.has(p), `${env} defines ${p}`).toBe(true);
    }
  });

  it('offers the bot in personal chats, teams and group chats, with SSO on the bot\'s app id', () => {
    const bot = manifest.bots[0]!;
    expect(bot.botId).toBe(SAMPLE.BOT_ID);
    expect(new Set(bot.scopes)).toEqual(new Set(['personal', 'team', 'groupChat']));
    expect(manifest.webApplicationInfo).toEqual({ id: SAMPLE.BOT_ID, resource: `api://botid-${SAMPLE.BOT_ID}` });
    expect(manifest.validDomains).toContain(SAMPLE.BOT_DOMAIN);
    // The registration exposes the same SSO resource.
    const entra = JSON.parse(read('infra/entra-app.manifest.json')) as { identifierUris: string[] };
    expect(entra.identifierUris).toEqual(['api://botid-${{BOT_ID}}']);
  });

  it('lists commands for every scope; every command is short and is a question the bot understands', () => {
    const lists = manifest.bots[0]!.commandLists;
    expect(new Set(lists.flatMap((l) => l.scopes))).toEqual(new Set(['personal', 'team', 'groupChat']));
    for (const list of lists) {
      expect(list.commands[0]!.title).toBe('help');
      for (const c of list.commands) {
        // Teams shows at most 32 characters of a title and 128 of a description in the command menu.
        expect(c.title.length, c.title).toBeLessThanOrEqual(32);
        expect((c.description ?? '').length, c.title).toBeLessThanOrEqual(128);
        if (c.title === 'help') continue;
        const intent = understand(c.title, {}, { now: new Date('2026-11-20T12:00:00Z') });
        expect(intent.name, `"${c.title}" is understood`).not.toBe('unknown');
        expect(intent.name, `"${c.title}"`).not.toBe('help');
      }
    }
  });
});

describe('appPackage icons', () => {
  const png = (file: string): PNG => PNG.sync.read(readFileSync(path.join(ROOT, 'appPackage', file)));

  it('color.png is a 192×192 PNG with an opaque, coloured body', () => {
    const img = png(manifest.icons.color);
    expect([img.width, img.height]).toEqual([192, 192]);
    const centre = (96 * 192 + 20) * 4;
    expect(img.data[centre + 3]).toBe(255);
  });

  it('outline.png is 32×32, white on transparent: every pixel is transparent or white', () => {
    const img = png(manifest.icons.outline);
    expect([img.width, img.height]).toEqual([32, 32]);
    let transparent = 0;
    let white = 0;
    for (let i = 0; i < img.data.length; i += 4) {
      const [r, g, b, a] = [img.data[i]!, img.data[i + 1]!, img.data[i + 2]!, img.data[i + 3]!];
      if (a === 0) transparent++;
      else {
        expect([r, g, b], `pixel ${i / 4}`).toEqual([255, 255, 255]);
        white++;
      }
    }
    // A recognisable mark: some of each, and the background (corners) transparent.
    expect(white).toBeGreaterThan(50);
    expect(transparent).toBeGreaterThan(500);
    expect(img.data[3]).toBe(0);
  });
});

describe('Microsoft 365 Agents Toolkit project files', () => {
  const schema = JSON.parse(read('test/package/schemas/m365agents.yaml.v1.13.schema.json')) as object;
  const validate = addFormats(new Ajv({ allErrors: true, strict: false })).compile(schema);

  it.each(['m365agents.yml', 'm365agents.local.yml'])('%s validates against the toolkit YAML schema v1.13', (file) => {
    const doc = parseYaml(read(file)) as Record<string, unknown>;
    const ok = validate(doc);
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
    expect(ok).toBe(true);
  });

  it('m365agents.yml provisions, deploys and publishes; every variable it reads is in env/.env.dev or written before use', () => {
    const text = read('m365agents.yml');
    const doc = parseYaml(text) as Record<string, { uses: string; writeToEnvironmentFile?: Record<string, string> }[]>;
    expect(doc.provision!.map((a) => a.uses)).toEqual(expect.arrayContaining(['teamsApp/create', 'aadApp/create', 'aadApp/update', 'arm/deploy', 'teamsApp/zipAppPackage', 'teamsApp/update']));
    expect(doc.deploy!.map((a) => a.uses)).toContain('azureAppService/zipDeploy');
    expect(doc.publish!.map((a) => a.uses)).toContain('teamsApp/publishAppPackage');
    const keys = envKeys('env/.env.dev');
    for (const name of placeholders(text)) {
      if (name.startsWith('SECRET_')) continue; // in env/.env.dev.user, written by aadApp/create
      expect(keys.has(name), `env/.env.dev defines ${name}`).toBe(true);
    }
  });

  it('the bicep outputs the deploy stage and the manifest need are written back into env/.env.dev', () => {
    const bicep = read('infra/azure.bicep');
    const outputs = new Set([...bicep.matchAll(/^output\s+([A-Z0-9_]+)\s/gm)].map((m) => m[1]!));
    for (const needed of ['AZURE_APP_SERVICE_RESOURCE_ID', 'BOT_DOMAIN', 'BOT_ENDPOINT', 'OAUTH_CONNECTION_NAME', 'KEY_VAULT_NAME']) {
      expect(outputs.has(needed), `azure.bicep outputs ${needed}`).toBe(true);
    }
    const keys = envKeys('env/.env.dev');
    for (const o of outputs) expect(keys.has(o), `env/.env.dev lists the output ${o}`).toBe(true);
  });

  it('secrets never sit in committed environment files; .user files are ignored', () => {
    for (const env of ['env/.env.dev', 'env/.env.local']) {
      for (const line of read(env).split('\n')) {
        const m = /^([A-Z0-9_]+)=(.*)$/.exec(line);
        if (m && /SECRET|PASSWORD/.test(m[1]!)) expect(m[2], `${env}: ${m[1]} stays empty`).toBe('');
      }
    }
    expect(read('.gitignore')).toMatch(/^env\/\.env\.\*\.user$/m);
  });
});

describe('npm run package:teams (the package without the toolkit)', () => {
  it('zips the filled-in manifest and both icons; the manifest in the zip validates', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'entra-ask-pkg-'));
    try {
      writeFileSync(path.join(dir, '.env.test'), Object.entries(SAMPLE).map(([k, v]) => `${k}=${v}`).join('\n'));
      const file = buildAppPackage({ env: 'test', root: ROOT, envDir: dir, outDir: dir });
      const files = unzipSync(readFileSync(file));
      expect(Object.keys(files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
      const zipped = JSON.parse(new TextDecoder().decode(files['manifest.json'])) as typeof manifest;
      expect(zipped).toEqual(manifest);
      const schema = JSON.parse(readFileSync(path.join(schemaDir, `v${zipped.manifestVersion}`, 'MicrosoftTeams.schema.json'), 'utf8')) as object;
      expect(addFormats(new Ajv04({ allErrors: true, strict: false })).compile(schema)(zipped)).toBe(true);
      expect(Buffer.from(files['color.png']!).equals(readFileSync(path.join(ROOT, 'appPackage', 'color.png')))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses to build while a placeholder has no value (before provisioning)', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'entra-ask-pkg-'));
    try {
      writeFileSync(path.join(dir, '.env.test'), 'TEAMS_APP_ID=\nBOT_ID=x\nAPP_NAME_SUFFIX=\n');
      expect(() => buildAppPackage({ env: 'test', root: ROOT, envDir: dir, outDir: dir })).toThrow(/no value for TEAMS_APP_ID, BOT_DOMAIN/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
