/**
 * How a serial scanner ends each read. Scanners are set to CR, LF or CRLF, or to a configured
 * suffix; ReadlineParser splits on one string delimiter (not a regex), so the framing names it.
 */
import { ReadlineParser } from '@serialport/parser-readline';
import { stripAimIdentifier, stripControlCharacters } from '../../../shared/scan-payload.js';

export type SerialFraming = 'CR' | 'LF' | 'CRLF' | { suffix: string };

export function frameDelimiter(framing: SerialFraming): string {
  if (framing === 'CR') return '\r';
  if (framing === 'LF') return '\n';
  if (framing === 'CRLF') return '\r\n';
  return framing.suffix;
}

/** A parser that emits one string per read, in latin1 so stray high bytes never throw. */
export function createFrameParser(framing: SerialFraming): ReadlineParser {
  return new ReadlineParser({ delimiter: frameDelimiter(framing), encoding: 'latin1', includeDelimiter: false });
}

/**
 * One framed read → the payload handed to the scan pipeline, or null for a read that holds
 * nothing (line noise, a lone CR of a CRLF scanner set to CR). AIM identifiers are stripped here
 * too, so logs and events carry the same text whatever the scanner was set to send.
 */
export function cleanFrame(frame: string): string | null {
  // Keep printable ASCII only: a scanner waking up or a wrong baud rate gives bytes outside it.
  const printable = stripControlCharacters(frame).replace(/[^\x20-\x7e]/g, '');
  const payload = stripAimIdentifier(printable).trim();
  return payload === '' ? null : payload;
}
