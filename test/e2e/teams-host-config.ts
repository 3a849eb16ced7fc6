/**
 * Teams' Adaptive Card host configs, light and dark, for rendering cards as Teams does.
 *
 * Light: the host config the Microsoft 365 Agents Playground (the `@microsoft/m365agentsplayground`
 * devDependency, Microsoft's local Teams client) renders every card with. It is read from the
 * Playground's shipped client bundle, where it is one `JSON.parse('{"choiceSetInputValueSeparator"…')`
 * literal; its values (Segoe UI 12/14/14/18/24, spacing 8/12/16/20/24, padding 16, accent #6264a7,
 * text #252424) are those of Microsoft's published "microsoft-teams-light" host config sample.
 *
 * Dark: no installed package ships one, so it is the light config with the colours of Microsoft's
 * published "microsoft-teams-dark" host config sample (the AdaptiveCards repository's
 * samples/HostConfig): card #2d2c2c, emphasis #292828, text #ffffff (subtle #bfffffff), accent
 * #a6a7dc, attention #d74654; table grid lines #605e5c (Teams dark theme's stroke colour).
 */

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export type HostConfig = Record<string, unknown>;
export type Theme = 'light' | 'dark';

const BUNDLE_DIR = path.resolve(process.cwd(), 'node_modules', '@microsoft', 'm365agentsplayground', 'dist', 'client', 'static', 'js');

let light: HostConfig | undefined;

/** The Playground's (Teams light) host config, read from its client bundle. */
export function teamsLightHostConfig(): HostConfig {
  if (light) return light;
  const bundles = readdirSync(BUNDLE_DIR).filter((f) => /^main\..*\.js$/.test(f));
  for (const file of bundles) {
    const js = readFileSync(path.join(BUNDLE_DIR, file), 'utf8');
    const m = /JSON\.parse\('(\{"choiceSetInputValueSeparator".*?)'\)/.exec(js);
    if (!m) continue;
    const parsed = JSON.parse(m[1]!.replace(/\\'/g, "'")) as HostConfig;
    if (!parsed['containerStyles'] || !parsed['fontTypes']) continue;
    light = parsed;
    return parsed;
  }
  throw new Error(`Teams' light host config was not found in the Agents Playground bundle (${BUNDLE_DIR}, files ${bundles.join(', ')}); has @microsoft/m365agentsplayground changed?`);
}

const DARK_FOREGROUND = {
  default: { default: '#ffffffff', subtle: '#bfffffff' },
  dark: { default: '#ff201f1f', subtle: '#ff2d2c2c' },
  light: { default: '#ffffffff', subtle: '#bfffffff' },
  accent: { default: '#ffa6a7dc', subtle: '#ff8b8cc7' },
  good: { default: '#ff92c353', subtle: '#e592c353' },
  warning: { default: '#fff8d22a', subtle: '#e5f8d22a' },
  attention: { default: '#ffd74654', subtle: '#e5d74654' },
};

/** Teams dark: the light config with Teams' dark colours (see the file comment). */
export function teamsDarkHostConfig(): HostConfig {
  const base = structuredClone(teamsLightHostConfig());
  const styles = base['containerStyles'] as Record<string, Record<string, unknown>>;
  for (const [name, style] of Object.entries(styles)) {
    if (name === 'default' || name === 'emphasis') {
      style['foregroundColors'] = structuredClone(DARK_FOREGROUND);
      style['backgroundColor'] = name === 'default' ? '#ff2d2c2c' : '#ff292828';
      style['borderColor'] = '#605e5c';
    }
  }
  base['separator'] = { lineThickness: 1, lineColor: '#ff3b3a39' };
  return base;
}

export function teamsHostConfig(theme: Theme): HostConfig {
  return theme === 'light' ? teamsLightHostConfig() : teamsDarkHostConfig();
}

/** The page background around a card in each theme (Teams' chat canvas). */
export const CANVAS: Record<Theme, string> = { light: '#f5f5f5', dark: '#1f1f1f' };
