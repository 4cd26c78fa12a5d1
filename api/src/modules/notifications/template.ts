import type { MailValues } from './mail-events';

/** Subject and body limits of a company's template (characters). */
export const SUBJECT_MAX = 200;
export const BODY_MAX = 20_000;

const PLACEHOLDER = /\{\{\s*([A-Za-z][A-Za-z0-9]*)\s*\}\}/g;

/**
 * What is wrong with a template text: an unknown placeholder (named, with the allowed ones), a
 * `{{` left open or a `}}` with no `{{`, or a malformed `{{ … }}`. Empty when it is fine.
 */
export function templateProblems(text: string, allowed: readonly string[]): string[] {
  const problems: string[] = [];
  const unknown = new Set<string>();
  for (const m of text.matchAll(PLACEHOLDER)) if (!allowed.includes(m[1]!)) unknown.add(m[1]!);
  for (const name of unknown)
    problems.push(`unknown placeholder {{${name}}}; allowed: ${allowed.map((a) => `{{${a}}}`).join(', ')}`);
  const rest = text.replace(PLACEHOLDER, '');
  const open = rest.indexOf('{{');
  const close = rest.indexOf('}}');
  if (open >= 0) {
    const after = rest.slice(open, open + 30).split('\n')[0];
    problems.push(
      rest.indexOf('}}', open) > open
        ? `has a malformed placeholder near "${after}": use {{name}} with a name from the list`
        : `has unbalanced braces: "{{" near "${after}" is never closed`,
    );
  } else if (close >= 0) {
    const before = rest
      .slice(Math.max(0, close - 28), close + 2)
      .split('\n')
      .pop();
    problems.push(`has unbalanced braces: "}}" near "${before}" has no "{{"`);
  }
  return problems;
}

/** A value as plain text (a number as digits; nothing as empty). */
function text(value: MailValues[string]): string {
  if (value === null || value === undefined) return '';
  return String(value);
}

/**
 * Fills `{{name}}` placeholders with `values` as plain text (no markup is interpreted: the mail is
 * text/plain). In a subject a value's line breaks become spaces, so a value cannot add headers or lines.
 */
export function fillTemplate(template: string, values: MailValues, singleLine = false): string {
  return fillCompiled(compileTemplate(template), values, singleLine);
}

/** A template split once into its text and its placeholders' names (even items text, odd names). */
export type CompiledTemplate = readonly string[];

export function compileTemplate(template: string): CompiledTemplate {
  return template.split(PLACEHOLDER);
}

/** Fills a compiled template (the bulk writers fill one template thousands of times). */
export function fillCompiled(parts: CompiledTemplate, values: MailValues, singleLine = false): string {
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const v = text(values[parts[i]!]);
    out += (singleLine ? v.replace(/[\r\n]+/g, ' ') : v) + parts[i + 1]!;
  }
  return out;
}
