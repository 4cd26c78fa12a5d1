import zlib from 'node:zlib';

/** A solid-colour PNG of the given size (for tests: a real image image-size and browsers read). */
export function solidPng(width: number, height: number, rgb: [number, number, number] = [37, 82, 235]): Buffer {
  const chunk = (type: string, data: Buffer): Buffer => {
    const head = Buffer.alloc(4);
    head.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(body));
    return Buffer.concat([head, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => rgb).flat())]);
  const pixels = zlib.deflateSync(Buffer.concat(Array.from({ length: height }, () => row)));
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', pixels),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** An SVG logo carrying every kind of active or external content the sanitiser must remove. */
export const HOSTILE_SVG = `<?xml version="1.0"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 120 40" onload="alert(1)">
  <script>alert('script')</script>
  <defs><linearGradient id="g"><stop offset="0" stop-color="#123456"/></linearGradient></defs>
  <rect id="box" width="120" height="40" fill="url(#g)" onclick="alert(2)"/>
  <rect width="10" height="10" style="fill: url(https://tracker.example/x.svg)"/>
  <a href="https://evil.example/"><text x="4" y="28">Blue</text></a>
  <use href="#box"/>
  <use xlink:href="https://evil.example/sprite.svg#icon"/>
  <image href="https://evil.example/pixel.png" width="1" height="1"/>
  <foreignObject width="100" height="20"><div xmlns="http://www.w3.org/1999/xhtml">html</div></foreignObject>
  <style>@import url(https://evil.example/a.css);</style>
  <text x="60" y="28" fill="#fff">Hosting</text>
</svg>`;
