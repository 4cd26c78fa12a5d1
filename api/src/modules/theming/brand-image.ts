import crypto from 'node:crypto';
import { imageSize } from 'image-size';
import { badInput } from '../../errors';
import { sanitizeSvg } from './svg-sanitize';

/** What an image is for: the logo over the panel and its sign-in page, or the browser tab's icon. */
export enum BrandImageKind {
  LOGO = 'LOGO',
  FAVICON = 'FAVICON',
}

/**
 * Limits: small enough that a theme file with both images fits in one API request (100 KiB), large
 * enough for any sensible logo. Sizes in pixels are the image's own (an SVG's viewBox).
 */
export const IMAGE_LIMITS: Readonly<Record<BrandImageKind, { bytes: number; maxSide: number; minSide: number }>> = {
  [BrandImageKind.LOGO]: { bytes: 48 * 1024, maxSide: 2000, minSide: 16 },
  [BrandImageKind.FAVICON]: { bytes: 8 * 1024, maxSide: 512, minSide: 16 },
};

const RASTER: Readonly<Record<string, string>> = { png: 'image/png', jpg: 'image/jpeg', webp: 'image/webp' };

export interface CheckedImage {
  contentType: string;
  data: Buffer;
  width: number;
  height: number;
  hash: string;
}

const refuse = (field: string, message: string) => badInput([{ field, message }]);

/**
 * An uploaded image as the panel will serve it: PNG, JPEG or WebP as given (read by image-size), or
 * an SVG sanitised (svg-sanitize.ts). Anything else, too big, or out of the size limits is a field
 * error on `field` and nothing is stored.
 */
export function checkImage(kind: BrandImageKind, base64: string, field = 'data'): CheckedImage {
  const limit = IMAGE_LIMITS[kind];
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64)) throw refuse(field, 'must be the image in base64');
  const raw = Buffer.from(base64, 'base64');
  if (raw.length === 0) throw refuse(field, 'must not be empty');
  if (raw.length > limit.bytes) throw refuse(field, `must be at most ${limit.bytes / 1024} KiB`);
  let image: Omit<CheckedImage, 'hash'>;
  const text = raw.toString('utf8');
  if (/^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE[^>]*>\s*)?<svg[\s>]/i.test(text)) {
    const svg = sanitizeSvg(text);
    if (!svg) throw refuse(field, 'must be an SVG with a viewBox or a width and height');
    image = { contentType: 'image/svg+xml', data: Buffer.from(svg.svg, 'utf8'), width: svg.width, height: svg.height };
  } else {
    let size: ReturnType<typeof imageSize> | null = null;
    try {
      size = imageSize(raw);
    } catch {
      size = null;
    }
    const contentType = size?.type ? RASTER[size.type] : undefined;
    if (!size || !contentType || !size.width || !size.height)
      throw refuse(field, 'must be a PNG, JPEG, WebP or SVG image');
    image = { contentType, data: raw, width: size.width, height: size.height };
  }
  if (image.contentType !== 'image/svg+xml') {
    // An SVG scales to any size; a bitmap must be sharp enough and not needlessly large.
    if (Math.max(image.width, image.height) > limit.maxSide)
      throw refuse(field, `must be at most ${limit.maxSide} pixels wide and high`);
    if (Math.min(image.width, image.height) < limit.minSide)
      throw refuse(field, `must be at least ${limit.minSide} pixels wide and high`);
  }
  return { ...image, hash: crypto.createHash('sha256').update(image.data).digest('hex') };
}
