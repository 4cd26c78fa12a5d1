/** Fewer letters than this in subject and body together ask for nothing: every article would match. */
export const SUGGEST_MIN_LENGTH = 4;
/** The first lines of a long question are enough (the API takes up to 2,000 characters of body). */
export const SUGGEST_BODY_CHARS = 600;

/** What to ask suggestions for, from a ticket being written: null while it is too short. */
export function suggestionInput(subject: string, body: string): { subject: string; body: string } | null {
  const s = subject.trim().slice(0, 300);
  const b = body.trim().slice(0, SUGGEST_BODY_CHARS);
  if ((s + b).replace(/\s+/g, '').length < SUGGEST_MIN_LENGTH) return null;
  return { subject: s, body: b };
}
