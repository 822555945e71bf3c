import * as crypto from 'node:crypto';

/**
 * Hex sha256 of a string's UTF-8 bytes. Node's one-shot `crypto.hash` (Node ≥ 20.12) is several times
 * cheaper than a Hash object for short inputs (one per article on the write path); older Nodes build one.
 */
const oneShot = (crypto as { hash?: (algorithm: string, data: string, encoding: 'hex') => string }).hash;

export function sha256Hex(s: string): string {
  return oneShot ? oneShot('sha256', s, 'hex') : crypto.createHash('sha256').update(s).digest('hex');
}
