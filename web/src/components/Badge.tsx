import type { ReactNode } from 'react';

export type Tone = 'green' | 'red' | 'amber' | 'blue' | 'gray';

const tones: Record<Tone, string> = {
  green: 'bg-emerald-50 text-emerald-700 ring-emerald-600/20',
  red: 'bg-red-50 text-red-700 ring-red-600/20',
  amber: 'bg-amber-50 text-amber-800 ring-amber-600/25',
  blue: 'bg-brand-50 text-brand-700 ring-brand-600/20',
  gray: 'bg-slate-100 text-slate-700 ring-slate-500/20',
};

interface BadgeProps {
  tone: Tone;
  children: ReactNode;
  testId?: string;
  /** The raw value (a state, a status) for scripts: `data-status`. */
  value?: string;
  /** More raw values for scripts, e.g. `{ 'data-health': 'UP' }`. */
  data?: { [name: `data-${string}`]: string };
  title?: string;
}

/** A coloured pill: a state, a status, a flag. */
export function Badge({ tone, children, testId, value, data, title }: BadgeProps) {
  return (
    <span
      data-test-id={testId}
      data-status={value}
      {...data}
      title={title}
      className={`inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset ${tones[tone]}`}
    >
      {children}
    </span>
  );
}
