/**
 * evaluate ipv6_lookup (ipv6-lookup-plugin.md): the page's lookup table, trimmed; expected rows as
 * the page shows them (lookup columns first, unmatched rows filled with empty strings).
 */
import { describe, expect, it } from 'vitest';
import { table, refused } from './helpers';

const DATA = 'let IP_Data = datatable(network:string, country_iso_code:string) ["2001:0db8:85a3::/48", "US", "2404:6800:4001::/48", "JP", "2a02:26f0:4001::/48", "FR"];';
const IPS = 'let IPs = datatable(ip:string) ["2001:0db8:85a3:0000:0000:8a2e:0370:7334", "2a02:26f0:4001:0006:0000:8a2e:0370:7334", "a5e:f127:8a9d:146d:e102:b5d3:c755:abcd"];';

describe('ipv6_lookup (ipv6-lookup-plugin.md)', () => {
  it('joins each address with the /48 range that holds it, lookup columns first', async () => {
    // A lookup is a join: the page defines no row order (as for ipv4_lookup), so rows are compared sorted.
    const r = await table(`${DATA} ${IPS} IPs | evaluate ipv6_lookup(IP_Data, ip, network)`);
    expect({ columns: r.columns, rows: [...r.rows].sort((a, b) => String(a[0]).localeCompare(String(b[0]))) }).toEqual({
      columns: ['network:string', 'country_iso_code:string', 'ip:string'],
      rows: [
        ['2001:0db8:85a3::/48', 'US', '2001:0db8:85a3:0000:0000:8a2e:0370:7334'],
        ['2a02:26f0:4001::/48', 'FR', '2a02:26f0:4001:0006:0000:8a2e:0370:7334'],
      ],
    });
  });

  it('keeps unmatched rows with empty lookup values when return_unmatched is true', async () => {
    const all = await table(`${DATA} ${IPS} IPs | evaluate ipv6_lookup(IP_Data, ip, network, true)`);
    expect(all.rows).toHaveLength(3);
    expect(all.rows).toContainEqual(['', '', 'a5e:f127:8a9d:146d:e102:b5d3:c755:abcd']);
  });

  it('refuses an address in two ranges and a column name in both tables', async () => {
    expect(await refused('let D = datatable(network:string) ["2001:db8::/32", "2001:db8:85a3::/48"]; datatable(ip:string) ["2001:db8:85a3::1"] | evaluate ipv6_lookup(D, ip, network)')).toBe('EA104');
    expect(await refused('let D = datatable(network:string, c:string) ["2001:db8::/32", "x"]; datatable(ip:string, c:string) ["2001:db8::1", "y"] | evaluate ipv6_lookup(D, ip, network)')).not.toBe('ran');
  });
});
