/** One way to pay an invoice, as the pay card offers it. */
export type PayWay =
  | { id: 'SAVED'; kind: 'SAVED'; card: string }
  | { id: 'CARD'; kind: 'CARD' }
  | { id: `REDIRECT:${string}`; kind: 'REDIRECT'; gatewayId: string; name: string; testMode: boolean };

export interface PayWaySources {
  /** The saved card's label ("Visa •••• 4242") when it can pay here (its gateway is offered); null otherwise. */
  savedCard: string | null;
  /** How many card gateways take a new card. */
  cardGateways: number;
  /** The redirect gateways, in the company's order. */
  redirects: readonly { gatewayId: string; name: string; testMode: boolean }[];
}

/**
 * The ways an invoice can be paid, in the order the pay card offers them: the saved card (the
 * quickest, so chosen first), a new card, then each gateway's own page.
 */
export function payWaysOf({ savedCard, cardGateways, redirects }: PayWaySources): PayWay[] {
  const ways: PayWay[] = [];
  if (savedCard) ways.push({ id: 'SAVED', kind: 'SAVED', card: savedCard });
  if (cardGateways > 0) ways.push({ id: 'CARD', kind: 'CARD' });
  for (const r of redirects)
    ways.push({
      id: `REDIRECT:${r.gatewayId}`,
      kind: 'REDIRECT',
      gatewayId: r.gatewayId,
      name: r.name,
      testMode: r.testMode,
    });
  return ways;
}
