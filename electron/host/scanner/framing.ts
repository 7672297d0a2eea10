/**
 * How a serial scanner is set to end each read, as config.json names it, and what is kept of a
 * read. CR, LF and CRLF all end a read whichever of them is configured (serial-framer.ts); a
 * configured suffix ends one too.
 */
export type SerialFraming = 'CR' | 'LF' | 'CRLF' | { suffix: string };

/** The characters that end a read besides CR and LF, or null when the framing is a line ending. */
export function framingSuffix(framing: SerialFraming): string | null {
  return typeof framing === 'string' ? null : framing.suffix;
}

/**
 * One framed read → the payload handed to the scan pipeline, or null for a read that holds
 * nothing (line noise, a stray terminator). The AIM identifier stays: the scan pipeline
 * (shared/scan-payload.ts) strips it and refuses symbologies no gift card uses.
 */
export function cleanFrame(frame: string): string | null {
  // Printable ASCII only: a scanner waking up or a wrong baud rate gives bytes outside it.
  const payload = betweenStxAndEtx(frame)
    .replace(/[^\x20-\x7e]/g, '')
    .trim();
  return payload === '' ? null : payload;
}

const STX = '\u0002';
const ETX = '\u0003';

/**
 * Scanners set to STX/ETX framing send STX, the data, ETX, then maybe an LRC check byte (any
 * byte, printable too) and a record suffix: the data is what lies between STX and ETX.
 */
function betweenStxAndEtx(frame: string): string {
  const start = frame.indexOf(STX);
  const end = frame.indexOf(ETX, start + 1);
  return start >= 0 && end > start ? frame.slice(start + 1, end) : frame;
}
