// The `md5` signal type: MD5 of a file's bytes, exact match (TCAP and ThreatExchange lists use it).

import { digestSignal } from '../digest/digest-signal.ts';

export const md5Signal = digestSignal('md5', 32, 'MD5 of the file bytes (exact match)', [
  'd41d8cd98f00b204e9800998ecf8427e',
  '9e107d9d372bb6826bd81d3542a419d6',
]);
