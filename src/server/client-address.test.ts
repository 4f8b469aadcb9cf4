import { describe, expect, it } from 'vitest';
import { normaliseAddress, parseTrustProxy, pickClientAddress, throttleKeyOf } from './client-address.js';

describe('client address', () => {
  it('reads TRUST_PROXY as a number of proxy hops, refusing anything else', () => {
    expect(parseTrustProxy(undefined)).toBe(0);
    expect(parseTrustProxy('')).toBe(0);
    expect(parseTrustProxy('false')).toBe(0);
    expect(parseTrustProxy('true')).toBe(1);
    expect(parseTrustProxy('2')).toBe(2);
    expect(() => parseTrustProxy('yes')).toThrow(/TRUST_PROXY không hợp lệ/);
    expect(() => parseTrustProxy('10.0.0.0/8')).toThrow(/TRUST_PROXY/);
  });

  it('ignores X-Forwarded-For unless proxies are trusted (anyone can send the header)', () => {
    expect(pickClientAddress('203.0.113.9', '198.51.100.1', 0)).toBe('203.0.113.9');
    expect(pickClientAddress(undefined, '198.51.100.1', 0)).toBe('unknown');
  });

  it('takes the entry the outermost trusted proxy wrote, never one the client put in front', () => {
    // The client sent "X-Forwarded-For: 1.1.1.1"; our one proxy appended the address it saw.
    expect(pickClientAddress('10.0.0.2', '1.1.1.1, 203.0.113.9', 1)).toBe('203.0.113.9');
    expect(pickClientAddress('10.0.0.2', '1.1.1.1, 203.0.113.9, 10.0.0.7', 2)).toBe('203.0.113.9');
    // Fewer entries than proxies: the leftmost there is.
    expect(pickClientAddress('10.0.0.2', '203.0.113.9', 3)).toBe('203.0.113.9');
    // Garbage in the chosen entry: the peer address.
    expect(pickClientAddress('10.0.0.2', 'not-an-ip', 1)).toBe('10.0.0.2');
    expect(pickClientAddress('10.0.0.2', undefined, 1)).toBe('10.0.0.2');
  });

  it('normalises IPv4-mapped, bracketed and zoned addresses', () => {
    expect(normaliseAddress('::ffff:192.0.2.4')).toBe('192.0.2.4');
    expect(normaliseAddress('[2001:DB8::1]')).toBe('2001:db8::1');
    expect(normaliseAddress('fe80::1%eth0')).toBe('fe80::1');
  });

  it('counts IPv6 by its /64 and IPv4 by the address', () => {
    expect(throttleKeyOf('192.0.2.4')).toBe('192.0.2.4');
    expect(throttleKeyOf('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(throttleKeyOf('2001:db8:1:2:bbbb:cccc:dddd:eeee')).toBe('2001:db8:1:2::/64');
    expect(throttleKeyOf('2001:db8::5')).toBe('2001:db8:0:0::/64');
    expect(throttleKeyOf('::1')).toBe('0:0:0:0::/64');
    expect(throttleKeyOf('unknown')).toBe('unknown');
  });
});
