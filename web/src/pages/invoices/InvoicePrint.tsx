import { useEffect, useRef } from 'react';
import { Card } from '../../components/Page';
import { useT } from '../../i18n/I18nProvider';

interface InvoicePrintProps {
  html: string;
  number: number;
  /** Counts the presses of "Print": each new value opens the print dialog once. */
  request: number;
}

/**
 * The printable invoice: the API's HTML document in a frame, printed on its own. The frame runs no
 * scripts (the sandbox lacks allow-scripts); allow-same-origin lets this page reach its window,
 * allow-modals lets print() open the dialog. A reload (the document changed after a void) does not print again.
 */
export function InvoicePrint({ html, number, request }: InvoicePrintProps) {
  const t = useT();
  const frame = useRef<HTMLIFrameElement>(null);
  const loaded = useRef(false);
  const printed = useRef(0);

  const printIfAsked = () => {
    if (!loaded.current || printed.current === request) return;
    printed.current = request;
    frame.current?.contentWindow?.print();
  };
  useEffect(printIfAsked, [request]);

  return (
    <Card title={t('plansUser.invoice.printView')} flush testId="invoice-print-view">
      <iframe
        ref={frame}
        data-test-id="invoice-print-frame"
        title={t('plansUser.invoice.title', { number })}
        srcDoc={html}
        sandbox="allow-same-origin allow-modals"
        className="block h-[40rem] w-full bg-white"
        onLoad={() => {
          loaded.current = true;
          printIfAsked();
        }}
      />
    </Card>
  );
}
