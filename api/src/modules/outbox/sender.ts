import type { Config } from '../../config';
import type { Reseller } from '../resellers';
import { mailSettings } from './settings';

/** Who a company's mail comes from, and where answers go. */
export interface MailSender {
  from: { name: string; address: string };
  replyTo: string | null;
}

/** The address in MAIL_FROM ("Name <addr>" or a bare address). */
export function defaultSenderAddress(config: Config): string {
  const from = mailSettings.of(config).from.trim();
  const angle = /<([^>]+)>\s*$/.exec(from);
  return (angle ? angle[1]! : from).trim();
}

/**
 * A company's sender (issue 17): its sender name (default: the company's name) and sender address
 * (default: MAIL_FROM's address, never MAIL_FROM's name: that is the product's, not the company's),
 * answers to its support address when it has one.
 */
export function senderOf(
  config: Config,
  company: Pick<Reseller, 'name' | 'senderName' | 'senderAddress' | 'supportEmail'>,
): MailSender {
  return {
    from: { name: company.senderName || company.name, address: company.senderAddress || defaultSenderAddress(config) },
    replyTo: company.supportEmail || null,
  };
}
