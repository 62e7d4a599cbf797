import type QrScanner from 'qr-scanner';
import { useEffect, useRef, useState, type ReactNode } from 'react';

type CameraState = 'starting' | 'scanning' | 'failed';

function cameraProblem(error: unknown): string {
  if (!window.isSecureContext) return 'The camera works only over a secure (https) connection. Type the code instead.';
  const name = error instanceof DOMException ? error.name : '';
  if (name === 'NotAllowedError') return 'Camera access was refused. Allow it in the browser’s site settings, or type the code instead.';
  if (name === 'NotFoundError' || name === 'OverconstrainedError' || String(error).includes('Camera not found')) return 'No camera was found on this device. Type the code instead.';
  if (name === 'NotReadableError') return 'Another app is using the camera. Close it and try again, or type the code instead.';
  return 'The camera could not start. Type the code instead.';
}

/**
 * The phone's back camera, decoding QR codes with qr-scanner (its decoder runs in a worker that
 * the app bundles: nothing is fetched from elsewhere). Each code read goes to `onCode`; the
 * parent decides what to do with repeats. `children` (the latest answer) cover the picture, where the
 * volunteer is looking.
 */
export function DoorScanner({ onCode, children }: { onCode: (code: string) => void; children?: ReactNode }) {
  const video = useRef<HTMLVideoElement>(null);
  const latest = useRef(onCode);
  const [state, setState] = useState<CameraState>('starting');
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    latest.current = onCode;
  }, [onCode]);

  useEffect(() => {
    const element = video.current;
    if (!element) return;
    if (!navigator.mediaDevices?.getUserMedia) {
      setState('failed');
      setProblem(cameraProblem(null));
      return;
    }
    let stopped = false;
    let scanner: QrScanner | null = null;
    // The library (and the decoder worker it bundles) loads only when a door starts its camera.
    import('qr-scanner')
      .then(({ default: Scanner }) => {
        if (stopped) return;
        scanner = new Scanner(element, (result) => latest.current(result.data), {
          preferredCamera: 'environment',
          highlightScanRegion: true,
          highlightCodeOutline: true,
          maxScansPerSecond: 8,
          returnDetailedScanResult: true,
        });
        return scanner.start().then(() => !stopped && setState('scanning'));
      })
      .catch((error: unknown) => {
        if (stopped) return;
        setState('failed');
        setProblem(cameraProblem(error));
      });
    return () => {
      stopped = true;
      scanner?.destroy();
    };
  }, []);

  return (
    <div className={`scanner scanner-${state}`}>
      <video ref={video} className="scanner-video" muted playsInline aria-label="Camera view: point it at the ticket's QR code" />
      {state === 'starting' && <p className="scanner-note">Starting the camera…</p>}
      {problem && (
        <p className="scanner-note scanner-problem" role="alert">
          {problem}
        </p>
      )}
      {children && <div className="scanner-overlay">{children}</div>}
    </div>
  );
}
