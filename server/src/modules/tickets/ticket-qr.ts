import QRCode from 'qrcode';

/** The QR code of a ticket as SVG markup; it encodes the ticket code and nothing else. */
export function ticketQrSvg(code: string): Promise<string> {
  return QRCode.toString(code, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}

/** The same QR code as a data: URL, ready for an <img src>. */
export async function ticketQrDataUrl(code: string): Promise<string> {
  return `data:image/svg+xml;base64,${Buffer.from(await ticketQrSvg(code)).toString('base64')}`;
}
