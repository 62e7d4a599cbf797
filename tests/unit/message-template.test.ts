import { renderTemplate, unknownTemplateFields } from '../../server/src/modules/sms/message-template';

describe('message templates', () => {
  const lead = { name: '  Alex  Morgan ', zip: '94103' };

  it('fills {name}, {first_name} and {zip}', () => {
    expect(renderTemplate('Hi {first_name}! {name} in {zip}', lead)).toBe('Hi Alex! Alex  Morgan in 94103');
  });

  it('uses the fallback after a bar when the lead has no value', () => {
    expect(renderTemplate('Hi {first_name|there}, zip {zip|unknown}', { name: null, zip: null })).toBe('Hi there, zip unknown');
    expect(renderTemplate('Hi {first_name|there}', lead)).toBe('Hi Alex');
  });

  it('names the fields it does not know and leaves them as typed', () => {
    expect(unknownTemplateFields('Hi {first_name} {surname} {surname} {zip}')).toEqual(['surname']);
    expect(renderTemplate('Hi {surname}', lead)).toBe('Hi {surname}');
    expect(unknownTemplateFields('Prices in {curly} braces {}')).toEqual(['curly']);
  });
});
