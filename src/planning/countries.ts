/**
 * Country names ↔ ISO 3166-1 alpha-2 codes, from the ICU data Node ships (Intl.DisplayNames), so
 * no hand-kept list: Graph's signIn `location.countryOrRegion` holds the two-letter code.
 */
let byName: Map<string, string> | undefined;
const display = new Intl.DisplayNames(['en'], { type: 'region' });

const ALIASES: Readonly<Record<string, string>> = {
  usa: 'US', 'united states of america': 'US', america: 'US', uk: 'GB', britain: 'GB',
  'great britain': 'GB', england: 'GB', holland: 'NL', 'south korea': 'KR', korea: 'KR',
  russia: 'RU', uae: 'AE', czechia: 'CZ', 'czech republic': 'CZ', turkey: 'TR',
};

function nameIndex(): Map<string, string> {
  if (byName) return byName;
  byName = new Map(Object.entries(ALIASES));
  const A = 'A'.charCodeAt(0);
  for (let i = 0; i < 26; i++) {
    for (let j = 0; j < 26; j++) {
      const code = String.fromCharCode(A + i, A + j);
      const name = display.of(code);
      if (name && name !== code) byName.set(name.toLowerCase(), code);
    }
  }
  return byName;
}

/** "Brazil" → "BR", "br" → "BR"; undefined when not a country. */
export function countryCode(text: string): string | undefined {
  const t = text.trim();
  if (/^[a-z]{2}$/i.test(t)) {
    const code = t.toUpperCase();
    const name = display.of(code);
    return name && name !== code ? code : undefined;
  }
  return nameIndex().get(t.toLowerCase());
}

export function countryName(code: string): string {
  if (!/^[A-Z]{2}$/i.test(code)) return code;
  const name = display.of(code.toUpperCase());
  return name ?? code;
}
