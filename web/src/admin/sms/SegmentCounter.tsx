import { useQuery } from '@apollo/client/react';
import { graphql } from '../../generated';
import { useDebouncedValue } from '../../ui/useDebouncedValue';

const SmsSegmentsDoc = graphql(`
  query SmsSegments($message: String!) {
    smsSegments(message: $message) {
      characters
      encoding
      segments
      unitsPerSegment
      remainingInSegment
    }
  }
`);

/**
 * Length and segment count of a text as the server counts them (GSM-7 or UCS-2, 160/153 or 70/67
 * per segment): what Twilio bills. Updated as the admin types.
 */
export function SegmentCounter({ message, id, note }: { message: string; id?: string; note?: string }) {
  const settled = useDebouncedValue(message, 150);
  const { data, previousData } = useQuery(SmsSegmentsDoc, { variables: { message: settled }, skip: !settled });
  const info = settled ? (data ?? previousData)?.smsSegments : null;
  const segments = info?.segments ?? 0;

  return (
    <p className={`segment-counter${segments > 1 ? ' segment-counter-multi' : ''}`} id={id} aria-live="polite">
      {info ? (
        <>
          <span className="nowrap">
            <strong>{info.characters.toLocaleString()}</strong> {info.characters === 1 ? 'character' : 'characters'}
          </span>
          <span className="nowrap">
            <strong>{segments}</strong> {segments === 1 ? 'segment' : 'segments'}
          </span>
          <span className="nowrap muted">
            {info.encoding === 'UCS2' ? 'Unicode (70 per segment)' : 'GSM-7'} · {info.remainingInSegment} left in this segment
          </span>
        </>
      ) : (
        <span className="muted">0 characters · a text of up to 160 plain characters is one segment</span>
      )}
      {note && <span className="muted segment-note">{note}</span>}
    </p>
  );
}
