import { newTicketCode, normalizeTicketCode } from '../../server/src/modules/tickets/ticket-code';

describe('ticket codes', () => {
  it('are 16 Crockford base32 characters and do not repeat', () => {
    const codes = new Set(Array.from({ length: 10_000 }, () => newTicketCode()));
    expect(codes.size).toBe(10_000);
    for (const code of [...codes].slice(0, 100)) expect(code).toMatch(/^[0-9ABCDEFGHJKMNPQRSTVWXYZ]{16}$/);
  });

  it('read back what a person types: case, spaces, dashes and look-alike letters', () => {
    expect(normalizeTicketCode('ab12-cd34 ef56-gh78')).toBe('AB12CD34EF56GH78');
    expect(normalizeTicketCode('OOOO-IIII-LLLL-0000')).toBe('0000111111110000');
  });

  it('refuse what cannot be a code', () => {
    expect(normalizeTicketCode('AB12CD34EF56GH7')).toBeNull();
    expect(normalizeTicketCode('AB12CD34EF56GH7U')).toBeNull();
    expect(normalizeTicketCode('')).toBeNull();
  });
});
