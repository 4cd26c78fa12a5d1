import crypto from 'node:crypto';
import { badInput } from '../../errors';
import type { AttachmentStore } from './attachment-store';
import type { SupportSettings } from './settings';

/** A file as given: its name and its bytes in base64 (the API) or as a buffer (mail). */
export interface GivenFile {
  fileName: string;
  data: string | Buffer;
}

/** A file checked and ready to store: a clean name, its sniffed type, its bytes. */
export interface CheckedFile {
  fileName: string;
  contentType: string;
  data: Buffer;
}

const startsWith = (b: Buffer, ...bytes: number[]) => bytes.every((x, i) => b[i] === x);
const ascii = (b: Buffer, at: number, text: string) => b.subarray(at, at + text.length).toString('latin1') === text;

/**
 * The type of a file from its first bytes, never its name: the few kinds support needs (pictures,
 * PDF, ZIP, plain text). Anything else is refused, markup included: HTML or SVG served back could
 * run script in the panel's origin, and executables have no business in a ticket.
 */
export function sniffContentType(b: Buffer): string | null {
  if (startsWith(b, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  if (startsWith(b, 0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (ascii(b, 0, 'GIF87a') || ascii(b, 0, 'GIF89a')) return 'image/gif';
  if (ascii(b, 0, 'RIFF') && ascii(b, 8, 'WEBP')) return 'image/webp';
  if (ascii(b, 0, '%PDF-')) return 'application/pdf';
  if (startsWith(b, 0x50, 0x4b, 0x03, 0x04) || startsWith(b, 0x50, 0x4b, 0x05, 0x06)) return 'application/zip';
  return isPlainText(b) ? 'text/plain' : null;
}

/** UTF-8 text with no binary control bytes, not markup and not a script. */
function isPlainText(b: Buffer): boolean {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(b);
  } catch {
    return false;
  }
  if (/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/.test(text)) return false;
  const head = text.replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('#!')) return false;
  // A browser sniffing "text" that holds markup may still render it: refuse anything that looks like it.
  return !/<\s*(!doctype|html|head|body|script|svg|iframe|object|embed|\?xml|meta|style|img|a\s)/i.test(text);
}

/** A file name safe to show and to offer for download: no path, no control characters, at most 200 characters. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const clean = base
    .replace(/[\u0000-\u001f\u007f"<>:|?*]/g, '_')
    .trim()
    .slice(0, 200);
  return clean && clean !== '.' && clean !== '..' ? clean : 'attachment';
}

/**
 * Checks the files of one message against the limits and sniffs each; any problem is a field error
 * naming the file (`<field>.<index>`) and nothing is stored.
 */
export function checkFiles(settings: SupportSettings, files: readonly GivenFile[], field: string): CheckedFile[] {
  if (files.length > settings.maxFiles)
    throw badInput([{ field, message: `at most ${settings.maxFiles} files per message` }]);
  return files.map((f, i) => {
    const at = `${field}.${i}`;
    let data: Buffer;
    if (typeof f.data === 'string') {
      if (f.data.length > Math.ceil((settings.maxBytes * 4) / 3) + 4)
        throw badInput([{ field: `${at}.data`, message: `must be at most ${sizeText(settings.maxBytes)}` }]);
      if (!/^[A-Za-z0-9+/]*={0,2}$/.test(f.data))
        throw badInput([{ field: `${at}.data`, message: 'must be the file in base64' }]);
      data = Buffer.from(f.data, 'base64');
    } else data = f.data;
    if (data.length === 0) throw badInput([{ field: `${at}.data`, message: 'must not be empty' }]);
    if (data.length > settings.maxBytes)
      throw badInput([{ field: `${at}.data`, message: `must be at most ${sizeText(settings.maxBytes)}` }]);
    const contentType = sniffContentType(data);
    if (!contentType)
      throw badInput([
        { field: `${at}.data`, message: 'must be a picture (PNG, JPEG, GIF, WebP), a PDF, a ZIP or plain text' },
      ]);
    return { fileName: cleanFileName(f.fileName), contentType, data };
  });
}

function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB` : `${Math.round(bytes / 1024)} KB`;
}

/**
 * Stores a file under a new random name and returns the name. Written before the transaction that
 * records it commits: a rolled-back message leaves an unreferenced object, never a row without its file.
 */
export async function storeFile(store: AttachmentStore, data: Buffer): Promise<string> {
  const name = crypto.randomBytes(16).toString('hex');
  await store.put(name, data);
  return name;
}

export async function readStoredFile(store: AttachmentStore, storedName: string): Promise<Buffer> {
  if (!/^[0-9a-f]{32}$/.test(storedName)) throw new Error('not a stored attachment name');
  return store.get(storedName);
}
