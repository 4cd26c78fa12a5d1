/**
 * The new part of a reply: mail programs quote the message answered below the answer, under a line
 * like "On Mon, 4 Dec 2026, Support <…> wrote:" (or its German "Am … schrieb …:"), an Outlook
 * "-----Original Message-----" or "From: …" block, or as "> " lines. The thread already holds what was
 * quoted, so it is cut; a reply that is nothing but a quote keeps its text (better too much than nothing).
 */
const QUOTE_HEADERS = [
  /^On\b.{0,300}\bwrote:\s*$/i,
  /^Am\b.{0,300}\bschrieb\b.{0,200}:\s*$/i,
  /^-{2,}\s*(Original Message|Ursprüngliche Nachricht)\s*-{2,}\s*$/i,
  /^_{10,}\s*$/, // Outlook's rule above its "From:" block
];

export function replyText(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let end = lines.length;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (QUOTE_HEADERS.some((re) => re.test(line))) {
      end = i;
      break;
    }
    // A quoted block that runs to the end (interleaved answers keep their quotes).
    if (line.startsWith('>') && lines.slice(i).every((l) => l.trim() === '' || l.trim().startsWith('>'))) {
      end = i;
      break;
    }
  }
  const kept = lines.slice(0, end).join('\n').trim();
  return kept === '' ? text.trim() : kept;
}
