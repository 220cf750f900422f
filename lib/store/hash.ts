import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/**
 * SHA-256 of a string's UTF-8 bytes, as lowercase hex. Synchronous (audited @noble/hashes rather than the async
 * WebCrypto), so a record can be hashed and chained inside one IndexedDB transaction: awaiting anything else
 * would let the transaction commit half-way.
 */
export const sha256Hex = (text: string): string => bytesToHex(sha256(utf8ToBytes(text)));
