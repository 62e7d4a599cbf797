import { countSegments, isGsm7 } from '../../server/src/modules/sms/sms-segments';

describe('countSegments', () => {
  it('counts an empty text as no segment', () => {
    expect(countSegments('')).toMatchObject({ encoding: 'GSM7', characters: 0, segments: 0, remainingInSegment: 160 });
  });

  it('fits 160 GSM-7 characters in one segment and splits the 161st into two of 153', () => {
    expect(countSegments('a'.repeat(160))).toMatchObject({ encoding: 'GSM7', units: 160, segments: 1, remainingInSegment: 0 });
    expect(countSegments('a'.repeat(161))).toMatchObject({ segments: 2, unitsPerSegment: 153, remainingInSegment: 153 * 2 - 161 });
    expect(countSegments('a'.repeat(306)).segments).toBe(2);
    expect(countSegments('a'.repeat(307)).segments).toBe(3);
  });

  it('counts extension characters as two septets and never splits one across segments', () => {
    expect(countSegments('€'.repeat(80))).toMatchObject({ encoding: 'GSM7', characters: 80, units: 160, segments: 1 });
    expect(countSegments('{'.repeat(81)).segments).toBe(2);
    // 152 plain characters then a two-septet one: it starts the second segment.
    expect(countSegments(`${'a'.repeat(152)}[${'a'.repeat(7)}`)).toMatchObject({ units: 161, segments: 2, remainingInSegment: 153 - 9 });
  });

  it('switches the whole text to UCS-2 for one character outside GSM-7', () => {
    expect(isGsm7('Kick-off at 3pm! Señor Müller, café {€5}')).toBe(true);
    expect(isGsm7('Ñandú')).toBe(false); // ú is not in GSM-7
    expect(isGsm7('Kick-off at 3pm ⚽')).toBe(false);
    expect(countSegments(`${'a'.repeat(69)}’`)).toMatchObject({ encoding: 'UCS2', units: 70, segments: 1 });
    expect(countSegments(`${'a'.repeat(70)}’`)).toMatchObject({ encoding: 'UCS2', units: 71, segments: 2, unitsPerSegment: 67 });
  });

  it('counts an emoji as two UTF-16 units and one character, never split', () => {
    expect(countSegments('⚽🎉')).toMatchObject({ encoding: 'UCS2', characters: 2, units: 3, segments: 1 });
    const text = `${'a'.repeat(66)}🎉${'a'.repeat(5)}`; // 73 units: the emoji cannot straddle segments 1 and 2
    expect(countSegments(text)).toMatchObject({ units: 73, segments: 2, remainingInSegment: 67 - 7 });
  });
});
