import net from 'node:net';

/** A mail the sink accepted: its recipients and its text (headers unfolded, quoted-printable decoded). */
export interface SunkMail {
  to: string[];
  subject: string;
  body: string;
}

export interface MailSink {
  /** SMTP_URL for the panel server. */
  url: string;
  mails: SunkMail[];
  /** Waits for a mail to `address` (after the `after` first ones), or fails after `timeoutMs`. */
  next(address: string, options?: { after?: number; timeoutMs?: number }): Promise<SunkMail>;
  close(): Promise<void>;
}

function decodeQuotedPrintable(text: string): string {
  const bytes = text
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

function parse(raw: string, to: string[]): SunkMail {
  const split = raw.search(/\r?\n\r?\n/);
  const head = raw.slice(0, split).replace(/\r?\n[ \t]+/g, ' ');
  const header = (name: string) => new RegExp(`^${name}: (.*)$`, 'im').exec(head)?.[1]?.trim() ?? '';
  let body = raw.slice(split).trim();
  if (/quoted-printable/i.test(header('Content-Transfer-Encoding'))) body = decodeQuotedPrintable(body);
  return { to, subject: header('Subject'), body };
}

/**
 * The smallest SMTP server the panel's mail sender (nodemailer) talks to, on loopback: EHLO, MAIL,
 * RCPT, DATA, QUIT; no TLS, no authentication. It stands for the provider's mail relay: the
 * panel delivers to it over the real protocol, and the spec reads what a customer would get.
 */
export async function startMailSink(): Promise<MailSink> {
  const mails: SunkMail[] = [];
  const server = net.createServer((socket) => {
    let buffer = '';
    let inData = false;
    let rcpt: string[] = [];
    const reply = (line: string) => socket.write(`${line}\r\n`);
    reply('220 sink.e2e.test ESMTP');
    socket.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('latin1');
      for (;;) {
        if (inData) {
          const end = buffer.indexOf('\r\n.\r\n');
          if (end < 0) return;
          const raw = Buffer.from(buffer.slice(0, end), 'latin1').toString('utf8').replace(/^\.\./gm, '.');
          buffer = buffer.slice(end + 5);
          inData = false;
          mails.push(parse(raw, rcpt));
          rcpt = [];
          reply('250 2.0.0 queued');
          continue;
        }
        const eol = buffer.indexOf('\r\n');
        if (eol < 0) return;
        const line = buffer.slice(0, eol);
        buffer = buffer.slice(eol + 2);
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'EHLO') reply('250 sink.e2e.test');
        else if (verb === 'HELO') reply('250 sink.e2e.test');
        else if (verb === 'MAIL') reply('250 2.1.0 ok');
        else if (verb === 'RCPT') {
          rcpt.push(/<([^>]*)>/.exec(line)?.[1] ?? '');
          reply('250 2.1.5 ok');
        } else if (verb === 'DATA') {
          inData = true;
          reply('354 end with <CRLF>.<CRLF>');
        } else if (verb === 'RSET') {
          rcpt = [];
          reply('250 ok');
        } else if (verb === 'QUIT') {
          reply('221 bye');
          socket.end();
          return;
        } else reply('250 ok');
      }
    });
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    async next(address, { after = 0, timeoutMs = 15_000 } = {}) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = mails.slice(after).find((m) => m.to.includes(address));
        if (found) return found;
        if (Date.now() > deadline)
          throw new Error(
            `no mail to ${address} within ${timeoutMs} ms; got: ${JSON.stringify(mails.map((m) => [m.to, m.subject]))}`,
          );
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
