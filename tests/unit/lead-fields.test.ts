import { normalizeLeadEmail, normalizeName, normalizePhone, normalizeZip } from '../../server/src/modules/leads/lead-fields';

describe('lead fields', () => {
  it.each([
    ['(415) 555-2671', 'US', '+14155552671'],
    ['415.555.2671', 'US', '+14155552671'],
    ['07911 123456', 'GB', '+447911123456'],
    ['+44 7911 123456', 'US', '+447911123456'],
    ['06 12 34 56 78', 'FR', '+33612345678'],
    ['030 901820', 'DE', '+4930901820'],
    ['(02) 9374 4000', 'AU', '+61293744000'],
  ] as const)('normalises %s (%s) to %s', (typed, country, e164) => {
    expect(normalizePhone(typed, country)).toBe(e164);
  });

  it.each(['12345', '+1 555', 'not a number', '', '+1'.padEnd(40, '2')])('refuses %j as a phone', (typed) => {
    expect(normalizePhone(typed, 'US')).toBeNull();
  });

  it('lower-cases and trims emails and refuses malformed ones', () => {
    expect(normalizeLeadEmail('  Fan@Example.COM ')).toBe('fan@example.com');
    for (const bad of ['fan', 'fan@', '@example.com', 'fan@example', 'f an@example.com', 'a@b@c.com', `${'a'.repeat(250)}@x.com`]) {
      expect(normalizeLeadEmail(bad)).toBeNull();
    }
  });

  it('upper-cases postcodes and refuses what cannot be one', () => {
    expect(normalizeZip(' sw1a   1aa ')).toBe('SW1A 1AA');
    expect(normalizeZip('94103-1234')).toBe('94103-1234');
    expect(normalizeZip('1')).toBeNull();
    expect(normalizeZip('<script>')).toBeNull();
  });

  it('collapses spaces in names and bounds their length', () => {
    expect(normalizeName('  Robin   Fan ')).toBe('Robin Fan');
    expect(normalizeName('   ')).toBeNull();
    expect(normalizeName('x'.repeat(101))).toBeNull();
  });
});
