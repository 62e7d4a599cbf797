import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import QRCode from 'qrcode';

const WIDTH = 640;
const HEIGHT = 480;
const LIGHT = 235;
const DARK = 16;

/**
 * Chromium flags for a camera that films the QR code of `text`: a still y4m video (the format
 * chromium's fake capture device plays) with the code in the middle, and permission granted
 * without a prompt. What a phone held over a ticket sees, minus the shaking.
 */
export function cameraFilming(text: string): { args: string[]; dispose: () => void } {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const size = qr.modules.size;
  const quiet = 4;
  const scale = Math.floor((Math.min(WIDTH, HEIGHT) * 0.8) / (size + quiet * 2));
  const left = Math.floor((WIDTH - scale * (size + quiet * 2)) / 2) + quiet * scale;
  const top = Math.floor((HEIGHT - scale * (size + quiet * 2)) / 2) + quiet * scale;

  const luma = Buffer.alloc(WIDTH * HEIGHT, LIGHT);
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      if (!qr.modules.get(row, col)) continue;
      for (let dy = 0; dy < scale; dy++) {
        const start = (top + row * scale + dy) * WIDTH + left + col * scale;
        luma.fill(DARK, start, start + scale);
      }
    }
  }
  const chroma = Buffer.alloc((WIDTH / 2) * (HEIGHT / 2), 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma, chroma]);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'matchday-camera-'));
  const file = path.join(dir, 'qr.y4m');
  fs.writeFileSync(file, Buffer.concat([Buffer.from(`YUV4MPEG2 W${WIDTH} H${HEIGHT} F10:1 Ip A1:1 C420jpeg\n`), frame, frame]));
  return {
    args: ['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${file}`],
    dispose: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}
