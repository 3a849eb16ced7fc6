/**
 * parse_user_agent() (parse-user-agent-function.md): the page's two examples (their expected bags
 * are JSON blocks, not tables, so the docs suite does not hold them), the look-for forms, and the
 * corpus query's shape (SignInsByBrowser: parse_json(parse_user_agent(UserAgent, "browser"))).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { refused, rows } from './helpers';

beforeAll(async () => {
  await rows('print 1');
}, 120_000);

const NOKIA = 'Mozilla/5.0 (SymbianOS/9.2; U; Series60/3.1 NokiaN81-3/10.0.032 Profile/MIDP-2.0 Configuration/CLDC-1.1 ) AppleWebKit/413 (KHTML, like Gecko) Safari/4';

describe('parse_user_agent', () => {
  it('look-for as a string (the page\'s first example)', async () => {
    const r = await rows('print useragent = "Mozilla/5.0 (Windows; U; en-US) AppleWebKit/531.9 (KHTML, like Gecko) AdobeAIR/2.5.1" | extend x = parse_user_agent(useragent, "browser") | project x');
    expect(r).toEqual([[{ Browser: { Family: 'AdobeAIR', MajorVersion: '2', MinorVersion: '5', Patch: '1' } }]]);
  });

  it('look-for as a dynamic array (the page\'s second example)', async () => {
    const r = await rows(`print useragent = "${NOKIA}" | extend x = parse_user_agent(useragent, dynamic(["browser","os","device"])) | project x`);
    expect(r).toEqual([[{
      Browser: { Family: 'Nokia OSS Browser', MajorVersion: '3', MinorVersion: '1', Patch: '' },
      OperatingSystem: { Family: 'Symbian OS', MajorVersion: '9', MinorVersion: '2', Patch: '', PatchMinor: '' },
      Device: { Family: 'Nokia N81', Brand: 'Nokia', Model: 'N81-3' },
    }]]);
  });

  it('gives the parts asked for in the page\'s order', async () => {
    const [[x]] = (await rows(`print x = parse_user_agent("${NOKIA}", dynamic(["device", "os"]))`)) as unknown[][] as [[object]];
    expect(Object.keys(x)).toEqual(['OperatingSystem', 'Device']);
  });

  it('refuses a look-for the page does not list, or one not written in the query', async () => {
    expect(await refused('print parse_user_agent("Mozilla/5.0", "cpu")')).toBe('EA104');
    expect(await refused('print t = "os" | extend x = parse_user_agent("Mozilla/5.0", t)')).toBe('EA104');
  });

  it('runs the corpus query over the sign-ins', async () => {
    const r = await rows('SigninLogs | where isnotempty(UserAgent) | extend ParsedAgent = parse_json(parse_user_agent(UserAgent, "browser")) | extend Browser = strcat(tostring(ParsedAgent.Browser.Family), " ", tostring(ParsedAgent.Browser.MajorVersion)) | summarize Total = count() by Browser | summarize n = count(), unnamed = countif(Browser startswith " ")');
    const [[n, unnamed]] = r as unknown[][] as [[number, number]];
    expect(n).toBeGreaterThan(0);
    expect(unnamed).toBe(0);
  });
});
